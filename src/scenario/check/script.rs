//! Checks of the historical script and its milestones: entries in the calendar
//! and in date order, their ids known, `recorded` totals only on votes.

use super::{Checker, did_you_mean};
use crate::scenario::schema::{Rank, ScenarioFile};
use crate::scenario::script::ScriptCommand as S;

/// The historical script: entries in the calendar and in date order, their ids
/// known, recorded totals only on votes; and its milestones.
pub(super) fn script_and_milestones(c: &mut Checker, def: &ScenarioFile) {
    let cal = &def.calendar;
    for (i, e) in def.script.iter().enumerate() {
        c.scope = c.entry("script", i);
        c.in_calendar("a script entry", "date", e.date, cal);
        c.char("a script entry's actor", &e.actor);
        script_ids(c, def, &e.command);
        if i > 0 && e.date < def.script[i - 1].date {
            c.err(
                c.field("date"),
                format!("the script goes back in time: {} after {}", e.date.iso(), def.script[i - 1].date.iso()),
                "the script's entries must be in date order",
            );
        }
        let votes = matches!(
            &e.command,
            S::CoReport
                | S::SetLine(_)
                | S::ReplaceInOffice(..)
                | S::RemoveFromPolitburo(_)
                | S::DemoteToCandidate(_)
                | S::Promote(_)
                | S::Elect(..)
                | S::ExpelFromCC(_)
                | S::ExpelFromParty(_)
                | S::Exile(_)
                | S::Deport(_)
                | S::Readmit(_)
        );
        if e.recorded.is_some() && !votes {
            c.err(
                c.field("recorded"),
                "`recorded` totals on an entry that causes no vote".into(),
                "they belong on an entry that puts a motion to a vote or gives a co-report",
            );
        }
    }
    for (i, m) in def.milestones.iter().enumerate() {
        c.scope = c.entry("milestones", i);
        c.char("a milestone's character", &m.who);
        if let Some(o) = &m.holds {
            c.known("a milestone's post", "office", o);
        }
        c.in_calendar(&format!("the milestone \"{}\"", m.name), "by", m.by, cal);
    }
}

fn script_ids(c: &mut Checker, def: &ScenarioFile, cmd: &S) {
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
        | S::Charge(t)
        | S::MeetSecretly(t) => c.char("a script character", t),
        S::Elect(t, to) => {
            c.char("a script character", t);
            if !matches!(to, Rank::CentralCommittee | Rank::Candidate | Rank::Politburo) {
                c.err(
                    c.field("command"),
                    format!("one cannot be elected to the rank {to:?}"),
                    "`Elect` takes CentralCommittee, Candidate or Politburo",
                );
            }
        }
        S::Resign(o) => c.known("a script office", "office", o),
        S::ReplaceInOffice(o, w) => {
            c.known("a script office", "office", o);
            c.char("a script character", w);
        }
        S::FormBloc(b) | S::JoinBloc(b) if !def.blocs.iter().any(|x| &x.id == b) => {
            let hint = did_you_mean(b, def.blocs.iter().map(|x| x.id.as_str())).unwrap_or_default();
            c.err(c.src.string_in(c.scope, b, 0), format!("unknown bloc \"{b}\", given in the script"), &hint);
        }
        S::Choose(e, k) => match def.events.iter().find(|x| &x.id == e) {
            None => {
                let hint = did_you_mean(e, def.events.iter().map(|x| x.id.as_str())).unwrap_or_default();
                c.err(c.src.string_in(c.scope, e, 0), format!("unknown event \"{e}\", given in the script"), &hint);
            }
            Some(ev) if *k >= ev.choices.len() => c.err(
                c.field("command"),
                format!("the event \"{e}\" has no choice {k}"),
                &format!("it has {} choice(s), counted from 0", ev.choices.len()),
            ),
            _ => {}
        },
        S::SetLine(l) if *l >= def.line.levels.len() => c.err(
            c.field("command"),
            format!("the line has no level {l}"),
            &format!("levels count from 0 to {}", def.line.levels.len().saturating_sub(1)),
        ),
        _ => {}
    }
}
