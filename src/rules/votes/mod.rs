//! Votes: who sits in each body, how each voter leans (and why), the odds of a
//! motion computed in advance, and the tally drawn from the game's generator;
//! `explain` says where the odds come from.

use super::command::Motion;
use super::norms;
use super::state::{GameState, Proposal};
use crate::scenario::{CharId, OfficeId, Power, Rank, RegionId, RemovalBody, SessionKind};
use rand::RngExt;

mod agenda;
mod explain;
mod odds;
pub use agenda::{AgendaItem, agenda, voted_when};
pub mod lean;
pub mod tally;
pub use explain::expected_yes;
pub use lean::Lean;
pub use odds::{ahead, ahead_given, co_report_forecast, forecast, odds, surprise_forecast, voter_p_at};
mod poll;
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
        RemovalBody::Politburo => Body::Politburo,
        RemovalBody::Plenum => {
            // A motion put between sessions (or owed notice) is decided by a later
            // one, which may be a congress.
            let kind = |i: Option<usize>| i.map(|i| st.scn.def.sessions[i].kind);
            let later = if notice { kind(st.session_after_this_turn()) } else { kind(st.next_session_index()) };
            let congress = match st.session() {
                Some(s) if !notice => s.kind == SessionKind::Congress,
                _ => later == Some(SessionKind::Congress),
            };
            plenum_body(m, congress)
        }
    }
}

/// Which body decides a plenum motion this turn.
pub fn plenum_body(m: &Motion, congress: bool) -> Body {
    if congress {
        Body::Congress
    } else if matches!(m, Motion::ExpelFromCC { .. } | Motion::ExpelFromParty { .. }) {
        Body::JointPlenum
    } else {
        Body::Plenum
    }
}

pub fn voters(st: &GameState, body: Body) -> Vec<Voter> {
    let mut v = Vec::with_capacity(32);
    // A congress is its delegates alone: the leaders sit in their regions' delegations.
    let min = if body == Body::Politburo { Rank::Politburo } else { Rank::CentralCommittee };
    for c in st.ids() {
        if body != Body::Congress && st.chars[c].alive && st.chars[c].rank >= min {
            v.push(Voter::Leader(c));
        }
    }
    if body != Body::Politburo {
        for (r, reg) in st.regions.iter().enumerate() {
            let w = if body == Body::Congress { reg.delegates } else { reg.cc_seats };
            if w > 0 {
                v.push(Voter::Delegation(RegionId(r), w));
            }
        }
    }
    if body == Body::JointPlenum && st.scn.def.balance.control_commission_seats > 0 {
        v.push(Voter::Control(st.scn.def.balance.control_commission_seats));
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
    let vs = voters(st, body);
    let seats = seats(&vs);
    let needed = needed_percent(st, body, &prop.motion);
    let noise = st.scn.def.balance.vote.delegation_noise as f64 / 100.0;
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
    let ps: Vec<f64> = {
        let poll = Poll::new(st, prop);
        vs.iter().map(|&v| poll.voter(v)).collect()
    };
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
    if body == Body::Politburo && yes == no && chair_yes {
        passed = true;
    }
    Tally { body, yes, no, abstain, needed_percent: needed, passed, seats, yes_leaders, casts }
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
