//! The chronicle: every change, dated, with its reason. Text is built only when
//! the chronicle is on, so mass simulations pay nothing for it.

use super::date::Date;
use super::state::GameState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Turn,
    Command,
    Event,
    Economy,
    Vote,
    Ladder,
    Patronage,
    Health,
    Outcome,
    /// A note from the historical script.
    History,
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub date: Date,
    pub turn: u32,
    pub category: Category,
    pub text: String,
    /// Supporting lines: a vote's tally by bloc, an event's historical note.
    pub detail: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct Chronicle {
    pub entries: Vec<Entry>,
    /// When set, nothing is written (benchmarks and mass analysis).
    pub quiet: bool,
}

impl GameState {
    /// Writes an entry; the text is only built when the chronicle is on.
    pub fn log(&mut self, category: Category, text: impl FnOnce(&GameState) -> String) {
        self.log_detail(category, |s| (text(s), vec![]));
    }

    pub fn log_detail(&mut self, category: Category, f: impl FnOnce(&GameState) -> (String, Vec<String>)) {
        if self.chronicle.quiet {
            return;
        }
        let (text, detail) = f(self);
        self.chronicle.entries.push(Entry { date: self.date, turn: self.turn, category, text, detail });
    }
}
