//! A computer leader's plan in words, for `simulate --explain` and the window's
//! reasons panel: what he is working toward, and what in the situation made him.

use crate::rules::plan::{Cause, Intent, Plan};
use crate::scenario::{CharId, Scenario};

/// The front-runner and the coalition against him, as `me` (the player) reads it:
/// `front` is the front-runner, his lead and who has united against him.
pub fn coalition(s: &Scenario, me: CharId, front: Option<(CharId, i32, Vec<CharId>)>) -> String {
    let Some((f, lead, against)) = front else {
        return "No contender leads: the field is open.".into();
    };
    let (who, lead_by, him) = if f == me { ("you", "lead", "you") } else { (s.short(f), "leads", "him") };
    if against.is_empty() {
        format!("Front-runner: {who} ({lead_by} by {lead} power). No one has yet united against {him}.")
    } else {
        let names: Vec<&str> = against.iter().map(|&c| s.short(c)).collect();
        format!("Front-runner: {who} ({lead_by} by {lead} power). United against {him}: {}.", names.join(", "))
    }
}

/// The plan alone: "isolate Stalin".
pub fn plan(s: &Scenario, p: Plan) -> String {
    match p {
        Plan::BuildBloc => "build a bloc".into(),
        Plan::IsolateFrontRunner(f) => format!("isolate {}", s.short(f)),
        Plan::StrikeAtCongress(f) => format!("strike at {} at the congress", s.short(f)),
        Plan::LieLow => "lie low".into(),
        Plan::DefendTheLine => "defend the line".into(),
        Plan::SeizeTheApparatus => "seize the apparatus".into(),
        Plan::Follow(p) => format!("follow {}", s.short(p)),
        Plan::ClearTheField(f) => format!("drive {} off the {}", s.short(f), s.words().politburo),
        Plan::WinThePolitburo => format!("win the {}", s.words().politburo),
    }
}

/// `cause_written` in the scenario's words.
pub fn cause(s: &Scenario, c: Cause) -> String {
    s.speak(&cause_written(s, c))
}

/// Why he holds it: "he faces 2 charges".
fn cause_written(s: &Scenario, c: Cause) -> String {
    match c {
        Cause::Charged(n) => format!("he faces {}", super::count(n, "charge", "charges")),
        Cause::Threatened => "a motion against him waits on the agenda".into(),
        Cause::Recanted { until } => {
            let cal = &s.def.calendar;
            format!("he recanted, and the pardon lasts until {}", cal.start.plus_months(until as i32 * cal.months_per_turn as i32).long())
        }
        Cause::OutlawedFaction => "his faction is organised and too weak to survive the ban".into(),
        Cause::TestamentPending => "Lenin's letter names him and is still sealed".into(),
        Cause::Ahead { lead } if lead > 0 => format!("the front-runner leads him by {lead} points of power"),
        Cause::Ahead { lead: 0 } => "the rival he fears is level with him in power".into(),
        // A man who feared a rival keeps fearing him a while after he draws ahead (`ai::plans`).
        Cause::Ahead { lead } => {
            format!("the rival he fears is close behind him, {} back", super::count(-lead, "point of power", "points of power"))
        }
        Cause::CongressNear { months: 0 } => "the congress sits this turn".into(),
        Cause::CongressNear { months } => format!("the congress sits in {}", super::count(months, "month", "months")),
        Cause::Leading { lead } if lead > 0 => format!("he leads the field by {}", super::count(lead, "point of power", "points of power")),
        Cause::Leading { .. } => "he stands level with the next man at the head of the field".into(),
        Cause::NoFollowing => "he has no bloc behind him".into(),
        Cause::OwnsTheLine => "the line is his".into(),
        Cause::HoldsTheApparatus => "he holds the power to appoint the secretaries".into(),
        Cause::RivalsRemain(1) => "he holds the seat of power and both majorities, and one rival still sits".into(),
        Cause::RivalsRemain(n) => format!("he holds the seat of power and both majorities, and {n} rivals still sit"),
        Cause::PolitburoShort { have, need } => {
            format!("he holds the seat of power, but only {have}% of the Politburo is loyal to him, and supremacy wants more than {need}%")
        }
        Cause::Patron => "he is his patron's man".into(),
        Cause::NothingPressing => "nothing presses".into(),
    }
}

/// The plan with its cause: "plan: isolate Stalin (the front-runner leads him by 23 points of power)".
pub fn intent(s: &Scenario, i: Intent) -> String {
    format!("plan: {} ({})", plan(s, i.plan), cause(s, i.cause))
}
