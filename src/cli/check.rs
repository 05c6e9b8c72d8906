//! `politburo check PATH...`: every problem of every scenario file, rendered the
//! way rustc renders its errors, or as JSON for editors and CI.

use super::CheckFormat;
use crate::scenario::{Library, ScenarioError, Severity};
use serde::Serialize;
use std::path::PathBuf;

/// Checks each file; returns the exit code: 0 when no file has an error, 2 otherwise.
pub fn run(lib: &Library, paths: &[PathBuf], format: CheckFormat) -> i32 {
    let json = format == CheckFormat::Json;
    let mut all: Vec<ScenarioError> = vec![];
    let (mut errors, mut warnings, mut bad_files) = (0, 0, 0);
    for p in paths {
        let (scn, mut problems) = lib.check_file(p);
        if let Some(s) = &scn {
            problems.extend(script_problems(s, p));
        }
        let n_err = problems.iter().filter(|e| e.severity == Severity::Error).count();
        errors += n_err;
        warnings += problems.len() - n_err;
        bad_files += usize::from(n_err > 0);
        if !json {
            for e in &problems {
                eprintln!("{}", e.render());
            }
            if let Some(s) = &scn {
                println!(
                    "ok: {} ({}, {}, {}{})",
                    p.display(),
                    s.def.name,
                    plural(s.def.characters.len(), "character").unwrap_or("no characters".into()),
                    plural(s.def.events.len(), "event").unwrap_or("no events".into()),
                    plural(problems.len(), "warning").map(|w| format!(", {w}")).unwrap_or_default()
                );
            }
        }
        all.extend(problems);
    }
    if json {
        println!("{}", to_json(&all));
    }
    if errors > 0 {
        let w = plural(warnings, "warning").map(|w| format!(" and {w}")).unwrap_or_default();
        eprintln!("{}{w} in {}", plural(errors, "error").unwrap_or_default(), plural(bad_files, "file").unwrap_or_default());
        2
    } else {
        0
    }
}

/// The historical script played through: each entry the rules will refuse, at
/// its place in the file (an extension's, by the file alone: its entries live
/// in the merged text).
fn script_problems(s: &crate::scenario::Scenario, p: &std::path::Path) -> Vec<ScenarioError> {
    let text = crate::files::read_text_limited(p, crate::scenario::MAX_SCENARIO_BYTES).unwrap_or_default();
    let text = if crate::scenario::mods::is_extension(&text) { String::new() } else { text };
    crate::rules::script_check::problems(s, &text, &p.display().to_string())
}

fn plural(n: usize, what: &str) -> Option<String> {
    match n {
        0 => None,
        1 => Some(format!("1 {what}")),
        n => Some(format!("{n} {what}s")),
    }
}

/// One problem as `check --format json` gives it.
#[derive(Serialize)]
struct JsonProblem<'a> {
    file: &'a str,
    line: usize,
    column: usize,
    severity: &'a str,
    message: &'a str,
    hint: Option<&'a str>,
    excerpt: Option<&'a str>,
}

/// serde_json's compact output with a space after each colon and comma, so that
/// each problem reads as one line: `{"file": "a.ron", "line": 3, ...}`.
struct OneLine;

impl serde_json::ser::Formatter for OneLine {
    fn begin_object_key<W: ?Sized + std::io::Write>(&mut self, w: &mut W, first: bool) -> std::io::Result<()> {
        if first { Ok(()) } else { w.write_all(b", ") }
    }
    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, w: &mut W) -> std::io::Result<()> {
        w.write_all(b": ")
    }
}

/// The problems as a JSON array of `{file, line, column, severity, message, hint, excerpt}`,
/// one problem a line.
pub fn to_json(problems: &[ScenarioError]) -> String {
    let items: Vec<String> = problems
        .iter()
        .map(|e| {
            let p = JsonProblem {
                file: &e.file,
                line: e.line,
                column: e.column,
                severity: e.severity.as_str(),
                message: &e.message,
                hint: e.hint.as_deref(),
                excerpt: Some(e.excerpt.as_str()).filter(|x| !x.is_empty()),
            };
            let mut out = Vec::new();
            // Writing to memory fails only if serialising fails, and these fields cannot.
            let _ = p.serialize(&mut serde_json::Serializer::with_formatter(&mut out, OneLine));
            format!("  {}", String::from_utf8_lossy(&out))
        })
        .collect();
    if items.is_empty() { "[]".into() } else { format!("[\n{}\n]", items.join(",\n")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_with_quotes_and_a_newline_round_trips() {
        let mut e = ScenarioError::new("dir/a \"b\".ron", 3, 4, "unknown \"x\"\nsecond line\t\\ é");
        e.hint = Some("did you mean \"y\"?".into());
        let text = to_json(&[e.clone(), e.clone()]);
        assert!(
            text.starts_with("[\n  {\"file\": \"dir/a \\\"b\\\".ron\", \"line\": 3, \"column\": 4, \"severity\": \"error\", "),
            "{text}"
        );
        let back: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
        assert_eq!(back.len(), 2);
        assert_eq!(back[0]["message"], e.message.as_str());
        assert_eq!(back[0]["hint"], "did you mean \"y\"?");
        assert_eq!(back[0]["excerpt"], serde_json::Value::Null);
        assert_eq!(back[1]["file"], e.file.as_str());
        assert_eq!(to_json(&[]), "[]");
    }
}
