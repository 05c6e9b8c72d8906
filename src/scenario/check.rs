//! Semantic checks after parsing: every id names something, no id is used twice,
//! dates fall inside the calendar, values lie in their documented ranges, no body
//! starts with more members than seats, and someone can win. Every problem is
//! reported, each positioned at the value that caused it (`locate::Source` finds
//! it in the text), with a did-you-mean where a known id is close.

mod bodies;
mod classroom;
mod engine;
mod script;
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
                Effect::TakeOffice(o) => self.known("an effect's office", "office", o),
                Effect::Doctrine(_, who) | Effect::ConfirmDoctrine(who) => who.iter().for_each(|c| self.char("a doctrine owner", c)),
                Effect::Relation(a, b, _) => {
                    self.char("an effect's character", a);
                    self.char("an effect's character", b);
                }
                Effect::Delegates(r, _) | Effect::Loyalty(r, _) => self.known("an effect's region", "region", r),
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
    economy_and_balance(&mut c, def);
    characters(&mut c, def);
    seats(&mut c, def);
    offices(&mut c, def);
    regions(&mut c, def);
    blocs(&mut c, def);
    sessions_and_events(&mut c, def);
    bodies::bodies(&mut c, def);
    engine::engine(&mut c, def);
    victory(&mut c, def);
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

/// The ranges of the economy's and the balance's values, the costs included.
fn economy_and_balance(c: &mut Checker, def: &ScenarioFile) {
    let root = c.src.root();
    c.scope = c.src.field_open(root, "economy");
    let e = &def.economy;
    for (what, v) in [("grain", e.grain), ("industry", e.industry), ("peasant_mood", e.peasant_mood), ("worker_mood", e.worker_mood)] {
        c.range(&format!("economy.{what}"), what, v, 0, 100);
    }
    c.range("economy.reversion_percent", "reversion_percent", e.reversion_percent, 0, 100);
    c.range("economy.noise", "noise", e.noise, 0, 100);
    c.range("economy.crisis_grain", "crisis_grain", e.crisis_grain, 0, 100);
    c.scope = c.src.field_open(root, "balance");
    let b = &def.balance;
    c.range("balance.politburo_seats", "politburo_seats", b.politburo_seats, 1, i32::MAX);
    c.range("balance.candidate_seats", "candidate_seats", b.candidate_seats, 0, i32::MAX);
    // Seats, so never fewer than none: a negative count once broke the joint plenum's tally.
    c.range("balance.control_commission_seats", "control_commission_seats", b.control_commission_seats, 0, i32::MAX);
    c.range("balance.qualified_majority_percent", "qualified_majority_percent", b.qualified_majority_percent, 1, 100);
    c.range("balance.base_action_points", "base_action_points", b.base_action_points, 0, i32::MAX);
    c.range("balance.prestige_decay_percent", "prestige_decay_percent", b.prestige_decay_percent, 0, 100);
    c.scope = c.src.field_open(c.src.field_open(root, "balance"), "vote");
    c.range("balance.vote.abstain_percent", "abstain_percent", b.vote.abstain_percent, 0, 100);
    c.range("balance.vote.hall_mood", "hall_mood", b.vote.hall_mood, 0, 45);
    c.range("balance.vote.unity_percent", "unity_percent", b.vote.unity_percent, 0, 100);
    c.range("balance.vote.unity_doubt", "unity_doubt", b.vote.unity_doubt, 0, 49);
    c.range("balance.vote.unity_leaders_percent", "unity_leaders_percent", b.vote.unity_leaders_percent, 0, 100);
    c.scope = c.src.field_open(c.src.field_open(root, "balance"), "costs");
    let k = &b.costs;
    for (what, v) in [
        ("appoint", k.appoint),
        ("speech", k.speech),
        ("article", k.article),
        ("court", k.court),
        ("attack", k.attack),
        ("shift_stance", k.shift_stance),
        ("propose", k.propose),
        ("form_bloc", k.form_bloc),
        ("join_bloc", k.join_bloc),
        ("leave_bloc", k.leave_bloc),
        ("publish_platform", k.publish_platform),
        ("charge", k.charge),
        ("recant", k.recant),
        ("call_plenum", k.call_plenum),
        ("co_report", k.co_report),
        ("publish_testament", k.publish_testament),
        ("suppress_testament", k.suppress_testament),
    ] {
        c.range(&format!("the cost of {what}"), what, v, 0, i32::MAX);
    }
    levers(c, def);
}

