//! Lenin's Testament in the votes: the weight his letter carries against the man
//! it names, on the post it advises taking from him.

use super::command::Motion;
use super::state::{GameState, Proposal, TestamentStatus};
use crate::scenario::CharId;
use crate::scenario::OfficeId;

/// How much of its weight the Testament carries in a vote on `office`, in percent:
/// all once published, half while only the delegation heads have heard it, none
/// while sealed, or for another post, or once the man it names has left it.
fn weight(st: &GameState, office: OfficeId) -> i32 {
    let Some(t) = &st.scn.def.testament else {
        return 0;
    };
    let advised = t.office.as_deref() == Some(st.scn.def.offices[office].id.as_str());
    if !advised || st.offices[office] != st.scn.char_id(&t.names) {
        return 0;
    }
    let heard = match st.testament {
        TestamentStatus::Published => 100,
        TestamentStatus::ReadToDelegations => 50,
        _ => 0,
    };
    heard * force(st) / 100
}

/// How hard the letter lands in this game, in percent: 100 ± the scenario's
/// `spread`, drawn from the game's seed (not its generator, so no roll moves).
pub fn force(st: &GameState) -> i32 {
    let spread = st.scn.def.testament.as_ref().map_or(0, |t| t.spread);
    if spread <= 0 {
        return 100;
    }
    let x = super::rng::seed_mix((st.seed ^ 0x7E57_A3E7_u64).wrapping_mul(super::rng::GOLDEN));
    100 - spread + (x % (2 * spread as u64 + 1)) as i32
}

/// The lean the Testament gives a vote to take its post from the man it names.
pub fn advice(st: &GameState, office: OfficeId) -> i32 {
    st.scn.def.testament.as_ref().map_or(0, |t| t.advice * weight(st, office) / 100)
}

/// How far Lenin's letter loosens the hold of the man it names on his own
/// delegations, in a vote on the post it advises taking from him: his clients
/// hesitate to defend, against Lenin's word, the man whose patronage they enjoy.
pub fn doubt(st: &GameState, patron: CharId, prop: &Proposal) -> i32 {
    match (&st.scn.def.testament, prop.motion) {
        (Some(t), Motion::ReplaceInOffice { office, .. }) if st.offices[office] == Some(patron) => t.loosens * weight(st, office) / 100,
        _ => 0,
    }
}
