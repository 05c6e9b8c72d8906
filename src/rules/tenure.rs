//! Offices that exist for part of the game only: by date (`opens`, `closes` in the
//! scenario: a post created in a reorganisation, or abolished by one) or by an
//! event (`CreateOffice`, `AbolishOffice`; a `dormant` office waits for one).
//! What an event did is kept in `offices_made`, the latest word on an office
//! standing over its dates.

use super::chronicle::Event;
use super::state::GameState;
use crate::scenario::OfficeId;

impl GameState {
    /// Does office `o` exist in this turn (opened, and not yet abolished)?
    pub fn office_exists(&self, o: OfficeId) -> bool {
        let g = self.scn.office_of_seat(o);
        if let Some(&(_, made)) = self.offices_made.iter().rev().find(|(x, _)| *x == g) {
            return made;
        }
        let d = &self.scn.def.offices[o];
        !d.dormant && d.opens.is_none_or(|x| self.date >= x) && d.closes.is_none_or(|x| self.date < x)
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

/// An event creates the office (`true`) or abolishes it (`false`): every seat of
/// it. Abolished, its holders lose it at once; the chronicle says which happened.
pub fn make_office(st: &mut GameState, o: OfficeId, made: bool) {
    let office = st.scn.office_of_seat(o);
    if st.office_exists(office) == made {
        return;
    }
    st.offices_made.push((office, made));
    st.record(|_| if made { Event::OfficeCreated { office } } else { Event::OfficeAbolished { office } });
    if !made {
        close_offices(st);
    }
}
