//! An organisation electing its own chairman (the unions' council, by the office's
//! `removal_body: Organisation`). The share of its council loyal to its patron, the
//! sitting chairman, follows him; the rest are communists under the party's
//! discipline, who carry out what the Central Committee would decide. So a council
//! loyal to its chairman keeps him, and once his hold is broken (the Eighth Congress
//! of Trade Unions, December 1928) it removes him as the party wants (June 1929).

use super::{Body, Poll, Voter};
use crate::rules::state::GameState;

/// Puts the council's chance of yes in `ps` when `body` is an organisation's own:
/// its loyal share as its patron leans, the rest as the Central Committee's odds.
pub fn apply(st: &GameState, body: Body, poll: &Poll, vs: &[Voter], ps: &mut [f64]) {
    let Body::Organisation(r) = body else {
        return;
    };
    let party = super::party_odds(st, poll.proposal());
    let reg = &st.regions[r];
    for (v, p) in vs.iter().zip(ps.iter_mut()) {
        if matches!(*v, Voter::Delegation(x, _) if x == r) {
            *p = poll.delegation_with(reg.patron, reg.loyalty, party);
        }
    }
}
