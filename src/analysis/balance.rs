//! The balance, measured against its targets in one run (`analyze --balance`):
//! the computer on every side, a sensible and an expert Trotsky, an expert and a
//! blitz Stalin, the expert at each difficulty, every balance number moved by
//! a tenth, and the speed of the rules. Each target is a figure with its goal and
//! whether the figure meets it, so a designer sees at once what still fails.

use super::{GameResult, Setup, Strategy, WorkerPanicked, run, sweep};
use crate::ai::Difficulty;
use crate::rules::state::GameState;
use crate::scenario::{CharId, Scenario};
use std::sync::Arc;

/// How many games each part of the report plays.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    /// The computer on every side.
    pub all: u64,
    /// A scripted seat (sensible, blitz).
    pub seat: u64,
    /// The expert seat, at each difficulty (it thinks ahead, so it is slow).
    pub expert: u64,
    /// Each setting of the sweep of every balance number.
    pub sweep: u64,
}

impl Sizes {
    /// The report's sizes for `games` all-computer games.
    pub fn from_games(games: u64) -> Sizes {
        // The sweep's settings share their seeds, but a tenth of the games left a
        // move of ten points inside the dice's noise: half as many as the whole run.
        Sizes { all: games, seat: (games / 2).max(1), expert: (games / 10).max(1), sweep: (games / 2).max(1) }
    }
}

/// One target: what is measured, the figure, the goal, and whether it is met.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Target {
    pub name: String,
    pub figure: String,
    pub goal: String,
    pub met: bool,
}

fn target(name: &str, figure: String, goal: &str, met: bool) -> Target {
    Target { name: name.into(), figure, goal: goal.into(), met }
}

/// The leader's share of the games, in percent, and how many he won outright.
fn share(results: &[GameResult], c: CharId) -> (f64, usize) {
    let won = results.iter().filter(|r| r.winner == Some(c));
    let n = results.len().max(1) as f64;
    let (all, outright) = won.fold((0, 0), |(a, o), r| (a + 1, o + usize::from(r.supreme)));
    (all as f64 * 100.0 / n, outright)
}

/// The year that decided the most games, and its share in percent.
fn busiest_year(results: &[GameResult]) -> (i32, f64) {
    let mut years = std::collections::BTreeMap::<i32, usize>::new();
    for r in results {
        *years.entry(r.decided.year()).or_default() += 1;
    }
    let (y, n) = years.into_iter().max_by_key(|&(y, n)| (n, std::cmp::Reverse(y))).unwrap_or((0, 0));
    (y, n as f64 * 100.0 / results.len().max(1) as f64)
}

/// Plays `games` games of `scn` with `seat` at `difficulty`.
fn games(
    scn: &Arc<Scenario>,
    seat: Option<(CharId, Strategy)>,
    difficulty: Difficulty,
    n: u64,
    seed: u64,
    threads: usize,
) -> Result<Vec<GameResult>, WorkerPanicked> {
    let mut start = GameState::new(scn.clone(), seed);
    start.difficulty = difficulty;
    run(&Setup { start, seat }, n, seed, threads, &|_| {})
}

/// Why a report could not be made.
#[derive(Debug)]
pub enum Failed {
    /// The targets are the 1924 struggle's: they name Stalin and Trotsky.
    NotThe1924Cast,
    Panicked(WorkerPanicked),
}

impl From<WorkerPanicked> for Failed {
    fn from(e: WorkerPanicked) -> Failed {
        Failed::Panicked(e)
    }
}

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failed::NotThe1924Cast => {
                write!(f, "the balance targets are the 1924 struggle's: the scenario needs the characters \"stalin\" and \"trotsky\"")
            }
            Failed::Panicked(e) => e.fmt(f),
        }
    }
}

