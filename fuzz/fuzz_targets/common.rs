//! What every scenario target asks of a scenario that loads: it plays several
//! turns as each playable seat (and as the computer alone) without a panic, its
//! invariants intact after the first.

use politburo::rules::GameState;
use politburo::scenario::Scenario;
use std::sync::Arc;

/// Turns played for each seat.
pub const TURNS: usize = 4;

pub fn plays_every_seat(scn: Scenario) {
    let scn = Arc::new(scn);
    let seats: Vec<_> = scn.def.characters.iter().filter(|c| c.playable).map(|c| scn.cid(&c.id)).collect();
    for seat in seats.into_iter().map(Some).chain([None]) {
        let mut st = GameState::new(scn.clone(), 1);
        st.chronicle.quiet = true;
        st.player = seat;
        for _ in 0..TURNS {
            if st.is_over() {
                break;
            }
            politburo::ai::play_turn(&mut st, None);
            st.end_turn();
            // The invariants after the first turn, as this target always asked;
            // the later turns must not panic (see tests/game/hostile.rs).
            if st.turn == 1 {
                let v = politburo::rules::invariants::violations(&st);
                assert!(v.is_empty(), "{v:?}");
            }
        }
    }
}
