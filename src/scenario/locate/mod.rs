//! Where things are in a scenario's text. A small RON tokenizer that knows
//! strings, comments and brackets, used twice: before parsing, to refuse input
//! nested too deeply or with unbalanced brackets (cheaply, in bounded memory);
//! after parsing, to position each semantic error at the value that caused it
//! ("the third effect of the event `testament`") rather than at the first
//! occurrence of some text.

mod scan;

pub use scan::{Kind, MAX_DEPTH, Problem, Tok, prescan};
use scan::{NONE, scan};

/// A tokenized scenario, for finding where a value is written.
pub struct Source<'a> {
    pub text: &'a str,
    toks: Vec<Tok>,
    /// For each opening bracket, the index of its closing one.
    close: Vec<u32>,
}

impl<'a> Source<'a> {
    pub fn new(text: &'a str) -> Source<'a> {
        let mut toks = Vec::new();
        let mut open: Vec<u32> = Vec::new();
        let mut close = Vec::new();
        // A text that fails the pre-scan was refused before parsing; here it only loses positions.
        let _ = scan(text, |kind, start, end, _| {
            let ix = toks.len() as u32;
            if kind == Kind::Close
                && let Some(o) = open.pop()
            {
                close[o as usize] = ix;
            }
            toks.push(Tok { kind, start: start as u32, end: end as u32, parent: open.last().copied().unwrap_or(NONE) });
            close.push(NONE);
            if kind == Kind::Open {
                open.push(ix);
            }
        });
        let n = toks.len() as u32;
        for c in close.iter_mut() {
            if *c == NONE {
                *c = n;
            }
        }
        Source { text, toks, close }
    }

    /// Every token of `kind`, in the text's order: the bounds check visits each number.
    pub fn all_of(&self, kind: Kind) -> impl Iterator<Item = usize> + '_ {
        self.toks.iter().enumerate().filter(move |(_, t)| t.kind == kind).map(|(i, _)| i)
    }

    pub fn span(&self, t: usize) -> (usize, usize) {
        self.toks.get(t).map(|t| (t.start as usize, t.end as usize)).unwrap_or((0, 0))
    }