/// Every target of the balance, measured. `progress` hears each part's name as it begins.
pub fn report(scn: &Arc<Scenario>, sizes: Sizes, seed: u64, threads: usize, progress: &dyn Fn(&str)) -> Result<Vec<Target>, Failed> {
    let (Some(stalin), Some(trotsky)) = (scn.char_id("stalin"), scn.char_id("trotsky")) else {
        return Err(Failed::NotThe1924Cast);
    };
    let pct = |x: f64| format!("{x:.1}%");
    let mut out = vec![];

    progress("the computer on every side");
    let clock = std::time::Instant::now();
    let all = games(scn, None, Difficulty::Normal, sizes.all, seed, threads)?;
    let per_minute = sizes.all as f64 / clock.elapsed().as_secs_f64().max(1e-9) * 60.0;
    let (s, _) = share(&all, stalin);
    out.push(target("all computer: Stalin", pct(s), "35–60%", (35.0..=60.0).contains(&s)));
    let (t, _) = share(&all, trotsky);
    out.push(target("all computer: Trotsky", pct(t), "at least 5%", t >= 5.0));
    let winners = CharId::all(scn.n_chars()).filter(|&c| share(&all, c).0 >= 3.0).count();
    out.push(target("all computer: leaders winning at least 3%", winners.to_string(), "at least 4", winners >= 4));
    let (y, ys) = busiest_year(&all);
    out.push(target("all computer: the busiest year of decision", format!("{y}: {ys:.1}%"), "at most 50%", ys <= 50.0));

    progress("a sensible Trotsky, a blitz Stalin");
    let sensible = games(scn, Some((trotsky, Strategy::Sensible)), Difficulty::Normal, sizes.seat, seed, threads)?;
    let (t, _) = share(&sensible, trotsky);
    out.push(target("sensible Trotsky", pct(t), "at least 15%", t >= 15.0));
    let blitz = games(scn, Some((stalin, Strategy::Blitz)), Difficulty::Normal, sizes.seat, seed, threads)?;
    let (s, _) = share(&blitz, stalin);
    out.push(target("blitz Stalin", pct(s), "at most 25%", s <= 25.0));

    progress("the expert in each seat and at each difficulty");
    let mut ladder = vec![];
    for d in [Difficulty::Easy, Difficulty::Normal, Difficulty::Hard] {
        let r = games(scn, Some((trotsky, Strategy::Expert)), d, sizes.expert, seed, threads)?;
        ladder.push(share(&r, trotsky));
    }
    let (t, outright) = ladder[1];
    out.push(target(
        "expert Trotsky",
        format!("{t:.1}% ({outright} outright)"),
        "25–45%, some outright",
        (25.0..=45.0).contains(&t) && outright > 0,
    ));
    let expert_stalin = games(scn, Some((stalin, Strategy::Expert)), Difficulty::Normal, sizes.expert, seed, threads)?;
    let (s, _) = share(&expert_stalin, stalin);
    out.push(target("expert Stalin", pct(s), "50–75%", (50.0..=75.0).contains(&s)));
    let falls = ladder[0].0 >= ladder[1].0 && ladder[1].0 >= ladder[2].0 && ladder[0].0 > ladder[2].0;
    let figure = format!("easy {:.1}%, normal {:.1}%, hard {:.1}%", ladder[0].0, ladder[1].0, ladder[2].0);
    out.push(target("expert Trotsky from easy to hard", figure, "falls", falls));

    progress("every balance number moved by a tenth");
    let base = share(&games(scn, None, Difficulty::Normal, sizes.sweep, seed, threads)?, stalin).0;
    let mut widest = (0.0f64, String::new());
    for (path, v) in sweep::numbers(scn) {
        let step = (v.abs() + 5) / 10;
        for moved in [v - step, v + step].into_iter().filter(|_| step > 0) {
            let Ok(s) = sweep::with(scn, &path, moved) else { continue };
            let d = share(&games(&Arc::new(s), None, Difficulty::Normal, sizes.sweep, seed, threads)?, stalin).0 - base;
            if d.abs() > widest.0.abs() {
                widest = (d, format!("{path} = {moved}"));
            }
        }
    }
    let figure = format!("{:+.1} points at {}", widest.0, widest.1);
    out.push(target("flat curve: Stalin's widest move", figure, "under 10 points", widest.0.abs() < 10.0));

    progress("the speed of the rules");
    out.push(target(
        "all-computer games a minute",
        format!("{per_minute:.0} on {threads} threads"),
        "at least 10,000 on 2 cores",
        per_minute >= 10_000.0 * threads.min(2) as f64 / 2.0,
    ));
    Ok(out)
}
