//! How each voter leans on one motion. Most of an inclination is the same for
//! every voter (the norm, the apparatus, the man concerned, the Testament, the
//! oratory): a `Poll` works it out once per motion, and each voter adds only what
//! is his own (his regard, his bloc, his stance, his promises). A forecast asks
//! every member of the Central Committee, and the computer forecasts many motions
//! a turn: with a large cast this is where a game's time goes.
//!
//! The numbers are the ones the rules always used, added up as integers, so the
//! odds come out to the last bit what they were when every voter worked them out
//! alone; each reason is still handed to `add` in the same order for the breakdown.

use super::lean::Lean;
use super::{Body, Voter, motion_body};
use crate::rules::command::Motion;
use crate::rules::promises::{PromiseParts, binding, call_in_boost, promise_parts};
use crate::rules::state::{GameState, Proposal};
use crate::rules::{levers, norms, testament};
use crate::scenario::{CharId, Rank};
use std::cell::RefCell;

/// The reasons every voter shares, at most this many.
const SHARED: usize = 6;

/// A motion's poll: what its voters' inclinations share, worked out once.
pub struct Poll<'a> {
    st: &'a GameState,
    prop: Proposal,
    /// The norm the motion offends (`norms::against`).
    norm: i32,
    /// What the mover's fear adds against it where the norm is offended.
    fear: i32,
    /// The General Secretary proposes it.
    apparatus: bool,
    /// The Bonaparte and the lean of every other leader (`levers::bonapartism`).
    bonaparte: Option<(CharId, i32)>,
    /// The world-revolution stances weighed: (the far side, the near side).
    stances: Option<(CharId, CharId)>,
    /// The substance every voter weighs alike, in the order the reasons are given.
    shared: [(Lean, i32); SHARED],
    shared_len: usize,
    /// The substance a voter weighs by his own stance on the line: (current, proposed).
    line: Option<(Lean, i32, i32)>,
    /// The deals in force that bind some vote on this motion, newest first.
    promises: Vec<PromiseParts>,
    /// Secret understandings in force, as pairs.
    meetings: Vec<(CharId, CharId)>,
    /// What the oratory adds for the unbound delegates.
    oratory: i32,
    /// The loyalty the norm takes from every delegation.
    loosening: i32,
    /// The holder of the post Lenin's letter advises taking, and how much it loosens his delegations.
    doubt: Option<(CharId, i32)>,
    /// The chances already worked out: a patron's yes, by patron, and the unbound's, by
    /// mood. Many delegations share a patron or a mood, and each is the same every time.
    known: RefCell<Known>,
}

#[derive(Default)]
struct Known {
    patrons: Vec<(CharId, f64)>,
    moods: Vec<(i32, f64)>,
}

