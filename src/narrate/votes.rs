//! Sessions, bodies and votes in words: "The Party Congress votes on Stalin's
//! motion to …: carried, 559 for, 65 against", and the tally's groups.

use super::motions::motion;
use crate::rules::chronicle::{Event, MotionPut, Sitting, VotedWhen};
use crate::rules::state::GameState;
use crate::rules::votes::{AgendaItem, Body, Group, Tally};
use crate::scenario::{Scenario, SessionKind};

/// A session's name: the calendar's ("13th Party Congress") or an extraordinary one.
pub fn sitting(s: &Scenario, sitting: Sitting) -> String {
    match (sitting.scheduled, sitting.kind) {
        (Some(i), _) => s.def.sessions[i].name.clone(),
        (None, SessionKind::Plenum) => "Extraordinary plenum".into(),
        (None, SessionKind::Congress) => "Extraordinary congress".into(),
    }
}

/// A body's name in the scenario's words.
pub fn body(s: &Scenario, b: Body) -> String {
    let w = s.words();
    match b {
        Body::Politburo => w.politburo.clone(),
        Body::Plenum => format!("plenum of the {}", w.central_committee),
        Body::JointPlenum => format!("joint plenum of the {} and the {}", w.central_committee, w.control_commission),
        Body::Congress => w.congress.clone(),
        Body::ControlCommission => w.control_commission.clone(),
        Body::Organisation(r) => format!("council of {}", s.def.regions[r].name),
        Body::StandingCommittee => s.def.standing_committee.as_ref().map_or_else(|| w.politburo.clone(), |c| c.name.clone()),
    }
}

impl Body {
    pub fn name(self, s: &Scenario) -> String {
        body(s, self)
    }
}

/// A group of a tally: a bloc, the unaligned leaders, a delegation with its patron.
pub fn group(s: &Scenario, g: Group) -> String {
    match g {
        Group::Bloc(b) => s.def.blocs[b].name.clone(),
        Group::Unaligned => "Unaligned leaders".into(),
        Group::Delegation { region, patron } => {
            let patron = patron.map(|c| s.short(c).to_string()).unwrap_or_else(|| "no patron".into());
            format!("{} ({patron})", s.def.regions[region].name)
        }
        Group::Control => s.words().control_commission.clone(),
    }
}

pub fn vote_headline(s: &Scenario, put: &MotionPut, t: &Tally) -> String {
    let verdict = if t.passed { "carried" } else { "defeated" };
    let q = if t.needed_percent > 50 { format!(" (needs {}%)", t.needed_percent) } else { String::new() };
    // A tie is not a majority: say what settled it, or the reader sees 3-3 "carried".
    let tie = match (t.yes == t.no && t.yes > 0, t.passed) {
        (true, true) => "; a tie, and the chair voted for it: his casting vote carried it",
        (true, false) => "; a tie, so it fell",
        _ => "",
    };
    format!(
        "The {} votes on {}'s motion to {}: {verdict}, {} for, {} against, {} abstaining{q}{tie}.",
        body(s, t.body),
        s.short(put.proposer),
        motion(s, &put.motion, put.target_rank),
        t.yes,
        t.no,
        t.abstain
    )
}

/// The tally by group, one line each: "Moscow (Kamenev): 120 for, 3 against".
/// A caucus's verdict comes first: "The Seven settled it beforehand: for (Stalin, ...)".
pub fn vote_detail(s: &Scenario, t: &Tally) -> Vec<String> {
    let settled = t.caucus.iter().map(|k| {
        let names: Vec<&str> = k.members.iter().map(|&c| s.short(c)).collect();
        format!("{} settled it beforehand: {} ({})", s.def.caucuses[k.caucus].name, if k.yes { "for" } else { "against" }, names.join(", "))
    });
    settled
        .chain(t.groups().into_iter().map(|(g, y, n, a)| {
            format!("{}: {y} for, {n} against{}", group(s, g), if a > 0 { format!(", {a} abstaining") } else { String::new() })
        }))
        .collect()
}

