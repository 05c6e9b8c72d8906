//! Votes: who sits in each body, how each voter leans (and why), the odds of a
//! motion computed in advance, and the tally drawn from the game's generator;
//! `explain` says where the odds come from.

use super::command::Motion;
use super::norms;
use super::state::{GameState, Proposal};
use crate::scenario::{CharId, MotionKind, OfficeId, Power, Rank, RegionId, RemovalBody, SessionKind};
use rand::RngExt;

mod agenda;
pub mod caucus;
mod council;
mod explain;
pub mod foresight;
mod odds;
pub mod sketch;
pub use agenda::{AgendaItem, agenda, voted_when};
pub mod lean;
pub mod tally;
pub use explain::expected_yes;
pub use lean::Lean;
pub use odds::{ahead, ahead_given, co_report_forecast, forecast, odds, surprise_forecast, voter_p_at};
mod poll;
pub mod standing;
pub mod unity;
pub use poll::{Poll, oratory, p_yes};
pub use tally::{Body, Cast, Group, Tally, Voter};

/// Percent of the votes cast that a motion needs in this body (above 50 = qualified).
pub fn needed_percent(st: &GameState, body: Body, m: &Motion) -> i32 {
    match (body, m) {
        (Body::JointPlenum, Motion::ExpelFromCC { .. }) => st.scn.def.balance.qualified_majority_percent,
        _ => 50,
    }
}

/// The body that would decide a motion proposed now.
pub fn motion_body(st: &GameState, m: &Motion) -> Body {
    motion_body_given(st, m, norms::owed_notice(st, m))
}

/// The body that decides a motion, owed notice (it waits past this turn) or not.
pub fn motion_body_given(st: &GameState, m: &Motion, notice: bool) -> Body {
    match m.body(st) {
        RemovalBody::Politburo => politburo_body(st, m),
        RemovalBody::ControlCommission | RemovalBody::Organisation => own_body(st, m).unwrap_or(Body::Plenum),
        RemovalBody::Plenum => {
            // A motion put between sessions (or owed notice) is decided by a later
            // one, which may be a congress.
            let kind = |i: Option<usize>| i.map(|i| st.scn.def.sessions[i].kind);
            let later = if notice { kind(st.session_after_this_turn()) } else { kind(st.next_session_index()) };
            let congress = match st.session() {
                Some(s) if !notice => s.kind == SessionKind::Congress,
                _ => later == Some(SessionKind::Congress),
            };
            plenum_body(st, m, congress)
        }
    }
}

/// Which body decides a motion the Politburo would: its standing committee where
/// the scenario gives it that kind of motion.
pub fn politburo_body(st: &GameState, m: &Motion) -> Body {
    if standing::decides(st, m) { Body::StandingCommittee } else { Body::Politburo }
}

/// Which body decides a plenum motion this turn: the scenario's `bodies` say what
/// a congress votes itself (the rest go to the plenum it elects) and what needs the
/// Control Commission in joint session.
pub fn plenum_body(st: &GameState, m: &Motion, congress: bool) -> Body {
    if let Some(own) = own_body(st, m) {
        return own;
    }
    let (by_congress, joint) = deciders(&st.scn, m);
    if congress && by_congress {
        Body::Congress
    } else if by_commission(&st.scn, m) {
        Body::ControlCommission
    } else if joint {
        Body::JointPlenum
    } else {
        Body::Plenum
    }
}

/// The body of its own that elects an office's holder, by the office's `removal_body`:
/// the Control Commission, or the organisation (region) the office leads.
pub fn own_body(st: &GameState, m: &Motion) -> Option<Body> {
    match m.body(st) {
        RemovalBody::ControlCommission => Some(Body::ControlCommission),
        RemovalBody::Organisation => match *m {
            Motion::ReplaceInOffice { office, .. } => organisation(&st.scn, office).map(Body::Organisation),
            _ => None,
        },
        _ => None,
    }
}

/// The region an office leads: the one whose `patron_office` it is (the trade unions).
pub fn organisation(scn: &crate::scenario::Scenario, office: OfficeId) -> Option<RegionId> {
    let id = scn.def.offices[office].id.as_str();
    scn.def.regions.iter().position(|r| r.patron_office.as_deref() == Some(id)).map(RegionId)
}

/// Whether a congress votes `m` itself, and whether a plenum needs the Control
/// Commission for it, by the scenario's `bodies`.
pub fn deciders(scn: &crate::scenario::Scenario, m: &Motion) -> (bool, bool) {
    match (&scn.def.bodies, motion_kind(m)) {
        (_, None) => (true, false),
        (Some(b), Some(k)) => (b.congress.contains(&k), b.joint.contains(&k)),
        (None, Some(k)) => (true, matches!(k, MotionKind::ExpelFromCC | MotionKind::ExpelFromParty)),
    }
}

