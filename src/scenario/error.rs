//! A problem in a scenario file and its rendering: the message, the file, line
//! and column, the source line with a caret under the offending text, and a
//! hint; and ron's parse errors put in the modder's words.

use super::{check, locate};
use std::fmt;

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
pub(crate) const EXCERPT_CHARS: usize = 100;

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
pub(crate) fn token_len(s: &str) -> usize {
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
