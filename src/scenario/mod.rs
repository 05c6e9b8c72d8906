//! Scenarios: the RON schema, loading with positioned errors, and the checks that
//! every id names something. A loaded `Scenario` is immutable; games share it.

pub mod bounds;
pub mod check;
pub mod date;
pub mod deals_balance;
pub mod locate;
pub mod mods;
pub mod norms_levers;
pub mod schema;
pub mod script;

pub use deals_balance::DealsBalance;
pub use mods::Library;
pub use norms_levers::{Levers, Norms};
pub use schema::*;
pub use script::*;

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// The scenario the game ships with; `cargo run` finds it from the crate root or beside the binary.
pub const DEFAULT_SCENARIO: &str = "assets/scenarios/1924.ron";

/// How bad a problem is: an error refuses the scenario, a warning only tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Severity {
    #[default]
    Error,
    Warning,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One problem in a scenario file, positioned when the position is known
/// (`line` 0: the file as a whole). Build it with `ScenarioError::new` or
/// `ScenarioError::at`; `..Default::default()` fills what a literal leaves out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ScenarioError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub severity: Severity,
    /// What to do about it: "did you mean \"stalin\"?".
    pub hint: Option<String>,
    /// The source line (or a window of a long one), for the caret rendering.
    pub excerpt: String,
    /// The 1-based column of the error within `excerpt`.
    pub excerpt_column: usize,
    /// How many characters the caret underlines (at least 1).
    pub width: usize,
}

/// Long lines (a character's biography) are shown as a window around the error.
const EXCERPT_CHARS: usize = 100;

impl ScenarioError {
    /// An error about the file as a whole, or at a known line and column without the text.
    pub fn new(file: &str, line: usize, column: usize, message: impl Into<String>) -> ScenarioError {
        ScenarioError { file: file.into(), line, column, message: message.into(), width: 1, ..Default::default() }
    }

    /// An error at the byte range `start..end` of `text`, with its line as the excerpt.
    pub fn at(file: &str, text: &str, start: usize, end: usize, message: impl Into<String>) -> ScenarioError {
        let start = floor_char(text, start.min(text.len()));
        let end = floor_char(text, end.clamp(start, text.len()));
        let (line, column) = line_col(&text[..start]);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let width = text[start..end.min(line_end)].chars().count().max(1);
        let mut e = ScenarioError::new(file, line, column, message);
        e.width = width;
        e.set_excerpt(text);
        e
    }

