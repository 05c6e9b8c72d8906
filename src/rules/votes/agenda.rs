//! The open agenda: every motion waiting for a vote, with the body and session
//! that will decide it and its odds as they stand now, for whoever wants to see
//! what is coming and answer it.

use super::{Body, forecast, motion_body};
use crate::rules::state::{GameState, Proposal};

/// A motion on an agenda.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AgendaItem {
    pub proposal: Proposal,
    pub body: Body,
    /// The scheduled session that will decide it (its index), or `None` for the
    /// Politburo at the end of this turn or a session met this turn.
    pub session: Option<usize>,
    /// The forecast now, as `forecast` gives it for its proposer.
    pub odds: f64,
}

/// Every waiting motion: the Politburo's (voted at the end of this turn), then
/// the plenum's and congress's, in the order they were put.
pub fn agenda(st: &GameState) -> Vec<AgendaItem> {
    let politburo = st.politburo_agenda.iter().map(|p| (p, None));
    let next = if st.session().is_some() { None } else { st.scn.def.sessions.iter().position(|s| s.date >= st.date) };
    let plenum = st.plenum_agenda.iter().map(|p| (p, next));
    politburo
        .chain(plenum)
        .map(|(p, session)| AgendaItem {
            proposal: *p,
            body: motion_body(st, &p.motion),
            session,
            odds: forecast(st, p.proposer, p.motion),
        })
        .collect()
}
