//! The scenario's conditions on the game as it stands: when an event falls, and
//! when an answer to its question may be given.

use super::state::{GameState, TestamentStatus};
use crate::scenario::Condition;

pub fn holds(st: &GameState, c: &Condition) -> bool {
    let s = &st.scn;
    match c {
        Condition::All(v) => v.iter().all(|c| holds(st, c)),
        Condition::Any(v) => v.iter().any(|c| holds(st, c)),
        Condition::Not(c) => !holds(st, c),
        Condition::Alive(c) => st.chars[s.cid(c)].alive,
        Condition::HoldsOffice(c, o) => st.holds_office(s.cid(c), s.oid(o)),
        Condition::RankAtLeast(c, r) => st.chars[s.cid(c)].rank >= *r,
        Condition::LineAtLeast(l) => st.line as i32 >= *l,
        Condition::LineAtMost(l) => st.line as i32 <= *l,
        Condition::GrainBelow(g) => st.economy.grain < *g,
        Condition::IndustryBelow(g) => st.economy.industry < *g,
        Condition::After(d) => st.date >= *d,
        Condition::TestamentPublished => st.testament == TestamentStatus::Published,
        Condition::Chose(e, k) => s.def.events.iter().position(|x| &x.id == e).is_some_and(|i| st.answered[i] == Some(*k)),
        Condition::Happened(e) => s.def.events.iter().position(|x| &x.id == e).is_some_and(|i| st.happened[i]),
    }
}

/// Whether an event's answer may be given now: its `condition`, if any, holds
/// ("Keep the seal unbroken" only while the Testament is unpublished).
pub fn choice_open(st: &GameState, event: usize, choice: usize) -> bool {
    st.scn.def.events[event].choices.get(choice).is_some_and(|ch| ch.condition.as_ref().is_none_or(|c| holds(st, c)))
}