    /// An error at a line and column (ron's), underlining the token found there.
    pub fn at_line_col(file: &str, text: &str, line: usize, column: usize, message: impl Into<String>) -> ScenarioError {
        let Some(start) = offset_of(text, line, column) else {
            let mut e = ScenarioError::new(file, line, column, message);
            e.set_excerpt(text);
            return e;
        };
        let end = start + token_len(&text[start..]);
        ScenarioError::at(file, text, start, end, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> ScenarioError {
        let h: String = hint.into();
        self.hint = (!h.is_empty()).then_some(h);
        self
    }

    pub fn warning(mut self) -> ScenarioError {
        self.severity = Severity::Warning;
        self
    }

    /// Fills `excerpt` from the text: the error's line, or a window of it.
    pub fn set_excerpt(&mut self, text: &str) {
        let Some(line) = text.split('\n').nth(self.line.wrapping_sub(1)) else { return };
        let chars: Vec<char> = line.trim_end_matches('\r').chars().collect();
        let col = self.column.max(1).min(chars.len() + 1);
        let (from, to) = if chars.len() <= EXCERPT_CHARS {
            (0, chars.len())
        } else {
            let from = col.saturating_sub(EXCERPT_CHARS / 2).min(chars.len().saturating_sub(EXCERPT_CHARS));
            (from, (from + EXCERPT_CHARS).min(chars.len()))
        };
        let mut ex: String = chars[from..to].iter().collect();
        self.excerpt_column = col - from;
        if from > 0 {
            ex.insert(0, '…');
            self.excerpt_column += 1;
        }
        if to < chars.len() {
            ex.push('…');
        }
        self.width = self.width.max(1).min((to + 1).saturating_sub(col - 1).max(1));
        self.excerpt = ex;
    }

    /// The rustc-style rendering: the message, ` --> file:line:col`, the numbered
    /// source line with `^^^` under the offending text, and the hint.
    /// Text from the file is shown without its control characters.
    pub fn render(&self) -> String {
        use crate::files::printable;
        let (message, file, excerpt) = (printable(&self.message), printable(&self.file), printable(&self.excerpt));
        let mut out = format!("{}: {message}\n", self.severity.as_str());
        if self.line == 0 {
            out.push_str(&format!(" --> {file}\n"));
        } else {
            let num = self.line.to_string();
            let pad = " ".repeat(num.len());
            out.push_str(&format!("{pad}--> {file}:{}:{}\n", self.line, self.column));
            if !self.excerpt.is_empty() || self.excerpt_column > 0 {
                // Tabs before the column stay tabs so the caret lines up.
                let lead: String =
                    excerpt.chars().take(self.excerpt_column.saturating_sub(1)).map(|c| if c == '\t' { '\t' } else { ' ' }).collect();
                out.push_str(&format!("{pad} |\n{num} | {excerpt}\n{pad} | {lead}{}\n", "^".repeat(self.width.max(1))));
            }
        }
        if let Some(h) = &self.hint {
            let pad = " ".repeat(if self.line == 0 { 1 } else { self.line.to_string().len() + 1 });
            out.push_str(&format!("{pad}= help: {}\n", printable(h)));
        }
        out
    }
}

/// The byte offset of a 1-based line and column (in characters).
pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> Option<usize> {
    let mut at = 0;
    for _ in 1..line {
        at += text[at..].find('\n')? + 1;
    }
    let rest = &text[at..];
    let line_len = rest.find('\n').unwrap_or(rest.len());
    let col = rest[..line_len].char_indices().nth(column.saturating_sub(1)).map_or(line_len, |(i, _)| i);
    Some(at + col)
}

/// The length in bytes of the token that starts `s`: a string, a word or number, or one character.
fn token_len(s: &str) -> usize {
    let mut chars = s.char_indices();
    match chars.next() {
        None => 0,
        Some((_, '"')) => {
            let mut escaped = false;
            for (i, c) in chars {
                match c {
                    '\n' => return i,
                    '"' if !escaped => return i + 1,
                    _ => escaped = c == '\\' && !escaped,
                }
            }
            s.len()
        }
        Some((_, c)) if c.is_alphanumeric() || c == '_' || c == '-' => {
            s.char_indices().find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.')).map_or(s.len(), |(i, _)| i)
        }
        Some((_, c)) => c.len_utf8(),
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::files::printable;
        let (file, message) = (printable(&self.file), printable(&self.message));
        if self.line > 0 {
            write!(f, "{file}:{}:{}: {message}", self.line, self.column)?;
        } else {
            write!(f, "{file}: {message}")?;
        }
        match &self.hint {
            Some(h) => write!(f, " ({})", printable(h)),
            None => Ok(()),
        }
    }
}

/// All the problems found in one file (parsing stops at the first syntax error;
/// the semantic checks report every one).
#[derive(Debug, Clone)]
pub struct ScenarioErrors(pub Vec<ScenarioError>);

impl ScenarioErrors {
    /// Every problem in the rustc-style rendering, one after another.
    pub fn render(&self) -> String {
        self.0.iter().map(|e| e.render()).collect::<Vec<_>>().join("\n")
    }
}

impl fmt::Display for ScenarioErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}: {e}", e.severity.as_str())?;
        }
        Ok(())
    }
}

impl std::error::Error for ScenarioErrors {}

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
}

