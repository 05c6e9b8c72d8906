//! Semantic checks after parsing: every id names something, dates fall inside the
//! calendar, no office or bloc is double-booked. Every problem is reported, each
//! positioned at the text that caused it.

use super::schema::*;
use super::script::ScriptCommand;
use super::script::ScriptCommand as S;
use super::{ScenarioError, line_col};
use std::collections::BTreeSet;

struct Checker<'a> {
    text: &'a str,
    file: &'a str,
    errors: Vec<ScenarioError>,
    chars: BTreeSet<&'a str>,
    offices: BTreeSet<&'a str>,
    regions: BTreeSet<&'a str>,
}

impl<'a> Checker<'a> {
    /// Positions an error at the `nth` occurrence of `needle` (or the file's start).
    fn err_at(&mut self, needle: &str, nth: usize, message: String) {
        let pos = self.text.match_indices(needle).nth(nth).map(|(i, _)| i);
        let (line, column) = match pos {
            Some(i) => line_col(&self.text[..i]),
            None => (1, 1),
        };
        self.errors.push(ScenarioError { file: self.file.into(), line, column, message });
    }

    fn known(&mut self, kind: &str, set_name: &str, id: &str) {
        let set = match set_name {
            "character" => &self.chars,
            "office" => &self.offices,
            _ => &self.regions,
        };
        if set.contains(id) {
            return;
        }
        let hint = did_you_mean(id, set.iter().copied());
        self.err_at(&format!("\"{id}\""), 0, format!("{kind} \"{id}\" names no {set_name} of this scenario{hint}"));
    }

    fn char(&mut self, what: &str, id: &str) {
        self.known(what, "character", id);
    }

    fn in_calendar(&mut self, what: &str, d: crate::rules::date::Date, cal: &CalendarDef) {
        if d < cal.start || d > cal.end {
            self.err_at(
                &format!("\"{}\"", d.iso()),
                0,
                format!("{what} is dated {d}, outside the calendar ({} to {})", cal.start, cal.end),
            );
        }
    }

    fn effects(&mut self, effects: &[Effect]) {
        for e in effects {
            match e {
                Effect::Prestige(c, _)
                | Effect::Health(c, _)
                | Effect::Credibility(c, _)
                | Effect::Die(c)
                | Effect::Stance(c, _)
                | Effect::ActionPoints(c, _) => self.char("an effect's character", c),
                Effect::Relation(a, b, _) => {
                    self.char("an effect's character", a);
                    self.char("an effect's character", b);
                }
                Effect::Delegates(r, _) | Effect::Loyalty(r, _) => self.known("an effect's region", "region", r),
                Effect::EnrolForOffice(o, _) => self.known("an effect's office", "office", o),
                _ => {}
            }
        }
    }

    fn condition(&mut self, c: &Condition) {
        match c {
            Condition::All(v) | Condition::Any(v) => v.iter().for_each(|c| self.condition(c)),
            Condition::Not(c) => self.condition(c),
            Condition::Alive(c) | Condition::RankAtLeast(c, _) => self.char("a condition's character", c),
            Condition::HoldsOffice(c, o) => {
                self.char("a condition's character", c);
                self.known("a condition's office", "office", o);
            }
            _ => {}
        }
    }

    fn unique<'b>(&mut self, kind: &str, ids: impl Iterator<Item = &'b str>) {
        let mut seen = BTreeSet::new();
        for id in ids {
            if !seen.insert(id) {
                self.err_at(&format!("id: \"{id}\""), 1, format!("two {kind}s have the id \"{id}\""));
            }
        }
    }
}

/// Levenshtein distance, for did-you-mean hints.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push((prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// ", did you mean \"x\"?" when a known id is close enough.
pub fn did_you_mean<'b>(id: &str, known: impl Iterator<Item = &'b str>) -> String {
    known
        .map(|k| (distance(id, k), k))
        .filter(|(d, k)| *d <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| format!(", did you mean \"{k}\"?"))
        .unwrap_or_default()
}