/// The levers' numbers: all counted up from 0, the percent to 100.
fn levers(c: &mut Checker, def: &ScenarioFile) {
    let root = c.src.root();
    c.scope = c.src.field_open(c.src.field_open(root, "balance"), "levers");
    let l = &def.balance.levers;
    for (what, v, hi) in [
        ("army_prestige", l.army_prestige, 100),
        ("army_fear", l.army_fear, 100),
        ("bonapartism", l.bonapartism, 1000),
        ("internationalism_percent", l.internationalism_percent, 100),
        ("result_change", l.result_change, 100),
        ("crisis_prestige", l.crisis_prestige, 100),
        ("oratory_tenths", l.oratory_tenths, 1000),
        ("administration", l.administration, 20),
        ("canvass_tenths", l.canvass_tenths, 1000),
        ("canvass_elect", l.canvass_elect, 100),
        ("canvass_loyalty", l.canvass_loyalty, 100),
        ("canvass_turns", l.canvass_turns, 100),
        ("world_stance_step", l.world_stance_step, 200),
        ("world_stance_cost", l.world_stance_cost, 100),
        ("doctrine_prestige_percent", l.doctrine_prestige_percent, 1000),
        ("permanent_comintern_percent", l.permanent_comintern_percent, 1000),
        ("doctrine_lean_percent", l.doctrine_lean_percent, 100),
    ] {
        c.range(&format!("balance.levers.{what}"), what, v, 0, hi);
    }
    // Trust is kept from 0 to 100 by the rules: it must start there.
    c.scope = c.src.field_open(c.src.field_open(root, "balance"), "deals");
    c.range("balance.deals.start_trust", "start_trust", def.balance.deals.start_trust, 0, 100);
}

/// Each character's values, traits, temperament and relations; someone playable
/// and some contender.
fn characters(c: &mut Checker, def: &ScenarioFile) {
    for (i, ch) in def.characters.iter().enumerate() {
        c.scope = c.entry("characters", i);
        let who = format!("\"{}\"", ch.id);
        for (what, v, lo, hi) in [
            ("prestige", ch.prestige, 0, 100),
            ("health", ch.health, 0, 100),
            ("credibility", ch.credibility, 0, 100),
            ("nep", ch.nep, -100, 100),
            ("world_revolution", ch.world_revolution, -100, 100),
        ] {
            c.range(&format!("{who}'s {what}"), what, v, lo, hi);
        }
        let outer = c.scope;
        c.scope = c.src.field_open(outer, "traits");
        let t = &ch.traits;
        for (what, v) in [
            ("cunning", t.cunning),
            ("oratory", t.oratory),
            ("administration", t.administration),
            ("ruthlessness", t.ruthlessness),
            ("patience", t.patience),
        ] {
            c.range(&format!("{who}'s {what}"), what, v, 0, 10);
        }
        c.scope = c.src.field_open(outer, "temperament");
        let t = &ch.temperament;
        for (what, v) in
            [("ambition", t.ambition), ("caution", t.caution), ("loyalty", t.loyalty), ("ideology", t.ideology), ("grudges", t.grudges)]
        {
            c.range(&format!("{who}'s {what}"), what, v, 0, 10);
        }
        c.scope = c.src.field_open(outer, "relations");
        for (other, &v) in &ch.relations {
            c.char(&format!("a relation of {who}"), other);
            let at = c.src.string_in(c.scope, other, 0);
            if other == &ch.id {
                c.warn(at, format!("{who} has a relation with himself"), "the rules ignore it; remove it");
            }
            if !(-100..=100).contains(&v) {
                c.err(at, format!("{who}'s relation with \"{other}\" is {v}, outside its range"), "expected from -100 to 100");
            }
        }
    }
    c.scope = c.src.field_name(c.src.root(), "characters");
    if !def.characters.iter().any(|c| c.playable) {
        c.err(c.scope, "no character is playable, so no one can win".into(), "mark at least one character `playable: true`");
    }
    if !def.characters.iter().any(|ch| ch.contender) {
        c.err(c.scope, "no character is a contender".into(), "mark the rivals for the succession `contender: true`");
    }
}

