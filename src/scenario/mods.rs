//! Mods: folders of scenario files beside the shipped ones, and extension files
//! that change a base scenario without copying it.
//!
//! An extension names its base by id (`extends: "1924"`), changes values by path
//! (`set: {"characters/trotsky/prestige": 85}`) and appends to lists (`add: (events:
//! [...])`). It is applied to the base's *text*, so every value keeps the exact
//! spelling the modder wrote, and the result is checked like any scenario; each
//! error is then traced back to the file its text came from. Mods are data only:
//! no code runs, and `extends` is an id, never a path, so nothing outside the
//! scenario folders is read.

use super::locate::{Kind, Source};
use super::schema::*;
use super::script::ScriptEntry;
use super::{Scenario, ScenarioError, Severity};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// How deep `extends` may chain (a mod of a mod of ...), which also stops cycles.
const MAX_CHAIN: usize = 8;

/// Where scenarios are found: the shipped folder, then each mods root the caller
/// names (the user's mods folder, each `--mods DIR`) and every mod folder inside
/// it. It is passed to whatever loads scenarios, never kept in a global, so two
/// games (or two tests running side by side) can look in different places.
#[derive(Debug, Clone, Default)]
pub struct Library {
    roots: Vec<PathBuf>,
    /// The folders, their files and ids, read once for one listing (`catalog`):
    /// without it each mod's `extends` would read every file again, and a listing
    /// of N mods would read N² files.
    index: Option<Arc<Index>>,
}

impl PartialEq for Library {
    fn eq(&self, other: &Library) -> bool {
        self.roots == other.roots
    }
}

impl Eq for Library {}

/// What one listing reads once: each folder with its origin, and each scenario
/// file in it with its id; and whether each base scenario loads, checked once.
#[derive(Debug, Default)]
struct Index {
    dirs: Vec<(PathBuf, String)>,
    files: Vec<Vec<(PathBuf, Option<String>)>>,
    bases: Mutex<BTreeMap<PathBuf, (bool, Vec<ScenarioError>)>>,
}

impl Library {
    /// The shipped scenarios alone (and an extension's own folder).
    pub fn shipped() -> Library {
        Library::default()
    }

    /// The shipped scenarios and these mods roots, in order.
    pub fn new(roots: impl IntoIterator<Item = PathBuf>) -> Library {
        roots.into_iter().fold(Library::default(), Library::with_root)
    }

    /// Adds a folder of mods (or one mod's folder): `--mods DIR`.
    pub fn with_root(mut self, dir: PathBuf) -> Library {
        if !self.roots.contains(&dir) {
            self.roots.push(dir);
        }
        self.index = None;
        self
    }

    /// This library with its folders, files and ids read now, once: for a listing
    /// that loads every scenario, so that the work grows with the number of files,
    /// not with its square.
    fn indexed(&self) -> Library {
        let dirs = self.scenario_dirs();
        let files = dirs.iter().map(|(d, _)| ron_files(d).into_iter().map(|p| (p.clone(), header(&p).map(|h| h.id))).collect()).collect();
        Library { roots: self.roots.clone(), index: Some(Arc::new(Index { dirs, files, bases: Mutex::default() })) }
    }

    /// Every folder that may hold scenarios, shipped first, with its origin for
    /// the menu ("shipped", "mod NAME"). A mod folder that is a link leading out
    /// of its mods folder is not one: a mod cannot make the game read elsewhere.
    pub fn scenario_dirs(&self) -> Vec<(PathBuf, String)> {
        if let Some(ix) = &self.index {
            return ix.dirs.clone();
        }
        let shipped = super::default_scenario_path().parent().map(Path::to_path_buf).unwrap_or_default();
        let mut out = vec![(shipped, "shipped".to_string())];
        for root in &self.roots {
            let name = |p: &Path| format!("mod {}", p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default());
            out.push((root.clone(), name(root)));
            let Ok(canon_root) = root.canonicalize() else { continue };
            let mut subs: Vec<PathBuf> = std::fs::read_dir(root)
                .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_dir()).collect())
                .unwrap_or_default();
            subs.retain(|s| s.canonicalize().is_ok_and(|c| c.starts_with(&canon_root)));
            subs.sort();
            for s in subs {
                let n = name(&s);
                out.push((s, n));
            }
        }
        out
    }

    /// Every scenario file in every folder, in the menu's order.
    pub fn files(&self) -> Vec<PathBuf> {
        self.scenario_dirs().iter().flat_map(|(d, _)| ron_files(d)).collect()
    }

    /// The origin of a scenario file for the menu: "shipped" or "mod NAME".
    pub fn origin_of(&self, path: &Path) -> String {
        let parent = path.parent();
        self.scenario_dirs().into_iter().find(|(d, _)| Some(d.as_path()) == parent).map(|(_, o)| o).unwrap_or_default()
    }

    /// The newest modification time of any scenario file: a change anywhere (a
    /// mod's base included) means a scenario may read differently now.
    pub fn stamp(&self) -> Option<std::time::SystemTime> {
        self.files().iter().filter_map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok()).max()
    }

    /// Reads and validates a scenario file; an extension's base is looked for here.
    pub fn load(&self, path: &Path) -> Result<Scenario, super::ScenarioErrors> {
        match super::check_file_in(self, path) {
            (Some(s), _) => Ok(s),
            (None, problems) => Err(super::ScenarioErrors(problems)),
        }
    }

    /// Every problem of a scenario file, as `politburo check` reports them.
    pub fn check_file(&self, path: &Path) -> (Option<Scenario>, Vec<ScenarioError>) {
        super::check_file_in(self, path)
    }
}

