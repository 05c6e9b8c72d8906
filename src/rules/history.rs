//! The historical path: the scenario's script of what the real leaders did, played
//! through the same door as every other command, and the comparison of any game
//! with it.

use super::apply::apply;
use super::chronicle::Event;
use super::command::{Command, CommandError, Motion};
use super::state::GameState;
use crate::scenario::date::Date;
use crate::scenario::{BlocId, CharId, OfficeId, Rank, Scenario, ScriptCommand};
use std::sync::Arc;

/// Turns a script entry's command into a `Command`. The scenario's validation has
/// already proved every id exists.
pub fn to_command(s: &Scenario, c: &ScriptCommand) -> Command {
    use ScriptCommand as S;
    let ch = |x: &str| s.cid(x);
    let bloc = |x: &str| s.bloc_id(x).unwrap_or(BlocId(usize::MAX));
    match c {
        S::Appoint(r, p) => Command::Appoint { region: s.rid(r), person: p.as_deref().map(ch) },
        S::Speech => Command::Speech,
        S::Article => Command::Article,
        S::Court(t) => Command::Court { target: ch(t) },
        S::Attack(t) => Command::Attack { target: ch(t) },
        S::ShiftStance(b) => Command::ShiftStance { toward_nep: *b },
        S::SetLine(l) => Command::Propose(Motion::SetLine { level: *l }),
        S::ReplaceInOffice(o, w) => Command::Propose(Motion::ReplaceInOffice { office: s.oid(o), with: ch(w) }),
        S::RemoveFromPolitburo(t) => Command::Propose(Motion::RemoveFromPolitburo { target: ch(t) }),
        S::DemoteToCandidate(t) => Command::Propose(Motion::DemoteToCandidate { target: ch(t) }),
        S::Promote(t) => Command::Propose(Motion::Promote { target: ch(t) }),
        S::Elect(t, to) => Command::Propose(Motion::Elect { target: ch(t), to: *to }),
        S::ExpelFromCC(t) => Command::Propose(Motion::ExpelFromCC { target: ch(t) }),
        S::ExpelFromParty(t) => Command::Propose(Motion::ExpelFromParty { target: ch(t) }),
        S::Exile(t) => Command::Propose(Motion::Exile { target: ch(t) }),
        S::Deport(t) => Command::Propose(Motion::Deport { target: ch(t) }),
        S::Readmit(t) => Command::Propose(Motion::Readmit { target: ch(t) }),
        S::FormBloc(b) => Command::FormBloc { bloc: bloc(b) },
        S::JoinBloc(b) => Command::JoinBloc { bloc: bloc(b) },
        S::LeaveBloc => Command::LeaveBloc,
        S::PublishPlatform => Command::PublishPlatform,
        S::Charge(t) => Command::Charge { target: ch(t) },
        S::Recant => Command::Recant,
        S::CallPlenum => Command::CallPlenum,
        S::CoReport => Command::CoReport,
        S::PublishTestament => Command::PublishTestament,
        S::SuppressTestament => Command::SuppressTestament,
        S::Resign(o) => Command::Resign { office: s.oid(o) },
        S::MeetSecretly(w) => Command::MeetSecretly { with: ch(w) },
        S::Choose(e, k) => Command::Choose { event: s.def.events.iter().position(|x| &x.id == e).unwrap_or(usize::MAX), choice: *k },
    }
}

/// Applies this turn's script entries. Historical actors get the points the script
/// needs: the script is what they did, not what they could afford. Entries the
/// rules refuse (the path has already bent) are logged and returned.
pub fn apply_turn(st: &mut GameState) -> Vec<(usize, CommandError)> {
    let scn = st.scn.clone();
    let (start, end) = (st.date, st.date.plus_months(scn.def.calendar.months_per_turn as i32));
    let mut refused = vec![];
    for (i, e) in scn.def.script.iter().enumerate().filter(|(_, e)| e.date >= start && e.date < end) {
        if e.date > start {
            super::events::resolve_before(st, e.date);
        }
        let actor = scn.cid(&e.actor);
        let cmd = by_surprise(st, actor, to_command(&scn, &e.command));
        st.chars[actor].ap = st.chars[actor].ap.max(cmd.cost(st));
        // Its date first, so that the chronicle names the session that will vote it.
        let dated = matches!(cmd, Command::Propose(_) | Command::Surprise(_));
        if let Command::Propose(m) | Command::Surprise(m) = cmd {
            st.agenda_dates.push((m, e.date));
        }
        match apply(st, actor, cmd) {
            Ok(()) => {
                let voted = match cmd {
                    Command::Propose(m) | Command::Surprise(m) => Some(m),
                    Command::CoReport => Some(Motion::CongressReport { co_reporter: Some(actor) }),
                    _ => None,
                };
                if let (Some(m), Some(r)) = (voted, e.recorded) {
                    st.recorded.push((m, r));
                }
                if !e.note.is_empty() {
                    st.record(|_| Event::HistoryNote { entry: i });
                }
            }
            Err(err) => {
                if dated {
                    st.agenda_dates.pop();
                }
                st.record(|_| Event::OffHistoricalPath { entry: i, error: err.clone() });
                refused.push((i, err));
            }
        }
    }
    refused
}

