//! How a game ends: supremacy, the end of the calendar, or the player's fall.

use crate::scenario::CharId;
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub enum Outcome {
    /// One leader holds the seat of power with loyal majorities and no rival left.
    Supremacy { winner: CharId, reason: String },
    /// The end date came with no one supreme; the strongest leads a collective leadership.
    EndDate { leader: CharId, reason: String },
    /// The player's character fell.
    PlayerFell { who: CharId, reason: String },
}

impl Outcome {
    pub fn reason(&self) -> &str {
        match self {
            Outcome::Supremacy { reason, .. } | Outcome::EndDate { reason, .. } | Outcome::PlayerFell { reason, .. } => reason,
        }
    }
    /// Did `c` win?
    pub fn won(&self, c: CharId) -> bool {
        match self {
            Outcome::Supremacy { winner, .. } => *winner == c,
            Outcome::EndDate { leader, .. } => *leader == c,
            Outcome::PlayerFell { .. } => false,
        }
    }
}