/// The scenario files of a folder, sorted; links that lead outside it are skipped.
fn ron_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(canon_dir) = dir.canonicalize() else { return vec![] };
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect::<Vec<PathBuf>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "ron") && p.is_file())
        .filter(|p| p.canonicalize().is_ok_and(|c| c.starts_with(&canon_dir)))
        .collect();
    files.sort();
    files
}

/// A scenario the game can offer: where it is, what it is called, and why it
/// cannot be played if it cannot.
#[derive(Debug, Clone)]
pub struct Entry {
    pub path: PathBuf,
    pub id: String,
    pub name: String,
    /// "shipped", or "mod NAME".
    pub origin: String,
    pub playable: Vec<String>,
    /// The first error, when the scenario does not load.
    pub error: Option<String>,
}

impl Library {
    /// Every scenario in every folder, each loaded and checked.
    pub fn catalog(&self) -> Vec<Entry> {
        let lib = self.indexed();
        let mut out = vec![];
        for (dir, origin) in lib.scenario_dirs() {
            for path in lib.files_in(&dir) {
                let (id, name) = header(&path).map(|h| (h.id, h.name)).unwrap_or_default();
                let entry = match lib.load(&path) {
                    Ok(s) => Entry {
                        id: s.def.id.clone(),
                        name: s.def.name.clone(),
                        playable: s.def.characters.iter().filter(|c| c.playable).map(|c| c.id.clone()).collect(),
                        error: None,
                        path,
                        origin: origin.clone(),
                    },
                    Err(e) => {
                        let first = e.0.iter().find(|x| x.severity == Severity::Error).map(|x| x.to_string());
                        Entry { path, id, name, origin: origin.clone(), playable: vec![], error: first.or(Some("does not load".into())) }
                    }
                };
                out.push(entry);
            }
        }
        out
    }

    /// A scenario named on the command line: a file, or the id of one in the folders.
    pub fn find(&self, id_or_path: &str) -> Option<PathBuf> {
        let p = PathBuf::from(id_or_path);
        if p.is_file() {
            return Some(p);
        }
        // A mod's folder holding one scenario may be named instead of that scenario's id.
        self.find_id(id_or_path, None).or_else(|| {
            let dirs = self.scenario_dirs();
            let folder = dirs.iter().find(|(d, origin)| origin != "shipped" && d.file_name().is_some_and(|n| n == id_or_path))?;
            match ron_files(&folder.0).as_slice() {
                [one] => Some(one.clone()),
                _ => None,
            }
        })
    }

    /// The ids of every scenario in every folder, for an error that names what exists.
    pub fn known_ids(&self) -> Vec<String> {
        self.files().iter().filter_map(|p| header(p).map(|h| h.id)).filter(|id| !id.is_empty()).collect()
    }

    /// The file whose scenario has this id, looking first in `near` (the folder of
    /// the mod that asks), then in every folder.
    fn find_id(&self, id: &str, near: Option<&Path>) -> Option<PathBuf> {
        let mut dirs: Vec<PathBuf> = near.map(Path::to_path_buf).into_iter().collect();
        dirs.extend(self.scenario_dirs().into_iter().map(|(d, _)| d));
        if let Some(ix) = &self.index {
            return dirs.iter().find_map(|d| match ix.dirs.iter().position(|(x, _)| x == d) {
                Some(i) => ix.files[i].iter().find(|(_, h)| h.as_deref() == Some(id)).map(|(p, _)| p.clone()),
                None => ron_files(d).into_iter().find(|p| header(p).is_some_and(|h| h.id == id)),
            });
        }
        dirs.iter().flat_map(|d| ron_files(d)).find(|p| header(p).is_some_and(|h| h.id == id))
    }

    /// The scenario files of a folder, from the index when there is one.
    fn files_in(&self, dir: &Path) -> Vec<PathBuf> {
        match self.index.as_ref().and_then(|ix| ix.dirs.iter().position(|(d, _)| d == dir).map(|i| &ix.files[i])) {
            Some(files) => files.iter().map(|(p, _)| p.clone()).collect(),
            None => ron_files(dir),
        }
    }

    /// Whether the base at `path` loads, and its problems, remembered for one listing.
    fn base_loads(&self, path: &Path, check: impl FnOnce() -> (Option<Scenario>, Vec<ScenarioError>)) -> (bool, Vec<ScenarioError>) {
        if let Some(ix) = &self.index
            && let Some(known) = ix.bases.lock().ok().and_then(|m| m.get(path).cloned())
        {
            return known;
        }
        let (scn, problems) = check();
        let result = (scn.is_some(), problems);
        if let Some(ix) = &self.index
            && let Ok(mut m) = ix.bases.lock()
        {
            m.insert(path.to_path_buf(), result.clone());
        }
        result
    }
}

/// The few top-level strings read without a full parse.
#[derive(Default)]
struct Header {
    id: String,
    name: String,
}

fn header(path: &Path) -> Option<Header> {
    let text = crate::files::read_text_limited(path, super::MAX_SCENARIO_BYTES).ok()?;
    let src = Source::new(&text);
    let get = |f: &str| src.field(src.root(), f).and_then(|t| src.string(t)).map(str::to_string);
    Some(Header { id: get("id")?, name: get("name").unwrap_or_default() })
}

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
