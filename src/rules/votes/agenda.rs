//! The open agenda: every motion waiting for a vote, with the body and session
//! that will decide it and its odds as they stand now, for whoever wants to see
//! what is coming and answer it.

use super::{Body, forecast, motion_body};
use crate::rules::chronicle::VotedWhen;
use crate::rules::command::Motion;
use crate::rules::norms;
use crate::rules::state::{GameState, Proposal};
use crate::scenario::RemovalBody;

/// A motion on an agenda.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AgendaItem {
    pub proposal: Proposal,
    pub body: Body,
    /// When it is voted: by the Politburo or a session this turn, or a session to come.
    pub when: VotedWhen,
    /// The forecast now, as `forecast` gives it for its proposer.
    pub odds: f64,
}

/// Every waiting motion: the Politburo's (voted at the end of this turn), then
/// the plenum's and congress's, in the order they were put.
pub fn agenda(st: &GameState) -> Vec<AgendaItem> {
    st.politburo_agenda
        .iter()
        .chain(&st.plenum_agenda)
        .map(|p| AgendaItem {
            proposal: *p,
            body: motion_body(st, &p.motion),
            when: voted_when(st, &p.motion),
            odds: forecast(st, p.proposer, p.motion),
        })
        .collect()
}

/// When a motion on the agenda now (or about to be put) is voted: the Politburo's
/// at the end of this turn, a plenum's at the session meeting this turn (the first
/// not before its date, `GameState::not_before`) or the next one scheduled; a
/// motion against a leader owed notice waits a turn more.
pub fn voted_when(st: &GameState, m: &Motion) -> VotedWhen {
    let notice = norms::owed_notice(st, m);
    match m.body(st) {
        RemovalBody::Politburo if notice => VotedWhen::PolitburoNextTurn,
        RemovalBody::Politburo => VotedWhen::PolitburoThisTurn,
        _ if notice => match st.session_after_this_turn() {
            Some(i) => VotedWhen::Waits(i),
            None => VotedWhen::WaitsForPlenum,
        },
        _ if st.own_date(m).is_some() => VotedWhen::OwnDate(st.not_before(m)),
        _ => {
            // Of this turn's sessions, the first on or after the month it is put for
            // (the historical script dates its motions: the 14 November joint
            // session, the 15th Congress), else the last.
            let this_turn = st.sessions_this_turn();
            let at = st.not_before(m);
            match (this_turn.iter().find(|(_, d)| *d >= at).or(this_turn.last()), st.next_session_index()) {
                (Some((sitting, _)), _) => VotedWhen::ThisTurn(*sitting),
                (None, Some(i)) => VotedWhen::Waits(i),
                (None, None) => VotedWhen::WaitsForPlenum,
            }
        }
    }
}
