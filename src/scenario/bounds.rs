//! The bounds every scenario keeps, whatever its ranges: a scenario is untrusted
//! input (mods are shared between strangers), and one that `check` accepts must
//! play without a panic. So every whole number lies in `-MAX_NUMBER..=MAX_NUMBER`
//! and every list is capped (`MAX_CHARACTERS` and the rest): a sum of a number
//! over a list, times 100 for a percent, stays far inside an `i32` (the seat total
//! of the regions once wrapped and divided by zero). Ids are names, never paths:
//! they are written into file names (the autosaves). No string holds a control
//! character, which could rewrite the player's terminal.

use super::locate::{Kind, Source};
use super::schema::{Effect, ScenarioFile};
use super::{ScenarioError, Severity};

/// The largest magnitude of any whole number in a scenario (the seed of the
/// historical path excepted, which is never summed). Years of birth are the
/// largest numbers the shipped scenarios hold.
pub const MAX_NUMBER: i64 = 10_000;
/// The most characters a scenario may have. The computer's work grows faster
/// than the cast: 184 characters (eight times 1924's 23) cost 14 times as much a
/// game (`politburo bench --cast 8`); 20,000 took half a minute a turn.
pub const MAX_CHARACTERS: usize = 200;
/// The most entries of the other lists.
pub const MAX_OFFICES: usize = 100;
pub const MAX_REGIONS: usize = 200;
pub const MAX_BLOCS: usize = 100;
pub const MAX_LIST: usize = 2_000;
/// The longest calendar, in years: a turn is at least a month.
pub const MAX_YEARS: i32 = 100;
/// The longest id, in characters.
pub const MAX_ID_CHARS: usize = 40;

/// Is `id` a safe name: 1 to `MAX_ID_CHARS` ASCII letters, digits, `_` and `-`,
/// not starting with `-`? Such a name cannot climb out of a folder (`..`, `/`),
/// name a device, or carry a control character into a file name or a terminal.
pub fn is_safe_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_CHARS
        && !id.starts_with('-')
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// The value of an integer token as ron reads it (decimal, `0x`, `0o`, `0b`, `_`
/// between digits); `None` when it is too large for an `i64` or not an integer.
fn integer(t: &str) -> Option<i64> {
    let t: String = t.chars().filter(|&c| c != '_').collect();
    let (neg, body) = match t.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, t.strip_prefix('+').unwrap_or(&t)),
    };
    let (radix, digits) = match body.get(..2) {
        Some("0x") => (16, &body[2..]),
        Some("0o") => (8, &body[2..]),
        Some("0b") => (2, &body[2..]),
        _ => (10, body),
    };
    let v = i64::from_str_radix(digits, radix).ok()?;
    Some(if neg { -v } else { v })
}

/// The first control character of a decoded string, other than a line break or a tab.
fn control(s: &str) -> Option<char> {
    s.chars().find(|&c| c.is_control() && c != '\n' && c != '\t')
}

/// Every bound the scenario breaks, each positioned at the value.
pub fn check(def: &ScenarioFile, text: &str, file: &str) -> Vec<ScenarioError> {
    let src = Source::new(text);
    let mut out = vec![];
    let mut err = |start: usize, end: usize, message: String, hint: &str| {
        if out.len() < super::check::MAX_PROBLEMS {
            out.push(ScenarioError::at(file, text, start, end, message).with_hint(hint.to_string()));
        }
    };
    let root = src.root();
    let exempt: Vec<usize> = ["history_seed", "version"].iter().filter_map(|f| src.field(root, f)).collect();
    for t in src.all_of(Kind::Num) {
        if exempt.contains(&t) {
            continue;
        }
        let (a, b) = src.span(t);
        let raw = &text[a..b];
        if integer(raw).is_none_or(|v| v.abs() > MAX_NUMBER) {
            let shown: String = raw.chars().take(24).collect();
            err(
                a,
                b,
                format!("the number {shown} is out of bounds"),
                &format!("every number in a scenario lies from -{MAX_NUMBER} to {MAX_NUMBER}, so that no sum the rules make can overflow"),
            );
        }
    }
    // Control characters: written as they are, or as an escape inside a string.
    for (i, c) in text.char_indices().filter(|&(_, c)| c.is_control() && c != '\n' && c != '\t' && c != '\r') {
        err(i, i + c.len_utf8(), format!("a control character (U+{:04X}) in the file", c as u32), "remove it: it could rewrite a terminal");
    }
    for t in src.all_of(Kind::Str) {
        let (a, b) = src.span(t);
        let raw = &text[a..b];
        if raw.contains('\\')
            && let Ok(s) = ron::from_str::<String>(raw)
            && let Some(c) = control(&s)
        {
            err(
                a,
                b,
                format!("this string holds a control character (U+{:04X})", c as u32),
                "remove the escape: it could rewrite a terminal",
            );
        }
    }
    effects(def, &src, &mut err);
    ids(def, &src, &mut err);
    lists(def, &src, &mut err);
    let cal = &def.calendar;
    if cal.end.0.saturating_sub(cal.start.0) > MAX_YEARS * 12 {
        let at = src.field(src.field_open(root, "calendar"), "end").map(|t| src.span(t)).unwrap_or((0, 0));
        err(at.0, at.1, format!("the calendar runs more than {MAX_YEARS} years"), &format!("a scenario spans at most {MAX_YEARS} years"));
    }
    out.iter_mut().for_each(|e| e.severity = Severity::Error);
    out
}

