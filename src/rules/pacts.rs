//! Deals and secret meetings as state: plain types under `state`, whose rules are
//! in `deals` and `promises`.

use super::command::Terms;
use crate::scenario::CharId;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DealStatus {
    /// Put to the player, waiting for his answer.
    Offered,
    Accepted,
    Refused,
    /// Its term ran out with every promise kept.
    Kept,
    Broken {
        by: CharId,
    },
}

/// A deal as state: its terms, the turn it was made, how it stands, and whether
/// the promised post has been proposed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deal {
    pub terms: Terms,
    pub made: u32,
    pub status: DealStatus,
    pub post_proposed: bool,
}

/// A secret meeting, held in turn `made`: the two coordinate their votes until
/// `until` (a turn). Whether it leaks is drawn at the end of the turn it was held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meeting {
    pub a: CharId,
    pub b: CharId,
    pub made: u32,
    pub until: u32,
}

impl Deal {
    /// Accepted and within its term.
    pub fn binding(&self, turn: u32, term: u32) -> bool {
        self.status == DealStatus::Accepted && turn <= self.made + term
    }
}