/// The Central Committee's odds of a motion, voted now: what an organisation's
/// communists carry out in its own council (`council`).
pub fn party_odds(st: &GameState, prop: &Proposal) -> f64 {
    odds::odds(st, Body::Plenum, prop)
}

/// Whether the Control Commission decides `m` alone, by the scenario's `bodies.commission`.
pub fn by_commission(scn: &crate::scenario::Scenario, m: &Motion) -> bool {
    matches!((&scn.def.bodies, motion_kind(m)), (Some(b), Some(k)) if b.commission.contains(&k))
}

/// A motion's kind as the scenario's `bodies` name it (the congress's report has none: the congress raises it).
pub fn motion_kind(m: &Motion) -> Option<MotionKind> {
    Some(match *m {
        Motion::SetLine { .. } => MotionKind::SetLine,
        Motion::SetDoctrine { .. } => MotionKind::SetDoctrine,
        Motion::ReplaceInOffice { .. } => MotionKind::ReplaceInOffice,
        Motion::RemoveFromPolitburo { .. } => MotionKind::RemoveFromPolitburo,
        Motion::DemoteToCandidate { .. } => MotionKind::DemoteToCandidate,
        Motion::Promote { .. } => MotionKind::Promote,
        Motion::Elect { to: Rank::CentralCommittee, .. } => MotionKind::ElectToCC,
        Motion::Elect { .. } => MotionKind::ElectToPolitburo,
        Motion::ExpelFromCC { .. } => MotionKind::ExpelFromCC,
        Motion::ExpelFromParty { .. } => MotionKind::ExpelFromParty,
        Motion::Exile { .. } => MotionKind::Exile,
        Motion::Deport { .. } => MotionKind::Deport,
        Motion::Readmit { .. } => MotionKind::Readmit,
        Motion::CongressReport { .. } => return None,
    })
}

/// The session sitting now, as the scenario defines it (a called plenum has none).
fn sitting_def(st: &GameState) -> Option<&crate::scenario::SessionDef> {
    st.session().and_then(|s| s.scheduled).map(|i| &st.scn.def.sessions[i])
}

/// Each region's delegates at a congress: scaled to the sitting congress's recorded
/// total when the scenario gives one (largest remainders, ties to the first region),
/// else the regions' own.
pub fn congress_delegates(st: &GameState) -> Vec<i32> {
    let own: Vec<i32> = st.regions.iter().map(|r| r.delegates).collect();
    let total: i64 = own.iter().map(|&d| i64::from(d)).sum();
    let Some(n) = sitting_def(st).and_then(|d| d.delegates).filter(|_| total > 0) else {
        return own;
    };
    let n = i64::from(n);
    let mut out: Vec<i32> = own.iter().map(|&d| (i64::from(d) * n / total) as i32).collect();
    let mut rest: Vec<(i64, usize)> = own.iter().enumerate().map(|(i, &d)| (-(i64::from(d) * n % total), i)).collect();
    rest.sort_unstable();
    let short = n - out.iter().map(|&d| i64::from(d)).sum::<i64>();
    for &(_, i) in rest.iter().take(short.max(0) as usize) {
        out[i] += 1;
    }
    out
}

/// The Control Commission's members in a joint vote: the sitting session's, else the balance's.
pub fn control_seats(st: &GameState) -> i32 {
    sitting_def(st).and_then(|d| d.control_commission).unwrap_or(st.scn.def.balance.control_commission_seats)
}

pub fn voters(st: &GameState, body: Body) -> Vec<Voter> {
    match body {
        Body::ControlCommission => return vec![Voter::Control(control_seats(st))],
        Body::Organisation(r) => return vec![Voter::Delegation(r, st.regions[r].delegates)],
        Body::StandingCommittee => return standing::members(st).into_iter().map(Voter::Leader).collect(),
        _ => {}
    }
    let mut v = Vec::with_capacity(32);
    // A congress is its delegates alone: the leaders sit in their regions' delegations.
    let min = if body == Body::Politburo { Rank::Politburo } else { Rank::CentralCommittee };
    for c in st.ids() {
        if body != Body::Congress && st.chars[c].alive && st.chars[c].rank >= min {
            v.push(Voter::Leader(c));
        }
    }
    if body != Body::Politburo {
        let delegates = if body == Body::Congress { congress_delegates(st) } else { vec![] };
        for (r, reg) in st.regions.iter().enumerate() {
            let w = if body == Body::Congress { delegates[r] } else { reg.cc_seats };
            if w > 0 {
                v.push(Voter::Delegation(RegionId(r), w));
            }
        }
    }
    let control = control_seats(st);
    if body == Body::JointPlenum && control > 0 {
        v.push(Voter::Control(control));
    }
    v
}

/// A leader's inclination toward a motion; `add` receives each reason and its weight.
pub fn leader_inclination(st: &GameState, v: CharId, prop: &Proposal, add: &mut dyn FnMut(Lean, i32)) -> i32 {
    Poll::new(st, prop).leader(v, &mut |l, x| add(l, x))
}