/// When a motion is voted, as a clause: "the 13th Party Congress (May 1924)".
pub fn when(s: &Scenario, w: VotedWhen) -> String {
    match w {
        VotedWhen::PolitburoThisTurn => format!("the {}, at the end of this turn", s.words().politburo),
        VotedWhen::PolitburoNextTurn => format!("the {}, at the end of next turn (he is owed notice)", s.words().politburo),
        VotedWhen::ThisTurn(x) => format!("the {}, this turn", sitting(s, x)),
        VotedWhen::Waits(i) => format!("the {} ({})", s.def.sessions[i].name, s.def.sessions[i].date.long()),
        VotedWhen::WaitsForPlenum => "a plenum not yet called".into(),
        VotedWhen::OwnDate(d) => d.long(),
    }
}

/// A waiting motion: "Zinoviev: remove Trotsky from the Politburo — the 13th
/// Party Congress (May 1924), 64% to pass".
pub fn agenda_item(st: &GameState, item: &AgendaItem) -> String {
    let s = &st.scn;
    format!(
        "{}: {} — {}, {:.0}% to pass",
        s.short(item.proposal.proposer),
        item.proposal.motion.describe(st),
        voted_by(s, &item.proposal.motion, item.when),
        item.odds * 100.0
    )
}

/// Who votes a motion and when, as a clause: "the plenum after the 13th Party
/// Congress (May 1924)", "the council of The Trade Unions, meeting with …". The
/// same words wherever the player reads when a motion is decided.
pub fn voted_by(s: &Scenario, m: &crate::rules::command::Motion, w: VotedWhen) -> String {
    let by = when(s, w);
    // What a congress leaves to the plenum it elects is voted there, the same month.
    let congress = match w {
        VotedWhen::ThisTurn(x) => x.kind == SessionKind::Congress,
        VotedWhen::Waits(i) => s.def.sessions[i].kind == SessionKind::Congress,
        _ => false,
    };
    let by = if congress && !crate::rules::votes::deciders(s, m).0 { format!("the plenum after {by}") } else { by };
    match own_body_of(s, m) {
        Some(own) if matches!(w, VotedWhen::OwnDate(_)) => format!("the {own}, in {by}"),
        Some(own) => format!("the {own}, meeting with {by}"),
        None => by,
    }
}

/// The words of the session and vote events that have no detail lines.
pub(super) fn text(s: &Scenario, e: &Event) -> Option<String> {
    Some(match e {
        Event::Proposed { put, when: w, surprise, .. } => {
            let how = if *surprise { " without notice, by the Secretariat's hold on the agenda" } else { "" };
            let by = voted_by(s, &put.motion, *w);
            format!("{} proposes{how} to {}: voted by {by}.", s.name(put.proposer), motion(s, &put.motion, put.target_rank))
        }
        Event::SessionOpens { sitting: x, seats } => format!("The {} opens with {seats} voting members.", sitting(s, *x)),
        Event::Lapsed { put, error } => {
            format!("The motion to {} lapses: {}.", motion(s, &put.motion, put.target_rank), super::refusal(s, error))
        }
        Event::CoReportAdopted { co_reporter, line } => format!(
            "The congress rejects the {}'s report and adopts {}'s: the line becomes \"{}\".",
            s.words().central_committee,
            s.name(*co_reporter),
            s.def.line.levels[*line]
        ),
        Event::CoReportCondemned { condemned } => {
            let names: Vec<_> = condemned.iter().map(|&m| s.short(m)).collect();
            format!("The congress condemns the co-report as factional: a charge of factionalism stands against {}.", names.join(", "))
        }
        Event::LineSet { level } => format!("The party line is now \"{}\"; its owners answer for its results.", s.def.line.levels[*level]),
        _ => return None,
    })
}

/// The body of its own that elects a post's holder, or that the scenario's
/// `bodies.commission` gives a motion (readmission), named: "Control Commission".
fn own_body_of(s: &Scenario, m: &crate::rules::command::Motion) -> Option<String> {
    use crate::scenario::RemovalBody as R;
    match *m {
        crate::rules::command::Motion::ReplaceInOffice { office, .. } => match s.def.offices[office].removal_body {
            R::ControlCommission => Some(body(s, Body::ControlCommission)),
            R::Organisation => crate::rules::votes::organisation(s, office).map(|r| body(s, Body::Organisation(r))),
            _ => None,
        },
        _ if crate::rules::votes::by_commission(s, m) => Some(body(s, Body::ControlCommission)),
        _ => None,
    }
}
