//! `politburo check PATH...`: every problem of every scenario file, rendered the
//! way rustc renders its errors, or as JSON for editors and CI.

use crate::scenario::{Library, ScenarioError, Severity};
use std::path::PathBuf;

/// Checks each file; returns the exit code: 0 when no file has an error, 2 otherwise.
pub fn run(lib: &Library, paths: &[PathBuf], format: &str) -> i32 {
    let json = match format {
        "human" => false,
        "json" => true,
        other => {
            eprintln!("error: unknown format \"{other}\": expected human or json");
            return 2;
        }
    };
    let mut all: Vec<ScenarioError> = vec![];
    let (mut errors, mut warnings, mut bad_files) = (0, 0, 0);
    for p in paths {
        let (scn, problems) = lib.check_file(p);
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

fn plural(n: usize, what: &str) -> Option<String> {
    match n {
        0 => None,
        1 => Some(format!("1 {what}")),
        n => Some(format!("{n} {what}s")),
    }
}

/// The problems as a JSON array of `{file, line, column, severity, message, hint, excerpt}`.
pub fn to_json(problems: &[ScenarioError]) -> String {
    let items: Vec<String> = problems
        .iter()
        .map(|e| {
            format!(
                "  {{\"file\": {}, \"line\": {}, \"column\": {}, \"severity\": {}, \"message\": {}, \"hint\": {}, \"excerpt\": {}}}",
                json_str(&e.file),
                e.line,
                e.column,
                json_str(e.severity.as_str()),
                json_str(&e.message),
                e.hint.as_deref().map_or("null".into(), json_str),
                if e.excerpt.is_empty() { "null".into() } else { json_str(&e.excerpt) },
            )
        })
        .collect();
    if items.is_empty() { "[]".into() } else { format!("[\n{}\n]", items.join(",\n")) }
}

/// A JSON string literal: quotes, backslashes and control characters escaped.
pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_str("a\"b\\c\nd\u{1}é"), "\"a\\\"b\\\\c\\nd\\u0001é\"");
        assert_eq!(to_json(&[]), "[]");
    }
}
