//! The scenario format's version. A file says which format it is written for
//! (`format: 2`); one that says nothing is format 1, the format before `words`,
//! pronouns and the events that move ranks. Every older format still loads
//! (what it lacks has today's defaults), and `check` says what to change to
//! bring it up to date; a newer format than the game's is refused.

use super::locate::Source;
use super::schema::ScenarioFile;
use super::{ScenarioError, Severity};

/// The format this game writes and reads natively.
pub const CURRENT_FORMAT: u32 = 2;

/// What format 2 adds, for a file of format 1 that would use it.
const SINCE_2: &str = "add `format: 2`; then name the country and its institutions in `words:` (without it the chronicle \
says \"the Soviet Union\", \"the OGPU\" and \"Politburo\"), give each woman `pronouns: She` and each name written family \
name first a `short_name`; `world_revolution` may be left out where it means nothing; an office may `opens` or `closes` by date, and `line.decided_by: Plenum` gives the line to the plenum";

/// The format's problems: an unknown format is an error, an old one a warning
/// that says what to change.
pub fn check(def: &ScenarioFile, text: &str, file: &str) -> Vec<ScenarioError> {
    let src = Source::new(text);
    let at = src.field(src.root(), "format").or(src.root());
    let (start, end) = at.map(|t| src.span(t)).unwrap_or((0, 0));
    let problem = |severity, message: String, hint: &str| {
        let mut e = ScenarioError::at(file, text, start, end, message).with_hint(hint);
        e.severity = severity;
        e
    };
    match def.format {
        0 => vec![problem(Severity::Error, "format 0 does not exist".into(), "formats count from 1; this game reads up to 2")],
        f if f > CURRENT_FORMAT => vec![problem(
            Severity::Error,
            format!("the file is written for format {f}, newer than this game's ({CURRENT_FORMAT})"),
            "update the game, or write the file for an older format",
        )],
        f if f < CURRENT_FORMAT => vec![problem(
            Severity::Warning,
            format!("the file is written for format {f} (it loads as before); this game reads format {CURRENT_FORMAT}"),
            SINCE_2,
        )],
        _ => vec![],
    }
}
