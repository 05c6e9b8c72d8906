//! `politburo analyze --balance`: every balance target of the 1924 struggle
//! measured in one run and printed with its goal, then how the time per game
//! grows with the cast. Exits 1 when a target is missed, so a script can gate on it.

use super::analyze::{Args, threads_of};
use crate::analysis::balance::{self, Sizes};
use crate::scenario::Scenario;
use std::sync::Arc;

pub fn run(scn: &Arc<Scenario>, a: &Args) -> i32 {
    let sizes = Sizes::from_games(a.games);
    let threads = threads_of(a);
    println!(
        "The balance of \"{}\" against its targets, on normal unless named: {} games with the computer on every side, {} for each scripted seat, {} for each expert seat, {} for each setting of the sweep; seeds from {}.",
        scn.def.name, sizes.all, sizes.seat, sizes.expert, sizes.sweep, a.seed
    );
    let targets = match balance::report(scn, sizes, a.seed, threads, &|part| eprintln!("  measuring {part}…")) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    println!("\n  {:<44} {:<40} {:<26} met", "target", "figure", "goal");
    for t in &targets {
        println!("  {:<44} {:<40} {:<26} {}", t.name, t.figure, t.goal, if t.met { "yes" } else { "NO" });
    }
    let cast = cast_scaling(scn, (a.games / 20).clamp(5, 50));
    println!("\n  The cost of a game as the cast grows ({} games each, one core): {cast}", (a.games / 20).clamp(5, 50));
    let missed = targets.iter().filter(|t| !t.met).count();
    println!("\n{} of {} targets met.", targets.len() - missed, targets.len());
    i32::from(missed > 0)
}

/// "×2 cast: 1.9 times the time (goal ≤ 3); ×8 cast: …", from `bench`'s grown casts.
fn cast_scaling(scn: &Arc<Scenario>, games: u64) -> String {
    let time = |s: &Arc<Scenario>| {
        let clock = std::time::Instant::now();
        for seed in 0..games {
            super::simulate(s.clone(), seed, None, true);
        }
        clock.elapsed().as_secs_f64()
    };
    let base = time(scn).max(1e-9);
    [(2, 3.0), (8, 12.0)]
        .iter()
        .map(|&(k, goal)| {
            let ratio = time(&Arc::new(super::bench::grown(scn, k))) / base;
            format!("×{k} cast: {ratio:.1} times the time (goal at most {goal}: {})", if ratio <= goal { "met" } else { "NOT met" })
        })
        .collect::<Vec<_>>()
        .join("; ")
}
