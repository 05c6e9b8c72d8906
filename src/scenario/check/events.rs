//! The calendar of sessions and events, and the victory (part of `check`).

use super::Checker;
use crate::scenario::schema::*;

/// Sessions inside the calendar; each event dated inside it or conditioned, its
/// ids known, its choices with a chooser, and a chance that can fire.
pub(super) fn sessions_and_events(c: &mut Checker, def: &ScenarioFile) {
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
pub(super) fn victory(c: &mut Checker, def: &ScenarioFile) {
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