    fn str_value(&self, t: usize) -> Option<&'a str> {
        let tok = self.toks.get(t)?;
        (tok.kind == Kind::Str && tok.end - tok.start >= 2).then(|| &self.text[tok.start as usize + 1..tok.end as usize - 1])
    }

    fn is(&self, t: usize, kind: Kind, s: &str) -> bool {
        self.toks.get(t).is_some_and(|tok| tok.kind == kind && &self.text[tok.start as usize..tok.end as usize] == s)
    }

    /// The opening bracket of the closing one at byte `offset`.
    pub fn opening_of(&self, offset: usize) -> Option<usize> {
        let t = self.toks.iter().position(|t| t.start as usize == offset && t.kind == Kind::Close)?;
        self.close.iter().position(|&c| c as usize == t)
    }

    /// The outermost bracket: the scenario's own parentheses.
    pub fn root(&self) -> Option<usize> {
        self.toks.iter().position(|t| t.kind == Kind::Open)
    }

    /// The tokens directly inside the bracket `scope`.
    fn children(&self, scope: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.close.get(scope).map_or(0, |&c| c as usize);
        let mut i = scope + 1;
        std::iter::from_fn(move || {
            if i >= end || i >= self.toks.len() {
                return None;
            }
            let t = i;
            i = if self.toks[t].kind == Kind::Open { self.close[t] as usize + 1 } else { t + 1 };
            Some(t)
        })
    }

    /// Past `Some` or a struct's name, to the bracket that holds the value.
    fn inner(&self, t: usize) -> Option<usize> {
        let tok = self.toks.get(t)?;
        match tok.kind {
            Kind::Open => Some(t),
            Kind::Ident if self.toks.get(t + 1).is_some_and(|n| n.kind == Kind::Open) => Some(t + 1),
            _ => None,
        }
    }

    /// The first token of the value of field `name` in the struct `scope`.
    pub fn field(&self, scope: Option<usize>, name: &str) -> Option<usize> {
        let scope = scope?;
        let mut prev_name = false;
        for t in self.children(scope) {
            if prev_name && self.is(t, Kind::Punct, ":") {
                return Some(t + 1).filter(|&v| v < self.toks.len());
            }
            prev_name = self.is(t, Kind::Ident, name);
        }
        None
    }

    /// The bracket of the value of field `name`, past any `Some(`.
    pub fn field_open(&self, scope: Option<usize>, name: &str) -> Option<usize> {
        let v = self.field(scope, name)?;
        let open = self.inner(v)?;
        // `Some((...))`: one more level.
        if self.is(v, Kind::Ident, "Some") { self.inner(open + 1).or(Some(open)) } else { Some(open) }
    }

    /// The `n`th element of a list (its first token).
    pub fn item(&self, list: Option<usize>, n: usize) -> Option<usize> {
        let list = list?;
        let mut k = 0;
        let mut at_start = true;
        for t in self.children(list) {
            if self.is(t, Kind::Punct, ",") {
                at_start = true;
                continue;
            }
            if at_start {
                if k == n {
                    return Some(t);
                }
                k += 1;
                at_start = false;
            }
        }
        None
    }

    /// The `n`th element of the top-level list `list` (characters, offices...), as its bracket.
    pub fn entry(&self, list: &str, n: usize) -> Option<usize> {
        let first = self.item(self.field_open(self.root(), list), n)?;
        self.inner(first).or(Some(first))
    }

    /// The brackets of every element of the top-level list `list`, in order.
    pub fn entries(&self, list: &str) -> Vec<usize> {
        let Some(open) = self.field_open(self.root(), list) else { return vec![] };
        let mut out = vec![];
        let mut at_start = true;
        for t in self.children(open) {
            if self.is(t, Kind::Punct, ",") {
                at_start = true;
            } else if at_start {
                out.push(self.inner(t).unwrap_or(t));
                at_start = false;
            }
        }
        out
    }

    /// The `n`th string equal to `value` anywhere inside `scope`.
    pub fn string_in(&self, scope: Option<usize>, value: &str, n: usize) -> Option<usize> {
        let scope = scope?;
        let end = (*self.close.get(scope)? as usize).min(self.toks.len());
        (scope + 1..end).filter(|&t| self.str_value(t) == Some(value)).nth(n)
    }

    /// The value of a path of fields from the root: `["balance", "politburo_seats"]`.
    pub fn path(&self, path: &[&str]) -> Option<usize> {
        let (last, init) = path.split_last()?;
        let mut scope = self.root();
        for p in init {
            scope = self.field_open(scope, p);
        }
        self.field(scope, last)
    }

    /// The token's kind.
    pub fn kind(&self, t: usize) -> Option<Kind> {
        self.toks.get(t).map(|t| t.kind)
    }

    /// A string token's contents, without its quotes.
    pub fn string(&self, t: usize) -> Option<&'a str> {
        self.str_value(t)
    }

    /// The bracket a value sits in, past `Some(` or a struct's or variant's name.
    pub fn bracket_of(&self, t: usize) -> Option<usize> {
        let open = self.inner(t)?;
        if self.is(t, Kind::Ident, "Some") { self.inner(open + 1).or(Some(open)) } else { Some(open) }
    }

    /// The byte where the value starting at token `t` ends: past its brackets,
    /// past `Some(...)` or `Name(...)`, past the number after a minus sign.
    pub fn value_end(&self, t: usize) -> usize {
        let Some(tok) = self.toks.get(t) else { return self.text.len() };
        let close_end = |open: usize| self.toks.get(self.close[open] as usize).map_or(self.text.len(), |c| c.end as usize);
        match tok.kind {
            Kind::Open => close_end(t),
            Kind::Ident if self.toks.get(t + 1).is_some_and(|n| n.kind == Kind::Open) => close_end(t + 1),
            Kind::Punct if self.is(t, Kind::Punct, "-") => self.toks.get(t + 1).map_or(tok.end as usize, |n| n.end as usize),
            _ => tok.end as usize,
        }
    }

    /// The bytes between a bracket and its closing one.
    pub fn inside(&self, open: usize) -> (usize, usize) {
        let start = self.toks.get(open).map_or(0, |t| t.end as usize);
        let end = self.toks.get(self.close[open] as usize).map_or(self.text.len(), |t| t.start as usize);
        (start, end.max(start))
    }

    /// Whether something must be written before a new element appended to this
    /// bracket: a comma, when the last element has none.
    pub fn needs_comma(&self, open: usize) -> bool {
        self.children(open).last().is_some_and(|t| !self.is(t, Kind::Punct, ","))
    }

    /// The items of a list `[...]` or the values of a struct `(...)`/map `{...}`:
    /// each as (name or key token, value token); a list item has no name.
    pub fn members(&self, open: usize) -> Vec<(Option<usize>, usize)> {
        let kids: Vec<usize> = self.children(open).collect();
        let mut out = vec![];
        let mut k = 0;
        while k < kids.len() {
            let t = kids[k];
            if self.is(t, Kind::Punct, ",") {
                k += 1;
                continue;
            }
            if kids.get(k + 1).is_some_and(|&c| self.is(c, Kind::Punct, ":")) {
                if let Some(&v) = kids.get(k + 2) {
                    out.push((Some(t), v));
                }
                k += 3;
            } else {
                out.push((None, t));
                k += 1;
            }
            // Skip the rest of a value of several tokens (`- 5`, `Some (x)`) to the next comma.
            while k < kids.len() && !self.is(kids[k], Kind::Punct, ",") {
                k += 1;
            }
        }
        out
    }

    /// The text of a token.
    pub fn text_of(&self, t: usize) -> &'a str {
        let (a, b) = self.span(t);
        &self.text[a..b]
    }

    /// The name of field `name` in `scope` (for a field whose value is long).
    pub fn field_name(&self, scope: Option<usize>, name: &str) -> Option<usize> {
        self.field(scope, name).map(|v| v - 2)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets_in_strings_and_comments_do_not_count() {
        assert!(prescan("( a: \"(((\", /* ] */ b: [1, 2], // }\n c: r#\"]\"# )").is_ok());
        assert!(prescan("(a: [1, 2)").unwrap_err().message.contains("expected `]`"));
        assert!(prescan("(a: [1, 2]").unwrap_err().message.contains("never closed"));
        assert!(prescan(&"[".repeat(100_000)).unwrap_err().message.contains("nested"));
    }

    #[test]
    fn any_text_scans_without_panicking() {
        for t in ["(a: – )", "('é', '\\n', '\\u{1F600}')", "(\"\\é\", →)", "r#\"", "/* /* */", "'", "é–", "-"] {
            let _ = prescan(t);
            let s = Source::new(t);
            let _ = (s.path(&["a"]), s.entries("a"), s.opening_of(t.len().saturating_sub(1)));
        }
    }

    #[test]
    fn finds_fields_items_and_strings() {
        let text = "(name: \"x\", list: [(id: \"a\", v: 1), (id: \"b\", v: Some(\"a\"))], sub: Some((k: 3)))";
        let s = Source::new(text);
        let at = |t: Option<usize>| t.map(|t| &text[s.span(t).0..s.span(t).1]);
        assert_eq!(at(s.path(&["name"])), Some("\"x\""));
        assert_eq!(at(s.field(s.entry("list", 1), "v")), Some("Some"));
        assert_eq!(at(s.string_in(s.entry("list", 1), "a", 0)), Some("\"a\""));
        assert_eq!(at(s.path(&["sub", "k"])), Some("3"));
        assert_eq!(s.entry("list", 2), None);
    }
}
