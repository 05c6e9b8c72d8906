//! Scenarios: the RON schema, loading with positioned errors, and the checks that
//! every id names something. A loaded `Scenario` is immutable; games share it.

pub mod balance_def;
pub mod bounds;
pub mod caucus_def;
pub mod check;
pub mod classroom;
pub mod date;
pub mod deals_balance;
pub mod error;
pub mod events_def;
pub mod library;
pub mod locate;
pub mod mods;
pub mod norms_levers;
pub mod offices_def;
pub mod schema;
pub mod script;
pub mod seats;
pub mod speak;
pub mod standing_def;
pub mod statutes;
pub mod suggest;
pub mod testament_def;
pub mod version;
pub mod words;

pub use caucus_def::CaucusDef;
pub use deals_balance::DealsBalance;
pub use error::{ScenarioError, ScenarioErrors, Severity, line_col};
pub(crate) use error::{offset_of, ron_error};
pub use library::Library;
pub use norms_levers::{Levers, Norms};
pub use schema::*;
pub use script::*;
pub use words::{Pronouns, Words, WordsDef};

use error::EXCERPT_CHARS;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The scenario the game ships with; `cargo run` finds it from the crate root or beside the binary.
pub const DEFAULT_SCENARIO: &str = "assets/scenarios/1924.ron";

/// Ids of the scenario's characters, offices, regions and blocs: each its own
/// type, so a region can never be passed where a character is meant. An id is
/// the index of its definition in the scenario's list (and of its state in the
/// game's), and it indexes those lists directly: `st.chars[c]`. In saves and
/// replays it is written as the bare number.
macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident, $all:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub usize);

        impl $name {
            /// Every id of this kind, for a list of `n` definitions.
            pub fn $all(n: usize) -> impl DoubleEndedIterator<Item = $name> + Clone {
                (0..n).map($name)
            }
        }
        impl<T> std::ops::Index<$name> for Vec<T> {
            type Output = T;
            fn index(&self, i: $name) -> &T {
                &self[i.0]
            }
        }
        impl<T> std::ops::IndexMut<$name> for Vec<T> {
            fn index_mut(&mut self, i: $name) -> &mut T {
                &mut self[i.0]
            }
        }
        impl<T> std::ops::Index<$name> for [T] {
            type Output = T;
            fn index(&self, i: $name) -> &T {
                &self[i.0]
            }
        }
        impl<T> std::ops::IndexMut<$name> for [T] {
            fn index_mut(&mut self, i: $name) -> &mut T {
                &mut self[i.0]
            }
        }
    )*};
}

ids! {
    /// A character: a leader, a secretary, a member of a body.
    CharId, all;
    /// An office: a post a character can hold.
    OfficeId, all;
    /// A region: a party organisation with its delegates and seats.
    RegionId, all;
    /// A bloc: a group of leaders, informal or an organised faction.
    BlocId, all;
}

/// A validated scenario: the file's definitions plus id lookups.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub def: ScenarioFile,
    pub path: String,
    char_ix: BTreeMap<String, CharId>,
    office_ix: BTreeMap<String, OfficeId>,
    region_ix: BTreeMap<String, RegionId>,
    bloc_ix: BTreeMap<String, BlocId>,
    /// Offices granting each power, for quick "who holds the Police?" questions.
    pub gensec: Option<OfficeId>,
    /// What `politburo check` would warn about; the scenario loads all the same.
    pub warnings: Vec<ScenarioError>,
    /// The contenders, in id order: the computer asks about them for every leader,
    /// and a large cast should not make it search every character for them.
    contenders: Vec<CharId>,
    is_contender: Vec<bool>,
    /// The scenario's words, defaults filled in.
    words: Words,
    /// The caucuses with their ids resolved, read at every Politburo vote.
    pub caucuses: Vec<Caucus>,
    /// For each office seat, the office's first seat (`seats`).
    seat_group: Vec<OfficeId>,
}

