//! Votes: who sits in each body, how each voter leans (and why), the odds of a
//! motion computed in advance, and the tally drawn from the game's generator;
//! `explain` says where the odds come from.

use super::command::Motion;
use super::norms;
use super::state::{GameState, Proposal};
use super::testament;
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
    let b = &st.scn.def.balance;
    let w = &b.vote;
    let p = prop.proposer;
    let m = prop.motion;
    let mut total = 0;
    let mut put = |label: Lean, x: i32| {
        if x != 0 {
            add(label, x);
        }
        total += x;
    };
    if v == p {
        put(Lean::ProposedIt, 1000);
        return total;
    }
    // A motion to hand a post to another man takes it from its holder, whoever proposes it.
    if let Motion::ReplaceInOffice { office, with } = m
        && st.offices[office] == Some(v)
        && with != v
    {
        put(Lean::TakesHisPost, -1000);
        return total;
    }
    let target = m.target();
    if target == Some(v) {
        put(if m.against_target() { Lean::AimedAtHim } else { Lean::FavoursHim }, if m.against_target() { -1000 } else { 1000 });
        return total;
    }
    let cohesion = |c: CharId| match st.chars[c].bloc {
        Some(bl) if st.blocs[bl].organised => b.organised_cohesion,
        Some(_) => b.bloc_cohesion,
        None => 0,
    };
    put(Lean::RegardForProposer, st.rel(v, p) * w.relation_percent / 100);
    if norms::against(st, p, &m) > 0 && !st.same_bloc(v, p) {
        put(Lean::FearOfProposer, -st.chars[p].fear * b.norms.fear_percent / 100);
    }
    if st.same_bloc(v, p) {
        put(Lean::ProposersBloc, cohesion(v));
    }
    if st.gensec_holder() == Some(p) {
        put(Lean::ApparatusBacksIt, w.apparatus);
    }
    put(Lean::Bonapartism, crate::rules::levers::bonapartism(st, v, &m, p));
    put(Lean::Internationalism, crate::rules::levers::internationalism(st, v, &m, p));
    inclination_on_substance(st, Some(v), st.chars[v].nep, prop, &mut put);
    super::promises::leans(st, v, prop, &mut put);
    if let Some(t) = target {
        let sign = if m.against_target() { -1 } else { 1 };
        put(
            if m.against_target() { Lean::FeelingsAboutTarget } else { Lean::FeelingsAboutManConcerned },
            sign * st.rel(v, t) * w.relation_percent / 100,
        );
        if st.same_bloc(v, t) {
            put(Lean::TargetsBloc, sign * cohesion(v));
        }
    }
    if let Motion::ReplaceInOffice { office, with } = m {
        if let Some(h) = st.offices[office].filter(|&h| h != v) {
            put(Lean::FeelingsAboutHolder, -st.rel(v, h) * w.relation_percent / 100);
            if st.same_bloc(v, h) {
                put(Lean::HoldersBloc, -cohesion(v));
            }
        }
        if with == v {
            put(Lean::PostWouldBeHis, 1000);
        } else {
            put(Lean::RegardForNominee, st.rel(v, with) * w.relation_percent / 200);
        }
    }
    total
}

/// The part of an inclination every voter shares, leader or delegate: prestige,
/// charges, the line.
fn inclination_on_substance(st: &GameState, v: Option<CharId>, nep: i32, prop: &Proposal, put: &mut dyn FnMut(Lean, i32)) {
    let w = &st.scn.def.balance.vote;
    let p = prop.proposer;
    let m = prop.motion;
    match m.target() {
        Some(t) if m.against_target() => {
            put(Lean::PrestigeAgainstTarget, (st.chars[p].prestige - st.chars[t].prestige) * w.prestige_percent / 100);
            put(Lean::Charges, st.chars[t].charges.min(w.max_charges_counted) * w.per_charge);
            if matches!(m, Motion::CongressReport { .. }) {
                put(Lean::CentralCommitteeAuthority, -w.status_quo);
            } else {
                put(Lean::StatusQuo, w.status_quo);
            }
            if st.chars[t].double_dealer {
                put(Lean::DoubleDealer, st.scn.def.balance.norms.double_dealer);
            } else if st.chars[t].recanted {
                put(Lean::Recanted, w.recanted);
            }
        }
        Some(t) => put(Lean::PrestigeOfManConcerned, (st.chars[t].prestige - 50) * w.prestige_percent / 100),
        None => put(Lean::PrestigeOfProposer, (st.chars[p].prestige - 50) * w.prestige_percent / 100),
    }
    put(Lean::NoGrounds, -norms::against(st, p, &m));
    match m {
        Motion::SetLine { level } => {
            let cur = st.scn.line_value(st.line);
            let new = st.scn.line_value(level);
            put(Lean::LineAgainstStance, ((nep - cur).abs() - (nep - new).abs()) * w.line_distance_percent / 100);
        }
        Motion::CongressReport { co_reporter: Some(c) } => {
            let cur = st.scn.line_value(st.line);
            let theirs = st.chars[c].nep;
            put(Lean::LineAgainstCoReport, ((nep - theirs).abs() - (nep - cur).abs()) * w.line_distance_percent / 100);
            let _ = v;
        }
        Motion::CongressReport { co_reporter: None } => put(Lean::NoAlternative, 60),
        Motion::ReplaceInOffice { office, .. } if st.offices[office].is_none() => put(Lean::PostVacant, 30),
        Motion::ReplaceInOffice { office, .. } => {
            put(Lean::StatusQuo, w.status_quo);
            put(Lean::TestamentAdvises, testament::advice(st, office));
        }
        _ => {}
    }
}

