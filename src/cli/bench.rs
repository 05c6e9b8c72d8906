//! `politburo bench`: full computer-only games on one core, and how the time per
//! game grows with the cast (`--cast 2,4,8` copies the minor figures until the
//! cast is that many times the scenario's).

use super::simulate;
use crate::scenario::{Rank, Scenario};
use std::sync::Arc;

/// Games per second, turns per game and the winners of `games` seeds.
fn measure(scn: &Arc<Scenario>, games: u64) -> (f64, f64, Vec<String>) {
    let start = std::time::Instant::now();
    let mut turns = 0u64;
    let mut wins = std::collections::BTreeMap::<String, u64>::new();
    for seed in 0..games {
        let st = simulate(scn.clone(), seed, None, true);
        turns += st.turn as u64 + 1;
        let who = match &st.outcome {
            Some(o) => st.ids().find(|&c| o.won(c)).map(|c| scn.short(c).to_string()).unwrap_or_else(|| "nobody".into()),
            None => "unfinished".into(),
        };
        *wins.entry(who).or_default() += 1;
    }
    let secs = start.elapsed().as_secs_f64();
    (secs, turns as f64 / games.max(1) as f64, wins.iter().map(|(k, v)| format!("{k} {v}")).collect())
}

pub fn run(scn: Arc<Scenario>, games: u64, cast: Vec<usize>) {
    let (secs, turns, wins) = measure(&scn, games);
    println!("{games} full computer-only games on one core in {secs:.2} s");
    println!("  {:.1} games per second, {:.0} games per minute per core", games as f64 / secs, games as f64 / secs * 60.0);
    println!("  {:.2} ms per game, {turns:.1} turns per game on average", secs * 1000.0 / games as f64);
    println!("  winners: {}", wins.join(", "));
    if cast.is_empty() {
        return;
    }
    let base_ms = secs * 1000.0 / games as f64;
    let n0 = scn.def.characters.len();
    println!("\nThe cast grown (the minor figures copied); time per game against the scenario's:");
    println!("  {:>10} {:>12} {:>10} {:>12}", "characters", "ms per game", "time ×", "characters ×");
    for k in cast {
        let big = Arc::new(grown(&scn, k));
        let n = big.def.characters.len();
        let (s, _, _) = measure(&big, games);
        let ms = s * 1000.0 / games as f64;
        println!("  {n:>10} {ms:>12.2} {:>10.2} {:>12.2}", ms / base_ms, n as f64 / n0 as f64);
    }
}

/// The scenario with its minor figures (neither contenders nor in the Politburo)
/// copied until the cast is about `k` times as large, as Central Committee members.
pub fn grown(scn: &Scenario, k: usize) -> Scenario {
    let mut def = scn.def.clone();
    let n0 = def.characters.len();
    let minor: Vec<_> =
        def.characters.iter().filter(|c| !c.contender && c.rank < Rank::Candidate && c.rank >= Rank::Member).cloned().collect();
    let mut copy = 1;
    while def.characters.len() < n0 * k.max(1) && !minor.is_empty() {
        for c in &minor {
            if def.characters.len() >= n0 * k {
                break;
            }
            let mut d = c.clone();
            d.id = format!("{}_{copy}", c.id);
            d.name = format!("{} ({copy})", c.name);
            d.rank = Rank::CentralCommittee.min(c.rank);
            d.playable = false;
            def.characters.push(d);
        }
        copy += 1;
    }
    Scenario::index(def, &scn.path)
}
