//! How a game ends (supremacy, the end of the calendar, the player's fall) and,
//! while it goes on, what a leader still lacks to be supreme: facts with their
//! numbers, put into words by `narrate::outcome` and `narrate::lack`.

use crate::scenario::date::Date;
use crate::scenario::{CharId, OfficeId};
use serde::Serialize;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub enum Outcome {
    /// One leader holds the seat of power with loyal majorities and no rival left.
    Supremacy {
        winner: CharId,
        seat: OfficeId,
        politburo_loyal: i32,
        cc_loyal: i32,
    },
    /// The end date came with no one supreme; the strongest leads a collective leadership.
    EndDate { leader: CharId, power: i32 },
    /// The player's character fell: died, or was cast out of the party.
    PlayerFell { who: CharId, died: bool },
}

impl Outcome {
    /// Did `c` win?
    pub fn won(&self, c: CharId) -> bool {
        match self {
            Outcome::Supremacy { winner, .. } => *winner == c,
            Outcome::EndDate { leader, .. } => *leader == c,
            Outcome::PlayerFell { .. } => false,
        }
    }
}

/// Supremacy, as `victory::supremacy` finds it: the seat held and the loyal shares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Supreme {
    pub seat: OfficeId,
    pub politburo_loyal: i32,
    pub cc_loyal: i32,
}

/// The first condition of supremacy a leader does not meet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lack {
    NotFullMember,
    /// He holds none of the scenario's seats of power.
    NoSeat,
    PolitburoLoyal {
        have: i32,
        need: i32,
    },
    CcLoyal {
        have: i32,
        need: i32,
    },
    /// Contenders still in the Politburo (full or candidate members).
    Rivals(Vec<CharId>),
    /// No one is supreme before this date.
    TooEarly(Date),
}
