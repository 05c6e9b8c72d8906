//! Mods: extension files that change a base scenario without copying it (the
//! folders they are found in are `library`'s).
//!
//! An extension names its base by id (`extends: "1924"`), changes values by path
//! (`set: {"characters/trotsky/prestige": 85}`) and appends to lists (`add: (events:
//! [...])`). It is applied to the base's *text*, so every value keeps the exact
//! spelling the modder wrote, and the result is checked like any scenario; each
//! error is then traced back to the file its text came from. Mods are data only:
//! no code runs, and `extends` is an id, never a path, so nothing outside the
//! scenario folders is read.

use super::library::{header, ron_files};
use super::locate::{Kind, Source};
use super::schema::*;
use super::script::ScriptEntry;
use super::{Library, Scenario, ScenarioError};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// How deep `extends` may chain (a mod of a mod of ...), which also stops cycles.
const MAX_CHAIN: usize = 8;

/// Is this text an extension of another scenario (it has an `extends` field)?
pub fn is_extension(text: &str) -> bool {
    let src = Source::new(text);
    src.field(src.root(), "extends").is_some()
}

/// The extension format, for its own checks: the header, `set` values of any
/// shape, and `add` lists parsed as the real things so their errors point into
/// the mod.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct ExtensionFile {
    /// The format the mod is written for; its base's decides how the merge is read.
    #[serde(default)]
    format: u32,
    extends: String,
    id: String,
    name: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    set: BTreeMap<String, ron::Value>,
    #[serde(default)]
    add: AddLists,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
#[allow(dead_code)]
struct AddLists {
    characters: Vec<CharacterDef>,
    offices: Vec<OfficeDef>,
    regions: Vec<RegionDef>,
    blocs: Vec<BlocDef>,
    sessions: Vec<SessionDef>,
    events: Vec<EventDef>,
    script: Vec<ScriptEntry>,
    milestones: Vec<MilestoneDef>,
}

/// One piece of the merged text: base text kept, or text put in from the mod.
struct Splice {
    /// The base bytes replaced (empty for an insertion).
    base: (usize, usize),
    text: String,
    /// Where `text` starts in the mod, or where to blame it when it is glue (`, `).
    from: usize,
}

/// Checks an extension: its own form, its base, and the merged scenario.
pub fn check_extension(lib: &Library, text: &str, file: &str, depth: usize) -> (Option<Scenario>, Vec<ScenarioError>) {
    let fail = |e: ScenarioError| (None, vec![e]);
    if let Err(e) = ron::Options::default().from_str::<ExtensionFile>(text) {
        return fail(super::ron_error(file, text, &e));
    }
    let src = Source::new(text);
    let root = src.root();
    let at_field = |f: &str, msg: String| {
        let t = src.field(root, f).unwrap_or(0);
        ScenarioError::at(file, text, src.span(t).0, src.value_end(t), msg)
    };
    let extends = src.field(root, "extends").and_then(|t| src.string(t)).unwrap_or_default().to_string();
    if depth >= MAX_CHAIN {
        return fail(at_field("extends", format!("`extends` chains more than {MAX_CHAIN} scenarios deep: is there a cycle?")));
    }
    let near = Path::new(file).parent();
    let Some(base_path) = lib.find_id(&extends, near) else {
        let known: Vec<String> =
            lib.scenario_dirs().iter().flat_map(|(d, _)| ron_files(d)).filter_map(|p| header(&p)).map(|h| h.id).collect();
        let hint = super::check::did_you_mean(&extends, known.iter().map(String::as_str))
            .unwrap_or_else(|| format!("the scenarios found are: {}", known.join(", ")));
        return fail(at_field("extends", format!("no scenario has the id \"{extends}\" to extend")).with_hint(hint));
    };
    let base_file = base_path.display().to_string();
    let base_text = match crate::files::read_text_limited(&base_path, super::MAX_SCENARIO_BYTES) {
        Ok(t) => t,
        Err(e) => return fail(at_field("extends", format!("cannot read the base scenario {base_file}: {e}"))),
    };
    // The base must stand on its own (or as an extension of its own base).
    let base_ok = lib.base_loads(&base_path, || {
        if is_extension(&base_text) {
            check_extension(lib, &base_text, &base_file, depth + 1)
        } else {
            super::check_str_in(lib, &base_text, &base_file)
        }
    });
    if !base_ok.0 {
        let mut errs = vec![at_field("extends", format!("the base scenario \"{extends}\" ({base_file}) has errors of its own"))];
        errs.extend(base_ok.1);
        return (None, errs);
    }
    // An extended base is merged first; its text is what this mod changes.
    let (base_text, base_label) = if is_extension(&base_text) {
        match merged_text(lib, &base_text, &base_file) {
            Ok(t) => (t, format!("{base_file} (merged with its base)")),
            Err(e) => return (None, e),
        }
    } else {
        (base_text, base_file.clone())
    };
    let splices = match plan(&src, text, file, &base_text) {
        Ok(s) => s,
        Err(e) => return (None, e),
    };
    let merged = apply(&base_text, &splices);
    let (scn, problems) = super::check_str_in(lib, &merged, file);
    let problems: Vec<ScenarioError> =
        problems.into_iter().map(|e| trace(e, &merged, &splices, (text, file), (&base_text, &base_label))).collect();
    match scn {
        Some(mut s) => {
            s.path = file.to_string();
            s.warnings = problems.clone();
            (Some(s), problems)
        }
        None => (None, problems),
    }
}

