//! Offices in the scenario format: the post, its powers and weight, the body that
//! fills it, when it exists, and how many hold it at once. A post with several
//! holders becomes one seat per place when the scenario is indexed (`seats`).

use super::date::Date;
use super::schema::{Power, Rank};
use serde::Deserialize;

/// The body that votes who holds an office (scenario data: the party's statutes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum RemovalBody {
    Politburo,
    Plenum,
    /// The Control Commission elects its own chairman, at its plenum beside the
    /// Central Committee's next one: its members follow the sitting chairman.
    ControlCommission,
    /// The organisation the office leads elects him (the trade unions their
    /// council's chairman): the delegation of the region whose `patron_office` is
    /// this office votes, at the time of the Central Committee's next plenum.
    Organisation,
}

impl RemovalBody {
    /// Decided at a session (a plenum's time), not by the Politburo this turn.
    pub fn at_session(self) -> bool {
        self != RemovalBody::Politburo
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeDef {
    pub id: String,
    pub name: String,
    pub holder: Option<String>,
    #[serde(default)]
    pub action_points: i32,
    #[serde(default)]
    pub powers: Vec<Power>,
    /// Prestige the holder gains each turn.
    #[serde(default)]
    pub prestige: i32,
    /// Which body votes on replacing the holder.
    pub removal_body: RemovalBody,
    /// The lowest rank that may hold it.
    pub min_rank: Rank,
    /// Weight of the office in the power score.
    #[serde(default)]
    pub weight: i32,
    /// The office exists from the turn opening on this date (created in a reorganisation).
    #[serde(default)]
    pub opens: Option<Date>,
    /// The office is abolished from the turn opening on this date: its holder loses it.
    #[serde(default)]
    pub closes: Option<Date>,
    /// How many hold it at once (four vice-chairmen of a council of ministers):
    /// each place is a seat of its own once the scenario is indexed (`seats`).
    #[serde(default = "one_holder")]
    pub holders: u32,
    /// Who holds its other places at the start (`holder` holds the first).
    #[serde(default)]
    pub other_holders: Vec<String>,
    /// Closed until an event's `CreateOffice` creates it (`AbolishOffice` abolishes one).
    #[serde(default)]
    pub dormant: bool,
}

fn one_holder() -> u32 {
    1
}
