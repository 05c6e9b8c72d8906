//! Semantic checks after parsing: every id names something, no id is used twice,
//! dates fall inside the calendar, values lie in their documented ranges, no body
//! starts with more members than seats, and someone can win. Every problem is
//! reported, each positioned at the value that caused it (`locate::Source` finds
//! it in the text), with a did-you-mean where a known id is close.

mod balance;
mod bodies;
mod cast;
mod classroom;
mod engine;
mod events;
pub mod places;
mod script;
mod standing;
mod testament;

use super::locate::Source;
use super::schema::*;
use super::{ScenarioError, Severity};
use crate::scenario::date::Date;
use std::collections::{BTreeMap, BTreeSet};

pub use super::suggest::{did_you_mean, nearest};

type Tok = Option<usize>;

struct Checker<'a> {
    text: &'a str,
    file: &'a str,
    src: Source<'a>,
    errors: Vec<ScenarioError>,
    chars: BTreeSet<&'a str>,
    offices: BTreeSet<&'a str>,
    regions: BTreeSet<&'a str>,
    events: BTreeSet<&'a str>,
    /// Each event's id and how many choices it offers.
    questions: BTreeMap<&'a str, usize>,
    /// Where unknown ids are looked for: the entry being checked.
    scope: Tok,
    /// How many times an unknown id has been reported in a scope, so that
    /// the second report points at the second occurrence.
    used: BTreeMap<(Tok, String), usize>,
    /// The brackets of each top-level list's entries, found once.
    lists: BTreeMap<&'static str, Vec<usize>>,
}

/// After this many problems a file's checks stop: the rest would be noise, and
/// time and memory stay bounded whatever the file.
pub const MAX_PROBLEMS: usize = 100;

impl<'a> Checker<'a> {
    fn full(&self) -> bool {
        self.errors.len() >= MAX_PROBLEMS
    }

    fn report(&mut self, at: Tok, severity: Severity, message: String, hint: String) {
        if self.full() {
            return;
        }
        let t = at.or(self.scope).or(self.src.root());
        let (start, end) = t.map(|t| self.src.span(t)).unwrap_or((0, 0));
        let mut e = ScenarioError::at(self.file, self.text, start, end, message).with_hint(hint);
        e.severity = severity;
        self.errors.push(e);
        if self.full() {
            let mut last = ScenarioError::new(self.file, 0, 0, format!("more problems may follow: the checks stop after {MAX_PROBLEMS}"));
            last.severity = Severity::Warning;
            self.errors.push(last);
        }
    }

    /// The bracket of the `i`th entry of the top-level list `list`.
    fn entry(&mut self, list: &'static str, i: usize) -> Tok {
        if !self.lists.contains_key(list) {
            let v = self.src.entries(list);
            self.lists.insert(list, v);
        }
        self.lists[list].get(i).copied()
    }

    fn err(&mut self, at: Tok, message: String, hint: &str) {
        self.report(at, Severity::Error, message, hint.into());
    }

    fn warn(&mut self, at: Tok, message: String, hint: &str) {
        self.report(at, Severity::Warning, message, hint.into());
    }

    /// The value of `field` in the current scope.
    fn field(&self, field: &str) -> Tok {
        self.src.field(self.scope, field)
    }

