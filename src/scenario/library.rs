//! Where scenarios are found: the shipped folder and the mods folders, each mod
//! folder inside them, and the scenario files in each. A folder or a file that is
//! a link leading out of its folder is skipped, so a mod can never make the game
//! read elsewhere. A listing of every scenario (`catalog`) reads each file once.

use super::locate::Source;
use super::{Scenario, ScenarioError, Severity};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// The origin of the shipped chapters (`assets/scenarios/chapters/`).
pub const CHAPTER: &str = "chapter";

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
        // The classroom's chapters are shipped too, in their own folder (the menu's "Chapters").
        let chapters = shipped.join("chapters");
        let mut out = vec![(shipped, "shipped".to_string()), (chapters, CHAPTER.to_string())];
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

    /// The shipped chapters for the classroom, in order: (file, name), read from
    /// their headers alone (the menu's "Chapters").
    pub fn chapters(&self) -> Vec<(PathBuf, String)> {
        let dirs = self.scenario_dirs();
        let Some((dir, _)) = dirs.iter().find(|(_, o)| o == CHAPTER) else { return vec![] };
        ron_files(dir).into_iter().filter_map(|p| header(&p).map(|h| (p, h.name))).collect()
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
pub(super) fn ron_files(dir: &Path) -> Vec<PathBuf> {
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
            let folder = dirs
                .iter()
                .find(|(d, origin)| origin != "shipped" && origin != CHAPTER && d.file_name().is_some_and(|n| n == id_or_path))?;
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
    pub(super) fn find_id(&self, id: &str, near: Option<&Path>) -> Option<PathBuf> {
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
    pub(super) fn base_loads(
        &self,
        path: &Path,
        check: impl FnOnce() -> (Option<Scenario>, Vec<ScenarioError>),
    ) -> (bool, Vec<ScenarioError>) {
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
pub(super) struct Header {
    pub(super) id: String,
    pub(super) name: String,
}

pub(super) fn header(path: &Path) -> Option<Header> {
    let text = crate::files::read_text_limited(path, super::MAX_SCENARIO_BYTES).ok()?;
    let src = Source::new(&text);
    let get = |f: &str| src.field(src.root(), f).and_then(|t| src.string(t)).map(str::to_string);
    Some(Header { id: get("id")?, name: get("name").unwrap_or_default() })
}