/// The Politburo starts with no more full and candidate members than its seats.
fn seats(c: &mut Checker, def: &ScenarioFile) {
    let b = &def.balance;
    c.scope = c.src.field_open(c.src.root(), "balance");
    for (rank, seats, field, body) in [
        (Rank::Politburo, b.politburo_seats, "politburo_seats", "full members of the Politburo"),
        (Rank::Candidate, b.candidate_seats, "candidate_seats", "candidate members of the Politburo"),
    ] {
        let members: Vec<&str> = def.characters.iter().filter(|c| c.rank == rank).map(|c| c.id.as_str()).collect();
        if members.len() as i32 > seats.max(0) {
            c.err(
                c.field(field),
                format!("{} characters start as {body} but there are {seats} seats", members.len()),
                &format!("raise `{field}` or give some of them a lower rank: {}", members.join(", ")),
            );
        }
    }
}

/// Each office's holder is a character of high enough rank; some office appoints
/// the regional secretaries.
fn offices(c: &mut Checker, def: &ScenarioFile) {
    for (i, o) in def.offices.iter().enumerate() {
        c.scope = c.entry("offices", i);
        if let Some(h) = &o.holder {
            c.char(&format!("the holder of \"{}\"", o.id), h);
            if let Some(ch) = def.characters.iter().find(|x| &x.id == h) {
                let at = c.src.string_in(c.scope, h, 0);
                if ch.rank <= Rank::Expelled {
                    c.err(at, format!("\"{h}\" holds \"{}\" but starts {:?}: only party members hold office", o.id, ch.rank), "");
                } else if ch.rank < o.min_rank {
                    c.err(
                        at,
                        format!("\"{h}\" holds \"{}\" but ranks {:?}, below its min_rank {:?}", o.id, ch.rank, o.min_rank),
                        "raise his rank or lower the office's min_rank",
                    );
                }
            }
        }
        c.range(&format!("\"{}\"'s action_points", o.id), "action_points", o.action_points, 0, i32::MAX);
    }
    if !def.offices.iter().any(|o| o.powers.contains(&Power::AppointSecretaries)) {
        c.err(
            c.src.field_name(c.src.root(), "offices"),
            "no office has the AppointSecretaries power".into(),
            "patronage needs one office with `powers: [AppointSecretaries]`",
        );
    }
}

/// Each region's secretary (of one region at most), patron, patron office and values.
fn regions(c: &mut Checker, def: &ScenarioFile) {
    let mut secretaries = BTreeMap::new();
    for (i, r) in def.regions.iter().enumerate() {
        c.scope = c.entry("regions", i);
        let what = format!("\"{}\"", r.id);
        if let Some(s) = &r.secretary {
            c.char(&format!("the secretary of {what}"), s);
            if let Some(first) = secretaries.insert(s.as_str(), r.id.as_str()) {
                let at = c.src.string_in(c.field("secretary"), s, 0);
                c.err(at, format!("\"{s}\" is secretary of two regions, \"{first}\" and \"{}\"", r.id), "a secretary runs one region");
            }
        }
        if let Some(p) = &r.patron {
            c.char(&format!("the patron of {what}"), p);
        }
        if let Some(o) = &r.patron_office {
            c.known(&format!("the patron office of {what}"), "office", o);
        }
        c.range(&format!("{what}'s delegates"), "delegates", r.delegates, 0, i32::MAX);
        c.range(&format!("{what}'s cc_seats"), "cc_seats", r.cc_seats, 0, i32::MAX);
        c.range(&format!("{what}'s loyalty"), "loyalty", r.loyalty, 0, 100);
        c.range(&format!("{what}'s nep_mood"), "nep_mood", r.nep_mood, -100, 100);
    }
}

/// Each bloc's members (in one bloc at most) and its leader among them.
fn blocs(c: &mut Checker, def: &ScenarioFile) {
    let mut in_bloc = BTreeMap::new();
    for (i, bl) in def.blocs.iter().enumerate() {
        c.scope = c.entry("blocs", i);
        for m in &bl.members {
            c.char(&format!("a member of \"{}\"", bl.id), m);
            if let Some(first) = in_bloc.insert(m.as_str(), bl.id.as_str()) {
                let at = c.src.string_in(c.field("members"), m, 0);
                c.err(at, format!("\"{m}\" starts in two blocs, \"{first}\" and \"{}\"", bl.id), "a character belongs to one bloc at most");
            }
        }
        if let Some(l) = &bl.leader {
            c.char(&format!("the leader of \"{}\"", bl.id), l);
            if !bl.members.contains(l) {
                c.err(
                    c.field("leader"),
                    format!("bloc \"{}\": its leader \"{l}\" is not among its members", bl.id),
                    "add him to `members`",
                );
            }
        } else if !bl.members.is_empty() {
            c.err(
                c.field("leader"),
                format!("bloc \"{}\" has members but no leader", bl.id),
                "name one of its members `leader: Some(\"...\")`",
            );
        }
    }
}

