//! The RON scenario format, field for field. Every struct denies unknown fields so a
//! misspelt field is an error with a position, not a silently ignored value.
//! Ids are strings here; `scenario::resolve` turns them into indices.

pub use super::balance_def::{AiBalance, Balance, Costs, HealthDef, VoteWeights};
pub use super::events_def::{ChoiceDef, Chooser, Condition, Effect, EventDef};
pub use super::offices_def::{OfficeDef, RemovalBody};
use super::script::ScriptEntry;
pub use super::standing_def::StandingCommitteeDef;
pub use super::statutes::{BodiesDef, MilestoneDef, MotionKind};
pub use super::testament_def::{Judged, JudgementDef, TestamentDef};
use crate::scenario::date::Date;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// The format the file is written for (`scenario::version`); 1 when not given.
    #[serde(default = "first_format")]
    pub format: u32,
    /// Stable id, stored in saves: `"1924"`.
    pub id: String,
    /// Bumped whenever a change would alter a replay.
    pub version: u32,
    pub name: String,
    #[serde(default)]
    pub description: String,
    pub calendar: CalendarDef,
    pub balance: Balance,
    pub line: LineDef,
    pub economy: EconomyDef,
    pub testament: Option<TestamentDef>,
    /// The doctrine abroad (Socialism in One Country against Permanent Revolution):
    /// absent, no such question is put.
    #[serde(default)]
    pub doctrine: Option<DoctrineDef>,
    pub offices: Vec<OfficeDef>,
    pub regions: Vec<RegionDef>,
    pub characters: Vec<CharacterDef>,
    #[serde(default)]
    pub blocs: Vec<BlocDef>,
    /// Standing caucuses that settle the Politburo's votes beforehand (the Seven).
    #[serde(default)]
    pub caucuses: Vec<super::CaucusDef>,
    #[serde(default)]
    pub sessions: Vec<SessionDef>,
    #[serde(default)]
    pub events: Vec<EventDef>,
    pub victory: VictoryDef,
    /// What the real leaders did, dated: `politburo replay --history` plays it.
    #[serde(default)]
    pub script: Vec<ScriptEntry>,
    /// The seed the historical replay uses.
    #[serde(default)]
    pub history_seed: u64,
    /// Historical turning points that `politburo analyze` counts across many games.
    #[serde(default)]
    pub milestones: Vec<MilestoneDef>,
    /// Which body decides what; without it a congress decides every motion put to
    /// it and the joint session only expulsions.
    #[serde(default)]
    pub bodies: Option<BodiesDef>,
    /// A smaller body inside the Politburo deciding the motions it names.
    #[serde(default)]
    pub standing_committee: Option<StandingCommitteeDef>,
    /// The scenario's words for its country and institutions (`scenario::words`).
    #[serde(default)]
    pub words: super::words::WordsDef,
    /// A chapter for the classroom: opens at a turning point, ends at its decision.
    #[serde(default)]
    pub chapter: Option<super::classroom::ChapterDef>,
    /// Questions for a class to discuss after a game (the debrief prints them).
    #[serde(default)]
    pub discussion: Vec<String>,
    /// Short extracts of primary sources, quoted by the evidence log.
    #[serde(default)]
    pub sources: Vec<super::classroom::SourceDef>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarDef {
    pub start: Date,
    pub end: Date,
    pub months_per_turn: u32,
}

/// Ranks of the expulsion ladder, highest first. A character holds exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize, Hash)]
pub enum Rank {
    Deported,
    Exiled,
    Expelled,
    Member,
    CentralCommittee,
    Candidate,
    Politburo,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize, Hash)]