/// The script's motions were voted when history says; a motion against a leader
/// voted in the turn it was put was the Secretariat's doing (it set the agenda),
/// so the script puts it by surprise when its mover holds that power.
fn by_surprise(st: &GameState, actor: CharId, cmd: Command) -> Command {
    match cmd {
        Command::Propose(m) if super::legality::check_surprise(st, actor, &m).is_ok() => Command::Surprise(m),
        _ => cmd,
    }
}

/// Whether the historical path reaches `date`: it runs over the scenario's
/// calendar; `Err` says the range.
pub fn in_range(scn: &Scenario, date: Date) -> Result<(), String> {
    let cal = &scn.def.calendar;
    if date < cal.start || date > cal.end {
        return Err(format!(
            "{date} is outside the historical path, which runs from {} to {} ({} to {})",
            cal.start.long(),
            cal.end.long(),
            cal.start,
            cal.end
        ));
    }
    Ok(())
}

/// The historical replay: the script alone (no computer choices), with the
/// scenario's history seed, until the turn containing `until` (or the end).
pub fn play(scn: Arc<Scenario>, until: Option<Date>, quiet: bool) -> (GameState, Vec<(usize, CommandError)>) {
    let seed = scn.def.history_seed;
    let mut st = GameState::new(scn, seed);
    st.chronicle.quiet = quiet;
    st.history_until = until;
    let refused = run(&mut st, until);
    (st, refused)
}

/// Plays the script turn by turn from where `st` stands until the turn containing
/// `until` (or the end): the historical replay, and a chapter's opening.
pub fn run(st: &mut GameState, until: Option<Date>) -> Vec<(usize, CommandError)> {
    let mut refused = vec![];
    while !st.is_over() {
        let end = st.date.plus_months(st.scn.def.calendar.months_per_turn as i32);
        if until.is_some_and(|u| u < end) {
            break;
        }
        refused.extend(apply_turn(st));
        st.end_turn();
    }
    refused
}

/// Where a game stands against history at the same date.
pub struct Comparison {
    /// The first date a leader's rank differed from history's, and who.
    pub first_divergence: Option<(Date, Vec<CharId>)>,
    /// Turns compared.
    pub turns: usize,
    /// (leader, standing in this game, standing in history).
    pub rows: Vec<(CharId, Standing, Standing)>,
}

/// A leader's rank and posts at one date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub alive: bool,
    pub rank: Rank,
    pub offices: Vec<OfficeId>,
}

/// Compares the game with the historical script played to the same date; `None`
/// when the scenario has no script.
pub fn comparison(st: &GameState) -> Option<Comparison> {
    let s = &st.scn;
    if s.def.script.is_empty() {
        return None;
    }
    // History at the same moment: the start of this turn, or the close of the last one when the game is over.
    let at = if st.is_over() { st.date.plus_months(s.def.calendar.months_per_turn as i32) } else { st.date };
    let (hist, _) = play(st.scn.clone(), Some(at), true);
    let first = st.rank_history.iter().zip(&hist.rank_history).position(|(a, b)| a != b).map(|t| {
        let date = s.def.calendar.start.plus_months(t as i32 * s.def.calendar.months_per_turn as i32);
        (date, st.ids().filter(|&c| st.rank_history[t][c] != hist.rank_history[t][c]).collect())
    });
    let rows = st
        .ids()
        .filter(|&c| s.def.characters[c].contender || st.offices_of(c).next().is_some() || hist.offices_of(c).next().is_some())
        .map(|c| (c, standing(st, c), standing(&hist, c)))
        .collect();
    Some(Comparison { first_divergence: first, turns: st.rank_history.len(), rows })
}

fn standing(st: &GameState, c: CharId) -> Standing {
    Standing { alive: st.chars[c].alive, rank: st.chars[c].rank, offices: st.offices_of(c).collect() }
}
