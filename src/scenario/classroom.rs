//! The classroom's data (issue 21): a chapter (a short scenario that opens at a
//! turning point of the historical path and ends at its decision), the questions
//! a class discusses, and the primary sources the evidence log quotes. All of it
//! is scenario data: a teacher can write a chapter without code.

use super::date::Date;
use super::schema::Condition;
use serde::Deserialize;

/// A chapter: the historical script is played to `opens`, the players take over,
/// and the game ends at `ends` (or as soon as `decided` holds).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChapterDef {
    /// The month the players take over: history's script is played up to it.
    pub opens: Date,
    /// The last month: the turn that contains it is the chapter's last.
    pub ends: Date,
    /// The question the chapter asks, shown at the start: "Can Trotsky keep his seat?"
    pub question: String,
    /// Where things stand at the opening, in a few sentences.
    #[serde(default)]
    pub situation: String,
    /// The leader the menu offers first (any playable leader may still be chosen).
    #[serde(default)]
    pub lead: Option<String>,
    /// The question is answered early when this holds at the close of a turn.
    #[serde(default)]
    pub decided: Option<Condition>,
    /// How it ended: the first whose `when` holds at the end (one without `when` always does).
    pub endings: Vec<EndingDef>,
    /// The short list of actions a student is offered, in this order: the terminal's
    /// command names (`speech`, `court zinoviev`, `propose remove trotsky`), where a
    /// word `*` stands for any one word (`appoint *`). Empty: the usual short list.
    #[serde(default)]
    pub actions: Vec<String>,
}

/// One answer to the chapter's question.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndingDef {
    #[serde(default)]
    pub when: Option<Condition>,
    pub title: String,
    pub text: String,
    /// This is the answer history gave.
    #[serde(default)]
    pub historical: bool,
}

/// A short extract of a primary source, quoted beside the evidence it bears on.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDef {
    /// What it bears on: an evidence kind (`TestamentPublished`, `Recanted`,
    /// `PlatformPublished`, `CoReportCondemned`, `LineLost`, `Removed`, `Expelled`,
    /// `LineWorks`, `LineFails`, `WorldRevolution`), or `event:ID` for a scenario event.
    pub on: String,
    /// The leader it concerns; any leader when left out.
    #[serde(default)]
    pub who: Option<String>,
    /// For `event:ID`: the event counts against `who`'s claim to lead (else for it).
    /// An event's source makes evidence only when it names `who`.
    #[serde(default)]
    pub against: bool,
    /// The extract, a sentence or two.
    pub text: String,
    /// Who wrote or said it, and when.
    pub cite: String,
}

/// The kinds of evidence a source may be keyed on (`SourceDef::on`, besides `event:ID`).
pub const EVIDENCE_KINDS: [&str; 18] = [
    "TestamentPublished",
    "TestamentSuppressed",
    "Recanted",
    "PlatformPublished",
    "CoReportCondemned",
    "LineLost",
    "LineWorks",
    "LineFails",
    "WorldRevolution",
    "Removed",
    "Expelled",
    "Promoted",
    "Charged",
    "MotionCarried",
    "MotionFailed",
    "Appointed",
    "Canvassed",
    "MeetingLeaked",
];

/// Does a command's name (its words) match one of the chapter's action patterns?
/// The index of the first that matches orders the list.
pub fn action_rank(patterns: &[String], words: &[String]) -> Option<usize> {
    patterns.iter().position(|p| {
        let pw: Vec<&str> = p.split_whitespace().collect();
        pw.len() == words.len() && pw.iter().zip(words).all(|(p, w)| *p == "*" || *p == w)
    })
}
