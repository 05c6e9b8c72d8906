//! The rules of the game: plain Rust, no rendering. `GameState` is changed only by
//! `command::apply` and by `GameState::end_turn`.

pub mod chronicle;
pub mod command;
pub mod date;
pub mod events;
pub mod expulsion;
pub mod factions;
pub mod hash;
pub mod history;
pub mod invariants;
pub mod legality;
pub mod nep;
pub mod patronage;
pub mod recorded;
pub mod replay;
pub mod rng;
pub mod sessions;
pub mod state;
pub mod testament;
pub mod turn;
pub mod victory;
pub mod votes;

pub use command::{Command, CommandError, Motion, apply, legal_commands};
pub use state::{GameState, Outcome};
