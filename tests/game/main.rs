//! The game's integration tests, one binary by area (each test binary links the
//! whole game, so there are few): the rules through their one door, the
//! scenarios and their errors, saves and replays, mods, and the analysis. The
//! balance tests, which play hundreds of games for their win rates, are their own
//! target, `tests/balance.rs`: `cargo test --test game` runs these alone.

mod analysis;
mod bodies;
mod canvass;
mod caucus;
mod chairmen;
mod chapters;
mod classroom;
mod contenders;
mod contradictions;
mod deals;
mod decisions;
mod digest;
mod doctrine;
mod dynamics;
mod engine;
mod files;
mod foresight;
mod hostile;
mod layers;
mod levers;
mod mods;
mod norms;
mod places;
mod plans;
mod rules;
mod saves;
mod scenarios;
mod terminal;
mod testament;
mod unity;
mod window;

use politburo::rules::state::GameState;
use politburo::scenario::{Scenario, default_scenario_path};
use std::sync::Arc;

fn scenario() -> Arc<Scenario> {
    Arc::new(Scenario::load(&default_scenario_path()).expect("the 1924 scenario loads"))
}

fn game(seed: u64) -> GameState {
    let mut st = GameState::new(scenario(), seed);
    st.chronicle.quiet = false;
    st
}

fn id(st: &GameState, s: &str) -> politburo::scenario::CharId {
    st.scn.cid(s)
}
