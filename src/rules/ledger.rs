//! The ledger: every change of a leader's prestige, of one leader's regard for
//! another and of a region's loyalty, with its cause, as typed records. The rules
//! set the cause of what they are doing (`GameState::cause`: a command, an event,
//! the economy, a vote...) and every change made through `add_prestige`,
//! `add_rel` and `set_loyalty` is kept with it when the chronicle asks for it
//! (`Chronicle::ledger`, set for a player's game; never in a quiet game). Like the
//! chronicle, it tells of the game and is no part of its state's hash.

use super::command::{Command, Motion};
use crate::scenario::{CharId, OfficeId, RegionId};
use serde::Serialize;

/// What changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Measure {
    Prestige(CharId),
    /// `of`'s regard for `for_`.
    Regard {
        of: CharId,
        for_: CharId,
    },
    /// How faithfully a region's delegation follows its patron.
    Loyalty(RegionId),
}

/// Why it changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub enum Cause {
    /// Nothing the ledger knows of (never left set by the rules' phases).
    #[default]
    Unknown,
    /// The prestige an office brings its holder each turn.
    Office(OfficeId),
    /// Fame fades back toward the ordinary each turn.
    Fading,
    /// Contenders who share the Politburo grow apart each turn.
    Rivalry,
    /// A leader's command.
    Command { actor: CharId, command: Command },
    /// A scenario event (its index).
    Event(usize),
    /// The answer to an event's question.
    Choice { event: usize, choice: usize },
    /// The economy's results for the line's owners and its critics.
    Economy,
    /// The army's standing and the fear of a Bonaparte.
    Army,
    /// A vote on a motion and what it carried.
    Vote { proposer: CharId, motion: Motion },
    /// A congress's verdict on the report and the co-report.
    CongressReport,
    /// A promise broken or a deal's term run out.
    Deals,
    /// A secret meeting that leaked.
    Leak,
    /// A delegation called in on a vote, spent afterwards.
    CalledIn,
    /// A new secretary seated, or a region whose secretary fell.
    Seated,
    /// The fall of a leader down the ladder.
    Ladder,
}

/// One change, as it happened (after clamping).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Change {
    pub turn: u32,
    pub measure: Measure,
    pub by: i32,
    pub now: i32,
    pub cause: Cause,
}
