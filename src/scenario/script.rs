//! The historical script's format: dated commands with string ids, so a modder can
//! write what the real leaders did in the same words the game uses.

use crate::scenario::date::Date;
use serde::Deserialize;

/// One dated historical act: the same commands a player gives, with string ids.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScriptEntry {
    pub date: Date,
    pub actor: String,
    pub command: ScriptCommand,
    /// A note for teachers, in the project's own words.
    #[serde(default)]
    pub note: String,
    /// The real totals of the vote this entry causes (a motion, or a co-report's
    /// congress vote): the replay holds that vote to them.
    #[serde(default)]
    pub recorded: Option<RecordedVote>,
}

/// `Command` written with ids: `ReplaceInOffice("war", "frunze")`.
#[derive(Debug, Clone, Deserialize)]
pub enum ScriptCommand {
    Appoint(String, Option<String>),
    Speech,
    Article,
    Court(String),
    Attack(String),
    ShiftStance(bool),
    SetLine(usize),
    ReplaceInOffice(String, String),
    RemoveFromPolitburo(String),
    DemoteToCandidate(String),
    Promote(String),
    /// Elect straight to a rank: `Elect("krupskaya", CentralCommittee)`.
    Elect(String, super::Rank),
    ExpelFromCC(String),
    ExpelFromParty(String),
    Exile(String),
    Deport(String),
    Readmit(String),
    FormBloc(String),
    JoinBloc(String),
    LeaveBloc,
    PublishPlatform,
    Charge(String),
    Recant,
    CallPlenum,
    CoReport,
    PublishTestament,
    SuppressTestament,
    Choose(String, usize),
    Resign(String),
    /// Meet a leader in secret (Bukharin and Kamenev, July 1928).
    MeetSecretly(String),
}

/// A vote's recorded totals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct RecordedVote {
    pub yes: i32,
    pub no: i32,
    /// Abstentions and delegates who did not vote.
    pub abstain: i32,
}
