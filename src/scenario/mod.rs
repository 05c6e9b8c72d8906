//! Scenarios: the RON schema, loading with positioned errors, and the checks that
//! every id names something. A loaded `Scenario` is immutable; games share it.

pub mod check;
pub mod schema;
pub mod script;

pub use schema::*;
pub use script::*;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// The scenario the game ships with; `cargo run` finds it from the crate root or beside the binary.
pub const DEFAULT_SCENARIO: &str = "assets/scenarios/1924.ron";

/// One problem in a scenario file, positioned when the position is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
        } else {
            write!(f, "{}: {}", self.file, self.message)
        }
    }
}

/// All the problems found in one file (parsing stops at the first syntax error;
/// the id checks report every one).
#[derive(Debug, Clone)]
pub struct ScenarioErrors(pub Vec<ScenarioError>);

impl fmt::Display for ScenarioErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "error: {e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioErrors {}

pub type CharId = usize;
pub type OfficeId = usize;
pub type RegionId = usize;
pub type BlocId = usize;

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
}

impl Scenario {
    /// Turns from the calendar's start to its end, both included.
    pub fn total_turns(&self) -> u32 {
        let c = &self.def.calendar;
        ((c.end.0 - c.start.0).max(0) as u32) / c.months_per_turn.max(1) + 1
    }
    /// The date turn `t` (from 0) opens.
    pub fn turn_date(&self, t: u32) -> crate::rules::date::Date {
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
    /// The surname alone, for compact tables and chronicle lines.
    pub fn short(&self, c: CharId) -> &str {
        let n = &self.def.characters[c].name;
        n.rsplit(' ').next().unwrap_or(n)
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
        let def: ScenarioFile = ron::Options::default().from_str(text).map_err(|e| ScenarioErrors(vec![ron_error(file, &e)]))?;
        let errors = check::validate(&def, text, file);
        if !errors.is_empty() {
            return Err(ScenarioErrors(errors));
        }
        Ok(Scenario::index(def, file))
    }

    /// Reads and validates a scenario file.
    pub fn load(path: &Path) -> Result<Scenario, ScenarioErrors> {
        let file = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| {
            ScenarioErrors(vec![ScenarioError {
                file: file.clone(),
                line: 0,
                column: 0,
                message: format!("cannot read the scenario: {e}"),
            }])
        })?;
        let text = String::from_utf8(bytes).map_err(|e| {
            let (line, column) = line_col(&String::from_utf8_lossy(&e.as_bytes()[..e.utf8_error().valid_up_to()]));
            ScenarioErrors(vec![ScenarioError { file: file.clone(), line, column, message: "the file is not valid UTF-8 text".into() }])
        })?;
        Scenario::from_str(&text, &file)
    }

    fn index(def: ScenarioFile, file: &str) -> Scenario {
        let ix = |ids: Vec<&String>| ids.into_iter().enumerate().map(|(i, s)| (s.clone(), i)).collect();
        let char_ix = ix(def.characters.iter().map(|c| &c.id).collect());
        let office_ix: BTreeMap<String, usize> = ix(def.offices.iter().map(|c| &c.id).collect());
        let region_ix = ix(def.regions.iter().map(|c| &c.id).collect());
        let bloc_ix = ix(def.blocs.iter().map(|c| &c.id).collect());
        let gensec = def.offices.iter().position(|o| o.powers.contains(&Power::AppointSecretaries));
        Scenario { def, path: file.to_string(), char_ix, office_ix, region_ix, bloc_ix, gensec }
    }
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

fn ron_error(file: &str, e: &ron::error::SpannedError) -> ScenarioError {
    let mut message = e.code.to_string();
    if let ron::Error::NoSuchStructField { .. } | ron::Error::MissingStructField { .. } = e.code {
        // ron already names the field and the expected ones.
    } else if message.is_empty() {
        message = "invalid RON".into();
    }
    ScenarioError { file: file.into(), line: e.span.start.line, column: e.span.start.col, message }
}

/// 1-based line and column of the end of `prefix`.
pub fn line_col(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let col = prefix.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
    (line, col)
}
