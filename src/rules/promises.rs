//! What an accepted deal binds a leader to on a given motion, the lean that gives
//! his vote, and a secret understanding's and a called-in delegation's part in a
//! vote: read by `votes`, so kept below it.

use super::command::{Ask, Motion, Offer};
use super::state::GameState;
use crate::scenario::CharId;

/// How deal `idx` binds `v`'s vote on `m`, if it does: yes (true) or no.
pub(crate) fn promise_of(st: &GameState, idx: usize, v: CharId, m: &Motion) -> Option<bool> {
    promise_parts(st, idx, m).of(v)
}

/// How deal `idx` binds votes on `m`: the vote asked of the man it was offered to,
/// and the vote its offer binds the man who made it to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PromiseParts {
    to: CharId,
    asked: Option<bool>,
    from: CharId,
    offered: Option<bool>,
}

impl PromiseParts {
    /// The vote it binds `v` to, if any.
    pub(crate) fn of(&self, v: CharId) -> Option<bool> {
        match self.asked {
            Some(yes) if self.to == v => Some(yes),
            _ if self.from != v => None,
            _ => self.offered,
        }
    }
    /// Binds some vote on the motion.
    pub(crate) fn binds(&self) -> bool {
        self.asked.is_some() || self.offered.is_some()
    }
}

pub(crate) fn promise_parts(st: &GameState, idx: usize, m: &Motion) -> PromiseParts {
    let t = st.deals[idx].terms;
    let asked = match t.ask {
        Ask::Vote { motion, yes } if motion == *m => Some(yes),
        _ => None,
    };
    PromiseParts { to: t.to, asked, from: t.from, offered: offered(st, idx, m) }
}

/// The vote the offer of deal `idx` binds the man who made it to on `m`.
fn offered(st: &GameState, idx: usize, m: &Motion) -> Option<bool> {
    let t = st.deals[idx].terms;
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

/// Is this motion waiting on an agenda?
pub fn pending(st: &GameState, m: &Motion) -> bool {
    st.politburo_agenda.iter().chain(&st.plenum_agenda).any(|p| p.motion == *m)
}

/// The loyalty `patron`'s delegations add on `m` because he called them in.
pub fn call_in_boost(st: &GameState, patron: CharId, m: &Motion) -> i32 {
    if st.called_in.contains(&(patron, *m)) { st.scn.def.balance.deals.call_in_loyalty } else { 0 }
}
