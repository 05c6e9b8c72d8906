//! What comes before the vote. The turn's scheduled events resolve in the events
//! phase, after every command and before the votes (`GameState::end_turn`): a post
//! they fill, a death, a shift of regard or prestige all meet the motion first.
//! Those dated after the turn's first session wait for it (`events::resolve_until`),
//! so the odds count only the events that come before.
//! The odds are read from a copy of the game with them resolved, the same copy
//! for the player's odds, the computer's plans and the recorded forecast.

use crate::rules::chronicle::Chronicle;
use crate::rules::command::{CommandError, Motion};
use crate::rules::state::GameState;
use crate::scenario::{CharId, OfficeId};
use std::cell::RefCell;
use std::rc::Rc;

/// The game as the votes will meet it (`at_the_vote`): the game itself when no
/// event is due, else a copy with them resolved.
pub enum AtTheVote<'a> {
    Now(&'a GameState),
    After(Rc<GameState>),
}

impl std::ops::Deref for AtTheVote<'_> {
    type Target = GameState;
    fn deref(&self) -> &GameState {
        match self {
            AtTheVote::Now(st) => st,
            AtTheVote::After(seen) => seen,
        }
    }
}

/// The game as the votes will meet it: this turn's due events resolved on a copy
/// (the answers given so far, else the computer's favourite, as `events::resolve`
/// picks). The copy is quiet and draws from its own generator's copy, so reading
/// the odds changes nothing.
pub fn at_the_vote(st: &GameState) -> AtTheVote<'_> {
    if st.due_events.is_empty() {
        return AtTheVote::Now(st);
    }
    let mut seen = sketch(st);
    crate::rules::events::resolve(&mut seen);
    AtTheVote::After(Rc::new(seen))
}

thread_local! {
    /// A copy kept for reuse: the computer weighs many motions a turn, each through
    /// `with_vote_state`, and copying into the same buffers allocates nothing.
    static SCRATCH: RefCell<Option<GameState>> = const { RefCell::new(None) };
}

/// `f` applied to the game as the votes will meet it (`at_the_vote`), through a
/// reused copy: the odds' hot path.
pub fn with_vote_state<R>(st: &GameState, f: impl FnOnce(&GameState) -> R) -> R {
    if st.due_events.is_empty() {
        return f(st);
    }
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut slot) => {
            let seen = match slot.as_mut() {
                Some(seen) => {
                    sketch_into(st, seen);
                    seen
                }
                None => slot.insert(sketch(st)),
            };
            crate::rules::events::resolve(seen);
            f(seen)
        }
        // Asked again from within `f`: a copy of its own.
        Err(_) => f(&at_the_vote(st)),
    })
}

/// A quiet copy of the game without what only tells of the past (the chronicle,
/// the ledger, the log of commands, the power and rank histories): neither the
/// events nor the votes read them.
fn sketch(st: &GameState) -> GameState {
    let mut seen = GameState::fresh(st.scn.clone(), st.seed);
    seen.chronicle = Chronicle { quiet: true, ..Chronicle::default() };
    (seen.log, seen.ledger, seen.power_history, seen.rank_history) = (vec![], vec![], vec![], vec![]);
    sketch_into(st, &mut seen);
    seen
}

