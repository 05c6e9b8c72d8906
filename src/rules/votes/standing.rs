//! The standing committee (`standing_committee` in the scenario): a body drawn
//! from the full members of the Politburo that decides, in its place and at the
//! same time, the kinds of motion the scenario names. Who sits in it is read from
//! the state each time: its listed members and the holders of its ex officio
//! offices, while alive and full members.

use super::motion_kind;
use crate::rules::command::Motion;
use crate::rules::state::GameState;
use crate::scenario::{CharId, Rank};

/// Who sits in the standing committee now, in id order (empty without one).
pub fn members(st: &GameState) -> Vec<CharId> {
    let Some(sc) = &st.scn.def.standing_committee else { return vec![] };
    let s = &st.scn;
    let listed = |c: CharId| sc.members.iter().any(|m| s.char_id(m) == Some(c));
    let ex_officio = |c: CharId| sc.ex_officio.iter().filter_map(|o| s.office_id(o)).any(|o| st.holds_office(c, o));
    st.ids().filter(|&c| st.chars[c].alive && st.chars[c].rank == Rank::Politburo && (listed(c) || ex_officio(c))).collect()
}

/// Does the standing committee decide `m` in the Politburo's place? Only while
/// someone still sits in it; an emptied committee leaves the Politburo its votes.
pub fn decides(st: &GameState, m: &Motion) -> bool {
    let Some(sc) = &st.scn.def.standing_committee else { return false };
    motion_kind(m).is_some_and(|k| sc.decides.contains(&k)) && !members(st).is_empty()
}
