//! Seats and elections: a plenum fills the seat a removal empties at the same
//! sitting, and an election skips the candidate's step (or, at a congress, raises
//! a member of the ranks to the Central Committee).

use super::{E, need};
use crate::rules::command::{CommandError, Motion};
use crate::rules::state::GameState;
use crate::scenario::{CharId, Rank, SessionKind};

/// Seats held at a rank, less those a motion already on the agenda would empty at
/// the same sitting (one not owed notice): a plenum removes one man and elects his
/// successor, in that order. At the vote the motions being decided are off the
/// agenda, so the count is exact there.
pub(super) fn seats_taken(st: &GameState, r: Rank) -> i32 {
    let leaving = st
        .plenum_agenda
        .iter()
        .filter(|p| !crate::rules::norms::waits(st, &p.motion))
        .filter_map(|p| match p.motion {
            Motion::RemoveFromPolitburo { target } | Motion::DemoteToCandidate { target } => Some(target),
            _ => None,
        })
        .filter(|&t| st.chars[t].alive && st.chars[t].rank == r)
        .count() as i32;
    st.count_rank(r) - leaving
}

/// An election straight to a rank: the Central Committee only by a congress sitting
/// this turn and only from the ranks; the Politburo's ranks with a free seat.
pub(super) fn check_elect(st: &GameState, target: CharId, to: Rank) -> Result<(), CommandError> {
    let b = &st.scn.def.balance;
    let rank = st.chars[target].rank;
    match to {
        Rank::CentralCommittee => {
            need(rank == Rank::Member, E::BadTarget("only a party member in the ranks is elected to the Central Committee"))?;
            let congress = st.sessions_this_turn().iter().any(|(s, _)| s.kind == SessionKind::Congress);
            need(congress, E::NotNow("only a congress elects the Central Committee"))
        }
        Rank::Candidate | Rank::Politburo => {
            need(rank >= Rank::CentralCommittee && rank < to, E::BadTarget("only a Central Committee member below that rank"))?;
            let seats = if to == Rank::Politburo { b.politburo_seats } else { b.candidate_seats };
            need(seats_taken(st, to) < seats, E::NotNow("no free seat at that rank"))
        }
        _ => Err(E::BadTarget("one is elected to the Central Committee or the Politburo, nothing else")),
    }
}
