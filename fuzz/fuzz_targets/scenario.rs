//! Any bytes as a scenario file: an error or a scenario, never a panic, and a
//! scenario that loads must be playable for a turn with its invariants intact.
#![no_main]

use libfuzzer_sys::fuzz_target;
use politburo::rules::GameState;
use politburo::scenario::Scenario;
use std::sync::Arc;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(scn) = Scenario::from_str(text, "fuzz.ron") {
        let mut st = GameState::new(Arc::new(scn), 1);
        st.chronicle.quiet = true;
        politburo::ai::play_turn(&mut st, None);
        st.end_turn();
        let v = politburo::rules::invariants::violations(&st);
        assert!(v.is_empty(), "{v:?}");
    }
});
