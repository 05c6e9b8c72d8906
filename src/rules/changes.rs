//! The causes of changes and the changes the ledger keeps beyond prestige and
//! regard: run a phase or a command `because` of something, set a region's loyalty.

use super::ledger::{Cause, Measure};
use super::state::GameState;
use crate::scenario::RegionId;

impl GameState {
    /// Sets a region's loyalty (0 to 100), kept in the ledger.
    pub fn set_loyalty(&mut self, r: RegionId, loyalty: i32) {
        let before = self.regions[r].loyalty;
        let now = loyalty.clamp(0, 100);
        self.regions[r].loyalty = now;
        self.note_change(Measure::Loyalty(r), now - before, now);
    }

    /// Runs `f` with `cause` as the cause of every change it makes, then restores the one before.
    pub fn because<T>(&mut self, cause: Cause, f: impl FnOnce(&mut Self) -> T) -> T {
        let outer = std::mem::replace(&mut self.cause, cause);
        let r = f(self);
        self.cause = outer;
        r
    }
}