    /// `id`, used as a `set_name`, must name one; `what` says where it was used.
    fn known(&mut self, what: &str, set_name: &str, id: &str) {
        let set = match set_name {
            "character" => &self.chars,
            "office" => &self.offices,
            "event" => &self.events,
            _ => &self.regions,
        };
        if set.contains(id) || self.full() {
            return;
        }
        let hint = did_you_mean(id, set.iter().copied()).unwrap_or_else(|| {
            if set.len() <= 12 {
                format!("the {set_name}s are {}", set.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", "))
            } else {
                format!("no {set_name} id is close; see the `{set_name}s` list")
            }
        });
        let n = self.used.entry((self.scope, id.to_string())).or_default();
        let at = self.src.string_in(self.scope, id, *n);
        *n += 1;
        self.report(at, Severity::Error, format!("unknown {set_name} \"{id}\", given as {what}"), hint);
    }

    fn char(&mut self, what: &str, id: &str) {
        self.known(what, "character", id);
    }

    /// The date in `field` of the current scope must fall in the calendar.
    fn in_calendar(&mut self, what: &str, field: &str, d: Date, cal: &CalendarDef) {
        if d < cal.start || d > cal.end {
            let at = self.field(field);
            // `date: Some("1930-01")`: point at the string, not at `Some`.
            let at = at.and_then(|t| self.src.string_in(self.scope, &d.iso(), 0).filter(|&s| s >= t)).or(at);
            let side = if d < cal.start { "before the calendar starts" } else { "after the calendar ends" };
            self.err(
                at,
                format!("{what} is dated {}, {side}", d.long()),
                &format!("the calendar runs from \"{}\" to \"{}\"", cal.start.iso(), cal.end.iso()),
            );
        }
    }

    /// A number field of the current scope must lie in `lo..=hi`.
    fn range(&mut self, what: &str, field: &str, v: i32, lo: i32, hi: i32) {
        if v < lo || v > hi {
            let expected = if hi == i32::MAX { format!("at least {lo}") } else { format!("from {lo} to {hi}") };
            self.err(self.field(field), format!("{what} is {v}, outside its range"), &format!("expected {expected}"));
        }
    }

    fn effects(&mut self, effects: &[Effect]) {
        for e in effects {
            match e {
                Effect::Prestige(c, _)
                | Effect::Health(c, _)
                | Effect::Credibility(c, _)
                | Effect::Die(c)
                | Effect::DisownLine(c)
                | Effect::Discredit(c)
                | Effect::Stance(c, _)
                | Effect::SetRank(c, _)
                | Effect::Incapacitate(c)
                | Effect::Restore(c)
                | Effect::Arrest(c)
                | Effect::ActionPoints(c, _) => self.char("an effect's character", c),
                Effect::GiveOffice(o, c) => {
                    self.known("an effect's office", "office", o);
                    self.char("an effect's character", c);
                }
                Effect::TakeOffice(o) | Effect::CreateOffice(o) | Effect::AbolishOffice(o) => self.known("an effect's office", "office", o),
                Effect::Doctrine(_, who) | Effect::ConfirmDoctrine(who) => who.iter().for_each(|c| self.char("a doctrine owner", c)),
                Effect::Relation(a, b, _) => {
                    self.char("an effect's character", a);
                    self.char("an effect's character", b);
                }
                Effect::Delegates(r, _) | Effect::Loyalty(r, _) | Effect::HoldOrganisation(r, _) => {
                    self.known("an effect's region", "region", r)
                }
                Effect::AppointForOffice(o, r) => {
                    self.known("an effect's office", "office", o);
                    self.known("an effect's region", "region", r);
                }
                Effect::EnrolForOffice(o, _) | Effect::LoyaltyForOffice(o, _) => self.known("an effect's office", "office", o),
                Effect::Office(o, who) => {
                    self.known("an effect's office", "office", o);
                    if let Some(c) = who {
                        self.char("an effect's character", c);
                    }
                }
                _ => {}
            }
        }
    }

    fn condition(&mut self, c: &Condition) {
        match c {
            Condition::All(v) | Condition::Any(v) => v.iter().for_each(|c| self.condition(c)),
            Condition::Not(c) => self.condition(c),
            Condition::Alive(c) | Condition::RankAtLeast(c, _) => self.char("a condition's character", c),
            Condition::Happened(e) => self.known("a condition's event", "event", e),
            Condition::HoldsOffice(c, o) => {
                self.char("a condition's character", c);
                self.known("a condition's office", "office", o);
            }
            Condition::Chose(e, k) => self.chose(e, *k),
            _ => {}
        }
    }

    /// `Chose(e, k)`: event `e` exists and asks a question with a choice `k`.
    fn chose(&mut self, e: &str, k: usize) {
        match self.questions.get(e).copied() {
            None => {
                let hint = did_you_mean(e, self.questions.keys().copied()).unwrap_or_default();
                let at = self.src.string_in(self.scope, e, 0);
                self.err(at, format!("unknown event \"{e}\", given in a condition"), &hint);
            }
            Some(n) if k >= n => {
                let at = self.src.string_in(self.scope, e, 0);
                let hint = if n == 0 {
                    "it asks no question: give it a `chooser` and `choices`".to_string()
                } else {
                    format!("it has {n} choice(s), counted from 0")
                };
                self.err(at, format!("the event \"{e}\" has no choice {k}"), &hint);
            }
            _ => {}
        }
    }

    /// Ids in `list` must be unique and not empty.
    fn unique<'b>(&mut self, list: &'static str, kind: &str, ids: impl Iterator<Item = &'b str>) {
        let mut seen = BTreeMap::new();
        for (i, id) in ids.enumerate() {
            let entry = self.entry(list, i);
            let at = self.src.field(entry, "id");
            if id.is_empty() {
                self.err(
                    at,
                    format!("a{} {kind} has an empty id", if kind.starts_with('e') { "n" } else { "" }),
                    "give it a short unique id",
                );
            } else if let Some(first) = seen.insert(id, i)
                && !self.full()
            {
                let first = self.entry(list, first);
                let line = self.src.field(first, "id").map(|t| super::line_col(&self.text[..self.src.span(t).0]).0);
                let hint = match line {
                    Some(l) => format!("the first is on line {l}; ids must be unique"),
                    None => "ids must be unique".into(),
                };
                self.err(at, format!("two {kind}s have the id \"{id}\""), &hint);
            }
        }
    }
}

