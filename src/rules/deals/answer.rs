//! Whether a deal may be offered, and the answer's rule: what the offer is worth to
//! the one it is put to, against what it costs him, with his regard for the one
//! who offers and that man's name for keeping his word.

use super::{Ask, DealStatus, Offer, Terms, pending};
use crate::rules::command::CommandError as E;
use crate::rules::state::GameState;
use crate::rules::votes::leader_inclination;
use crate::scenario::Rank;

fn need(ok: bool, e: E) -> Result<(), E> {
    if ok { Ok(()) } else { Err(e) }
}

/// Can `t.from` offer this deal now (action points aside)?
pub fn offer_ok(st: &GameState, t: &Terms) -> Result<(), E> {
    let (from, to) = (t.from, t.to);
    need(to.0 < st.n() && to != from && st.active(to), E::BadTarget("choose another living party member"))?;
    need(st.chars[from].rank >= Rank::CentralCommittee, E::RankTooLow("only Central Committee members make deals"))?;
    need(st.chars[to].rank >= Rank::CentralCommittee, E::BadTarget("he has no vote worth a deal"))?;
    let term = st.scn.def.balance.deals.term_turns;
    let recent = || crate::rules::promises::recent(st, term + 1).map(|i| &st.deals[i]);
    let open = recent().any(|d| {
        let (a, b) = (d.terms.from, d.terms.to);
        (a == from && b == to || a == to && b == from) && (d.status == DealStatus::Offered || d.binding(st.turn, term))
    });
    need(!open, E::AlreadyDone("a deal between you is already open"))?;
    need(!recent().any(|d| d.terms.from == from && d.made == st.turn), E::AlreadyDone("one deal offered a turn"))?;
    match t.give {
        // That he could propose it now is checked by `legality`, which knows motions.
        Offer::Post { office } => need(office.0 < st.offices.len(), E::NoSuchThing("no such office"))?,
        Offer::Line => need(st.chars[from].rank == Rank::Politburo, E::RankTooLow("only a full Politburo member votes on the line"))?,
        Offer::Protection => {}
    }
    match t.ask {
        Ask::Vote { motion, .. } => {
            need(pending(st, &motion), E::NoSuchThing("that motion is not on the agenda"))?;
            let politburo = st.politburo_agenda.iter().any(|p| p.motion == motion);
            let min = if politburo { Rank::Politburo } else { Rank::CentralCommittee };
            need(st.chars[to].rank >= min, E::BadTarget("he has no vote on that motion"))?;
        }
        Ask::JoinBloc => {
            let b = st.chars[from].bloc.ok_or(E::BadTarget("you are in no bloc"))?;
            need(st.chars[to].bloc != Some(b), E::AlreadyDone("he is already in your bloc"))?;
        }
    }
    Ok(())
}

/// Can `actor` answer deal `idx`: is it an offer put to him and still open?
pub fn answer_ok(st: &GameState, actor: crate::scenario::CharId, idx: usize) -> Result<(), E> {
    let d = st.deals.get(idx).ok_or(E::NoSuchThing("no such deal"))?;
    need(d.terms.to == actor && d.status == DealStatus::Offered, E::NotNow("no such offer waits for you"))
}

/// What the deal is worth to the one it is put to: above zero he accepts. A rules
/// function: the computer's answer comes from it, and the player sees it.
pub fn interest(st: &GameState, t: &Terms) -> i32 {
    let d = &st.scn.def.balance.deals;
    let to = &st.chars[t.to];
    let value = match t.give {
        Offer::Post { office } => st.scn.def.offices[office].weight * d.post_percent / 100,
        Offer::Line => d.line_value * (to.nep - st.scn.line_value(st.line)).abs() / 100,
        Offer::Protection => {
            let threats = st
                .politburo_agenda
                .iter()
                .chain(&st.plenum_agenda)
                .filter(|p| p.motion.target() == Some(t.to) && p.motion.against_target())
                .count() as i32;
            d.protection_value + d.protection_threat * (threats + to.charges)
        }
    };
    let cost = match t.ask {
        Ask::Vote { motion, yes } => {
            let proposer = st.politburo_agenda.iter().chain(&st.plenum_agenda).find(|p| p.motion == motion).copied();
            let lean = proposer.map_or(0, |p| leader_inclination(st, t.to, &p, &mut |_, _| {}));
            (if yes { -lean } else { lean }) * d.vote_cost_percent / 100
        }
        Ask::JoinBloc => d.join_cost + (to.nep - st.chars[t.from].nep).abs() / 4,
    };
    let faith = st.rel(t.to, t.from) * d.regard_percent / 100 + (st.chars[t.from].trust - 50) * d.trust_percent / 100;
    value - cost + faith
}
