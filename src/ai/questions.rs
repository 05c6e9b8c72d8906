//! Answering a question history puts to a leader: the answer history gave (its
//! weight in the scenario) tempered by what each answer does to the man who gives
//! it. A leader who publishes an essay that makes two lifelong enemies of the
//! men he needs, or fights a congress he must lose, is not judging: he is reciting.

use crate::rules::state::GameState;
use crate::scenario::{CharId, Effect};

/// How much `c` likes answer `k` to event `event`: the scenario's weight, in
/// steps of `HISTORY`, and what the answer does to him (`taste`).
pub(super) fn worth(st: &GameState, c: CharId, event: usize, k: usize) -> i32 {
    let choice = &st.scn.def.events[event].choices[k];
    choice.ai_weight * HISTORY + taste(st, c, &choice.effects)
}

/// What one point of the scenario's weight is worth against a point of regard.
const HISTORY: i32 = 1;

/// How a survivor likes a set of effects: the regard it wins or costs him, his
/// standing (twice), half his credibility, and never grounds against himself.
pub fn taste(st: &GameState, c: CharId, effects: &[Effect]) -> i32 {
    let me = st.scn.def.characters[c].id.as_str();
    effects
        .iter()
        .map(|e| match e {
            Effect::Relation(_, to, d) if to == me => *d,
            Effect::Prestige(x, d) if x == me => 2 * d,
            Effect::Credibility(x, d) if x == me => d / 2,
            Effect::Discredit(x) if x == me => -30,
            _ => 0,
        })
        .sum()
}
