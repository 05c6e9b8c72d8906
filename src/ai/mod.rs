//! The computer leaders: each turn a leader scores the commands open to him by
//! his temperament and the situation, and spends his points on the best. Scores
//! are cheap heuristics, and vote odds are computed only for the few motions
//! worth proposing, so thousands of games a minute stay within reach.
//!
//! Each leader also holds a plan (`plan_of`: build a bloc, isolate the
//! front-runner, strike at the congress, lie low…) read from the state, which
//! changes only when its cause does; `steer` weighs his options by it and bars
//! the moves that would make him thrash (`memory`: his own recent bloc moves,
//! from the log).

mod case;
mod coalition;
mod deals;
mod doctrine;
mod mastery;
mod memory;
mod options;
mod plans;
mod questions;
mod steer;
mod testament;

pub use crate::rules::plan::{Cause, Intent, Plan};
use coalition::{Scores, View};
pub use coalition::{common_enemy, front_runner, menace, rivals, united_against};
pub use memory::{COMMIT_TURNS, RECANT_TURNS};
pub use options::options;
pub use plans::plan_of;
pub use questions::taste;
pub use testament::testament_carries;

use crate::rules::apply::apply;
use crate::rules::command::Command;
use crate::rules::legality::check;
use crate::rules::rng::{GOLDEN, seed_mix};
use crate::rules::state::GameState;
use crate::scenario::{CharId, Rank};

pub use crate::rules::difficulty::Difficulty;

/// What each level means to the computer's judgement.
impl Difficulty {
    /// The random spread added to each option's score. Easy is no more erratic than
    /// normal in the leaders' dealings with one another: erratic leaders broke up
    /// the coalition against the front-runner, and an expert Trotsky won less on
    /// easy than on normal. Easy falters against the player instead (`falter`).
    fn noise(self) -> u64 {
        match self {
            Difficulty::Easy | Difficulty::Normal => 4,
            Difficulty::Hard => 1,
        }
    }
    /// The most a hostile move against the player loses, at random, from its score:
    /// on easy the computer hesitates and blunders when it turns on him.
    fn falter(self) -> u64 {
        match self {
            Difficulty::Easy => 16,
            Difficulty::Normal | Difficulty::Hard => 0,
        }
    }
    /// Added to the odds a leader wants before he puts a motion against `at`. On
    /// easy only a motion against the player waits for better odds: were every
    /// motion timid, the computer's leaders would spare one another as well, and the
    /// front-runner the player must bring down would grow unchecked.
    fn timidity(self, against_player: bool) -> f64 {
        match self {
            Difficulty::Easy if against_player => 0.15,
            Difficulty::Easy | Difficulty::Normal => 0.0,
            Difficulty::Hard => -0.05,
        }
    }
}

/// The odds `c` wants, above even, before he puts a motion against `at` (None for a
/// motion that strikes at no one): the level's timidity
/// and his nerve in this game. Men's nerve differs from one telling of the story
/// to the next (drawn from the game's seed, fixed for the game), so a motion that
/// stands at even odds is dared in some games and not in others, rather than in
/// all or none: no one number of the balance decides every game the same way.
pub(crate) fn timidity(st: &GameState, c: CharId, at: Option<CharId>) -> f64 {
    st.difficulty.timidity(at.is_some() && at == st.player) + nerve(st, c)
}

/// `c`'s nerve for this game, from -spread to +spread percent of the odds.
fn nerve(st: &GameState, c: CharId) -> f64 {
    let spread = st.scn.def.balance.ai.nerve_spread;
    if spread <= 0 {
        return 0.0;
    }
    let x = seed_mix((st.seed ^ 0x4E52_5645_u64).wrapping_add((c.0 as u64 + 7).wrapping_mul(GOLDEN)));
    let span = 2 * spread as u64 + 1;
    ((x % span) as i64 - spread as i64) as f64 / 100.0
}

/// One scored option, with the reason the explain mode prints.
#[derive(Debug, Clone)]
pub struct Choice {
    pub command: Command,
    pub score: i32,
    /// Mostly a fixed phrase: borrowed, so the many options never chosen cost no allocation.
    pub why: std::borrow::Cow<'static, str>,
    /// The plan the move served, when a leader's turn chose it.
    pub plan: Option<Intent>,
}

/// Plays every computer leader's commands for this turn, strongest first, and
/// returns what each chose and why (for `--explain`).
pub fn play_turn(st: &mut GameState, skip: Option<CharId>) -> Vec<(CharId, Vec<Choice>)> {
    play_turn_except(st, skip.as_slice())
}

