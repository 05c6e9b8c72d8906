//! The book the events are written in: each dated and numbered by its turn.

use super::{Category, Event};
use crate::scenario::date::Date;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub date: Date,
    pub turn: u32,
    pub event: Event,
}

impl Entry {
    pub fn category(&self) -> Category {
        self.event.category()
    }
}

#[derive(Debug, Clone, Default)]
pub struct Chronicle {
    pub entries: Vec<Entry>,
    /// When set, nothing is kept (benchmarks, mass analysis, the computer's lookahead).
    pub quiet: bool,
    /// Keep the ledger too (`GameState::ledger`: every change with its cause), unless quiet.
    /// Off by default: only a player's game reads it, and the many games of the
    /// analysis would carry it into every lookahead copy.
    pub ledger: bool,
}
