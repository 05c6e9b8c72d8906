//! What an accepted deal binds a leader to on a given motion, the lean that gives
//! his vote, and a secret understanding's and a called-in delegation's part in a
//! vote: read by `votes`, so kept below it.

use super::command::{Ask, Motion, Offer};
use super::state::{GameState, Proposal};
use super::votes::lean::Lean;
use crate::scenario::CharId;

/// How deal `idx` binds `v`'s vote on `m`, if it does: yes (true) or no.
pub(crate) fn promise_of(st: &GameState, idx: usize, v: CharId, m: &Motion) -> Option<bool> {
    let t = st.deals[idx].terms;
    if t.to == v
        && let Ask::Vote { motion, yes } = t.ask
        && motion == *m
    {
        return Some(yes);
    }
    if t.from != v {
        return None;
    }
    match (t.give, *m) {
        (Offer::Post { office }, Motion::ReplaceInOffice { office: o, with }) if o == office && with == t.to => Some(true),
        (Offer::Line, Motion::SetLine { level }) => {
            let nep = st.chars[t.to].nep;
            let (now, then) = ((nep - st.scn.line_value(st.line)).abs(), (nep - st.scn.line_value(level)).abs());
            (now != then).then_some(then < now)
        }
        (Offer::Protection, m) if m.target() == Some(t.to) && m.against_target() => Some(false),
        (Offer::Protection, Motion::ReplaceInOffice { office, with }) if st.offices[office] == Some(t.to) && with != t.to => Some(false),
        _ => None,
    }
}

pub(crate) fn binding(st: &GameState) -> impl Iterator<Item = usize> + '_ {
    let term = st.scn.def.balance.deals.term_turns;
    recent(st, term + 1).filter(move |&i| st.deals[i].binding(st.turn, term))
}

/// The deals that may have been made in the last `turns` turns, newest first. Deals
/// are kept in the order offered, and one is made at most a turn after its offer,
/// so the search stops at the first deal older than that.
pub(crate) fn recent(st: &GameState, turns: u32) -> impl Iterator<Item = usize> + '_ {
    (0..st.deals.len()).rev().take_while(move |&i| st.deals[i].made + turns + 1 >= st.turn)
}

/// The vote `v` has promised on `m` under a deal in force, if any.
pub fn promised(st: &GameState, v: CharId, m: &Motion) -> Option<bool> {
    binding(st).find_map(|i| promise_of(st, i, v, m))
}

/// The schemes' part of a leader's inclination: a promised vote, and a secret
/// understanding with the proposer (or with the man a motion is aimed at).
pub fn leans(st: &GameState, v: CharId, prop: &Proposal, put: &mut dyn FnMut(Lean, i32)) {
    let d = &st.scn.def.balance.deals;
    if let Some(yes) = promised(st, v, &prop.motion) {
        put(Lean::Promised, if yes { d.promise_weight } else { -d.promise_weight });
    }
    let met = |x: CharId| st.meetings.iter().any(|m| st.turn <= m.until && (m.a == v && m.b == x || m.b == v && m.a == x));
    if met(prop.proposer) {
        put(Lean::SecretUnderstanding, d.meet_cohesion);
    }
    if prop.motion.against_target() && prop.motion.target().is_some_and(met) {
        put(Lean::SecretUnderstanding, -d.meet_cohesion);
    }
}

/// Is this motion waiting on an agenda?
pub fn pending(st: &GameState, m: &Motion) -> bool {
    st.politburo_agenda.iter().chain(&st.plenum_agenda).any(|p| p.motion == *m)
}

/// The loyalty `patron`'s delegations add on `m` because he called them in.
pub fn call_in_boost(st: &GameState, patron: CharId, m: &Motion) -> i32 {
    if st.called_in.contains(&(patron, *m)) { st.scn.def.balance.deals.call_in_loyalty } else { 0 }
}
