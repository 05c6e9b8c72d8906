//! Mods: extensions of the shipped 1924 scenario (`extends`, `set` by path, `add`
//! to lists). An error or a scenario, never a panic; one that loads plays several
//! turns of every seat (`common::plays_every_seat`).
//!
//! Two kinds of input. Text that is an extension (the seeds are real mods) is
//! checked as it is. Any other bytes are read as `set`s, four bytes each: a path
//! among the numbers of the 1924 scenario and a value, often at the bounds `check`
//! allows; with a region `add`ed whose seats come from the input too. Most such
//! mods load, so the rules themselves meet the extremes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use politburo::scenario::{Scenario, bounds::MAX_NUMBER, default_scenario_path};
use std::sync::OnceLock;

#[path = "common.rs"]
mod common;

static PATHS: OnceLock<Vec<String>> = OnceLock::new();

/// Every number of the 1924 scenario a mod may `set`, by path.
fn paths() -> Vec<String> {
    let scn = Scenario::load(&default_scenario_path()).expect("the 1924 scenario loads");
    let mut out = vec![];
    let mut add = |prefix: &str, fields: &[&str]| out.extend(fields.iter().map(|f| format!("{prefix}{f}")));
    add(
        "balance/",
        &[
            "base_action_points", "speech_prestige", "article_prestige", "attack_prestige", "attack_relation", "court_relation",
            "stance_step", "stance_credibility_cost", "credibility_recovery", "appointee_loyalty", "charge_prestige",
            "charges_to_expel_from_cc", "charges_to_expel_from_party", "recant_prestige", "qualified_majority_percent",
            "politburo_seats", "candidate_seats", "bloc_cohesion", "organised_cohesion", "co_report_prestige",
            "prestige_decay_percent", "contender_rivalry", "control_commission_seats",
        ],
    );
    add(
        "balance/vote/",
        &[
            "relation_percent", "bloc", "prestige_percent", "per_charge", "recanted", "status_quo", "max_charges_counted",
            "apparatus", "line_distance_percent", "scale", "delegation_noise", "abstain_percent", "delegation_discipline",
        ],
    );
    add("balance/health/", &["decline_age", "decline_per_decade", "noise", "danger"]);
    add(
        "balance/costs/",
        &[
            "appoint", "speech", "article", "court", "attack", "shift_stance", "propose", "form_bloc", "join_bloc", "leave_bloc",
            "publish_platform", "charge", "recant", "call_plenum", "co_report", "publish_testament", "suppress_testament",
        ],
    );
    add(
        "economy/",
        &[
            "grain", "industry", "peasant_mood", "worker_mood", "grain_per_level", "industry_per_level", "peasant_per_level",
            "worker_per_level", "reversion_percent", "noise", "crisis_grain", "prestige_per_result",
        ],
    );
    add("victory/", &["politburo_loyal_percent", "cc_loyal_percent", "loyal_relation"]);
    for r in &scn.def.regions {
        add(&format!("regions/{}/", r.id), &["delegates", "cc_seats", "loyalty", "nep_mood"]);
    }
    for o in &scn.def.offices {
        add(&format!("offices/{}/", o.id), &["action_points", "weight"]);
    }
    for c in &scn.def.characters {
        add(&format!("characters/{}/", c.id), &["prestige", "health", "credibility", "nep", "world_revolution", "born"]);
        add(&format!("characters/{}/traits/", c.id), &["cunning", "oratory", "administration", "ruthlessness", "patience"]);
        add(&format!("characters/{}/temperament/", c.id), &["ambition", "caution", "loyalty", "ideology", "grudges"]);
    }
    out
}

/// A value from two bytes: the bounds, zero, just past the bounds, or a small number.
fn value(kind: u8, v: u8) -> i64 {
    match kind % 8 {
        0 => MAX_NUMBER,
        1 => -MAX_NUMBER,
        2 => 0,
        3 => MAX_NUMBER + 1,
        _ => i64::from(v as i8) * i64::from(1 + kind / 8),
    }
}

fn structured(data: &[u8]) -> String {
    let paths = PATHS.get_or_init(paths);
    let mut sets = std::collections::BTreeMap::new();
    for op in data.chunks_exact(4) {
        let i = usize::from(u16::from_le_bytes([op[0], op[1]])) % paths.len();
        sets.insert(paths[i].as_str(), value(op[2], op[3]));
    }
    let set: Vec<String> = sets.iter().map(|(p, v)| format!("\"{p}\": {v}")).collect();
    let seats = data.first().map_or(1, |&b| value(b, data.get(1).copied().unwrap_or(1)));
    format!(
        "(extends: \"1924\", id: \"fuzz\", name: \"Fuzz\", set: {{{}}}, add: (regions: [(id: \"fuzzland\", name: \"Fuzzland\", delegates: {seats}, cc_seats: {seats}, nep_mood: 0, secretary: None, patron: Some(\"stalin\"), loyalty: 50)]))",
        set.join(", ")
    )
}

fuzz_target!(|data: &[u8]| {
    let text = match std::str::from_utf8(data) {
        Ok(t) if politburo::scenario::mods::is_extension(t) => t.to_string(),
        _ => structured(data),
    };
    if let Ok(scn) = Scenario::from_str(&text, "fuzz-mod.ron") {
        common::plays_every_seat(scn);
    }
});