/// A caucus (`CaucusDef`) with its ids resolved; unknown ids (which `check`
/// refuses) are left out.
#[derive(Debug, Clone)]
pub struct Caucus {
    pub convener: Option<CharId>,
    pub members: Vec<CharId>,
    /// The index of the event it waits for.
    pub after: Option<usize>,
    /// The index of the event that ends it.
    pub until: Option<usize>,
    /// 0..1.
    pub discipline: f64,
}

/// Scenario files larger than this are refused before they are read.
pub const MAX_SCENARIO_BYTES: u64 = 4 * 1024 * 1024;

impl Scenario {
    /// The contenders for the succession, in id order.
    pub fn contenders(&self) -> impl DoubleEndedIterator<Item = CharId> + Clone + '_ {
        self.contenders.iter().copied()
    }
    /// Is `c` a contender for the succession?
    pub fn is_contender(&self, c: CharId) -> bool {
        self.is_contender[c.0]
    }
    /// Turns from the calendar's start to its end, both included.
    pub fn total_turns(&self) -> u32 {
        let c = &self.def.calendar;
        ((c.end.0 - c.start.0).max(0) as u32) / c.months_per_turn.max(1) + 1
    }
    /// The date turn `t` (from 0) opens.
    pub fn turn_date(&self, t: u32) -> crate::scenario::date::Date {
        self.def.calendar.start.plus_months((t * self.def.calendar.months_per_turn) as i32)
    }
    pub fn char_id(&self, id: &str) -> Option<CharId> {
        self.char_ix.get(id).copied()
    }
    pub fn office_id(&self, id: &str) -> Option<OfficeId> {
        self.office_ix.get(id).copied()
    }
    pub fn region_id(&self, id: &str) -> Option<RegionId> {
        self.region_ix.get(id).copied()
    }
    pub fn bloc_id(&self, id: &str) -> Option<BlocId> {
        self.bloc_ix.get(id).copied()
    }
    /// Id looked up where validation has already proved it exists.
    pub fn cid(&self, id: &str) -> CharId {
        self.char_ix[id]
    }
    pub fn oid(&self, id: &str) -> OfficeId {
        self.office_ix[id]
    }
    pub fn rid(&self, id: &str) -> RegionId {
        self.region_ix[id]
    }
    pub fn name(&self, c: CharId) -> &str {
        &self.def.characters[c].name
    }
    pub fn office_has(&self, o: OfficeId, p: Power) -> bool {
        self.def.offices[o].powers.contains(&p)
    }
    /// The stance value (-100..100) of a line level.
    pub fn line_value(&self, level: usize) -> i32 {
        let n = self.def.line.levels.len().max(2) as i32 - 1;
        -100 + 200 * level as i32 / n
    }
    pub fn n_chars(&self) -> usize {
        self.def.characters.len()
    }

    /// Parses and validates scenario text; `file` names it in errors.
    pub fn from_str(text: &str, file: &str) -> Result<Scenario, ScenarioErrors> {
        match Scenario::check_str(text, file) {
            (Some(s), _) => Ok(s),
            (None, problems) => Err(ScenarioErrors(problems)),
        }
    }

    /// Reads and validates a scenario file.
    pub fn load(path: &Path) -> Result<Scenario, ScenarioErrors> {
        match Scenario::check_file(path) {
            (Some(s), _) => Ok(s),
            (None, problems) => Err(ScenarioErrors(problems)),
        }
    }

    /// Every problem in the text, errors and warnings, each positioned; the
    /// scenario too when none is an error. An extension's base is looked for among
    /// the shipped scenarios and beside `file`; `mods::Library::check_file` looks in mods too.
    pub fn check_str(text: &str, file: &str) -> (Option<Scenario>, Vec<ScenarioError>) {
        check_str_in(&Library::shipped(), text, file)
    }

    /// `check_str` on a file, refusing a file too big, or not text, before parsing it.
    pub fn check_file(path: &Path) -> (Option<Scenario>, Vec<ScenarioError>) {
        check_file_in(&Library::shipped(), path)
    }

    pub(crate) fn index(mut def: ScenarioFile, file: &str) -> Scenario {
        fn ix<T>(ids: Vec<&String>, id: fn(usize) -> T) -> BTreeMap<String, T> {
            ids.into_iter().enumerate().map(|(i, s)| (s.clone(), id(i))).collect()
        }
        def.offices = seats::expand(std::mem::take(&mut def.offices));
        let seat_group = seats::groups(&def.offices);
        let char_ix = ix(def.characters.iter().map(|c| &c.id).collect(), CharId);
        let office_ix = ix(def.offices.iter().map(|c| &c.id).collect(), OfficeId);
        let region_ix = ix(def.regions.iter().map(|c| &c.id).collect(), RegionId);
        let bloc_ix = ix(def.blocs.iter().map(|c| &c.id).collect(), BlocId);
        let gensec = def.offices.iter().position(|o| o.powers.contains(&Power::AppointSecretaries)).map(OfficeId);
        let is_contender: Vec<bool> = def.characters.iter().map(|c| c.contender).collect();
        let contenders = CharId::all(is_contender.len()).filter(|&c| is_contender[c.0]).collect();
        let words = Words::resolve(&def.words, def.calendar.months_per_turn);
        let caucuses = def
            .caucuses
            .iter()
            .map(|k| Caucus {
                convener: char_ix.get(&k.convener).copied(),
                members: k.members.iter().filter_map(|m| char_ix.get(m).copied()).collect(),
                after: k.after.as_ref().and_then(|e| def.events.iter().position(|x| &x.id == e)),
                until: k.until.as_ref().and_then(|e| def.events.iter().position(|x| &x.id == e)),
                discipline: f64::from(k.discipline.clamp(0, 100)) / 100.0,
            })
            .collect();
        Scenario {
            def,
            path: file.to_string(),
            char_ix,
            office_ix,
            region_ix,
            bloc_ix,
            gensec,
            warnings: vec![],
            contenders,
            is_contender,
            words,
            caucuses,
            seat_group,
        }
    }
}