/// Copies into `seen` every field of the game but the histories, reusing its
/// buffers. Every field is named, so a new one must be placed here.
fn sketch_into(st: &GameState, seen: &mut GameState) {
    let GameState {
        scn,
        seed,
        ai_salt,
        rng,
        turn,
        date,
        chars,
        relations,
        offices,
        offices_made,
        regions,
        blocs,
        economy,
        line,
        line_owners,
        one_country,
        doctrine_owners,
        doctrine_changed,
        testament,
        politburo_agenda,
        plenum_agenda,
        agenda_dates,
        fresh,
        precedents,
        extraordinary,
        co_report,
        due_events,
        fired,
        answered,
        happened,
        choices,
        touched,
        player,
        power_history: _,
        rank_history: _,
        outcome,
        chronicle: _,
        history_until,
        difficulty,
        recorded,
        log: _,
        deals,
        called_in,
        meetings,
        ledger: _,
        cause,
    } = st;
    seen.scn.clone_from(scn);
    (seen.seed, seen.ai_salt, seen.turn, seen.date, seen.line, seen.one_country) = (*seed, *ai_salt, *turn, *date, *line, *one_country);
    (seen.doctrine_changed, seen.testament) = (*doctrine_changed, *testament);
    seen.precedents.clone_from(precedents);
    (seen.extraordinary, seen.co_report, seen.player) = (*extraordinary, *co_report, *player);
    (seen.history_until, seen.difficulty) = (*history_until, *difficulty);
    seen.rng.clone_from(rng);
    seen.chars.clone_from(chars);
    seen.relations.clone_from(relations);
    seen.offices.clone_from(offices);
    seen.offices_made.clone_from(offices_made);
    seen.regions.clone_from(regions);
    seen.blocs.clone_from(blocs);
    seen.economy.clone_from(economy);
    seen.line_owners.clone_from(line_owners);
    seen.doctrine_owners.clone_from(doctrine_owners);
    seen.politburo_agenda.clone_from(politburo_agenda);
    seen.plenum_agenda.clone_from(plenum_agenda);
    seen.agenda_dates.clone_from(agenda_dates);
    seen.fresh.clone_from(fresh);
    seen.due_events.clone_from(due_events);
    seen.fired.clone_from(fired);
    seen.answered.clone_from(answered);
    seen.happened.clone_from(happened);
    seen.choices.clone_from(choices);
    seen.touched.clone_from(touched);
    seen.outcome.clone_from(outcome);
    seen.recorded.clone_from(recorded);
    seen.deals.clone_from(deals);
    seen.called_in.clone_from(called_in);
    seen.meetings.clone_from(meetings);
    seen.cause.clone_from(cause);
}

/// What an event that comes first does to a motion: why its odds are what they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overtaken {
    /// The motion cannot be voted once the events have resolved: it lapses.
    Lapses(CommandError),
    /// The post changes hands before the vote (`None`: it is emptied).
    PostFilled(OfficeId, Option<CharId>),
    /// The man the motion names dies or falls before the vote.
    ManFalls(CharId),
}

/// How this turn's events change the motion itself, read against the game they
/// leave (`seen`, from `at_the_vote`): it lapses, its post changes hands, its man
/// falls. None when they only move the voters' leanings (or nothing is due).
pub fn overtaken(st: &GameState, seen: &GameState, proposer: CharId, m: &Motion) -> Option<Overtaken> {
    if std::ptr::eq(st, seen) || st.due_events.is_empty() {
        return None;
    }
    if let Err(e) = in_order(seen, proposer, m)
        && in_order(st, proposer, m).is_ok()
    {
        return Some(Overtaken::Lapses(e));
    }
    if let Motion::ReplaceInOffice { office, .. } = *m
        && st.offices[office] != seen.offices[office]
    {
        return Some(Overtaken::PostFilled(office, seen.offices[office]));
    }
    m.target().filter(|&t| seen.chars[t].rank != st.chars[t].rank || !seen.chars[t].alive).map(Overtaken::ManFalls)
}

/// `overtaken`, reading the game the votes will meet itself.
pub fn overtaken_now(st: &GameState, proposer: CharId, m: &Motion) -> Option<Overtaken> {
    if st.due_events.is_empty() {
        return None;
    }
    overtaken(st, &at_the_vote(st), proposer, m)
}

/// Whether the motion would be in order at the vote (as `sessions::decide` checks
/// it), itself taken off the agenda it would be voted from.
fn in_order(st: &GameState, proposer: CharId, m: &Motion) -> Result<(), CommandError> {
    if !st.politburo_agenda.iter().chain(&st.plenum_agenda).any(|p| p.motion == *m) {
        return crate::rules::legality::check_motion(st, proposer, m);
    }
    let mut off = st.clone();
    off.chronicle.quiet = true;
    off.politburo_agenda.retain(|p| p.motion != *m);
    off.plenum_agenda.retain(|p| p.motion != *m);
    crate::rules::legality::check_motion(&off, proposer, m)
}

/// This turn's due events that do something, by index, in the order they resolve:
/// the ones the breakdown names as coming first.
pub fn coming_first(st: &GameState) -> Vec<usize> {
    let defs = &st.scn.def.events;
    st.due_events
        .iter()
        .copied()
        .filter(|&i| crate::rules::events::early(st, i) && (!defs[i].effects.is_empty() || !defs[i].choices.is_empty()))
        .collect()
}
