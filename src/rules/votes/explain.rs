//! The votes a motion can expect, the summary above a vote's breakdown (its
//! words are `narrate::breakdown`'s).

use super::{Body, Voter, voting_seats};
use crate::rules::state::{GameState, Proposal};

/// The votes a motion can expect: (leaders' yes, leaders, delegates' yes, delegates
/// voting), the summary above a breakdown too long to read at a glance.
pub fn expected_yes(st: &GameState, body: Body, prop: &Proposal) -> (f64, i32, f64, i32) {
    let mut e = (0.0, 0, 0.0, 0);
    let (vs, ps, _) = super::unity::chances(st, body, prop);
    for (v, p) in vs.into_iter().zip(ps) {
        match v {
            Voter::Leader(_) => {
                e.0 += p;
                e.1 += 1;
            }
            Voter::Delegation(_, w) | Voter::Control(w) => {
                let voting = voting_seats(st, w);
                e.2 += p * voting as f64;
                e.3 += voting;
            }
        }
    }
    e
}
