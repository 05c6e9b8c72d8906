//! What must hold in every game state, whatever the commands: checked after every
//! turn by the random-playout test, the `soak` command and the fuzzers, so a rule
//! that breaks the world is caught where it happens rather than turns later.

use crate::rules::command::Motion;
use crate::rules::state::{GameState, Proposal};
use crate::rules::votes::{self, Body, Voter};
use crate::scenario::BlocId;
use crate::scenario::Rank;

/// Every broken invariant, in words; empty when the state is sound.
pub fn violations(st: &GameState) -> Vec<String> {
    let mut out = vec![];
    let s = &st.scn;
    for (o, h) in st.offices.iter().enumerate() {
        if let Some(h) = *h {
            let ch = &st.chars[h];
            if !ch.alive || ch.rank <= Rank::Expelled {
                out.push(format!("{} holds {} while {:?} (alive: {})", s.name(h), s.def.offices[o].id, ch.rank, ch.alive));
            }
        }
    }
    for (b, bloc) in BlocId::all(st.blocs.len()).zip(&st.blocs) {
        for &m in &bloc.members {
            if st.chars[m].bloc != Some(b) {
                out.push(format!("{} is listed in bloc {} but belongs to {:?}", s.name(m), s.def.blocs[b].id, st.chars[m].bloc));
            }
        }
        if bloc.leader.is_some() == bloc.members.is_empty() {
            out.push(format!("bloc {} has leader {:?} and {} members", s.def.blocs[b].id, bloc.leader, bloc.members.len()));
        }
    }
    for (c, ch) in st.ids().zip(&st.chars) {
        if let Some(b) = ch.bloc
            && !st.blocs.get(b.0).is_some_and(|x| x.members.contains(&c))
        {
            out.push(format!("{} claims bloc {} but is not among its members", s.name(c), b.0));
        }
        if !(0..=100).contains(&ch.prestige) || !(0..=100).contains(&ch.health) {
            out.push(format!("{}: prestige {} or health {} outside 0-100", s.name(c), ch.prestige, ch.health));
        }
    }
    if st.count_rank(Rank::Politburo) > s.def.balance.politburo_seats {
        out.push(format!("{} full Politburo members for {} seats", st.count_rank(Rank::Politburo), s.def.balance.politburo_seats));
    }
    out.extend(deal_violations(st));
    out.extend(vote_violations(st));
    out
}

/// Deals name two different leaders of the game and no later turn than this one;
/// trust stays within 0..100; a call on loyalty names a motion still waiting.
fn deal_violations(st: &GameState) -> Vec<String> {
    let mut out = vec![];
    let n = st.n();
    for (i, d) in st.deals.iter().enumerate() {
        let t = d.terms;
        if t.from.0 >= n || t.to.0 >= n || t.from == t.to || d.made > st.turn {
            out.push(format!("deal no. {i} is unsound: {d:?}"));
        }
    }
    for (c, ch) in st.ids().zip(&st.chars) {
        if !(0..=100).contains(&ch.trust) {
            out.push(format!("{}: trust {} outside 0-100", st.scn.name(c), ch.trust));
        }
    }
    for (p, m) in &st.called_in {
        if !st.plenum_agenda.iter().any(|x| x.motion == *m) {
            out.push(format!("{} has called in his delegations on a motion no longer waiting: {m:?}", st.scn.name(*p)));
        }
    }
    out
}

/// A probe vote in every body, held on a copy: the counts add up to the voting
/// members, and no one dead or expelled sits in any body.
fn vote_violations(st: &GameState) -> Vec<String> {
    let mut out = vec![];
    let Some(proposer) = st.ids().find(|&c| st.active(c)) else {
        return out;
    };
    let prop = Proposal { motion: Motion::SetLine { level: 0 }, proposer };
    for body in [Body::Politburo, Body::Plenum, Body::JointPlenum, Body::Congress] {
        let min = if body == Body::Politburo { Rank::Politburo } else { Rank::CentralCommittee };
        let members =
            if body == Body::Congress { 0 } else { st.ids().filter(|&c| st.chars[c].alive && st.chars[c].rank >= min).count() as i32 };
        let seats: i32 = match body {
            Body::Politburo => 0,
            Body::Congress => votes::congress_delegates(st).iter().sum(),
            _ => st.regions.iter().map(|r| r.cc_seats).sum(),
        } + if body == Body::JointPlenum { votes::control_seats(st) } else { 0 };
        let mut probe = st.clone();
        probe.chronicle.quiet = true;
        let t = votes::hold(&mut probe, body, &prop);
        if t.total() != members + seats || t.seats != members + seats {
            out.push(format!("{body:?}: {} votes cast and {} seats for {} members", t.total(), t.seats, members + seats));
        }
        for v in votes::voters(st, body) {
            if let Voter::Leader(c) = v
                && !(st.chars[c].alive && st.chars[c].rank >= min)
            {
                out.push(format!("{body:?}: {} votes while {:?}", st.scn.name(c), st.chars[c].rank));
            }
        }
    }
    out
}