/// The merged text of an extension whose base is found and sound.
fn merged_text(lib: &Library, text: &str, file: &str) -> Result<String, Vec<ScenarioError>> {
    let src = Source::new(text);
    let extends = src.field(src.root(), "extends").and_then(|t| src.string(t)).unwrap_or_default();
    let base_path = lib.find_id(extends, Path::new(file).parent()).ok_or_else(Vec::new)?;
    let base_text = crate::files::read_text_limited(&base_path, super::MAX_SCENARIO_BYTES).map_err(|_| vec![])?;
    let base_text = if is_extension(&base_text) { merged_text(lib, &base_text, &base_path.display().to_string())? } else { base_text };
    let splices = plan(&src, text, file, &base_text)?;
    Ok(apply(&base_text, &splices))
}

/// The changes an extension makes to its base's text.
fn plan(src: &Source, text: &str, file: &str, base_text: &str) -> Result<Vec<Splice>, Vec<ScenarioError>> {
    let base = Source::new(base_text);
    let root = src.root();
    let mut splices = vec![];
    let mut errors = vec![];
    // The header fields are `set`s of their own.
    let mut sets: Vec<(String, usize, usize)> = vec![];
    for f in ["id", "name", "description"] {
        if let Some(t) = src.field(root, f) {
            sets.push((f.to_string(), t - 2, t));
        }
    }
    if let Some(open) = src.field(root, "set").and_then(|t| src.bracket_of(t)) {
        for (key, value) in src.members(open) {
            let Some(k) = key else { continue };
            sets.push((src.string(k).unwrap_or_default().to_string(), k, value));
        }
    }
    for (path, key_tok, value) in sets {
        let value_text = &text[src.span(value).0..src.value_end(value)];
        match locate_path(&base, &path) {
            Ok(Target::Value(t)) => {
                splices.push(Splice { base: (base.span(t).0, base.value_end(t)), text: value_text.into(), from: src.span(value).0 })
            }
            Ok(Target::Missing(open, name)) => {
                let comma = if base.needs_comma(open) { ", " } else { " " };
                let at = base.inside(open).1;
                let glue = format!("{comma}{name}: ");
                splices.push(Splice {
                    base: (at, at),
                    text: format!("{glue}{value_text},"),
                    from: src.span(value).0 - glue.len().min(src.span(value).0),
                });
            }
            Err((msg, hint)) => {
                let (a, b) = src.span(key_tok);
                let mut e = ScenarioError::at(file, text, a, b, msg);
                if let Some(h) = hint {
                    e = e.with_hint(h);
                }
                errors.push(e);
            }
        }
    }
    if let Some(add) = src.field(root, "add").and_then(|t| src.bracket_of(t)) {
        for (name, value) in src.members(add) {
            let Some(name) = name else { continue };
            let list = src.text_of(name);
            let Some(open) = src.bracket_of(value) else { continue };
            let (a, b) = src.inside(open);
            let items = text[a..b].trim_end();
            let items = items.strip_suffix(',').unwrap_or(items);
            if items.trim().is_empty() {
                continue;
            }
            let lead = items.len() - items.trim_start().len();
            let items = items.trim_start();
            match base.field(base.root(), list).and_then(|t| base.bracket_of(t)) {
                Some(bopen) => {
                    let comma = if base.needs_comma(bopen) { "," } else { "" };
                    let at = base.inside(bopen).1;
                    splices.push(Splice { base: (at, at), text: format!("{comma}\n{items},\n"), from: a + lead - comma.len() - 1 });
                }
                None => {
                    let Some(r) = base.root() else { continue };
                    let comma = if base.needs_comma(r) { "," } else { "" };
                    let at = base.inside(r).1;
                    let glue = format!("{comma}\n{list}: [\n");
                    splices.push(Splice {
                        base: (at, at),
                        text: format!("{glue}{items},\n],\n"),
                        from: (a + lead).saturating_sub(glue.len()),
                    });
                }
            }
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    splices.sort_by_key(|s| s.base);
    for w in splices.windows(2) {
        if w[1].base.0 < w[0].base.1 {
            let e = ScenarioError::at(file, text, w[1].from, w[1].from + 1, "this change overlaps another one in `set`")
                .with_hint("set either a whole value or the fields inside it, not both");
            return Err(vec![e]);
        }
    }
    Ok(splices)
}

enum Target {
    /// The value's first token.
    Value(usize),
    /// A struct that does not write this field yet: insert it.
    Missing(usize, String),
}

/// Finds `a/b/c` in the base: struct fields by name, list items by id (or
/// index), map entries by key.
fn locate_path(base: &Source, path: &str) -> Result<Target, (String, Option<String>)> {
    let parts: Vec<&str> = path.split('/').collect();
    let mut scope = base.root().ok_or(("the base scenario is empty".to_string(), None))?;
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let open_text = base.text_of(scope);
        let members = base.members(scope);
        let found = match open_text {
            "[" => members
                .iter()
                .find(|(_, v)| base.bracket_of(*v).and_then(|b| base.field(Some(b), "id")).and_then(|t| base.string(t)) == Some(*part))
                .or_else(|| part.parse::<usize>().ok().and_then(|n| members.get(n)))
                .map(|(_, v)| *v),
            _ => members.iter().find(|(k, _)| k.is_some_and(|k| base.string(k).unwrap_or(base.text_of(k)) == *part)).map(|(_, v)| *v),
        };
        let Some(v) = found else {
            if last && open_text == "(" && base.kind(scope) == Some(Kind::Open) {
                return Ok(Target::Missing(scope, part.to_string()));
            }
            let names: Vec<String> = members
                .iter()
                .filter_map(|(k, v)| match k {
                    Some(k) => Some(base.string(*k).unwrap_or(base.text_of(*k)).to_string()),
                    None => base.bracket_of(*v).and_then(|b| base.field(Some(b), "id")).and_then(|t| base.string(t)).map(str::to_string),
                })
                .collect();
            let at = parts[..i].join("/");
            let hint = super::check::did_you_mean(part, names.iter().map(String::as_str));
            return Err((format!("`{path}`: the base has no \"{part}\" in `{}`", if at.is_empty() { "the scenario" } else { &at }), hint));
        };
        if last {
            return Ok(Target::Value(v));
        }
        scope = base.bracket_of(v).ok_or_else(|| (format!("`{path}`: \"{part}\" holds a single value, not fields"), None))?;
    }
    Err((format!("`{path}` is empty"), None))
}

fn apply(base: &str, splices: &[Splice]) -> String {
    let mut out = String::with_capacity(base.len() + splices.iter().map(|s| s.text.len()).sum::<usize>());
    let mut at = 0;
    for s in splices {
        out.push_str(&base[at..s.base.0]);
        out.push_str(&s.text);
        at = s.base.1;
    }
    out.push_str(&base[at..]);
    out
}

/// Moves an error in the merged text to the file its text came from.
fn trace(e: ScenarioError, merged: &str, splices: &[Splice], (mtext, mfile): (&str, &str), (btext, bfile): (&str, &str)) -> ScenarioError {
    let Some(p) = super::offset_of(merged, e.line, e.column) else {
        return ScenarioError { file: mfile.into(), ..e };
    };
    let mut delta: isize = 0;
    for s in splices {
        let mstart = (s.base.0 as isize + delta) as usize;
        let mend = mstart + s.text.len();
        if p < mstart {
            break;
        }
        if p < mend {
            let q = (s.from + (p - mstart)).min(mtext.len());
            return rebuild(e, mtext, mfile, q);
        }
        delta += s.text.len() as isize - (s.base.1 - s.base.0) as isize;
    }
    let q = ((p as isize) - delta).clamp(0, btext.len() as isize) as usize;
    rebuild(e, btext, bfile, q)
}

fn rebuild(e: ScenarioError, text: &str, file: &str, at: usize) -> ScenarioError {
    let mut n = ScenarioError::at(file, text, at, at + e.width, e.message);
    n.severity = e.severity;
    n.hint = e.hint;
    n
}