/// `Scenario::check_str`, looking for an extension's base in `lib`.
pub(crate) fn check_str_in(lib: &Library, text: &str, file: &str) -> (Option<Scenario>, Vec<ScenarioError>) {
    let fail = |e: ScenarioError| (None, vec![e]);
    if text.len() as u64 > MAX_SCENARIO_BYTES {
        return fail(too_big(file, text.len() as u64));
    }
    match locate::prescan(text) {
        Err(p) => {
            return fail(ScenarioError::at(file, text, p.start, p.end, p.message).with_hint(p.hint.unwrap_or_default()));
        }
        Ok(0) => {
            return fail(ScenarioError::new(file, 0, 0, "the file is empty: it holds no scenario").with_hint(
                "a scenario is one RON struct, `(id: \"...\", version: 1, name: \"...\", calendar: (...), ...)`; copy assets/scenarios/1924.ron to start",
            ));
        }
        Ok(_) => {}
    }
    if mods::is_extension(text) {
        return mods::check_extension(lib, text, file, 0);
    }
    let def: ScenarioFile = match ron::Options::default().from_str(text) {
        Ok(d) => d,
        Err(e) => return fail(ron_error(file, text, &e)),
    };
    let mut problems = check::validate(&def, text, file);
    // In the file's order; the note that the checks stopped early stays last.
    let stopped = if problems.len() > check::MAX_PROBLEMS { problems.pop() } else { None };
    problems.extend(bounds::check(&def, text, file));
    // The format: an unknown one is an error; an old one's note only on a file
    // that is otherwise sound (beside errors, or past the checks' limit, noise).
    let sound = stopped.is_none() && !problems.iter().any(|e| e.severity == Severity::Error);
    problems.extend(version::check(&def, text, file).into_iter().filter(|e| sound || e.severity == Severity::Error));
    problems.sort_by_key(|e| (e.line, e.column, e.severity));
    problems.extend(stopped);
    if problems.iter().any(|e| e.severity == Severity::Error) {
        return (None, problems);
    }
    let mut scn = Scenario::index(def, file);
    scn.warnings = problems.clone();
    (Some(scn), problems)
}

