//! `politburo analyze --sweep PATH=V1,V2` and `--sweep-all PERCENT`: the same
//! games with one number moved at a time, and how far the leading winner's share
//! moves with it. The flatter the table, the less the game hangs on one number.

use super::analyze::{Args, seat_of, starting_position, threads_of};
use crate::analysis::{self, Setup, sweep};
use crate::scenario::{CharId, Scenario};
use std::sync::Arc;

/// The share (0..1) of games each leader won, by leader.
fn shares(scn: &Arc<Scenario>, a: &Args) -> Result<Vec<f64>, i32> {
    let seat = seat_of(scn, a)?;
    let mut start = starting_position(scn, a).map_err(|e| {
        eprintln!("error: {e}");
        2
    })?;
    start.difficulty = a.difficulty;
    let results = analysis::run(&Setup { start, seat }, a.games, a.seed, threads_of(a), &|_| {}).map_err(|e| {
        eprintln!("error: {e}");
        1
    })?;
    let mut wins = vec![0.0; scn.def.characters.len()];
    for w in results.iter().filter_map(|g| g.winner) {
        wins[w.0] += 1.0;
    }
    Ok(wins.into_iter().map(|w| w / a.games.max(1) as f64).collect())
}

/// The sweeps asked for: each path with its values.
fn plan(scn: &Scenario, a: &Args) -> Result<Vec<(String, Vec<i64>)>, String> {
    let mut out = vec![];
    for s in &a.sweeps {
        out.push(sweep::parse(s)?);
    }
    if let Some(pct) = a.sweep_all {
        for (path, v) in sweep::numbers(scn) {
            let step = (v.abs() * pct as i64 + 50) / 100;
            if step > 0 {
                out.push((path, vec![v - step, v + step]));
            }
        }
    }
    Ok(out)
}

pub fn run(scn: &Arc<Scenario>, a: &Args) -> i32 {
    let plan = match plan(scn, a) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("error: --sweep: {e}");
            return 2;
        }
    };
    let base = match shares(scn, a) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let lead = (0..base.len()).max_by(|&x, &y| base[x].total_cmp(&base[y]).then(y.cmp(&x))).map(CharId).unwrap_or(CharId(0));
    println!("{} games a setting; {} wins {:.1}% as the scenario stands.", a.games, scn.name(lead), base[lead.0] * 100.0);
    println!("{:<44} {:>8} {:>8} {:>8}", "number", "value", "share", "moved");
    let mut widest: (f64, String) = (0.0, String::new());
    for (path, values) in plan {
        for v in values {
            let moved = match sweep::with(scn, &path, v) {
                Ok(s) => Arc::new(s),
                Err(e) => {
                    println!("{path:<44} {v:>8}  skipped: {e}");
                    continue;
                }
            };
            let s = match shares(&moved, a) {
                Ok(s) => s[lead.0],
                Err(code) => return code,
            };
            let d = (s - base[lead.0]) * 100.0;
            println!("{path:<44} {v:>8} {:>7.1}% {d:>+7.1}", s * 100.0);
            if d.abs() > widest.0 {
                widest = (d.abs(), format!("{path} = {v}"));
            }
        }
    }
    if !widest.1.is_empty() {
        println!("The widest move: {:.1} points, at {}.", widest.0, widest.1);
    }
    0
}
