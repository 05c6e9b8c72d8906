//! Who holds which office, and the regions that follow an office's holder; and
//! offices several hold at once (`holders: 4` in the scenario): who holds a
//! place of one, and which place a new holder takes. A motion or an effect that
//! names such an office gives a free place of it, never anyone's place: to make
//! room, a holder must first lose his (a vote, a resignation, an arrest).

use super::state::GameState;
use crate::scenario::{CharId, OfficeId, RegionId};

impl GameState {
    pub fn holder(&self, o: OfficeId) -> Option<CharId> {
        self.offices[o]
    }
    pub fn holds(&self, c: CharId, o: OfficeId) -> bool {
        self.offices[o] == Some(c)
    }
    pub fn offices_of(&self, c: CharId) -> impl Iterator<Item = OfficeId> + '_ {
        OfficeId::all(self.offices.len()).filter(move |&o| self.offices[o] == Some(c))
    }
    pub fn has_power(&self, c: CharId, p: crate::scenario::Power) -> bool {
        self.offices_of(c).any(|o| self.scn.office_has(o, p))
    }
    pub fn gensec_holder(&self) -> Option<CharId> {
        self.scn.gensec.and_then(|o| self.offices[o])
    }
    /// Who the patron of region `r` is this turn (an office patron follows the office).
    pub fn patron(&self, r: RegionId) -> Option<CharId> {
        self.regions[r].patron
    }
    /// Regions tied to an office follow whoever holds it.
    pub fn sync_patron_offices(&mut self) {
        for r in RegionId::all(self.regions.len()) {
            if let Some(o) = &self.scn.def.regions[r].patron_office {
                let o = self.scn.oid(o);
                self.regions[r].patron = self.offices[o];
            }
        }
    }
    /// Does `c` hold office `o`, in any of its places?
    pub fn holds_office(&self, c: CharId, o: OfficeId) -> bool {
        self.scn.seats(o).any(|s| self.offices[s] == Some(c))
    }
    /// The seat a new holder of office `o` would take: `o` itself for an office one
    /// man holds; for one several hold, `o` if vacant, else its first vacant place.
    pub fn free_seat(&self, o: OfficeId) -> Option<OfficeId> {
        if !self.scn.is_shared(o) || self.offices[o].is_none() {
            return Some(o);
        }
        self.scn.seats(o).find(|&s| self.offices[s].is_none())
    }
    /// The holders of office `o`, place by place (the one holder of most offices).
    pub fn holders_of(&self, o: OfficeId) -> impl Iterator<Item = CharId> + '_ {
        self.scn.seats(o).filter_map(|s| self.offices[s])
    }
    /// The place of office `o` that `c` holds, if any.
    pub fn seat_of(&self, c: CharId, o: OfficeId) -> Option<OfficeId> {
        self.scn.seats(o).find(|&s| self.offices[s] == Some(c))
    }
}