/// `Scenario::check_file`, looking for an extension's base in `lib`.
pub(crate) fn check_file_in(lib: &Library, path: &Path) -> (Option<Scenario>, Vec<ScenarioError>) {
    use std::io::Read;
    let file = path.display().to_string();
    let fail = |e: ScenarioError| (None, vec![e]);
    let cannot = |e: std::io::Error| ScenarioError::new(&file, 0, 0, format!("cannot read the scenario: {e}"));
    // A FIFO or a device is refused before it is opened: opening a FIFO blocks.
    if let Ok(m) = std::fs::metadata(path)
        && !m.is_file()
        && !m.is_dir()
    {
        return fail(ScenarioError::new(&file, 0, 0, "this is not a regular file (a pipe, a device or a socket): it is not read"));
    }
    let f = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return fail(cannot(e)),
    };
    match f.metadata() {
        Ok(m) if m.is_dir() => return fail(ScenarioError::new(&file, 0, 0, "this is a directory, not a scenario file")),
        Ok(m) if m.len() > MAX_SCENARIO_BYTES => return fail(too_big(&file, m.len())),
        _ => {}
    }
    // The size may lie (a pipe, a growing file): never read more than the limit.
    let mut bytes = Vec::new();
    if let Err(e) = f.take(MAX_SCENARIO_BYTES + 1).read_to_end(&mut bytes) {
        return fail(cannot(e));
    }
    if bytes.len() as u64 > MAX_SCENARIO_BYTES {
        return fail(too_big(&file, bytes.len() as u64));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            // SAFETY-free: the prefix up to `valid_up_to` is valid UTF-8 by definition.
            let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
            let (line, column) = line_col(prefix);
            let bad = bytes[valid..].iter().take(e.utf8_error().error_len().unwrap_or(1).max(1));
            let shown: Vec<String> = bad.map(|b| format!("0x{b:02X}")).collect();
            let mut err =
                ScenarioError::new(&file, line, column, format!("the file is not valid UTF-8 text: byte {} here", shown.join(" ")))
                    .with_hint("save the file as UTF-8 (it may be in Latin-1 or Windows-1252, or not a text file at all)");
            let line_start = prefix.rfind('\n').map_or(0, |i| i + 1);
            err.excerpt = prefix[line_start..].chars().take(EXCERPT_CHARS).collect::<String>() + "\u{FFFD}";
            err.excerpt_column = err.excerpt.chars().count();
            if err.excerpt_column > EXCERPT_CHARS {
                err.excerpt.clear();
                err.excerpt_column = 0;
            }
            return fail(err);
        }
    };
    check_str_in(lib, &text, &file)
}

/// Finds the scenario shipped with the game: beside the working directory, then beside the binary.
pub fn default_scenario_path() -> PathBuf {
    let local = PathBuf::from(DEFAULT_SCENARIO);
    if local.exists() {
        return local;
    }
    if let Ok(exe) = std::env::current_exe() {
        for dir in exe.ancestors().skip(1).take(4) {
            let p = dir.join(DEFAULT_SCENARIO);
            if p.exists() {
                return p;
            }
        }
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(DEFAULT_SCENARIO)
}

fn too_big(file: &str, len: u64) -> ScenarioError {
    ScenarioError::new(
        file,
        0,
        0,
        format!("the file is {:.1} MiB; a scenario may be at most {} MiB", len as f64 / 1048576.0, MAX_SCENARIO_BYTES / 1048576),
    )
    .with_hint("the 1924 scenario is under 100 KiB: is this the right file?")
}