/// `play_turn` for every leader but those in `skip` (the player, and on hard the
/// rival who thinks ahead by search).
pub fn play_turn_except(st: &mut GameState, skip: &[CharId]) -> Vec<(CharId, Vec<Choice>)> {
    // A leader the turn's events strike down, or one struck down already, gives no orders.
    let doomed = crate::rules::struck::doomed(st);
    let mut order: Vec<CharId> = st
        .ids()
        .filter(|&c| !skip.contains(&c) && !doomed.contains(&c) && !st.chars[c].incapacitated)
        .filter(|&c| st.chars[c].alive && st.chars[c].rank > Rank::Deported)
        .collect();
    order.sort_by_key(|&c| (std::cmp::Reverse(st.chars[c].prestige), c));
    // The power scores are carried from one leader's turn to the next, each forgotten
    // when a move may have changed it: only the leaders' own moves change the state here.
    let mut scores = Scores::new(st);
    order.into_iter().map(|c| (c, act_with(st, c, &mut scores))).collect()
}

/// One leader's whole turn.
pub fn act(st: &mut GameState, c: CharId) -> Vec<Choice> {
    act_with(st, c, &mut Scores::new(st))
}

/// `act`, with the power scores of the present state known so far.
fn act_with(st: &mut GameState, c: CharId, scores: &mut Scores) -> Vec<Choice> {
    let mut taken = vec![];
    // Whom he fears is judged once, as his turn begins: his own moves do not change his mind.
    let mut fr = None;
    // His plan too is judged as his turn begins: a loyalty that moves with his own
    // courting must not swing his aim back and forth within one turn.
    let intent = plan_of(st, c);
    for i in 0..8 {
        let view = if i == 0 { View::of(scores) } else { View::later(fr, scores) };
        let Some(best) = choose(st, c, intent, &view) else {
            break;
        };
        // Before his move changes the state, the front-runner is fixed for the rest of his
        // turn, if it may still be asked: by a contender, or by a man with points left
        // (with none, a follower's options stop before his rivals).
        let again = st.scn.is_contender(c) || st.chars[c].ap - best.command.cost(st) > 0;
        fr = view.found().or_else(|| again.then(|| view.fr(st)));
        if apply(st, c, best.command).is_err() {
            break;
        }
        // The state has changed: the scores it may have moved are asked again (the front-runner is not).
        scores.after(c, best.command);
        taken.push(best);
    }
    taken
}

/// The best command for `c` now, if any is worth its points.
pub fn best_choice(st: &mut GameState, c: CharId) -> Option<Choice> {
    // Whom each man fears is asked of many options: the front-runner is found once.
    let scores = Scores::new(st);
    best_choice_given(st, c, &View::of(&scores))
}

/// `best_choice` with the front-runner already found.
fn best_choice_given(st: &mut GameState, c: CharId, view: &View) -> Option<Choice> {
    let intent = plan_of(st, c);
    choose(st, c, intent, view)
}

/// The best command for `c` under the plan `intent`.
fn choose(st: &mut GameState, c: CharId, intent: Intent, view: &View) -> Option<Choice> {
    // Every odds weighed here reads one copy of the game at the vote.
    let mut options = crate::rules::votes::foresight::holding(st, || {
        let mut options = options::options_given(st, c, view);
        steer::steer(st, c, intent, view, &mut options);
        options
    });
    // A little chance so leaders are not clockwork. It comes from its own stream,
    // seeded by the game, the turn and the leader, never from the game's generator:
    // a replay applies the logged commands without thinking them again, and must
    // draw the same numbers as the game did.
    let mut noise =
        (st.seed ^ st.ai_salt ^ (st.turn as u64) << 32 ^ (c.0 as u64) << 16 ^ st.log.len() as u64).wrapping_mul(0x9E3779B97F4A7C15);
    for o in &mut options {
        noise ^= noise >> 29;
        noise = noise.wrapping_mul(0xBF58476D1CE4E5B9);
        noise ^= noise >> 32;
        o.score += (noise % st.difficulty.noise()) as i32;
        if st.difficulty.falter() > 0 && st.player.is_some() && aimed_at(st, o.command) == st.player {
            o.score -= ((noise >> 8) % st.difficulty.falter()) as i32;
        }
    }
    // The best option that is legal: the highest score, the first command on a tie.
    // Picked one at a time rather than sorting them all: most turns the first is legal.
    options.retain(|o| o.score > 0);
    while !options.is_empty() {
        let best = (0..options.len()).max_by_key(|&i| (options[i].score, std::cmp::Reverse(options[i].command)))?;
        let o = options.swap_remove(best);
        if check(st, c, &o.command).is_ok() {
            return Some(Choice { plan: Some(intent), ..o });
        }
    }
    None
}

/// The man a hostile command strikes at, if it strikes at one: an attack, a charge,
/// a motion against him or for his office, a canvass of his region's cells.
fn aimed_at(st: &GameState, cmd: Command) -> Option<CharId> {
    use crate::rules::command::Motion;
    match cmd {
        Command::Attack { target } | Command::Charge { target } => Some(target),
        Command::Propose(Motion::ReplaceInOffice { office, .. }) | Command::Surprise(Motion::ReplaceInOffice { office, .. }) => {
            st.offices[office]
        }
        Command::Propose(m) | Command::Surprise(m) => m.target().filter(|_| m.against_target()),
        Command::Canvass { region } => st.regions[region].patron,
        _ => None,
    }
}
