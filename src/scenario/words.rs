//! The scenario's own words for its country and institutions, so the chronicle of
//! an Albanian or a Yugoslav succession does not speak of the OGPU or the Soviet
//! Union. Every word is optional: a scenario that says nothing speaks as 1924.

use super::{CharId, Scenario};
use serde::Deserialize;

/// The `words:` section as written: each field optional (empty is not given),
/// today's words as defaults.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct WordsDef {
    /// The state a leader can be deported from: "the Soviet Union".
    pub country: String,
    /// The security police that backs a charge: "the OGPU".
    pub police: String,
    /// One turn, after "this": "quarter" (without it, from `months_per_turn`).
    pub turn: String,
    /// The top body, whose full and candidate members are the top ranks: "Politburo".
    pub politburo: String,
    /// The body a plenum is of and a congress elects: "Central Committee".
    pub central_committee: String,
    /// The body that sits with the plenum to expel: "Control Commission".
    pub control_commission: String,
    /// The party's gathering of delegates: "Party Congress".
    pub congress: String,
    /// The paper whose holder's attacks carry further: "Pravda".
    pub press: String,
    /// The army a commander leads: "the Red Army".
    pub army: String,
    /// The world movement's office: "the Comintern".
    pub world_movement: String,
}

/// The words resolved, defaults filled in: what the narration reads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    pub country: String,
    pub police: String,
    pub turn: String,
    pub politburo: String,
    pub central_committee: String,
    pub control_commission: String,
    pub congress: String,
    pub press: String,
    pub army: String,
    pub world_movement: String,
}

/// The turn's name from its length, when the scenario does not give one.
pub fn turn_word(months: u32) -> &'static str {
    match months {
        1 => "month",
        3 => "quarter",
        6 => "half-year",
        12 => "year",
        _ => "turn",
    }
}

impl Words {
    pub fn resolve(w: &WordsDef, months_per_turn: u32) -> Words {
        let or = |v: &String, d: &str| if v.is_empty() { d.to_string() } else { v.clone() };
        Words {
            country: or(&w.country, "the Soviet Union"),
            police: or(&w.police, "the OGPU"),
            turn: or(&w.turn, turn_word(months_per_turn)),
            politburo: or(&w.politburo, "Politburo"),
            central_committee: or(&w.central_committee, "Central Committee"),
            control_commission: or(&w.control_commission, "Control Commission"),
            congress: or(&w.congress, "Party Congress"),
            press: or(&w.press, "Pravda"),
            army: or(&w.army, "the Red Army"),
            world_movement: or(&w.world_movement, "the Comintern"),
        }
    }
}

/// How the chronicle refers to a character: he or she.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
pub enum Pronouns {
    #[default]
    He,
    She,
}

impl Scenario {
    /// The scenario's words for its country and institutions.
    pub fn words(&self) -> &Words {
        &self.words
    }
    /// The name for compact tables and chronicle lines: `short_name`, or the
    /// last word of the name (a name written family name first sets `short_name`).
    pub fn short(&self, c: CharId) -> &str {
        let ch = &self.def.characters[c];
        if !ch.short_name.is_empty() {
            return &ch.short_name;
        }
        ch.name.rsplit(' ').next().unwrap_or(&ch.name)
    }
    fn pronouns(&self, c: CharId) -> Pronouns {
        self.def.characters[c].pronouns
    }
    /// "he" or "she".
    pub fn he(&self, c: CharId) -> &'static str {
        if self.pronouns(c) == Pronouns::She { "she" } else { "he" }
    }
    /// "his" or "her".
    pub fn his(&self, c: CharId) -> &'static str {
        if self.pronouns(c) == Pronouns::She { "her" } else { "his" }
    }
    /// "him" or "her".
    pub fn him(&self, c: CharId) -> &'static str {
        if self.pronouns(c) == Pronouns::She { "her" } else { "him" }
    }
}
