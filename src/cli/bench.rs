//! `politburo bench`: full computer-only games on one core and on every core, and
//! how the time per game grows with the cast (`--cast 2,4,8` copies the minor
//! figures until the cast is that many times the scenario's). The games' digest
//! (their final state hashes folded together) says whether a change to the code
//! changed any game: the same digest, the same games.

use super::simulate;
use crate::scenario::{Rank, Scenario};
use std::sync::Arc;
use std::time::Instant;

/// How much faster than the cast the time per game may grow: a cast `k` times
/// the scenario's may cost at most `SLOPE * k` times as much per game.
const SLOPE: f64 = 1.5;

/// What a run of seeds played: seconds, turns, the winners, and the games' digest.
#[derive(Default)]
struct Played {
    secs: f64,
    turns: u64,
    wins: std::collections::BTreeMap<String, u64>,
    digest: u64,
}

/// Plays the given seeds on this thread.
fn play(scn: &Arc<Scenario>, seeds: impl Iterator<Item = u64>) -> Played {
    let start = Instant::now();
    let mut p = Played::default();
    for seed in seeds {
        let st = simulate(scn.clone(), seed, None, true);
        p.turns += st.turn as u64 + 1;
        let who = match &st.outcome {
            Some(o) => st.ids().find(|&c| o.won(c)).map(|c| scn.short(c).to_string()).unwrap_or_else(|| "nobody".into()),
            None => "unfinished".into(),
        };
        *p.wins.entry(who).or_default() += 1;
        // Each game's hash mixed with its seed: the digest does not depend on the order the threads finish.
        p.digest = p.digest.wrapping_add(st.state_hash() ^ seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
    }
    p.secs = start.elapsed().as_secs_f64();
    p
}

/// Plays seeds `0..games` shared among `threads` threads; the seconds are the wall clock's.
fn play_parallel(scn: &Arc<Scenario>, games: u64, threads: u64) -> Played {
    let start = Instant::now();
    let parts: Vec<Played> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads).map(|t| s.spawn(move || play(scn, (t..games).step_by(threads as usize)))).collect();
        handles.into_iter().map(|h| h.join().expect("a bench thread panicked")).collect()
    });
    let mut all = Played { secs: start.elapsed().as_secs_f64(), ..Played::default() };
    for p in parts {
        all.turns += p.turns;
        all.digest = all.digest.wrapping_add(p.digest);
        for (k, v) in p.wins {
            *all.wins.entry(k).or_default() += v;
        }
    }
    all
}

pub fn run(scn: Arc<Scenario>, games: u64, cast: Vec<usize>) {
    let games = games.max(1);
    let one = play(&scn, 0..games);
    let per_min = |p: &Played| games as f64 / p.secs * 60.0;
    println!("{games} full computer-only games on one core in {:.2} s", one.secs);
    println!("  {:.1} games per second, {:.0} games per minute per core", games as f64 / one.secs, per_min(&one));
    println!("  {:.2} ms per game, {:.1} turns per game on average", one.secs * 1000.0 / games as f64, one.turns as f64 / games as f64);
    println!("  winners: {}", one.wins.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", "));
    println!("  digest of the games: {:016x}", one.digest);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    if threads > 1 {
        let all = play_parallel(&scn, games, threads);
        assert_eq!(all.digest, one.digest, "the same seeds played on several threads must play the same games");
        println!("The same games on {threads} threads in {:.2} s: {:.0} games per minute on all of them", all.secs, per_min(&all));
    }
    if cast.is_empty() {
        return;
    }
    let n0 = scn.def.characters.len();
    println!("\nThe cast grown (the minor figures copied); time per game against the scenario's,");
    println!("both timed in turns so that a change in the machine's load falls on each alike:");
    println!(
        "  {:>10} {:>12} {:>10} {:>12} {:>10} {:>8} {:>18}",
        "characters", "ms per game", "time ×", "characters ×", "allowed ×", "", "digest"
    );
    for k in cast {
        let big = Arc::new(grown(&scn, k));
        let n = big.def.characters.len();
        let (base, grown) = interleaved(&scn, &big, games);
        let ms = grown.secs * 1000.0 / games as f64;
        let (ratio, chars) = (grown.secs / base.secs, n as f64 / n0 as f64);
        let allowed = SLOPE * chars;
        let verdict = if ratio <= allowed { "pass" } else { "FAIL" };
        println!("  {n:>10} {ms:>12.2} {ratio:>10.2} {chars:>12.2} {allowed:>10.2} {verdict:>8} {:>18}", format!("{:016x}", grown.digest));
    }
    println!("(pass: the time per game grows at most {SLOPE} times as fast as the cast)");
}

/// Plays seeds `0..games` of both scenarios in alternating rounds of a tenth of them,
/// so that both are timed under the same load.
fn interleaved(scn: &Arc<Scenario>, big: &Arc<Scenario>, games: u64) -> (Played, Played) {
    let round = games.div_ceil(10);
    let mut acc = [Played::default(), Played::default()];
    for start in (0..games).step_by(round as usize) {
        let seeds = start..(start + round).min(games);
        for (a, s) in acc.iter_mut().zip([scn, big]) {
            let p = play(s, seeds.clone());
            a.secs += p.secs;
            a.turns += p.turns;
            a.digest = a.digest.wrapping_add(p.digest);
        }
    }
    let [a, b] = acc;
    (a, b)
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