impl<'a> Poll<'a> {
    pub fn new(st: &'a GameState, prop: &Proposal) -> Poll<'a> {
        let (p, m) = (prop.proposer, prop.motion);
        let b = &st.scn.def.balance;
        let w = &b.vote;
        let norm = norms::against(st, p, &m);
        let bonaparte = levers::bonaparte(st).filter(|_| b.levers.bonapartism != 0).map(|x| (x, levers::bonapartism_of(st, x, &m, p)));
        let stances = match m {
            Motion::ReplaceInOffice { office, with } => st.offices[office].map(|h| (h, with)),
            _ => m.target().filter(|_| m.against_target()).map(|t| (t, p)),
        };
        let mut shared = [(Lean::NoGrounds, 0); SHARED];
        let mut shared_len = 0;
        let mut put = |l: Lean, x: i32| {
            shared[shared_len] = (l, x);
            shared_len += 1;
        };
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
                    put(Lean::DoubleDealer, b.norms.double_dealer);
                } else if st.chars[t].recanted {
                    put(Lean::Recanted, w.recanted);
                }
            }
            Some(t) => put(Lean::PrestigeOfManConcerned, (st.chars[t].prestige - 50) * w.prestige_percent / 100),
            None => put(Lean::PrestigeOfProposer, (st.chars[p].prestige - 50) * w.prestige_percent / 100),
        }
        put(Lean::NoGrounds, -norm);
        let cur = st.scn.line_value(st.line);
        // The line is weighed after the rest of the substance: it is the voter's own.
        let line = match m {
            Motion::SetLine { level } => Some((Lean::LineAgainstStance, cur, st.scn.line_value(level))),
            Motion::CongressReport { co_reporter: Some(c) } => Some((Lean::LineAgainstCoReport, st.chars[c].nep, cur)),
            _ => None,
        };
        match m {
            Motion::CongressReport { co_reporter: None } => put(Lean::NoAlternative, 60),
            Motion::ReplaceInOffice { office, .. } if st.offices[office].is_none() => put(Lean::PostVacant, 30),
            Motion::ReplaceInOffice { office, .. } => {
                put(Lean::StatusQuo, w.status_quo);
                put(Lean::TestamentAdvises, testament::advice(st, office));
            }
            _ => {}
        }
        let doubt = match m {
            Motion::ReplaceInOffice { office, .. } => st.offices[office].map(|h| (h, testament::doubt(st, h, prop))),
            _ => None,
        };
        Poll {
            st,
            prop: *prop,
            norm,
            fear: -st.chars[p].fear * b.norms.fear_percent / 100,
            apparatus: st.gensec_holder() == Some(p),
            bonaparte,
            stances,
            shared,
            shared_len,
            line,
            promises: binding(st).map(|i| promise_parts(st, i, &m)).filter(|x| x.binds()).collect(),
            meetings: st.meetings.iter().filter(|x| st.turn <= x.until).map(|x| (x.a, x.b)).collect(),
            oratory: oratory(st, prop),
            loosening: norms::loosening_at(st, norm),
            doubt,
            known: RefCell::default(),
        }
    }

    pub fn proposal(&self) -> &Proposal {
        &self.prop
    }

    /// The substance of the motion as a voter of stance `nep` weighs it: prestige,
    /// charges, the line (leader or delegate alike).
    fn substance(&self, nep: i32, put: &mut impl FnMut(Lean, i32)) {
        for &(l, x) in &self.shared[..self.shared_len] {
            put(l, x);
        }
        if let Some((l, from, to)) = self.line {
            // For the line: how much nearer his stance the new line is than the current one;
            // for a co-report: how much nearer the current line is than the co-reporter's.
            put(l, ((nep - from).abs() - (nep - to).abs()) * self.st.scn.def.balance.vote.line_distance_percent / 100);
        }
    }

    /// Leader `v`'s inclination toward the motion; `add` receives each reason and its weight.
    pub fn leader(&self, v: CharId, add: &mut impl FnMut(Lean, i32)) -> i32 {
        let st = self.st;
        let b = &st.scn.def.balance;
        let w = &b.vote;
        let (p, m) = (self.prop.proposer, self.prop.motion);
        let mut total = 0;
        let mut put = |label: Lean, x: i32| {
            if x != 0 {
                add(label, x);
            }
            total += x;
        };
        // His row of regard and his bloc, read once: `st.rel(v, x)` and `st.same_bloc(v, x)`.
        let n = st.n();
        let row = &st.relations[v.0 * n..(v.0 + 1) * n];
        let rel = |x: CharId| row[x.0] as i32;
        let bloc = st.chars[v].bloc;
        let same_bloc = |x: CharId| bloc.is_some() && bloc == st.chars[x].bloc;
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
        let cohesion = match bloc {
            Some(bl) if st.blocs[bl].organised => b.organised_cohesion,
            Some(_) => b.bloc_cohesion,
            None => 0,
        };
        put(Lean::RegardForProposer, rel(p) * w.relation_percent / 100);
        let with_proposer = same_bloc(p);
        if self.norm > 0 && !with_proposer {
            put(Lean::FearOfProposer, self.fear);
        }
        if with_proposer {
            put(Lean::ProposersBloc, cohesion);
        }
        if self.apparatus {
            put(Lean::ApparatusBacksIt, w.apparatus);
        }
        put(Lean::Bonapartism, self.bonaparte.filter(|&(x, _)| x != v).map_or(0, |(_, lean)| lean));
        put(
            Lean::Internationalism,
            self.stances.map_or(0, |(far, near)| levers::gap(st, v, far, near) * b.levers.internationalism_percent / 100),
        );
        if let Motion::SetDoctrine { one_country } = m {
            put(Lean::Doctrine, crate::rules::doctrine::lean(st, v, one_country));
        }
        self.substance(st.chars[v].nep, &mut put);
        // The schemes: a promised vote, and a secret understanding with the proposer
        // (or with the man a motion is aimed at).
        if let Some(yes) = self.promises.iter().find_map(|x| x.of(v)) {
            put(Lean::Promised, if yes { b.deals.promise_weight } else { -b.deals.promise_weight });
        }
        let met = |x: CharId| self.meetings.iter().any(|&(a, c)| a == v && c == x || c == v && a == x);
        if !self.meetings.is_empty() {
            if met(p) {
                put(Lean::SecretUnderstanding, b.deals.meet_cohesion);
            }
            if m.against_target() && target.is_some_and(met) {
                put(Lean::SecretUnderstanding, -b.deals.meet_cohesion);
            }
        }
        if let Some(t) = target {
            let sign = if m.against_target() { -1 } else { 1 };
            put(
                if m.against_target() { Lean::FeelingsAboutTarget } else { Lean::FeelingsAboutManConcerned },
                sign * rel(t) * w.relation_percent / 100,
            );
            if same_bloc(t) {
                put(Lean::TargetsBloc, sign * cohesion);
            }
        }
        if let Motion::ReplaceInOffice { office, with } = m {
            if let Some(h) = st.offices[office].filter(|&h| h != v) {
                put(Lean::FeelingsAboutHolder, -rel(h) * w.relation_percent / 100);
                if same_bloc(h) {
                    put(Lean::HoldersBloc, -cohesion);
                }
            }
            if with == v {
                put(Lean::PostWouldBeHis, 1000);
            } else {
                put(Lean::RegardForNominee, rel(with) * w.relation_percent / 200);
            }
        }
        total
    }

    /// The inclination of the share of a delegation of mood `mood` that follows no
    /// patron: the apparatus, the substance, and at a congress the speakers' oratory.
    pub fn unbound(&self, mood: i32, add: &mut impl FnMut(Lean, i32)) -> i32 {
        let mut own = 0;
        let mut put = |l: Lean, x: i32| {
            if x != 0 {
                add(l, x);
            }
            own += x;
        };
        if self.apparatus {
            put(Lean::ApparatusBacksIt, self.st.scn.def.balance.vote.apparatus);
        }
        self.substance(mood, &mut put);
        put(Lean::Oratory, self.oratory);
        own
    }

    /// The chance that a delegation votes yes: its patron's lean carries its loyal
    /// share, the rest lean on their own, and the majority carries the waverers.
    pub fn delegation(&self, patron: Option<CharId>, loyalty: i32, mood: i32) -> f64 {
        let known = self.known.borrow().moods.iter().find(|&&(m, _)| m == mood).map(|&(_, p)| p);
        let p_own = known.unwrap_or_else(|| {
            let p = p_yes(self.st, self.unbound(mood, &mut |_, _| {}));
            self.known.borrow_mut().moods.push((mood, p));
            p
        });
        self.delegation_with(patron, loyalty, p_own)
    }

    /// A patron's chance of yes (`leader`), worked out once a poll.
    fn patron_yes(&self, c: CharId) -> f64 {
        if let Some(&(_, p)) = self.known.borrow().patrons.iter().find(|&&(x, _)| x == c) {
            return p;
        }
        let p = p_yes(self.st, self.leader(c, &mut |_, _| {}));
        self.known.borrow_mut().patrons.push((c, p));
        p
    }

    /// `delegation`, the share that follows no patron voting yes with chance `p_own`.
    pub fn delegation_with(&self, patron: Option<CharId>, loyalty: i32, p_own: f64) -> f64 {
        let st = self.st;
        let p = match patron.filter(|&c| st.chars[c].alive && st.chars[c].rank >= Rank::Member) {
            Some(c) => {
                let p_pat = self.patron_yes(c);
                let called = call_in_boost(st, c, &self.prop.motion);
                let doubt = self.doubt.filter(|&(h, _)| h == c).map_or(0, |(_, d)| d);
                let l = ((loyalty + called).min(100) - doubt - self.loosening).max(0) as f64 / 100.0;
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

    /// The chance that a voter votes yes.
    pub fn voter(&self, voter: Voter) -> f64 {
        let st = self.st;
        match voter {
            Voter::Leader(c) => p_yes(st, self.leader(c, &mut |_, _| {})),
            Voter::Delegation(r, _) => {
                let reg = &st.regions[r];
                self.delegation(reg.patron, reg.loyalty, st.scn.def.regions[r].nep_mood)
            }
            Voter::Control(_) => self.delegation(super::control_chair(st), 80, 0),
        }
    }
}

/// Probability (0..1) that an inclination votes yes: a cheap sigmoid without
/// transcendental functions, so rolls are the same on every platform.
pub fn p_yes(st: &GameState, inclination: i32) -> f64 {
    let x = inclination as f64 / st.scn.def.balance.vote.scale.max(1) as f64;
    0.5 + 0.5 * x / (1.0 + x.abs())
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