pub enum Power {
    /// Appoint and move regional party secretaries (the Secretariat).
    AppointSecretaries,
    /// Articles and speeches carry further (Pravda).
    Press,
    /// Raise charges with more weight; propose internal exile and deportation (OGPU).
    Police,
    /// Raise charges with more weight; its members sit in joint plenums (Control Commission).
    Control,
    /// Commands the Red Army's party organisation.
    Army,
    /// Speaks for the world movement: prestige from the world-revolution stance.
    Comintern,
    /// Speaks for the unions: workers' mood counts for him.
    Unions,
    /// Runs the government: owns the economy's results with the line.
    Government,
    /// Chairs the Politburo: breaks ties.
    ChairPolitburo,
    /// Sets the agenda of the Politburo and the plenums (the Secretariat): may put a
    /// motion against a leader to this turn's session without the usual notice.
    SetAgenda,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionDef {
    pub id: String,
    pub name: String,
    /// Voting delegates sent to a congress.
    pub delegates: i32,
    /// Seats in the Central Committee held by this organisation's cadres.
    pub cc_seats: i32,
    /// -100 (against NEP) .. 100 (for).
    pub nep_mood: i32,
    /// Named secretary, or None for a cadre of the apparatus.
    pub secretary: Option<String>,
    /// Whose clients the delegation follows; with a named secretary, usually that secretary.
    pub patron: Option<String>,
    /// 0..100: how faithfully the delegation follows its patron.
    pub loyalty: i32,
    /// When set, the holder of this office is always the patron and the
    /// General Secretary cannot appoint here (the Red Army, the trade unions).
    #[serde(default)]
    pub patron_office: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Traits {
    pub cunning: i32,
    pub oratory: i32,
    pub administration: i32,
    pub ruthlessness: i32,
    pub patience: i32,
}

/// How a computer leader weighs his options (0..10 each).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Temperament {
    /// How much he wants the top: seizes offices, fears a front-runner sooner.
    pub ambition: i32,
    /// How much he fears the ladder: recants, waits for better odds, tolerates a leader longer.
    pub caution: i32,
    /// How long he stays with a bloc and a patron who are losing.
    pub loyalty: i32,
    /// How much the line matters to him beside power: pushes it, chooses allies by it.
    #[serde(default = "five")]
    pub ideology: i32,
    /// How small a slight makes an enemy of him for good.
    #[serde(default = "five")]
    pub grudges: i32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CharacterDef {
    pub id: String,
    pub name: String,
    /// The name in tables and the chronicle; without it, the last word of `name`.
    #[serde(default)]
    pub short_name: String,
    /// He or she, in the chronicle (`He` when not given).
    #[serde(default)]
    pub pronouns: super::words::Pronouns,
    pub born: i32,
    #[serde(default)]
    pub portrait: String,
    #[serde(default)]
    pub playable: bool,
    /// A contender for the succession: a rival every other contender must remove.
    #[serde(default)]
    pub contender: bool,
    pub rank: Rank,
    pub traits: Traits,
    pub temperament: Temperament,
    pub prestige: i32,
    pub health: i32,
    #[serde(default = "default_credibility")]
    pub credibility: i32,
    /// -100 (against NEP) .. 100 (for).
    pub nep: i32,
    /// -100 (Socialism in One Country) .. 100 (Permanent Revolution); 0 when
    /// not given, for a scenario where the world revolution means nothing.
    #[serde(default)]
    pub world_revolution: i32,
    /// How this character regards others, -100..100; unnamed pairs start at 0.
    #[serde(default)]
    pub relations: BTreeMap<String, i32>,
    #[serde(default)]
    pub bio: String,
}

fn first_format() -> u32 {
    1
}

fn five() -> i32 {
    5
}

pub(super) fn one() -> i32 {
    1
}

pub(super) fn three() -> i32 {
    3
}

fn default_credibility() -> i32 {
    60
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BlocDef {
    pub id: String,
    pub name: String,
    /// Members at the start; empty for a bloc that can be formed later.
    #[serde(default)]
    pub members: Vec<String>,
    pub leader: Option<String>,
    /// An organised faction with a platform: breaks the ban on factions.
    #[serde(default)]
    pub organised: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum SessionKind {
    Plenum,
    Congress,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionDef {
    pub kind: SessionKind,
    pub date: Date,
    pub name: String,
    /// A congress's voting delegates, as recorded: the delegations are scaled to
    /// this total for its votes (without it, the regions' own delegates).
    #[serde(default)]
    pub delegates: Option<i32>,
    /// Members of the Control Commission sitting in this session's joint votes
    /// (without it, `balance.control_commission_seats`).
    #[serde(default)]
    pub control_commission: Option<i32>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LineDef {
    /// Names of the line's levels from most anti-NEP to most pro-NEP; the level's
    /// stance value is spread evenly over -100..100.
    pub levels: Vec<String>,
    /// Index into `levels` at the start.
    pub start: usize,
    /// Who owns the line at the start.
    #[serde(default)]
    pub owners: Vec<String>,
    /// What the axis is about, as the game names it: "NEP" in 1924, "the Thaw" in 1953.
    #[serde(default = "nep_name")]
    pub stance: String,
    /// Which body sets the line: the Politburo (1924, 1953), or a plenum of the
    /// Central Committee (or a congress, as `bodies` says) when the party's
    /// statutes give it the line.
    #[serde(default = "politburo_body")]
    pub decided_by: RemovalBody,
}

/// The party's doctrine abroad, as the scenario names it: a second axis beside
/// the line, on the characters' `world_revolution` stance.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DoctrineDef {
    /// The doctrine the party may adopt: "Socialism in One Country".
    pub name: String,
    /// What the party holds when it has not: "Permanent Revolution".
    pub alternative: String,
    /// Whether the party holds `name` at the start.
    #[serde(default)]
    pub adopted: bool,
    /// Who answers for the doctrine the party holds at the start.
    #[serde(default)]
    pub owners: Vec<String>,
    /// The body that decides a motion to adopt or abandon it.
    #[serde(default = "politburo_body")]
    pub decided_by: RemovalBody,
    /// The world-revolution stance the doctrine stands for (voters lean by their distance from it).
    #[serde(default = "one_country_stance")]
    pub stance: i32,
    /// The world-revolution stance the alternative stands for.
    #[serde(default = "permanent_stance")]
    pub alternative_stance: i32,
    /// No motion on the doctrine is put before this date (the question was not yet
    /// asked); None: from the start.
    #[serde(default)]
    pub from: Option<Date>,
    /// Turns a change of doctrine stands before a motion may reverse it: the party
    /// does not change its creed every quarter. 0: any turn.
    #[serde(default)]
    pub settled_turns: u32,
}

fn one_country_stance() -> i32 {
    -50
}

fn permanent_stance() -> i32 {
    50
}

fn politburo_body() -> RemovalBody {
    RemovalBody::Politburo
}

fn nep_name() -> String {
    "NEP".into()
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct EconomyDef {
    pub grain: i32,
    pub industry: i32,
    pub peasant_mood: i32,
    pub worker_mood: i32,
    /// Per step of the line toward NEP (+) or away (-): change per turn.
    pub grain_per_level: i32,
    pub industry_per_level: i32,
    pub peasant_per_level: i32,
    pub worker_per_level: i32,
    /// Every index drifts back toward 50 by this percent each turn.
    pub reversion_percent: i32,
    /// Random swing of each index per turn, plus or minus.
    pub noise: i32,
    /// Below this grain index the grain crisis strikes.
    pub crisis_grain: i32,
    /// Prestige moved per turn to or from the line's owners per 10 points of
    /// the economy's result above or below 50.
    pub prestige_per_result: i32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VictoryDef {
    /// Holding any of these is holding the seat of power.
    pub seat_offices: Vec<String>,
    pub politburo_loyal_percent: i32,
    pub cc_loyal_percent: i32,
    /// A member counts as loyal from this relation up (or in the same bloc).
    pub loyal_relation: i32,
    /// No supremacy is counted before this date.
    pub earliest: Date,
}
