//! A chapter (issue 21): a short game that opens where the historical path stood
//! at a turning point and ends at its decision. The opening is the scenario's own
//! script played through the usual door with the history seed, so the ranks,
//! offices, blocs and regard are history's at that date; then the game's seed takes
//! over (unless it is the history seed: `replay --history` of a chapter is then the
//! whole historical path). The opening's commands are the scenario's, not the
//! players', so they are not in the log a save replays.

use super::rng::GameRng;
use super::state::GameState;
use crate::scenario::Scenario;
use crate::scenario::classroom::EndingDef;
use crate::scenario::date::Date;
use std::sync::Arc;

impl GameState {
    /// The state at the scenario's start. A chapter starts where history stood at
    /// its opening.
    pub fn new(scn: Arc<Scenario>, seed: u64) -> GameState {
        match scn.def.chapter.as_ref().map(|c| c.opens) {
            Some(opens) => open(GameState::fresh(scn.clone(), scn.def.history_seed), opens, seed),
            None => GameState::fresh(scn, seed),
        }
    }
}

/// Plays history up to `opens` and hands the game to `seed`.
fn open(mut st: GameState, opens: Date, seed: u64) -> GameState {
    let quiet = st.chronicle.quiet;
    super::history::run(&mut st, Some(opens));
    st.chronicle.quiet = quiet;
    if seed != st.seed {
        st.seed = seed;
        st.rng = GameRng::seeded(seed);
    }
    st.log.clear();
    st
}

/// The last month of play: the chapter's end, or the calendar's.
pub fn end(scn: &Scenario) -> Date {
    scn.def.chapter.as_ref().map_or(scn.def.calendar.end, |c| c.ends.min(scn.def.calendar.end))
}

/// Whether the chapter's question has been answered early (its `decided` holds).
pub fn decided(st: &GameState) -> bool {
    let Some(ch) = st.scn.def.chapter.as_ref() else { return false };
    st.date >= ch.opens && ch.decided.as_ref().is_some_and(|c| super::conditions::holds(st, c))
}

/// The chapter's answer as the game stands: the first ending whose condition holds.
pub fn ending(st: &GameState) -> Option<&EndingDef> {
    let ch = st.scn.def.chapter.as_ref()?;
    ch.endings.iter().find(|e| e.when.as_ref().is_none_or(|w| super::conditions::holds(st, w)))
}

/// The month the players took over (the calendar's start for a whole game).
pub fn opened(scn: &Scenario) -> Date {
    scn.def.chapter.as_ref().map_or(scn.def.calendar.start, |c| c.opens)
}

/// The turn as the players count it and how many they play: "turn 1 of 4" in a
/// chapter that opens in January and ends in December, whatever history played before.
pub fn turn_of(st: &GameState) -> (u32, u32) {
    let c = &st.scn.def.calendar;
    let mpt = c.months_per_turn.max(1) as i32;
    let first = ((opened(&st.scn).0 - c.start.0).max(0) / mpt) as u32;
    let last = ((end(&st.scn).0 - c.start.0).max(0) / mpt) as u32;
    ((st.turn + 1).saturating_sub(first), last.saturating_sub(first) + 1)
}
