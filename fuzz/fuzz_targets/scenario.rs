//! Any bytes as a scenario file: an error or a scenario, never a panic, and a
//! scenario that loads must play several turns of every seat with its invariants
//! intact (`common::plays_every_seat`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use politburo::scenario::Scenario;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(scn) = Scenario::from_str(text, "fuzz.ron") {
        common::plays_every_seat(scn);
    }
});