pub fn validate(def: &ScenarioFile, text: &str, file: &str) -> Vec<ScenarioError> {
    let mut c = Checker {
        text,
        file,
        errors: vec![],
        chars: def.characters.iter().map(|c| c.id.as_str()).collect(),
        offices: def.offices.iter().map(|c| c.id.as_str()).collect(),
        regions: def.regions.iter().map(|c| c.id.as_str()).collect(),
    };
    let cal = &def.calendar;
    if cal.end <= cal.start {
        c.err_at("end:", 0, format!("the calendar ends ({}) before it starts ({})", cal.end, cal.start));
    }
    if cal.months_per_turn == 0 || cal.months_per_turn > 12 {
        c.err_at("months_per_turn", 0, "months_per_turn must be between 1 and 12".into());
    }
    c.unique("character", def.characters.iter().map(|x| x.id.as_str()));
    c.unique("office", def.offices.iter().map(|x| x.id.as_str()));
    c.unique("region", def.regions.iter().map(|x| x.id.as_str()));
    c.unique("bloc", def.blocs.iter().map(|x| x.id.as_str()));
    c.unique("event", def.events.iter().map(|x| x.id.as_str()));

    if def.line.levels.len() < 2 {
        c.err_at("levels", 0, "the line needs at least two levels".into());
    } else if def.line.start >= def.line.levels.len() {
        c.err_at("start:", 1, format!("line.start is {} but there are only {} levels", def.line.start, def.line.levels.len()));
    }
    for o in &def.line.owners {
        c.char("a line owner", o);
    }
    if let Some(t) = &def.testament {
        c.char("the Testament's keeper", &t.keeper);
        c.char("the Testament's target", &t.names);
    }
    for ch in &def.characters {
        for other in ch.relations.keys() {
            c.char(&format!("a relation of \"{}\"", ch.id), other);
        }
        for (what, v, lo, hi) in [
            ("prestige", ch.prestige, 0, 100),
            ("health", ch.health, 0, 100),
            ("credibility", ch.credibility, 0, 100),
            ("nep", ch.nep, -100, 100),
            ("world_revolution", ch.world_revolution, -100, 100),
        ] {
            if v < lo || v > hi {
                c.err_at(&format!("id: \"{}\"", ch.id), 0, format!("\"{}\": {what} is {v}, expected {lo} to {hi}", ch.id));
            }
        }
    }
    if !def.characters.iter().any(|c| c.playable) {
        c.err_at("characters", 0, "no character is playable: mark at least one `playable: true`".into());
    }
    let full = def.characters.iter().filter(|c| c.rank == Rank::Politburo).count() as i32;
    if full > def.balance.politburo_seats {
        c.err_at(
            "politburo_seats",
            0,
            format!("{full} characters start in the Politburo but it has {} seats", def.balance.politburo_seats),
        );
    }
    let cand = def.characters.iter().filter(|c| c.rank == Rank::Candidate).count() as i32;
    if cand > def.balance.candidate_seats {
        c.err_at(
            "candidate_seats",
            0,
            format!("{cand} characters start as candidates but there are {} candidate seats", def.balance.candidate_seats),
        );
    }
    for o in &def.offices {
        if let Some(h) = &o.holder {
            c.char(&format!("the holder of \"{}\"", o.id), h);
            if let Some(ch) = def.characters.iter().find(|x| &x.id == h)
                && ch.rank < o.min_rank
            {
                c.err_at(
                    &format!("id: \"{}\"", o.id),
                    0,
                    format!("\"{h}\" holds \"{}\" but ranks below its min_rank {:?}", o.id, o.min_rank),
                );
            }
        }
    }
    if !def.offices.iter().any(|o| o.powers.contains(&Power::AppointSecretaries)) {
        c.err_at("offices", 0, "no office has the AppointSecretaries power: patronage needs one".into());
    }
    let mut secretaries = BTreeSet::new();
    for r in &def.regions {
        if let Some(s) = &r.secretary {
            c.char(&format!("the secretary of \"{}\"", r.id), s);
            if !secretaries.insert(s.as_str()) {
                c.err_at(&format!("secretary: Some(\"{s}\")"), 1, format!("\"{s}\" is secretary of two regions"));
            }
        }
        if let Some(p) = &r.patron {
            c.char(&format!("the patron of \"{}\"", r.id), p);
        }
        if let Some(o) = &r.patron_office {
            c.known(&format!("the patron office of \"{}\"", r.id), "office", o);
        }
        if r.delegates < 0 || r.cc_seats < 0 || !(0..=100).contains(&r.loyalty) {
            c.err_at(
                &format!("id: \"{}\"", r.id),
                0,
                format!("\"{}\": delegates and cc_seats must be positive and loyalty 0 to 100", r.id),
            );
        }
    }
    let mut in_bloc = BTreeSet::new();
    for b in &def.blocs {
        for m in &b.members {
            c.char(&format!("a member of \"{}\"", b.id), m);
            if !in_bloc.insert(m.as_str()) {
                c.err_at(&format!("\"{m}\""), 0, format!("\"{m}\" starts in two blocs"));
            }
        }
        if let Some(l) = &b.leader {
            c.char(&format!("the leader of \"{}\"", b.id), l);
            if !b.members.contains(l) {
                c.err_at(&format!("id: \"{}\"", b.id), 0, format!("bloc \"{}\": its leader \"{l}\" is not among its members", b.id));
            }
        } else if !b.members.is_empty() {
            c.err_at(&format!("id: \"{}\"", b.id), 0, format!("bloc \"{}\" has members but no leader", b.id));
        }
    }
    for s in &def.sessions {
        c.in_calendar(&format!("session \"{}\"", s.name), s.date, cal);
    }
    for e in &def.events {
        if let Some(d) = e.date {
            c.in_calendar(&format!("event \"{}\"", e.id), d, cal);
        }
        if let Some(cond) = &e.condition {
            c.condition(cond);
        }
        c.effects(&e.effects);
        for ch in &e.choices {
            c.effects(&ch.effects);
        }
        match (&e.chooser, e.choices.is_empty()) {
            (None, false) => c.err_at(&format!("id: \"{}\"", e.id), 0, format!("event \"{}\" has choices but no chooser", e.id)),
            (Some(Chooser::Character(ch)), _) => c.char("an event's chooser", ch),
            (Some(Chooser::Office(o)), _) => c.known("an event's chooser office", "office", o),
            _ => {}
        }
        if e.date.is_none() && e.condition.is_none() {
            c.err_at(
                &format!("id: \"{}\"", e.id),
                0,
                format!("event \"{}\" has neither a date nor a condition: it could never fire", e.id),
            );
        }
    }
    if def.victory.seat_offices.is_empty() {
        c.err_at("seat_offices", 0, "victory.seat_offices is empty: no one could ever win".into());
    }
    for o in &def.victory.seat_offices {
        c.known("a seat of power", "office", o);
    }
    c.in_calendar("victory.earliest", def.victory.earliest, cal);
    for e in &def.script {
        c.in_calendar("a script entry", e.date, cal);
        c.char("a script entry's actor", &e.actor);
        script_ids(&mut c, def, &e.command);
    }
    for (i, e) in def.script.iter().filter(|e| e.recorded.is_some()).enumerate() {
        let votes = matches!(e.command, ScriptCommand::CoReport)
            || matches!(
                &e.command,
                S::SetLine(_)
                    | S::ReplaceInOffice(..)
                    | S::RemoveFromPolitburo(_)
                    | S::DemoteToCandidate(_)
                    | S::Promote(_)
                    | S::ExpelFromCC(_)
                    | S::ExpelFromParty(_)
                    | S::Exile(_)
                    | S::Deport(_)
                    | S::Readmit(_)
            );
        if !votes {
            c.err_at("recorded:", i, "`recorded` totals belong on an entry that puts a motion to a vote or gives a co-report".into());
        }
    }
    if def.script.windows(2).any(|w| w[1].date < w[0].date) {
        c.err_at("script", 0, "the script's entries must be in date order".into());
    }
    for m in &def.milestones {
        c.char("a milestone's character", &m.who);
        c.in_calendar("a milestone", m.by, cal);
    }
    if !def.characters.iter().any(|ch| ch.contender) {
        c.err_at("characters", 0, "no character is a contender (`contender: true`)".into());
    }
    c.errors
}

