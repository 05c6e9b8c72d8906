//! The one door for change: `Command`, its legality check and `apply`. The player,
//! the computer, replays and tests all come through here.

use super::chronicle::{Event, MotionPut, VotedWhen};
pub use super::legality::{candidate_commands, check, legal_commands};
use super::state::{GameState, Proposal};
use crate::scenario::{BlocId, CharId, OfficeId, RegionId, RemovalBody, SessionKind};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What a leader can do with his action points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Hash)]
pub enum Command {
    /// Name a regional secretary (None: a cadre of the apparatus loyal to the appointer).
    /// Takes effect at the end of the turn: the next plenum or congress feels it.
    Appoint {
        region: RegionId,
        person: Option<CharId>,
    },
    Speech,
    Article,
    Court {
        target: CharId,
    },
    Attack {
        target: CharId,
    },
    /// Move one's NEP stance one step toward (true) or away from (false) NEP.
    ShiftStance {
        toward_nep: bool,
    },
    Propose(Motion),
    FormBloc {
        bloc: BlocId,
    },
    JoinBloc {
        bloc: BlocId,
    },
    LeaveBloc,
    /// Turn one's bloc into an organised faction with a platform: breaks the ban.
    PublishPlatform,
    /// Charge a member of an organised faction with factionalism.
    Charge {
        target: CharId,
    },
    /// Capitulate: lose standing, stop the slide down the ladder.
    Recant,
    /// Convene an extraordinary plenum of the Central Committee this turn.
    CallPlenum,
    /// Deliver a co-report against the Central Committee's at this turn's congress.
    CoReport,
    PublishTestament,
    SuppressTestament,
    /// Give up one of one's posts; it stands vacant until a vote fills it.
    Resign {
        office: OfficeId,
    },
    /// Answer an event's question.
    Choose {
        event: usize,
        choice: usize,
    },
}

/// A question put to a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Hash)]
pub enum Motion {
    SetLine {
        level: usize,
    },
    ReplaceInOffice {
        office: OfficeId,
        with: CharId,
    },
    RemoveFromPolitburo {
        target: CharId,
    },
    /// From full member to candidate of the Politburo.
    DemoteToCandidate {
        target: CharId,
    },
    Promote {
        target: CharId,
    },
    ExpelFromCC {
        target: CharId,
    },
    ExpelFromParty {
        target: CharId,
    },
    Exile {
        target: CharId,
    },
    Deport {
        target: CharId,
    },
    Readmit {
        target: CharId,
    },
    /// The congress's vote on the Central Committee's report, against a co-report if
    /// one was given. Raised by the congress itself, never proposed.
    CongressReport {
        co_reporter: Option<CharId>,
    },
}

impl Motion {
    pub fn target(&self) -> Option<CharId> {
        match *self {
            Motion::SetLine { .. } | Motion::ReplaceInOffice { .. } => None,
            Motion::CongressReport { co_reporter } => co_reporter,
            Motion::RemoveFromPolitburo { target }
            | Motion::DemoteToCandidate { target }
            | Motion::Promote { target }
            | Motion::ExpelFromCC { target }
            | Motion::ExpelFromParty { target }
            | Motion::Exile { target }
            | Motion::Deport { target }
            | Motion::Readmit { target } => Some(target),
        }
    }
    /// Is the target punished (true) or favoured (false) by a yes?
    pub fn against_target(&self) -> bool {
        !matches!(self, Motion::Promote { .. } | Motion::Readmit { .. })
    }
    /// Decided by the Politburo this turn, or by the next plenum or congress.
    pub fn body(&self, st: &GameState) -> RemovalBody {
        match *self {
            Motion::SetLine { .. } | Motion::Exile { .. } | Motion::Deport { .. } => RemovalBody::Politburo,
            Motion::ReplaceInOffice { office, .. } => st.scn.def.offices[office].removal_body,
            _ => RemovalBody::Plenum,
        }
    }
}

