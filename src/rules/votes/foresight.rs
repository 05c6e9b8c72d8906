//! What comes before the vote. The turn's scheduled events resolve in the events
//! phase, after every command and before the votes (`GameState::end_turn`): a post
//! they fill, a death, a shift of regard or prestige all meet the motion first.
//! Those dated after the turn's first session wait for it (`events::resolve_until`),
//! so the odds count only the events that come before.
//! The odds are read from a copy of the game with them resolved, the same copy
//! for the player's odds, the computer's plans and the recorded forecast.

use super::sketch::{Sketch, sketch};
use crate::rules::command::{CommandError, Motion};
use crate::rules::state::GameState;
use crate::scenario::{CharId, OfficeId};
use std::cell::RefCell;
use std::rc::Rc;

/// The game as the votes will meet it (`at_the_vote`): the game itself when no
/// event is due, else a copy with them resolved.
pub enum AtTheVote<'a> {
    Now(&'a GameState),
    After(Rc<Sketch>),
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
    if let Some(seen) = held(st) {
        return AtTheVote::After(seen);
    }
    let mut seen = sketch(st);
    crate::rules::events::resolve(&mut seen);
    AtTheVote::After(Rc::new(seen))
}

/// A game whose copy at the vote is held (`holding`), by address; the copy is made
/// when first asked for.
type Held = (*const GameState, Option<Rc<Sketch>>);

thread_local! {
    /// The held games, innermost last.
    static HELD: RefCell<Vec<Held>> = const { RefCell::new(Vec::new()) };
}

/// Runs `f` with the game as the votes will meet it made at most once for `st`:
/// every odds asked of `st` within reads that one copy rather than resolving the
/// events again. A leader weighs many motions on one unchanged game; `st` stays
/// borrowed, so it cannot change while the copy is held.
pub fn holding<R>(st: &GameState, f: impl FnOnce() -> R) -> R {
    if st.due_events.is_empty() {
        return f();
    }
    /// Lets go of the copy however `f` ends.
    struct Release;
    impl Drop for Release {
        fn drop(&mut self) {
            HELD.with(|h| h.borrow_mut().pop());
        }
    }
    HELD.with(|h| h.borrow_mut().push((std::ptr::from_ref(st), None)));
    let _release = Release;
    f()
}

/// The copy `holding` keeps for `st`, made now if not yet; None when none is held.
fn held(st: &GameState) -> Option<Rc<Sketch>> {
    let at = HELD.with(|h| h.borrow().iter().rposition(|(p, _)| std::ptr::eq(*p, st)))?;
    if let Some(seen) = HELD.with(|h| h.borrow()[at].1.clone()) {
        return Some(seen);
    }
    let mut seen = sketch(st);
    crate::rules::events::resolve(&mut seen);
    let seen = Rc::new(seen);
    HELD.with(|h| h.borrow_mut()[at].1 = Some(seen.clone()));
    Some(seen)
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
    let mut off = sketch(st);
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
