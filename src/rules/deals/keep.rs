//! Keeping one's word: what each accepted deal binds its two sides to on a given
//! motion, the lean it gives their votes, and the rules' watch over the votes,
//! the proposals and the bloc that finds a promise kept or broken.

use super::{Ask, DealStatus, Offer, broken};
use crate::rules::chronicle::Event;
use crate::rules::command::Motion;
use crate::rules::promises::{binding, pending, promise_of};
use crate::rules::state::{GameState, Proposal};
use crate::rules::votes::tally::{Tally, Voter};
use crate::scenario::CharId;

/// After a vote: every leader bound by a deal on it kept his word or broke it.
/// The delegations called in on it are spent.
pub fn after_vote(st: &mut GameState, prop: &Proposal, tally: &Tally) {
    let votes: Vec<(CharId, bool)> = tally
        .casts
        .iter()
        .filter_map(|c| match c.voter {
            Voter::Leader(v) => Some((v, c.yes > 0)),
            _ => None,
        })
        .collect();
    let ids: Vec<usize> = binding(st).collect();
    for i in ids {
        for &(v, yes) in &votes {
            let Some(want) = promise_of(st, i, v, &prop.motion) else {
                continue;
            };
            if st.deals[i].status != DealStatus::Accepted {
                break;
            }
            if want != yes {
                broken(st, i, v);
            } else {
                kept(st, i, v);
            }
        }
    }
    super::schemes::spent(st, &prop.motion);
}

fn kept(st: &mut GameState, idx: usize, by: CharId) {
    let gain = st.scn.def.balance.deals.kept_trust;
    let t = &mut st.chars[by].trust;
    *t = (*t + gain).clamp(0, 100);
    let terms = st.deals[idx].terms;
    st.record(|_| Event::PromiseKept { deal: idx, terms, by });
}

/// A motion just put: it may deliver a promised post, or break a promise of protection.
pub fn proposed(st: &mut GameState, actor: CharId, m: &Motion) {
    let ids: Vec<usize> = binding(st).filter(|&i| st.deals[i].terms.from == actor).collect();
    for i in ids {
        let t = st.deals[i].terms;
        match (t.give, *m) {
            (Offer::Post { office }, Motion::ReplaceInOffice { office: o, with }) if o == office && with == t.to => {
                st.deals[i].post_proposed = true;
                kept(st, i, actor);
            }
            (Offer::Protection, _) if promise_of(st, i, actor, m) == Some(false) => broken(st, i, actor),
            _ => {}
        }
    }
}

/// A leader leaves his bloc: if he joined it by a deal still in force, he broke it.
pub fn left_bloc(st: &mut GameState, actor: CharId) {
    let ids: Vec<usize> = binding(st).filter(|&i| st.deals[i].terms.to == actor && st.deals[i].terms.ask == Ask::JoinBloc).collect();
    for i in ids {
        broken(st, i, actor);
    }
}

/// At the end of a turn: the turn's secret meetings may leak; offers the player left unanswered lapse after a turn (or
/// when the motion they name is gone), and deals whose term is over end, kept or
/// broken (a promised post never proposed is a broken promise).
pub fn expire(st: &mut GameState) {
    super::schemes::leaks(st);
    // Calls on motions that lapsed or were withdrawn go with them.
    let calls: Vec<_> = st.called_in.iter().copied().filter(|(_, m)| pending(st, m)).collect();
    st.called_in = calls;
    let d = st.scn.def.balance.deals.clone();
    for i in 0..st.deals.len() {
        let deal = st.deals[i];
        let t = deal.terms;
        match deal.status {
            DealStatus::Offered => {
                let gone = matches!(t.ask, Ask::Vote { motion, .. } if !pending(st, &motion));
                if gone || st.turn > deal.made {
                    st.deals[i].status = DealStatus::Refused;
                    st.record(|_| Event::DealLapsed { deal: i, terms: t });
                }
            }
            DealStatus::Accepted if st.turn >= deal.made + d.term_turns => {
                if let Offer::Post { office } = t.give
                    && !deal.post_proposed
                    && st.offices[office] != Some(t.to)
                {
                    broken(st, i, t.from);
                    continue;
                }
                st.deals[i].status = DealStatus::Kept;
                for c in [t.from, t.to] {
                    let tr = &mut st.chars[c].trust;
                    *tr = (*tr + d.kept_trust).clamp(0, 100);
                }
                st.record(|_| Event::DealKept { deal: i, terms: t });
            }
            _ => {}
        }
    }
}
