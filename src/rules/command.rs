//! What a leader can do (`Command`) and what a body can be asked (`Motion`), and
//! why a command is refused (`CommandError`): plain types at the bottom of the
//! rules. `legality` says what is allowed and what it costs, `apply` carries it out.

use crate::scenario::{BlocId, CharId, OfficeId, Rank, RegionId};
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
    /// Move one's world-revolution stance one step toward (true) or away from
    /// (false) world revolution: Permanent Revolution against Socialism in One Country.
    ShiftWorldStance {
        toward_world: bool,
    },
    Propose(Motion),
    /// Put a motion against a leader to this turn's session without the usual
    /// notice (the Secretariat's control of the agenda): he has no turn to answer.
    Surprise(Motion),
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
    /// Offer another leader a deal: a post, support on the line or protection, for
    /// a vote or for joining one's bloc.
    OfferDeal {
        to: CharId,
        give: Offer,
        ask: Ask,
    },
    /// Accept or refuse a deal offered to you (its index in the game's deals).
    AnswerDeal {
        deal: usize,
        accept: bool,
    },
    /// Call in one's delegations' loyalty on a motion waiting for a plenum or congress.
    CallInLoyalty {
        motion: Motion,
    },
    /// Meet a leader in secret: an understanding on the votes, at the risk of a leak.
    MeetSecretly {
        with: CharId,
    },
    /// Speak to a region's party cells over its secretary's head: the delegation's
    /// loyalty to its patron falls, and when little is left the cells elect a
    /// secretary of the canvasser's own (the one engine of a man without the
    /// Secretariat: the Opposition's campaign in the cells of 1923).
    Canvass {
        region: RegionId,
    },
}

/// What the one who offers a deal gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Hash)]
pub enum Offer {
    /// He will propose the other for this office (and vote for him).
    Post { office: OfficeId },
    /// He will vote on the line as the other's stance wants.
    Line,
    /// He will move against the other in nothing and vote no on motions against him.
    Protection,
}

/// What he asks in return.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Hash)]
pub enum Ask {
    /// A vote, yes or no, on a motion waiting on the agenda.
    Vote { motion: Motion, yes: bool },
    /// That the other join the bloc of the one who offers.
    JoinBloc,
}

/// A deal's terms: who offers what to whom for what.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Terms {
    pub from: CharId,
    pub to: CharId,
    pub give: Offer,
    pub ask: Ask,
}

/// A question put to a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Hash)]
pub enum Motion {
    SetLine {
        level: usize,
    },
    /// Adopt (true) or abandon the scenario's doctrine (Socialism in One Country).
    SetDoctrine {
        one_country: bool,
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
    /// Elect a leader straight to a higher rank: a member to the Central Committee
    /// (only a congress does that), or a Central Committee member to full membership
    /// of the Politburo without the candidate's step (Voroshilov in 1926).
    Elect {
        target: CharId,
        to: Rank,
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
            Motion::SetLine { .. } | Motion::SetDoctrine { .. } | Motion::ReplaceInOffice { .. } => None,
            Motion::CongressReport { co_reporter } => co_reporter,
            Motion::RemoveFromPolitburo { target }
            | Motion::DemoteToCandidate { target }
            | Motion::Promote { target }
            | Motion::Elect { target, .. }
            | Motion::ExpelFromCC { target }
            | Motion::ExpelFromParty { target }
            | Motion::Exile { target }
            | Motion::Deport { target }
            | Motion::Readmit { target } => Some(target),
        }
    }
    /// Is the target punished (true) or favoured (false) by a yes?
    pub fn against_target(&self) -> bool {
        !matches!(self, Motion::Promote { .. } | Motion::Elect { .. } | Motion::Readmit { .. })
    }
}

/// Why a command cannot be applied. The state is untouched whenever this is returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum CommandError {
    GameOver,
    NotActive,
    NoActionPoints {
        need: i32,
        have: i32,
    },
    LacksPower(&'static str),
    RankTooLow(&'static str),
    BadTarget(&'static str),
    NoSuchThing(&'static str),
    AlreadyDone(&'static str),
    NotNow(&'static str),
    /// Every place of an office several hold is filled: one must be vacated first.
    NoFreePlace(&'static str),
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CommandError::GameOver => write!(f, "the game is over"),
            CommandError::NotActive => write!(f, "this leader can no longer act"),
            CommandError::NoActionPoints { need, have } => {
                write!(f, "needs {need} action {}, {have} left", if *need == 1 { "point" } else { "points" })
            }
            CommandError::LacksPower(s)
            | CommandError::RankTooLow(s)
            | CommandError::BadTarget(s)
            | CommandError::NoSuchThing(s)
            | CommandError::AlreadyDone(s)
            | CommandError::NotNow(s)
            | CommandError::NoFreePlace(s) => write!(f, "{s}"),
        }
    }
}

impl std::error::Error for CommandError {}