/// Probability that a voter votes yes.
pub fn voter_p(st: &GameState, voter: Voter, prop: &Proposal) -> f64 {
    Poll::new(st, prop).voter(voter)
}

/// The inclination of the share of a delegation that follows no patron: the
/// apparatus, the substance, and at a congress the speakers' oratory.
pub fn delegation_own(st: &GameState, mood: i32, prop: &Proposal, add: &mut dyn FnMut(Lean, i32)) -> i32 {
    Poll::new(st, prop).unbound(mood, &mut |l, x| add(l, x))
}

pub(crate) fn passes(yes: i32, no: i32, needed: i32) -> bool {
    if needed > 50 { yes * 100 >= needed * (yes + no) && yes > 0 } else { yes > no }
}

/// Of a block of `seats`, those that vote: the scenario's share abstains, rounded.
/// The tally, the odds and the breakdown all count by it.
pub fn voting_seats(st: &GameState, seats: i32) -> i32 {
    seats - (seats * st.scn.def.balance.vote.abstain_percent + 50) / 100
}

/// Holds the vote, drawing from the game's generator.
pub fn hold(st: &mut GameState, body: Body, prop: &Proposal) -> Tally {
    let (vs, ps, pulled) = unity::chances(st, body, prop);
    let caucus = caucus::settle(st, body, &Poll::new(st, prop));
    let seats = seats(&vs);
    let needed = needed_percent(st, body, &prop.motion);
    let noise = unity::noise(st, body, pulled);
    let (mut yes, mut no, mut abstain) = (0, 0, 0);
    let mut yes_leaders = vec![];
    let mut casts = Vec::with_capacity(vs.len());
    let mut chair_yes = false;
    // The mood of the hall, one roll for every delegation at this vote.
    let hall_mood = st.scn.def.balance.vote.hall_mood as f64 / 100.0;
    let mood = if hall_mood > 0.0 && vs.iter().any(|v| !matches!(v, Voter::Leader(_))) {
        st.rng.random_range(-1.0..=1.0) * hall_mood
    } else {
        0.0
    };
    // The chances first (they draw nothing), then the rolls in the voters' order.
    for (v, p) in vs.into_iter().zip(ps) {
        match v {
            Voter::Leader(c) => {
                let y = st.rng.random::<f64>() < p;
                if y {
                    yes += 1;
                    yes_leaders.push(c);
                    chair_yes |= st.has_power(c, Power::ChairPolitburo);
                } else {
                    no += 1;
                }
                let (y1, n1) = (i32::from(y), i32::from(!y));
                casts.push(Cast { voter: v, bloc: st.chars[c].bloc, patron: None, yes: y1, no: n1, abstain: 0 });
            }
            Voter::Delegation(_, w) | Voter::Control(w) => {
                let voting = voting_seats(st, w);
                let a = w - voting;
                let share = (hall(p, mood) + st.rng.random_range(-1.0..=1.0) * noise).clamp(0.0, 1.0);
                let y = (voting as f64 * share).round() as i32;
                yes += y;
                no += voting - y;
                abstain += a;
                casts.push(Cast { voter: v, bloc: None, patron: patron_of(st, v), yes: y, no: voting - y, abstain: a });
            }
        }
    }
    let mut passed = passes(yes, no, needed);
    if body.of_politburo() && yes == no && chair_yes {
        passed = true;
    }
    Tally { body, yes, no, abstain, needed_percent: needed, passed, seats, yes_leaders, casts, caucus }
}

/// A delegation's chance of yes when the hall's mood is `mood` (-0.45..0.45): its
/// odds are multiplied by (1 + 2 mood) / (1 - 2 mood), so a delegation split down
/// the middle moves by `mood` and a decided one hardly at all. Plain arithmetic,
/// the same on every platform.
pub fn hall(p: f64, mood: f64) -> f64 {
    let (up, down) = (p * (1.0 + 2.0 * mood), (1.0 - p) * (1.0 - 2.0 * mood));
    if up + down > 0.0 { up / (up + down) } else { p }
}

/// The patron a delegation follows at the vote (the Control Commission follows its chair).
pub(crate) fn patron_of(st: &GameState, v: Voter) -> Option<CharId> {
    match v {
        Voter::Delegation(r, _) => st.regions[r].patron,
        Voter::Control(_) => control_chair(st),
        Voter::Leader(_) => None,
    }
}

pub(crate) fn control_chair(st: &GameState) -> Option<CharId> {
    OfficeId::all(st.offices.len()).find(|&o| st.scn.office_has(o, Power::Control)).and_then(|o| st.offices[o])
}

/// Seats among these voters: one per leader, a delegation's weight.
pub fn seats(vs: &[Voter]) -> i32 {
    vs.iter()
        .map(|v| match v {
            Voter::Leader(_) => 1,
            Voter::Delegation(_, w) | Voter::Control(w) => *w,
        })
        .sum()
}