/// Probability (0..1) that an inclination votes yes: a cheap sigmoid without
/// transcendental functions, so rolls are the same on every platform.
pub fn p_yes(st: &GameState, inclination: i32) -> f64 {
    let x = inclination as f64 / st.scn.def.balance.vote.scale.max(1) as f64;
    0.5 + 0.5 * x / (1.0 + x.abs())
}

/// Probability that a voter votes yes.
pub fn voter_p(st: &GameState, voter: Voter, prop: &Proposal) -> f64 {
    match voter {
        Voter::Leader(c) => p_yes(st, leader_inclination(st, c, prop, &mut |_, _| {})),
        Voter::Delegation(r, _) => {
            let reg = &st.regions[r];
            delegation_p(st, reg.patron, reg.loyalty, st.scn.def.regions[r].nep_mood, prop)
        }
        Voter::Control(_) => delegation_p(st, control_chair(st), 80, 0, prop),
    }
}

/// The inclination of the share of a delegation that follows no patron: the
/// apparatus, the substance, and at a congress the speakers' oratory.
pub fn delegation_own(st: &GameState, mood: i32, prop: &Proposal, add: &mut dyn FnMut(Lean, i32)) -> i32 {
    let mut own = 0;
    let mut put = |l: Lean, x: i32| {
        if x != 0 {
            add(l, x);
        }
        own += x;
    };
    if st.gensec_holder() == Some(prop.proposer) {
        put(Lean::ApparatusBacksIt, st.scn.def.balance.vote.apparatus);
    }
    inclination_on_substance(st, None, mood, prop, &mut put);
    put(Lean::Oratory, oratory(st, prop));
    own
}

/// At a congress, how far the speakers' oratory sways the unbound: the proposer's
/// (the reporter's) against the man he attacks (the co-reporter), or against an
/// ordinary speaker's 5.
pub fn oratory(st: &GameState, prop: &Proposal) -> i32 {
    let w = st.scn.def.balance.levers.oratory_tenths;
    let m = &prop.motion;
    let congress = matches!(m, Motion::CongressReport { .. }) || motion_body(st, m) == Body::Congress;
    if w == 0 || !congress {
        return 0;
    }
    let or = |c: CharId| st.scn.def.characters[c].traits.oratory;
    let against = m.target().filter(|_| m.against_target()).map_or(5, or);
    (or(prop.proposer) - against) * w / 10
}

fn delegation_p(st: &GameState, patron: Option<CharId>, loyalty: i32, mood: i32, prop: &Proposal) -> f64 {
    let own = delegation_own(st, mood, prop, &mut |_, _| {});
    let p_own = p_yes(st, own);
    let p = match patron.filter(|&c| st.chars[c].alive && st.chars[c].rank >= Rank::Member) {
        Some(c) => {
            let p_pat = p_yes(st, leader_inclination(st, c, prop, &mut |_, _| {}));
            let called = super::promises::call_in_boost(st, c, &prop.motion);
            let l = ((loyalty + called).min(100) - testament::doubt(st, c, prop) - norms::loosening(st, prop)).max(0) as f64 / 100.0;
            l * p_pat + (1.0 - l) * p_own
        }
        None => p_own,
    };
    // Delegations vote as blocks: the majority of a delegation carries its waverers
    // with it, so a leaning becomes a near-unanimous vote.
    let k = st.scn.def.balance.vote.delegation_discipline.max(1);
    let (a, b) = (p.powi(k), (1.0 - p).powi(k));
    if a + b > 0.0 { a / (a + b) } else { p }
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
    for v in vs {
        let p = voter_p(st, v, prop);
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
                let share = (p + st.rng.random_range(-1.0..=1.0) * noise).clamp(0.0, 1.0);
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

/// The patron a delegation follows at the vote (the Control Commission follows its chair).
pub(crate) fn patron_of(st: &GameState, v: Voter) -> Option<CharId> {
    match v {
        Voter::Delegation(r, _) => st.regions[r].patron,
        Voter::Control(_) => control_chair(st),
        Voter::Leader(_) => None,
    }
}

fn control_chair(st: &GameState) -> Option<CharId> {
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
