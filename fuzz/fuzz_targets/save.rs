//! Any bytes as a save file: refused with an error or replayed, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use politburo::rules::replay::SaveFile;
use politburo::scenario::{Scenario, default_scenario_path};
use std::sync::{Arc, OnceLock};

static SCN: OnceLock<Arc<Scenario>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let scn = SCN.get_or_init(|| Arc::new(Scenario::load(&default_scenario_path()).expect("the 1924 scenario loads")));
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(save) = SaveFile::parse(text) {
        let _ = save.replay(scn.clone(), true);
    }
});