/// Scenario files larger than this are refused before they are read.
pub const MAX_SCENARIO_BYTES: u64 = 4 * 1024 * 1024;

impl Scenario {
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

    pub(crate) fn index(def: ScenarioFile, file: &str) -> Scenario {
        fn ix<T>(ids: Vec<&String>, id: fn(usize) -> T) -> BTreeMap<String, T> {
            ids.into_iter().enumerate().map(|(i, s)| (s.clone(), id(i))).collect()
        }
        let char_ix = ix(def.characters.iter().map(|c| &c.id).collect(), CharId);
        let office_ix = ix(def.offices.iter().map(|c| &c.id).collect(), OfficeId);
        let region_ix = ix(def.regions.iter().map(|c| &c.id).collect(), RegionId);
        let bloc_ix = ix(def.blocs.iter().map(|c| &c.id).collect(), BlocId);
        let gensec = def.offices.iter().position(|o| o.powers.contains(&Power::AppointSecretaries)).map(OfficeId);
        Scenario { def, path: file.to_string(), char_ix, office_ix, region_ix, bloc_ix, gensec, warnings: vec![] }
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

/// A parse error in the modder's words: what was found, what was expected, and a
/// did-you-mean from ron's list of the expected fields or variants.
pub(crate) fn ron_error(file: &str, text: &str, e: &ron::error::SpannedError) -> ScenarioError {
    use ron::Error as R;
    let quote = |s: &str| format!("`{s}`");
    let one_of = |list: &[&str]| list.iter().map(|s| quote(s)).collect::<Vec<_>>().join(", ");
    let in_ = |outer: &Option<String>| outer.as_ref().map(|o| format!(" in {o}")).unwrap_or_default();
    let suggest = |found: &str, expected: &[&str], what: &str| -> String {
        match check::nearest(found, expected.iter().copied()) {
            Some(k) if expected.len() > 8 => format!("did you mean `{k}`?"),
            Some(k) => format!("did you mean `{k}`? (the {what} are {})", one_of(expected)),
            None => format!("expected one of {}", one_of(expected)),
        }
    };
    let src = locate::Source::new(text);
    let offset = offset_of(text, e.span.start.line, e.span.start.col).unwrap_or(text.len());
    // Where ron stops is often the space before the value: point at the value.
    let at = offset + text[offset..].len() - text[offset..].trim_start().len();
    let found = {
        let t = &text[at..at + token_len(&text[at..])];
        match t.chars().count() {
            0 => "the end of the file".to_string(),
            n if n > 30 => format!("`{}…`", t.chars().take(30).collect::<String>()),
            _ => format!("`{t}`"),
        }
    };
    let expected = |what: &str| format!("expected {what}, found {found}");
    let (message, hint) = match &e.code {
        R::NoSuchStructField { expected, found, outer } => {
            (format!("unknown field `{found}`{}", in_(outer)), suggest(found, expected, "fields"))
        }
        R::NoSuchEnumVariant { expected, found, outer } => {
            let of = outer.as_ref().map(|o| format!(" of {o}")).unwrap_or_default();
            (format!("unknown variant `{found}`{of}"), suggest(found, expected, "variants"))
        }
        R::MissingStructField { field, outer } => {
            // ron stops at the struct's `)`: point at its id, or its `(`, instead.
            let open = src.opening_of(at);
            let id = src.field(open, "id").filter(|&t| text[src.span(t).0..].starts_with('"'));
            let (start, end) = id.or(open).map(|t| src.span(t)).unwrap_or((at, at + 1));
            let named = id.map(|t| format!(" {}", &text[src.span(t).0..src.span(t).1])).unwrap_or_default();
            let err = ScenarioError::at(file, text, start, end, format!("missing field `{field}`{}{named}", in_(outer)));
            return err.with_hint(format!("add `{field}: ...` to this struct (src/scenario/schema.rs gives its type)"));
        }
        R::DuplicateStructField { field, outer } => {
            (format!("the field `{field}` is given twice{}", in_(outer)), "remove one of the two".to_string())
        }
        R::InvalidValueForType { expected, found } => {
            let hint = if expected.contains("string") && !found.starts_with("the string") {
                "ids, names and dates are written in double quotes: `\"stalin\"`, `\"1925-10\"`"
            } else if expected.contains("integer") {
                "numbers are written as whole numbers, without quotes: `42`, `-10`"
            } else {
                ""
            };
            (format!("expected {expected}, found {found}"), hint.to_string())
        }
        R::ExpectedString | R::ExpectedStringEnd => {
            (expected("a string"), "ids, names and dates are written in double quotes: `\"stalin\"`".to_string())
        }
        R::ExpectedInteger => (expected("a whole number"), "write numbers without quotes: `42`, `-10`".to_string()),
        R::ExpectedBoolean => (expected("`true` or `false`"), String::new()),
        R::ExpectedComma => {
            // The comma belongs after the previous value: put the caret there.
            let before = text[..at].trim_end();
            let mut err = ScenarioError::at(file, text, before.len(), before.len() + 1, expected("a comma"));
            err.hint = Some(format!("fields and list items are separated by commas: add `,` after `{}`", last_token(before)));
            return err;
        }
        R::ExpectedMapColon => (expected("a `:`"), "write map entries as `\"key\": value`".to_string()),
        R::ExpectedOption => (expected("`Some(...)` or `None`"), "this field is optional: write `Some(value)` or `None`".to_string()),
        R::ExpectedArray => (expected("a list `[...]`"), String::new()),
        R::ExpectedMap => (expected("a map `{...}`"), "relations are written `{\"trotsky\": -60, \"zinoviev\": 40}`".to_string()),
        R::ExpectedStructLike | R::ExpectedNamedStructLike(_) => (expected("a struct `(...)`"), String::new()),
        R::ExpectedOptionEnd | R::ExpectedStructLikeEnd => {
            (expected("a closing `)`"), "is there one value too many here, or a `(` missing before?".to_string())
        }
        R::ExpectedArrayEnd => (expected("a closing `]`"), "is a comma missing between two items?".to_string()),
        R::ExpectedMapEnd => (expected("a closing `}`"), "is a comma missing between two entries?".to_string()),
        R::ExpectedIdentifier => (expected("a field name or an enum variant"), String::new()),
        R::TrailingCharacters => (
            "unexpected text after the end of the scenario".to_string(),
            "the scenario is one struct `(...)`: nothing may follow its `)`".to_string(),
        ),
        R::Eof => ("the file ends in the middle of a value".to_string(), "is the file cut short?".to_string()),
        R::ExceededRecursionLimit => ("values nested too deeply".to_string(), String::new()),
        R::IntegerOutOfBounds => ("this number is too large (or negative where it cannot be)".to_string(), String::new()),
        R::Message(m) if m.contains("YYYY-MM") => (m.clone(), "dates are a year and a month: `\"1926-07\"`".to_string()),
        other => {
            let m = other.to_string();
            (if m.is_empty() { "invalid RON".to_string() } else { m }, String::new())
        }
    };
    ScenarioError::at(file, text, at, at + token_len(&text[at..]), message).with_hint(hint)
}

/// The last word, number or symbol of `s`, for "add `,` after `1`".
fn last_token(s: &str) -> String {
    let word: String = s.chars().rev().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '"').collect();
    let t: String = if word.is_empty() { s.chars().last().into_iter().collect() } else { word.chars().rev().collect() };
    if t.chars().count() > 30 { format!("…{}", t.chars().skip(t.chars().count() - 30).collect::<String>()) } else { t }
}

/// 1-based line and column of the end of `prefix`.
pub fn line_col(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let col = prefix.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
    (line, col)
}
