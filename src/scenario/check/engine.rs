//! Checks of what the engine assumes, so a modder learns it from `check` rather
//! than from a replay: a contender with no way up the ladder, and `recorded`
//! totals on a vote whose body has leaders voting one by one (the engine cannot
//! hold such a vote to a record, and ignores it).

use super::Checker;
use crate::scenario::schema::{Effect, MotionKind, ScenarioFile, SessionKind};
use crate::scenario::script::ScriptCommand as S;
use crate::scenario::{Rank, RemovalBody};

pub(super) fn engine(c: &mut Checker, def: &ScenarioFile) {
    no_way_up(c, def);
    recorded_ignored(c, def);
    office_dates(c, def);
}

/// An office's `opens` and `closes` fall in the calendar, in that order, and an
/// office that opens later has no holder at the start.
fn office_dates(c: &mut Checker, def: &ScenarioFile) {
    let cal = &def.calendar;
    for (i, o) in def.offices.iter().enumerate() {
        c.scope = c.entry("offices", i);
        let what = format!("the office \"{}\"", o.id);
        if let Some(d) = o.opens {
            c.in_calendar(&format!("{what} opens"), "opens", d, cal);
            if d > cal.start && o.holder.is_some() {
                c.err(c.field("holder"), format!("{what} opens in {} but has a holder at the start", d.long()), "give it `holder: None`");
            }
        }
        if let Some(d) = o.closes {
            c.in_calendar(&format!("{what} closes"), "closes", d, cal);
            if o.opens.is_some_and(|x| x >= d) {
                c.err(c.field("closes"), format!("{what} closes before it opens"), "`closes` must come after `opens`");
            }
        }
    }
}

/// A contender who starts a plain member or lower rises only by a congress's
/// election (a member, when a congress meets) or by an event that raises him.
fn no_way_up(c: &mut Checker, def: &ScenarioFile) {
    let congress = def.sessions.iter().any(|s| s.kind == SessionKind::Congress);
    for (i, ch) in def.characters.iter().enumerate() {
        if !ch.contender || ch.rank > Rank::Member {
            continue;
        }
        let raised = def.events.iter().flat_map(|e| e.effects.iter().chain(e.choices.iter().flat_map(|k| &k.effects))).any(|f| match f {
            Effect::SetRank(who, r) => who == &ch.id && *r > ch.rank,
            Effect::Restore(who) => who == &ch.id && ch.rank < Rank::Member,
            _ => false,
        });
        if raised || (ch.rank == Rank::Member && congress) {
            continue;
        }
        c.scope = c.entry("characters", i);
        let how =
            if ch.rank == Rank::Member { "no congress meets to elect him to the Central Committee" } else { "he is out of the party" };
        c.warn(
            c.field("rank"),
            format!("the contender \"{}\" starts at rank {:?} with no way up: {how}, and no event raises him", ch.id, ch.rank),
            "add a congress to `sessions`, an event with `SetRank` or `Restore`, or start him higher",
        );
    }
}

/// The kind of motion a script command puts, if any.
fn kind(cmd: &S) -> Option<MotionKind> {
    Some(match cmd {
        S::SetLine(_) => MotionKind::SetLine,
        S::ReplaceInOffice(..) => MotionKind::ReplaceInOffice,
        S::RemoveFromPolitburo(_) => MotionKind::RemoveFromPolitburo,
        S::DemoteToCandidate(_) => MotionKind::DemoteToCandidate,
        S::Promote(_) => MotionKind::Promote,
        S::Elect(_, Rank::CentralCommittee) => MotionKind::ElectToCC,
        S::Elect(..) => MotionKind::ElectToPolitburo,
        S::ExpelFromCC(_) => MotionKind::ExpelFromCC,
        S::ExpelFromParty(_) => MotionKind::ExpelFromParty,
        S::Exile(_) => MotionKind::Exile,
        S::Deport(_) => MotionKind::Deport,
        S::Readmit(_) => MotionKind::Readmit,
        _ => return None,
    })
}

/// `recorded` totals hold a vote where every voter is a delegation (a congress's
/// own votes and a co-report) or every voter a leader (the Politburo). A plenum
/// mixes the two, and the engine ignores them there: say so.
fn recorded_ignored(c: &mut Checker, def: &ScenarioFile) {
    let months = def.calendar.months_per_turn.max(1) as i32;
    for (i, e) in def.script.iter().enumerate() {
        if e.recorded.is_none() || matches!(e.command, S::CoReport) {
            continue;
        }
        let Some(k) = kind(&e.command) else { continue };
        let turn_start = def.calendar.start.plus_months((e.date.0 - def.calendar.start.0).max(0) / months * months);
        let congress =
            def.sessions.iter().any(|s| s.kind == SessionKind::Congress && s.date >= turn_start && s.date < turn_start.plus_months(months));
        let politburo = match &e.command {
            S::SetLine(_) | S::Exile(_) | S::Deport(_) => true,
            S::ReplaceInOffice(o, _) => def.offices.iter().any(|x| &x.id == o && x.removal_body == RemovalBody::Politburo),
            _ => false,
        };
        let by_congress = def.bodies.as_ref().is_none_or(|b| b.congress.contains(&k));
        if politburo || congress && by_congress {
            continue;
        }
        c.scope = c.entry("script", i);
        let body = if congress { "the plenum after the congress" } else { "a plenum" };
        c.warn(
            c.field("recorded"),
            format!("these `recorded` totals are ignored: {body} decides this motion, and its leaders and delegations vote apart"),
            "only a congress's own votes, a co-report and the Politburo's votes are held to recorded totals; remove them or move the entry",
        );
    }
}
