//! Offices that exist for part of the game only (`opens`, `closes` in the
//! scenario): a post created in a reorganisation, or abolished by one. Whether an
//! office exists is read from the date alone, so it needs no state of its own.

use super::chronicle::Event;
use super::state::GameState;
use crate::scenario::OfficeId;

impl GameState {
    /// Does office `o` exist in this turn (opened, and not yet abolished)?
    pub fn office_exists(&self, o: OfficeId) -> bool {
        let d = &self.scn.def.offices[o];
        d.opens.is_none_or(|x| self.date >= x) && d.closes.is_none_or(|x| self.date < x)
    }
}

/// As a turn opens: the holder of an office abolished by now loses it.
pub fn close_offices(st: &mut GameState) {
    let mut changed = false;
    for o in OfficeId::all(st.offices.len()) {
        if let Some(who) = st.offices[o].filter(|_| !st.office_exists(o)) {
            st.offices[o] = None;
            st.record(|_| Event::PostLost { who, office: o });
            changed = true;
        }
    }
    if changed {
        st.sync_patron_offices();
    }
}