/// Every semantic problem of a parsed scenario, in the order of the checks: the
/// calendar, ids, the line and the Testament, the economy and the balance, the
/// characters, the seats, offices, regions and blocs, sessions and events,
/// victory, and the historical script with its milestones.
pub fn validate(def: &ScenarioFile, text: &str, file: &str) -> Vec<ScenarioError> {
    let src = Source::new(text);
    let mut c = Checker {
        text,
        file,
        src,
        errors: vec![],
        chars: def.characters.iter().map(|c| c.id.as_str()).collect(),
        offices: def.offices.iter().map(|c| c.id.as_str()).collect(),
        regions: def.regions.iter().map(|c| c.id.as_str()).collect(),
        events: def.events.iter().map(|c| c.id.as_str()).collect(),
        questions: def.events.iter().map(|e| (e.id.as_str(), e.choices.len())).collect(),
        scope: None,
        used: BTreeMap::new(),
        lists: BTreeMap::new(),
    };
    calendar(&mut c, def);
    unique_ids(&mut c, def);
    line_and_testament(&mut c, def);
    balance::economy_and_balance(&mut c, def);
    cast::characters(&mut c, def);
    cast::seats(&mut c, def);
    cast::offices(&mut c, def);
    cast::regions(&mut c, def);
    cast::blocs(&mut c, def);
    cast::caucuses(&mut c, def);
    events::sessions_and_events(&mut c, def);
    bodies::bodies(&mut c, def);
    engine::engine(&mut c, def);
    places::places(&mut c, def);
    standing::standing(&mut c, def);
    events::victory(&mut c, def);
    script::script_and_milestones(&mut c, def);
    classroom::classroom(&mut c, def);
    c.errors
}

/// The calendar runs forward, a turn at a time of one to twelve months.
fn calendar(c: &mut Checker, def: &ScenarioFile) {
    let cal = &def.calendar;
    c.scope = c.src.field_open(c.src.root(), "calendar");
    if cal.end <= cal.start {
        c.err(c.field("end"), format!("the calendar ends ({}) before it starts ({})", cal.end.iso(), cal.start.iso()), "");
    }
    if cal.months_per_turn == 0 || cal.months_per_turn > 12 {
        c.err(
            c.field("months_per_turn"),
            format!("months_per_turn is {}, outside its range", cal.months_per_turn),
            "expected from 1 to 12",
        );
    }
}

/// No id is empty or used twice in its list.
fn unique_ids(c: &mut Checker, def: &ScenarioFile) {
    c.unique("characters", "character", def.characters.iter().map(|x| x.id.as_str()));
    c.unique("offices", "office", def.offices.iter().map(|x| x.id.as_str()));
    c.unique("regions", "region", def.regions.iter().map(|x| x.id.as_str()));
    c.unique("blocs", "bloc", def.blocs.iter().map(|x| x.id.as_str()));
    c.unique("events", "event", def.events.iter().map(|x| x.id.as_str()));
}

/// The line's levels and owners; the Testament's characters, office and values.
fn line_and_testament(c: &mut Checker, def: &ScenarioFile) {
    let root = c.src.root();
    c.scope = c.src.field_open(root, "line");
    if def.line.levels.len() < 2 {
        c.err(c.field("levels"), format!("the line has {} level(s)", def.line.levels.len()), "the line needs at least two levels");
    } else if def.line.start >= def.line.levels.len() {
        c.err(
            c.field("start"),
            format!("line.start is {} but there are only {} levels", def.line.start, def.line.levels.len()),
            &format!("levels count from 0: expected 0 to {}", def.line.levels.len() - 1),
        );
    }
    for o in &def.line.owners {
        c.char("a line owner", o);
    }
    if !matches!(def.line.decided_by, crate::scenario::RemovalBody::Politburo | crate::scenario::RemovalBody::Plenum) {
        c.err(
            c.field("decided_by"),
            format!("the line cannot be decided by the {:?}", def.line.decided_by),
            "line.decided_by is Politburo or Plenum: the commission and an organisation elect their own chairmen, not the line",
        );
    }

    if let Some(d) = &def.doctrine {
        c.scope = c.src.field_open(root, "doctrine");
        d.owners.iter().for_each(|o| c.char("a doctrine owner", o));
        c.range("doctrine.stance", "stance", d.stance, -100, 100);
        c.range("doctrine.alternative_stance", "alternative_stance", d.alternative_stance, -100, 100);
        if !matches!(d.decided_by, crate::scenario::RemovalBody::Politburo | crate::scenario::RemovalBody::Plenum) {
            c.err(
                c.field("decided_by"),
                format!("the doctrine cannot be decided by the {:?}", d.decided_by),
                "doctrine.decided_by is Politburo or Plenum",
            );
        }
    }
    testament::testament(c, def);
}