/// Effects that add without a ceiling (delegates, enrolments, action points) add
/// at most `MAX_NUMBER` in all, over every event and choice, since events may
/// be many and the totals are summed over the regions.
fn effects(def: &ScenarioFile, src: &Source, err: &mut impl FnMut(usize, usize, String, &str)) {
    let entries = src.entries("events");
    let mut totals = [0i64; 3];
    let names = ["Delegates", "EnrolForOffice", "ActionPoints"];
    let mut reported = [false; 3];
    for (i, e) in def.events.iter().enumerate() {
        let at = src.field(entries.get(i).copied(), "effects").or(entries.get(i).copied()).map(|t| src.span(t)).unwrap_or((0, 0));
        for eff in e.effects.iter().chain(e.choices.iter().flat_map(|c| &c.effects)) {
            let (k, d) = match eff {
                Effect::Delegates(_, d) => (0, *d),
                Effect::EnrolForOffice(_, d) => (1, *d),
                Effect::ActionPoints(_, d) => (2, *d),
                _ => continue,
            };
            totals[k] += i64::from(d).abs();
            if totals[k] > MAX_NUMBER && !reported[k] {
                reported[k] = true;
                err(
                    at.0,
                    at.1,
                    format!("the `{}` effects add up to more than {MAX_NUMBER}, counting this event's", names[k]),
                    &format!("all the events' `{}` effects together add at most {MAX_NUMBER}", names[k]),
                );
            }
        }
    }
}

/// The scenario's id and every list's ids are safe names (`is_safe_id`). An empty
/// id in a list is reported by the checks of uniqueness.
fn ids(def: &ScenarioFile, src: &Source, err: &mut impl FnMut(usize, usize, String, &str)) {
    let hint = format!("an id is 1 to {MAX_ID_CHARS} letters (a-z, A-Z), digits, `_` or `-`, as \"stalin\" or \"gensec_1\"");
    let root = src.root();
    if !is_safe_id(&def.id) {
        let (a, b) = src.field(root, "id").map(|t| src.span(t)).unwrap_or((0, 0));
        err(a, b, format!("the scenario's id \"{}\" is not a plain name", clip(&def.id)), &hint);
    }
    let lists: [(&str, Vec<&str>); 5] = [
        ("characters", def.characters.iter().map(|x| x.id.as_str()).collect()),
        ("offices", def.offices.iter().map(|x| x.id.as_str()).collect()),
        ("regions", def.regions.iter().map(|x| x.id.as_str()).collect()),
        ("blocs", def.blocs.iter().map(|x| x.id.as_str()).collect()),
        ("events", def.events.iter().map(|x| x.id.as_str()).collect()),
    ];
    for (list, ids) in lists {
        let entries = src.entries(list);
        for (i, id) in ids.iter().enumerate() {
            if id.is_empty() || is_safe_id(id) {
                continue;
            }
            let at = src.field(entries.get(i).copied(), "id").map(|t| src.span(t)).unwrap_or((0, 0));
            err(at.0, at.1, format!("the id \"{}\" in `{list}` is not a plain name", clip(id)), &hint);
        }
    }
}

/// An id as shown in a message: at most 40 characters, none of them control.
fn clip(id: &str) -> String {
    let s: String = id.chars().take(MAX_ID_CHARS).collect();
    let s = crate::files::printable(&s).into_owned();
    if id.chars().count() > MAX_ID_CHARS { s + "…" } else { s }
}

/// No list longer than its cap.
fn lists(def: &ScenarioFile, src: &Source, err: &mut impl FnMut(usize, usize, String, &str)) {
    let root = src.root();
    let caps = [
        ("characters", def.characters.len(), MAX_CHARACTERS),
        ("offices", def.offices.len(), MAX_OFFICES),
        ("regions", def.regions.len(), MAX_REGIONS),
        ("blocs", def.blocs.len(), MAX_BLOCS),
        ("sessions", def.sessions.len(), MAX_LIST),
        ("events", def.events.len(), MAX_LIST),
        ("script", def.script.len(), MAX_LIST),
        ("milestones", def.milestones.len(), MAX_LIST),
    ];
    for (list, n, cap) in caps {
        if n > cap {
            let (a, b) = src.field_name(root, list).map(|t| src.span(t)).unwrap_or((0, 0));
            err(
                a,
                b,
                format!("`{list}` has {n} entries; a scenario may have at most {cap}"),
                "the time a turn takes grows with every list",
            );
        }
    }
    if def.line.levels.len() > MAX_OFFICES {
        let (a, b) = src.field_name(src.field_open(root, "line"), "levels").map(|t| src.span(t)).unwrap_or((0, 0));
        err(a, b, format!("the line has {} levels; it may have at most {MAX_OFFICES}", def.line.levels.len()), "");
    }
}
