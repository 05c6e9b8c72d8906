//! Any bytes as a mod: an extension of the shipped 1924 scenario (`extends`,
//! `set` by path, `add` to lists), seeded from real mods. An error or a
//! scenario, never a panic; one that loads plays several turns of every seat.
#![no_main]

use libfuzzer_sys::fuzz_target;
use politburo::scenario::Scenario;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Only extensions: a whole scenario is the `scenario` target's work.
    if !politburo::scenario::mods::is_extension(text) {
        return;
    }
    if let Ok(scn) = Scenario::from_str(text, "fuzz-mod.ron") {
        common::plays_every_seat(scn);
    }
});
