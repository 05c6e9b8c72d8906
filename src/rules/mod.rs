//! The rules of the game: plain Rust, no rendering. `GameState` is changed only by
//! `apply` and by `GameState::end_turn`.
//!
//! From the bottom up, each module using only those below it:
//! - types: `command` (Command, Motion, CommandError), `outcome`, `votes::tally`,
//!   `difficulty`, `plan`, `rng`, then `chronicle` (the typed events) and `ledger`
//!   (every change of prestige, regard and loyalty with its cause);
//! - `state` (GameState and its small helpers), `changes` (causes, loyalty);
//! - the systems acting on it: `patronage`, `nep`, `factions`, `expulsion`,
//!   `events`, `testament`, `victory`, `norms`, `legality`, `levers`, `votes`, `recorded`, `named` (whom an event concerns);
//! - the phases and the door: `sessions`, `apply`, `turn`, `history`, `replay`, `invariants`.

pub mod apply;
pub mod calendar;
mod changes;
pub mod chapter;
pub mod chronicle;
pub mod command;
pub mod conditions;
pub mod deals;
pub mod difficulty;
pub mod digest;
pub mod doctrine;
pub mod events;
pub mod expulsion;
pub mod factions;
pub mod hash;
pub mod history;
pub mod invariants;
pub mod ledger;
pub mod legality;
pub mod levers;
pub mod named;
pub mod nep;
pub mod norms;
pub mod outcome;
pub mod pacts;
pub mod patronage;
pub mod plan;
pub mod promises;
pub mod recorded;
pub mod replay;
pub mod rng;
pub mod script_check;
pub mod seats;
pub mod sessions;
pub mod state;
pub mod struck;
pub mod tenure;
pub mod testament;
pub mod turn;
pub mod victory;
pub mod votes;

pub use apply::apply;
pub use command::{Command, CommandError, Motion};
pub use legality::{candidate_commands, check, legal_commands};
pub use state::{GameState, Outcome};