/// Sessions inside the calendar; each event dated inside it or conditioned, its
/// ids known, its choices with a chooser, and a chance that can fire.
fn sessions_and_events(c: &mut Checker, def: &ScenarioFile) {
    let cal = &def.calendar;
    for (i, s) in def.sessions.iter().enumerate() {
        c.scope = c.entry("sessions", i);
        c.in_calendar(&format!("the session \"{}\"", s.name), "date", s.date, cal);
    }
    for (i, e) in def.events.iter().enumerate() {
        c.scope = c.entry("events", i);
        let what = format!("the event \"{}\"", e.id);
        if let Some(d) = e.date {
            c.in_calendar(&what, "date", d, cal);
        }
        if let Some(cond) = &e.condition {
            c.condition(cond);
        }
        c.effects(&e.effects);
        for ch in &e.choices {
            c.effects(&ch.effects);
            if let Some(cond) = &ch.condition {
                c.condition(cond);
            }
        }
        let comintern = e.effects.iter().chain(e.choices.iter().flat_map(|ch| &ch.effects)).any(|f| matches!(f, Effect::Comintern(_)));
        if comintern && !def.offices.iter().any(|o| o.powers.contains(&Power::Comintern)) {
            c.warn(
                c.field("effects"),
                format!("{what} moves the Comintern's head, but no office has the `Comintern` power"),
                "give an office `powers: [Comintern]`, or the effect moves no one",
            );
        }
        match (&e.chooser, e.choices.is_empty()) {
            (None, false) => c.err(
                c.field("choices"),
                format!("{what} has choices but no chooser"),
                "add `chooser: Some(Office(\"...\"))` or `Some(Character(\"...\"))`",
            ),
            (Some(_), true) => {
                c.warn(c.field("chooser"), format!("{what} has a chooser but no choices"), "add `choices` or remove the chooser")
            }
            _ => {}
        }
        match &e.chooser {
            Some(Chooser::Character(ch)) => c.char("an event's chooser", ch),
            Some(Chooser::Office(o)) => c.known("an event's chooser office", "office", o),
            None => {}
        }
        if e.date.is_none() && e.condition.is_none() {
            c.err(
                c.field("date"),
                format!("{what} has neither a date nor a condition: it could never fire"),
                "give it `date: Some(\"YYYY-MM\")` or a `condition`",
            );
        }
        if e.chance == 0 {
            c.warn(c.field("chance"), format!("{what} has chance 0: it never fires"), "");
        } else {
            c.range(&format!("{what}'s chance"), "chance", e.chance, 0, 100);
        }
    }
}

/// Victory: someone must be able to reach it.
fn victory(c: &mut Checker, def: &ScenarioFile) {
    let cal = &def.calendar;
    c.scope = c.src.field_open(c.src.root(), "victory");
    let v = &def.victory;
    if v.seat_offices.is_empty() {
        c.err(
            c.field("seat_offices"),
            "victory.seat_offices is empty: no one can ever win".into(),
            "name the office(s) that are the seat of power",
        );
    }
    for o in &v.seat_offices {
        c.known("a seat of power", "office", o);
    }
    for (what, pc) in [("politburo_loyal_percent", v.politburo_loyal_percent), ("cc_loyal_percent", v.cc_loyal_percent)] {
        if pc >= 100 {
            c.err(
                c.field(what),
                format!("victory.{what} is {pc}: victory needs more than {pc}% loyal, which no one can reach"),
                "expected from 0 to 99",
            );
        } else if pc < 0 {
            c.err(c.field(what), format!("victory.{what} is {pc}, outside its range"), "expected from 0 to 99");
        }
    }
    if v.loyal_relation > 100 || v.loyal_relation < -100 {
        c.err(
            c.field("loyal_relation"),
            format!("victory.loyal_relation is {}, but relations run from -100 to 100", v.loyal_relation),
            "expected from -100 to 100",
        );
    }
    if v.earliest > cal.end {
        c.err(
            c.field("earliest"),
            format!("victory.earliest is {}, after the calendar ends: no one can ever win", v.earliest.long()),
            &format!("the calendar ends at \"{}\"", cal.end.iso()),
        );
    }
}