/// Why a command cannot be applied. The state is untouched whenever this is returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum CommandError {
    GameOver,
    NotActive,
    NoActionPoints { need: i32, have: i32 },
    LacksPower(&'static str),
    RankTooLow(&'static str),
    BadTarget(&'static str),
    NoSuchThing(&'static str),
    AlreadyDone(&'static str),
    NotNow(&'static str),
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommandError::GameOver => write!(f, "the game is over"),
            CommandError::NotActive => write!(f, "this leader can no longer act"),
            CommandError::NoActionPoints { need, have } => {
                write!(f, "needs {need} action points, {have} left")
            }
            CommandError::LacksPower(s)
            | CommandError::RankTooLow(s)
            | CommandError::BadTarget(s)
            | CommandError::NoSuchThing(s)
            | CommandError::AlreadyDone(s)
            | CommandError::NotNow(s) => write!(f, "{s}"),
        }
    }
}

impl std::error::Error for CommandError {}

impl Command {
    /// Action points the command costs.
    pub fn cost(&self, st: &GameState) -> i32 {
        let c = &st.scn.def.balance.costs;
        match self {
            Command::Appoint { .. } => c.appoint,
            Command::Speech => c.speech,
            Command::Article => c.article,
            Command::Court { .. } => c.court,
            Command::Attack { .. } => c.attack,
            Command::ShiftStance { .. } => c.shift_stance,
            Command::Propose(_) => c.propose,
            Command::FormBloc { .. } => c.form_bloc,
            Command::JoinBloc { .. } => c.join_bloc,
            Command::LeaveBloc => c.leave_bloc,
            Command::PublishPlatform => c.publish_platform,
            Command::Charge { .. } => c.charge,
            Command::Recant => c.recant,
            Command::CallPlenum => c.call_plenum,
            Command::CoReport => c.co_report,
            Command::PublishTestament => c.publish_testament,
            Command::SuppressTestament => c.suppress_testament,
            Command::Choose { .. } | Command::Resign { .. } => 0,
        }
    }
}

/// Applies a command: checks it, spends its points, and changes the state; on error nothing changes.
pub fn apply(st: &mut GameState, actor: CharId, cmd: Command) -> Result<(), CommandError> {
    check(st, actor, &cmd)?;
    st.chars[actor].ap -= cmd.cost(st);
    st.log.push((st.turn, actor, cmd));
    match cmd {
        Command::Appoint { region, person } => super::patronage::appoint(st, actor, region, person),
        Command::Speech | Command::Article => super::nep::publicity(st, actor, cmd == Command::Speech),
        Command::Court { target } => super::factions::court(st, actor, target),
        Command::Attack { target } => super::factions::attack(st, actor, target),
        Command::ShiftStance { toward_nep } => super::nep::shift_stance(st, actor, toward_nep),
        Command::Propose(motion) => {
            let p = Proposal { motion, proposer: actor };
            let body = motion.body(st);
            match body {
                RemovalBody::Politburo => st.politburo_agenda.push(p),
                RemovalBody::Plenum => st.plenum_agenda.push(p),
            }
            st.record(|s| {
                let when = match body {
                    RemovalBody::Politburo => VotedWhen::PolitburoThisTurn,
                    RemovalBody::Plenum => match s.session() {
                        Some(sitting) => VotedWhen::ThisTurn(sitting),
                        None => match s.scn.def.sessions.iter().position(|x| x.date >= s.date) {
                            Some(i) => VotedWhen::Waits(i),
                            None => VotedWhen::WaitsForPlenum,
                        },
                    },
                };
                Event::Proposed { put: MotionPut::of(s, actor, motion), when }
            });
        }
        Command::FormBloc { bloc } => super::factions::form(st, actor, bloc),
        Command::JoinBloc { bloc } => super::factions::join(st, actor, bloc),
        Command::LeaveBloc => super::factions::leave(st, actor, true),
        Command::PublishPlatform => super::factions::publish_platform(st, actor),
        Command::Charge { target } => super::factions::charge(st, actor, target),
        Command::Recant => super::expulsion::recant(st, actor),
        Command::CallPlenum => {
            st.extraordinary = Some((SessionKind::Plenum, actor));
            st.record(|_| Event::PlenumCalled { actor });
        }
        Command::CoReport => {
            st.co_report = Some(actor);
            st.record(|_| Event::CoReportAnnounced { actor });
        }
        Command::PublishTestament => super::events::publish_testament(st, actor),
        Command::SuppressTestament => super::events::suppress_testament(st, actor),
        Command::Resign { office } => {
            st.offices[office] = None;
            st.sync_patron_offices();
            st.record(|_| Event::Resigned { who: actor, office });
        }
        Command::Choose { event, choice } => {
            if let Some(p) = st.choices.iter_mut().find(|p| p.event == event && p.chooser == actor) {
                p.chosen = Some(choice);
            }
            st.record(|_| Event::Chose { actor, event, choice });
        }
    }
    Ok(())
}
