//! The expert seat: it plans by search, not by rules of thumb. Each turn it
//! weighs a handful of whole-turn plans (the computer's turn for him, the
//! sensible one, lying low, and openings by the strongest strategic moves) by
//! playing the game on from each with the headless rules, the computer on every
//! side (the seat too) for two years, on several rolls of the dice; it scores where
//! each copy ends for the seat and plays the plan with the best average. It is
//! the measuring stick for balance: what a strong player can do from a seat.
//!
//! What it knows: the rules, the state, and each man's temperament for this
//! game (his nerve and how late he wakes to a danger: a player who has sized up
//! his colleagues); not what anyone will choose, which each rollout guesses anew.
//!
//! Determinism: every rollout is a clone of the game with its own generator,
//! reseeded from the game's seed, the turn and the rollout's number, never drawn
//! from the real game's. The real game changes only by `apply` of the chosen
//! plan's commands, so the same seed gives the same game on any machine.

use crate::rules::apply::apply;
use crate::rules::command::Command;
use crate::rules::legality::{check, legal_commands};
use crate::rules::rng::GameRng;
use crate::rules::state::{GameState, Outcome};
use crate::rules::victory::power;
use crate::scenario::{CharId, Rank};

/// How hard the expert thinks, in one place: AI judgement, not rules. With these,
/// on normal, on seeds 0..40: an expert Trotsky wins 14 (8 outright), an expert
/// Stalin 30 (34 while Lenin's letter leaned a vote on his post 50 points, not 70:
/// a Stalin who played well was unseated only by early luck). When its rollouts foresaw the
/// computer's every choice they won 35% and 100%; blind to each man's nerve and
/// watchfulness as well, 15 of 100 (no better than the sensible script) and 80%.
pub mod effort {
    /// The computer's best-scored strategic moves tried as a turn's opening.
    pub const OPENINGS: usize = 5;
    /// Rollouts (rolls of the dice) for each plan of the turn. Six since the hall's
    /// mood and the letter's force made votes less certain: on 40 games an expert
    /// Trotsky won 2 with four rollouts, 5 with six; with rollouts blind to the
    /// opponents' choices and temperaments, ten did no better (3 of 40 against 8).
    pub const ROLLOUTS: u64 = 6;
    /// Whole turns played on after the current one before the copy is scored: two
    /// years, so the next congress is inside the horizon. Measured on 200 games on
    /// normal: an expert Trotsky won 14.5% with 4 turns, 18.5% with 8, at twice
    /// the time. A turn now takes Trotsky's seat a median 160 ms (longest 344),
    /// Stalin's, with more to weigh, 445 ms (longest 621), on 2 cores.
    pub const DEPTH: u32 = 8;
}

/// One way to spend a turn's points. Whole turns are compared, not single
/// commands: a command's worth depends on the ones that follow it, and a turn
/// chosen as a whole does not thrash (join a bloc, leave it, join it again).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TurnPlan {
    /// The computer's own choices for him.
    Computer,
    /// The sensible survivor's turn.
    Sensible,
    /// Lie low.
    LieLow,
    /// One strategic move first, then the computer's choices.
    Opening(Command),
}

/// Openings always worth a look when legal, whatever the computer scores them:
/// the ways out of a faction and of a charge, and the strokes whose moment the
/// computer judges by rule of thumb (the Testament, a co-report, a plenum).
const ALWAYS: [Command; 5] = [Command::Recant, Command::LeaveBloc, Command::PublishTestament, Command::CoReport, Command::CallPlenum];

/// How the searching leader plays himself in his rollouts after the turn he weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Afterwards {
    /// As the sensible survivor does: the expert seat. Each turn's plan is then
    /// weighed against a strategy that already builds, so the search improves on
    /// it rather than on the computer's judgement (when the seat rolled on as the
    /// computer, a sensible Trotsky that asks for posts outplayed the expert).
    Sensible,
    /// As the computer does: the hard computer's searching rival, who plans as a
    /// computer leader would carry it on.
    Computer,
}

/// The expert's turn for `c`: the plan whose rollouts score best, played.
pub(super) fn play(st: &mut GameState, c: CharId, afterwards: Afterwards) {
    let plans = plans(st, c);
    let pick = if plans.len() <= 1 { TurnPlan::Computer } else { best(st, c, &plans, afterwards) };
    run(st, c, pick);
}

/// Plays a turn plan for `c`; only through `apply` (the computer's turn and the
/// scripted strategies apply their commands one by one). The seat judges with the
/// computer's normal judgement whatever the difficulty: difficulty is the
/// opponents' skill, and an easy game must not make the expert play erratically.
fn run(st: &mut GameState, c: CharId, plan: TurnPlan) {
    judged_normally(st, |st| {
        match plan {
            TurnPlan::Computer => {}
            TurnPlan::Sensible => scripted(st, c, super::Strategy::Sensible),
            TurnPlan::LieLow => scripted(st, c, super::Strategy::LieLow),
            TurnPlan::Opening(cmd) => {
                let _ = apply(st, c, cmd);
            }
        }
        crate::ai::act(st, c);
    });
}

/// `f` played with the computer's normal judgement, whatever the game's difficulty.
fn judged_normally(st: &mut GameState, f: impl FnOnce(&mut GameState)) {
    let difficulty = std::mem::replace(&mut st.difficulty, crate::ai::Difficulty::Normal);
    f(st);
    st.difficulty = difficulty;
}

/// The seat's turn under a scripted strategy. Those draw nothing from their
/// generator: a fixed one will do.
fn scripted(st: &mut GameState, c: CharId, strategy: super::Strategy) {
    super::strategies::play_seat(st, c, &strategy, &mut GameRng::seeded(0));
}

