//! `politburo soak`: thousands of seeded games, some leaders playing random legal
//! commands and the rest the computer, with the invariants checked after every
//! turn, illegal commands tried against the one door, and saves round-tripped.
//! It is the long-run test: too slow for `cargo test`, fast in release.

use crate::rules::apply::apply;
use crate::rules::invariants::violations;
use crate::rules::legality::check;
use crate::rules::legality::{candidate_commands, legal_commands};
use crate::rules::replay::SaveFile;
use crate::rules::rng::GameRng;
use crate::rules::state::GameState;
use crate::scenario::CharId;
use crate::scenario::Scenario;
use rand::RngExt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// What one game of the soak found.
#[derive(Default)]
struct Report {
    turns: u64,
    commands: u64,
    illegal_tried: u64,
    problems: Vec<String>,
}

/// Plays `games` games from `seed` on every core; returns the exit code.
pub fn run(scn: Arc<Scenario>, games: u64, seed: u64) -> i32 {
    let start = std::time::Instant::now();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    let done = Arc::new(AtomicU64::new(0));
    let reports: Vec<(u64, Report)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let (scn, done) = (scn.clone(), done.clone());
                s.spawn(move || {
                    let mut out = vec![];
                    for g in (t..games).step_by(threads as usize) {
                        let game_seed = seed.wrapping_add(g);
                        let scn = scn.clone();
                        let r = std::panic::catch_unwind(move || one_game(scn, game_seed)).unwrap_or_else(|p| {
                            let msg = p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()));
                            Report { problems: vec![format!("panic: {}", msg.unwrap_or_default())], ..Report::default() }
                        });
                        out.push((game_seed, r));
                        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                        if t == 0 && (n.is_multiple_of(100) || n == games) {
                            eprint!("\r  {n}/{games} games");
                        }
                    }
                    out
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
    });
    eprintln!();
    let mut reports = reports;
    reports.sort_by_key(|r| r.0);
    let secs = start.elapsed().as_secs_f64();
    let sum = |f: fn(&Report) -> u64| reports.iter().map(|(_, r)| f(r)).sum::<u64>();
    println!("soak: {games} games from seed {seed} on {threads} threads in {secs:.1} s ({:.0} games/s)", games as f64 / secs);
    println!(
        "  {} turns, {} commands applied, {} illegal commands refused with the state unchanged",
        sum(|r| r.turns),
        sum(|r| r.commands),
        sum(|r| r.illegal_tried)
    );
    if let Some(kb) = peak_memory_kib() {
        println!("  peak memory: {:.1} MiB", kb as f64 / 1024.0);
    }
    let bad: Vec<_> = reports.iter().filter(|(_, r)| !r.problems.is_empty()).collect();
    for (s, r) in bad.iter().take(20) {
        for p in r.problems.iter().take(3) {
            println!("  seed {s}: {p}");
        }
    }
    if bad.is_empty() {
        println!("  every invariant held after every turn; no panic; every save replayed to its hash");
        0
    } else {
        println!("  {} of {games} games broke something", bad.len());
        1
    }
}

/// One game: 0 to 5 random leaders, the rest the computer; every 25th game is
/// saved and replayed to its hash.
fn one_game(scn: Arc<Scenario>, seed: u64) -> Report {
    let mut rep = Report::default();
    let mut st = GameState::new(scn.clone(), seed);
    st.chronicle.quiet = true;
    let mut r = GameRng::seeded(seed ^ 0x5eed_50a4);
    let randoms: Vec<CharId> = st.ids().filter(|_| r.random_range(0..100) < 25).collect();
    while !st.is_over() {
        for &c in &randoms {
            for _ in 0..4 {
                try_illegal(&mut st, c, &mut r, &mut rep);
                let legal = legal_commands(&st, c);
                if legal.is_empty() {
                    break;
                }
                let cmd = legal[r.random_range(0..legal.len())];
                match apply(&mut st, c, cmd) {
                    Ok(_) => rep.commands += 1,
                    Err(e) => rep.problems.push(format!("turn {}: a listed command was refused: {cmd:?}: {e:?}", st.turn)),
                }
            }
        }
        let before = st.log.len();
        for c in st.ids() {
            if !randoms.contains(&c) {
                crate::ai::act(&mut st, c);
            }
        }
        rep.commands += (st.log.len() - before) as u64;
        st.end_turn();
        rep.turns += 1;
        for v in violations(&st) {
            rep.problems.push(format!("turn {}: {v}", st.turn));
        }
        if rep.problems.len() > 5 {
            return rep;
        }
    }
    if seed.is_multiple_of(25) {
        let text = SaveFile::from_game(&st).to_ron();
        match SaveFile::parse(&text).map(|f| f.replay(scn, true)) {
            Ok(Ok(b)) if b.state_hash() == st.state_hash() => {}
            Ok(Ok(_)) => rep.problems.push("the saved game replayed to another hash".into()),
            Ok(Err(e)) | Err(e) => rep.problems.push(format!("the saved game did not replay: {e}")),
        }
    }
    rep
}

/// Tries one command the rules refuse, if there is one among the candidates, and
/// checks that it changed nothing.
fn try_illegal(st: &mut GameState, c: CharId, r: &mut GameRng, rep: &mut Report) {
    let mut refused = vec![];
    candidate_commands(st, c, &mut |cmd| {
        if check(st, c, &cmd).is_err() {
            refused.push(cmd);
        }
    });
    if refused.is_empty() {
        return;
    }
    let cmd = refused[r.random_range(0..refused.len())];
    let h = st.state_hash();
    if apply(st, c, cmd).is_ok() {
        rep.problems.push(format!("turn {}: {cmd:?} was applied though check refused it", st.turn));
    } else if st.state_hash() != h {
        rep.problems.push(format!("turn {}: a refused {cmd:?} changed the state", st.turn));
    }
    rep.illegal_tried += 1;
}

/// The process's peak resident memory, where the system tells it (Linux).
fn peak_memory_kib() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