fn script_ids(c: &mut Checker, def: &ScenarioFile, cmd: &ScriptCommand) {
    use ScriptCommand as S;
    match cmd {
        S::Appoint(r, p) => {
            c.known("a script region", "region", r);
            if let Some(p) = p {
                c.char("a script character", p);
            }
        }
        S::Court(t)
        | S::Attack(t)
        | S::RemoveFromPolitburo(t)
        | S::DemoteToCandidate(t)
        | S::Promote(t)
        | S::ExpelFromCC(t)
        | S::ExpelFromParty(t)
        | S::Exile(t)
        | S::Deport(t)
        | S::Readmit(t)
        | S::Charge(t) => c.char("a script character", t),
        S::Resign(o) => c.known("a script office", "office", o),
        S::ReplaceInOffice(o, w) => {
            c.known("a script office", "office", o);
            c.char("a script character", w);
        }
        S::FormBloc(b) | S::JoinBloc(b) if !def.blocs.iter().any(|x| &x.id == b) => {
            let hint = did_you_mean(b, def.blocs.iter().map(|x| x.id.as_str()));
            c.err_at(&format!("\"{b}\""), 0, format!("a script bloc \"{b}\" names no bloc of this scenario{hint}"));
        }
        S::Choose(e, k) => match def.events.iter().find(|x| &x.id == e) {
            None => c.err_at(&format!("\"{e}\""), 0, format!("a script event \"{e}\" names no event of this scenario")),
            Some(ev) if *k >= ev.choices.len() => c.err_at(&format!("\"{e}\""), 0, format!("event \"{e}\" has no choice {k}")),
            _ => {}
        },
        S::SetLine(l) if *l >= def.line.levels.len() => c.err_at("SetLine", 0, format!("the line has no level {l}")),
        _ => {}
    }
}