/// The plan with the best mean score over its rollouts; the first on a tie, so
/// the computer's own turn wins when nothing beats it.
fn best(st: &GameState, c: CharId, plans: &[TurnPlan], afterwards: Afterwards) -> TurnPlan {
    // One lean copy to clone from: no chronicle to carry into every rollout.
    let mut base = st.clone();
    base.chronicle.quiet = true;
    base.chronicle.entries.clear();
    let mut top = (f64::NEG_INFINITY, TurnPlan::Computer);
    for &plan in plans {
        let total: f64 = (0..effort::ROLLOUTS).map(|r| rollout(&base, c, plan, seed(st, r), afterwards)).sum();
        if total > top.0 {
            top = (total, plan);
        }
    }
    top.1
}

/// The seed of one rollout. The same for every plan of a turn (common random
/// numbers): plans are compared on the same rolls of the dice, so a difference
/// in score is the plan's, not luck's.
fn seed(st: &GameState, rollout: u64) -> u64 {
    let mut x = st.seed ^ 0xE4_9E27 ^ (st.turn as u64) << 40 ^ rollout << 24;
    x = x.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    x ^ x >> 31
}

/// What the expert weighs: the computer's turn, the scripted ones, and openings
/// by the computer's best-scored strategic moves and the few always worth a look.
fn plans(st: &GameState, c: CharId) -> Vec<TurnPlan> {
    let legal = legal_commands(st, c);
    if legal.is_empty() {
        return vec![];
    }
    let mut out = vec![TurnPlan::Computer, TurnPlan::Sensible, TurnPlan::LieLow];
    let mut opts = crate::ai::options(st, c);
    opts.sort_by_key(|o| (std::cmp::Reverse(o.score), o.command));
    // Speeches, articles and courting the computer's turn does anyway; a question is answered by every plan.
    let routine = |x: &Command| matches!(x, Command::Speech | Command::Article | Command::Court { .. } | Command::Choose { .. });
    // The cells are the engine of a seat without the Secretariat: the best canvass
    // is always weighed, whatever the computer scores it.
    let canvass = opts.iter().find(|o| matches!(o.command, Command::Canvass { .. }) && check(st, c, &o.command).is_ok()).map(|o| o.command);
    let openings = opts.into_iter().map(|o| o.command).filter(|x| !routine(x) && check(st, c, x).is_ok());
    // Every answer to a question put to him (the computer answers by the scenario's
    // weights alone: 'Lessons of October' or silence is a choice of the game's
    // course), and every bloc he may join or found: an alliance's moment is the
    // search's to judge, not a rule of thumb's.
    let answers = legal.iter().copied().filter(|x| matches!(x, Command::Choose { .. }));
    let blocs = legal.iter().copied().filter(|x| matches!(x, Command::JoinBloc { .. }));
    let found = legal.iter().copied().find(|x| matches!(x, Command::FormBloc { .. }));
    let always = ALWAYS.into_iter().filter(|x| legal.contains(x));
    for cmd in openings.take(effort::OPENINGS).chain(canvass).chain(always).chain(answers).chain(blocs).chain(found) {
        if !out.contains(&TurnPlan::Opening(cmd)) {
            out.push(TurnPlan::Opening(cmd));
        }
    }
    out
}

/// One rollout: the plan, the rest of this turn as the computer plays it, then
/// `DEPTH` turns with the computer on every other side and the seat played as
/// `afterwards` says.
fn rollout(base: &GameState, c: CharId, plan: TurnPlan, seed: u64, afterwards: Afterwards) -> f64 {
    let mut sim = base.clone();
    sim.rng = GameRng::seeded(seed);
    // The computer's choices are drawn from the game's seed: a rollout that kept
    // it would foresee every opponent's exact move. Each rollout guesses them
    // afresh, as a player must; each man's nerve and watchfulness it knows.
    sim.ai_salt = seed;
    run(&mut sim, c, plan);
    crate::ai::play_turn(&mut sim, Some(c));
    sim.end_turn();
    for _ in 0..effort::DEPTH {
        if sim.is_over() {
            break;
        }
        match afterwards {
            Afterwards::Computer => {
                crate::ai::play_turn(&mut sim, None);
            }
            Afterwards::Sensible => {
                judged_normally(&mut sim, |st| scripted(st, c, super::Strategy::Sensible));
                crate::ai::play_turn(&mut sim, Some(c));
            }
        }
        sim.end_turn();
    }
    value(&sim, c)
}

/// How good a position is for `c`, from 0 (fallen, or another supreme) to 1
/// (supreme). Undecided: his share of power against his strongest rival, less
/// for a rank below the Politburo, since the game is won from its seats.
fn value(st: &GameState, c: CharId) -> f64 {
    match &st.outcome {
        Some(Outcome::Supremacy { winner, .. }) => return if *winner == c { 1.0 } else { 0.0 },
        Some(Outcome::EndDate { leader, .. }) => return if *leader == c { 0.9 } else { 0.05 },
        Some(Outcome::PlayerFell { .. }) => return 0.0,
        None => {}
    }
    if !st.active(c) {
        return 0.0;
    }
    let mine = power(st, c).max(0) as f64;
    let rival =
        st.ids().filter(|&r| r != c && st.scn.def.characters[r].contender && st.active(r)).map(|r| power(st, r).max(0)).max().unwrap_or(0)
            as f64;
    let share = if mine + rival > 0.0 { mine / (mine + rival) } else { 0.5 };
    let rank = match st.chars[c].rank {
        Rank::Politburo => 1.0,
        Rank::Candidate => 0.85,
        _ => 0.6,
    };
    0.1 + 0.8 * share * rank
}
