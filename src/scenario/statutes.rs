//! The party's statutes and its history's turning points, as a scenario writes
//! them: which body decides which kind of motion, and the milestones of rise
//! and fall that `analyze` counts (apart from `schema`, which holds the rest).

use super::Rank;
use crate::scenario::date::Date;
use serde::Deserialize;

/// The kinds of motion, as the scenario names them to say which body decides them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum MotionKind {
    SetLine,
    /// Adopt or abandon the doctrine abroad.
    SetDoctrine,
    ReplaceInOffice,
    RemoveFromPolitburo,
    DemoteToCandidate,
    Promote,
    /// `Elect` straight to the Central Committee.
    ElectToCC,
    /// `Elect` straight to a rank of the Politburo.
    ElectToPolitburo,
    ExpelFromCC,
    ExpelFromParty,
    Exile,
    Deport,
    Readmit,
}

/// Which body decides what (scenario data: the party's statutes, not the rules').
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct BodiesDef {
    /// What a congress votes itself; any other motion put at a congress is decided
    /// by the plenum it elects, which meets right after it (the 1920s congress
    /// elected the Central Committee; the plenum after it, the Politburo).
    pub congress: Vec<MotionKind>,
    /// What a plenum decides only in joint session with the Control Commission
    /// (expulsion from the Central Committee, by the ban on factions).
    pub joint: Vec<MotionKind>,
    /// What the Control Commission decides alone, at a session (readmission to the
    /// party: the commission readmitted Zinoviev and Kamenev in June 1928). At a
    /// congress, `congress` comes first.
    #[serde(default)]
    pub commission: Vec<MotionKind>,
}

/// A turning point: `who` has fallen to `at_most` (or died) by the date `by`; or,
/// a rise, given `at_least` or `holds`: he has risen to that rank, or taken that post.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MilestoneDef {
    /// How the milestone is named in reports: "Trotsky expelled from the party by 1927".
    pub name: String,
    /// The character it is about.
    pub who: String,
    /// The highest rank that counts as fallen (death always counts); `Deported` if not given.
    #[serde(default = "deported")]
    pub at_most: Rank,
    /// A rise: the lowest rank that counts as risen (alive, and not struck down).
    #[serde(default)]
    pub at_least: Option<Rank>,
    /// A rise: the post he holds (with `at_least`, both are needed).
    #[serde(default)]
    pub holds: Option<String>,
    /// The last date (YYYY-MM) it may happen by.
    pub by: Date,
}

fn deported() -> Rank {
    Rank::Deported
}

impl MilestoneDef {
    /// Is this milestone a rise rather than a fall?
    pub fn is_rise(&self) -> bool {
        self.at_least.is_some() || self.holds.is_some()
    }
}
