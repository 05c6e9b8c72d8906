//! Politburo: a strategy game of the struggle to succeed Lenin.
//!
//! - `scenario`: the RON format, loading and validation.
//! - `rules`: the game state, commands, and turn resolution.
//! - `ai`: the computer leaders.
//! - `narrate`: the words of the chronicle, rendered from the rules' typed events.
//! - `cli`: the headless commands (simulate, play, check, bench).
//! - `saves`: the data folder and the autosaves.
//! - `files`: bounded reads of untrusted files and stdin, and atomic writes.
//! - `prefs`: the settings file, read and validated without the window.
//! - `analysis`: many games at once, for balance and "what if".
//! - `classroom`: the evidence log, its worksheet and the printable debrief.
//! - `ui` (feature `gui`): the Bevy window around the same rules.

pub mod actions;
pub mod ai;
pub mod analysis;
pub mod classroom;
pub mod cli;
pub mod files;
pub mod narrate;
pub mod prefs;
pub mod risks;
pub mod rules;
pub mod saves;
pub mod scenario;
#[cfg(feature = "gui")]
pub mod ui;
