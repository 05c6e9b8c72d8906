//! Every change the ledger keeps goes through here: prestige, regard and a
//! region's loyalty, each kept with the cause the rules set (`because`).

use super::ledger::{Cause, Change, Measure};
use super::state::GameState;

use crate::scenario::{CharId, RegionId};

impl GameState {
    /// `a`'s regard for `b` moves by `d` (within -100..100).
    pub fn add_rel(&mut self, a: CharId, b: CharId, d: i32) {
        let n = self.chars.len();
        let r = &mut self.relations[a.0 * n + b.0];
        let before = *r as i32;
        *r = (before + d).clamp(-100, 100) as i16;
        let now = *r as i32;
        self.note_change(Measure::Regard { of: a, for_: b }, now - before, now);
    }
    /// Keeps a change in the ledger (when the chronicle keeps one; nothing if `by` is 0).
    fn note_change(&mut self, measure: Measure, by: i32, now: i32) {
        if by != 0 && self.chronicle.ledger && !self.chronicle.quiet {
            self.ledger.push(Change { turn: self.turn, measure, by, now, cause: self.cause });
        }
    }
    /// `c`'s prestige moves by `d` (within 0..100).
    pub fn add_prestige(&mut self, c: CharId, d: i32) {
        let p = &mut self.chars[c].prestige;
        let before = *p;
        *p = (*p + d).clamp(0, 100);
        let now = *p;
        self.note_change(Measure::Prestige(c), now - before, now);
    }
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
