//! Many games at once, for balance and for "what if": who wins how often (with a
//! confidence interval), when the struggle is decided, and how often the path
//! passes through the scenario's historical milestones. Each game has its own
//! seed; games run on every core, and the results are put back in seed order so
//! the report is the same whatever the number of threads.

use crate::rules::chronicle::Event;

pub mod balance;
pub mod calibration;
mod expert;
mod strategies;
pub mod sweep;
use crate::rules::rng::GameRng;
use crate::rules::state::{GameState, Outcome};
use crate::scenario::date::Date;
use crate::scenario::{CharId, Rank};
use std::sync::atomic::{AtomicU64, Ordering};
pub use strategies::Strategy;
use strategies::play_seat;

/// What a batch of games starts from and who sits where.
#[derive(Clone)]
pub struct Setup {
    /// The position every game starts from (a new game, a save, a date of history).
    pub start: GameState,
    /// The leader in the player's seat and how he plays; `None`: the computer plays all.
    pub seat: Option<(CharId, Strategy)>,
}

/// One game's result.
#[derive(Debug, Clone)]
pub struct GameResult {
    pub seed: u64,
    /// Who won (supreme, or leading when the calendar ran out); `None` if the seat fell.
    pub winner: Option<CharId>,
    pub supreme: bool,
    /// When it was decided.
    pub decided: Date,
    /// Which milestones the game passed through, in the scenario's order.
    pub milestones: Vec<bool>,
    /// Each motion voted: the odds shown when it was put, and whether it carried.
    pub forecasts: Vec<(f64, bool)>,
    /// A chapter's answer: the index of the ending that held.
    pub ending: Option<usize>,
}

/// Plays one game from the setup with its own seed. The milestones are read
/// from the game's events (a leader's fall down the ladder, his death), each
/// turn's events dropped once read so the computer's lookahead copies stay small.
pub fn play_one(setup: &Setup, seed: u64) -> GameResult {
    let mut st = setup.start.clone();
    st.chronicle.quiet = false;
    st.chronicle.entries.clear();
    st.seed = seed;
    st.rng = GameRng::seeded(seed);
    let scn = st.scn.clone();
    let ms = &scn.def.milestones;
    let who: Vec<CharId> = ms.iter().map(|m| scn.cid(&m.who)).collect();
    let mut hit: Vec<bool> = (0..ms.len()).map(|i| reached(&st, who[i], &ms[i]) && st.date <= ms[i].by).collect();
    let mut own = seat_rng(seed);
    if let Some((c, _)) = &setup.seat {
        st.player = Some(*c);
    }
    let mut forecasts = calibration::Forecasts::default();
    while !st.is_over() {
        play_turn(&mut st, setup.seat.as_ref(), &mut own);
        let date = st.date;
        st.end_turn();
        // A rise is read from the state the turn leaves: the rank or post he holds.
        for i in (0..ms.len()).filter(|&i| ms[i].is_rise() && date <= ms[i].by) {
            hit[i] |= reached(&st, who[i], &ms[i]);
        }
        for e in st.chronicle.entries.drain(..) {
            forecasts.read(&e);
            let fell = match e.event {
                Event::Demoted { who, to } => Some((who, to)),
                Event::Died { who, .. } => Some((who, Rank::Deported)),
                _ => None,
            };
            if let Some((c, to)) = fell {
                for i in (0..ms.len()).filter(|&i| !ms[i].is_rise()) {
                    hit[i] |= who[i] == c && (to <= ms[i].at_most || matches!(e.event, Event::Died { .. })) && e.date <= ms[i].by;
                }
            }
        }
    }
    let (winner, supreme) = match &st.outcome {
        Some(Outcome::Supremacy { winner, .. }) => (Some(*winner), true),
        Some(Outcome::EndDate { leader, .. }) => (Some(*leader), false),
        _ => (None, false),
    };
    let ending = crate::rules::chapter::ending(&st).and_then(|e| scn.def.chapter.as_ref()?.endings.iter().position(|x| std::ptr::eq(x, e)));
    GameResult { seed, winner, supreme, decided: st.date, milestones: hit, forecasts: forecasts.decided, ending }
}

/// Has `c` reached the milestone in this state: fallen that far, or risen?
fn reached(st: &GameState, c: CharId, m: &crate::scenario::MilestoneDef) -> bool {
    if !m.is_rise() {
        return !st.chars[c].alive || st.chars[c].rank <= m.at_most;
    }
    let ch = &st.chars[c];
    let rank = m.at_least.is_none_or(|r| ch.rank >= r);
    let post = m.holds.as_ref().is_none_or(|o| st.holds_office(c, st.scn.oid(o)));
    ch.alive && !ch.incapacitated && rank && post
}

/// The seat's own generator for a game's seed (random play draws from it, never
/// from the game's), so `simulate --as` replays exactly the game `analyze` counted.
pub fn seat_rng(seed: u64) -> GameRng {
    GameRng::seeded(seed ^ 0x5ea7)
}

/// One turn's commands: the seat plays by its strategy (unless it is the computer's),
/// then the computer plays everyone else. `simulate --as` goes through here too, so it
/// plays the very game `analyze` counted. Returns what each computer leader chose.
pub fn play_turn(st: &mut GameState, seat: Option<&(CharId, Strategy)>, own: &mut GameRng) -> Vec<(CharId, Vec<crate::ai::Choice>)> {
    let seat = seat.filter(|(_, s)| *s != Strategy::Ai);
    if let Some((c, strategy)) = seat {
        play_seat(st, *c, strategy, own);
    }
    // The hard computer's searching rival costs a rollout search a turn: the
    // measurements give him only to the expert seat, the measuring stick of what a
    // player who plans faces; every other strategy meets the computer's judgement.
    match seat {
        Some((c, Strategy::Expert)) => computer_turn(st, Some(*c)),
        _ => crate::ai::play_turn(st, seat.map(|(c, _)| *c)),
    }
}

/// The computer's turn around the player (`skip`: the seat it does not play). On
/// hard, the player's chief rival (the contender who menaces most) weighs his turn
/// by playing the game on, as the expert does; everyone else plays by judgement.
/// The window and the terminal play their computer turns through here too.
pub fn computer_turn(st: &mut GameState, skip: Option<CharId>) -> Vec<(CharId, Vec<crate::ai::Choice>)> {
    let rival = st.player.filter(|_| st.difficulty == crate::ai::Difficulty::Hard).and_then(|p| chief_rival(st, p));
    let mut out = vec![];
    if let Some(r) = rival {
        let before = st.log.len();
        expert::play(st, r, expert::Afterwards::Computer);
        let plan = Some(crate::ai::plan_of(st, r));
        let taken = st.log[before..].iter().filter(|e| e.1 == r).map(|&(_, _, command)| crate::ai::Choice {
            command,
            score: 0,
            why: "weighed by playing the game on two years, several rolls of the dice".into(),
            plan,
        });
        out.push((r, taken.collect()));
    }
    let skipped: Vec<CharId> = skip.into_iter().chain(rival).collect();
    out.extend(crate::ai::play_turn_except(st, &skipped));
    out
}

/// The contender, other than the player, who menaces most.
fn chief_rival(st: &GameState, player: CharId) -> Option<CharId> {
    st.ids()
        .filter(|&x| x != player && st.scn.def.characters[x].contender && st.active(x) && st.chars[x].rank >= Rank::Candidate)
        .max_by_key(|&x| (crate::ai::menace(st, x), std::cmp::Reverse(x)))
}

/// Plays `games` games from `seed` on `threads` threads; `progress` hears each
/// finished game's count. Results come back in seed order. A worker thread that
/// panics fails the run, naming the seeds it held: its games are never dropped
/// silently from a report.
pub fn run(
    setup: &Setup,
    games: u64,
    seed: u64,
    threads: usize,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<GameResult>, WorkerPanicked> {
    let threads = threads.max(1) as u64;
    let done = AtomicU64::new(0);
    let mut out: Vec<GameResult> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                let done = &done;
                let seeds: Vec<u64> = (t..games).step_by(threads as usize).map(|g| seed.wrapping_add(g)).collect();
                let mine = seeds.clone();
                let handle = s.spawn(move || {
                    let mut results = vec![];
                    for g in mine {
                        results.push(play_one(setup, g));
                        progress(done.fetch_add(1, Ordering::Relaxed) + 1);
                    }
                    results
                });
                (seeds, handle)
            })
            .collect();
        join_workers(workers)
    })?;
    out.sort_by_key(|r| r.seed);
    Ok(out)
}

/// Worker threads that panicked: the seeds of the games they held, and the
/// first one's panic message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerPanicked {
    pub seeds: Vec<u64>,
    pub message: String,
}

impl std::fmt::Display for WorkerPanicked {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const SHOWN: usize = 12;
        let mut list: Vec<String> = self.seeds.iter().take(SHOWN).map(|s| s.to_string()).collect();
        if self.seeds.len() > SHOWN {
            list.push(format!("… {} ({} games in all)", self.seeds[self.seeds.len() - 1], self.seeds.len()));
        }
        write!(f, "a worker thread panicked ({}); the games of seeds {} were lost, so no report is given", self.message, list.join(", "))
    }
}

impl std::error::Error for WorkerPanicked {}

/// Joins every worker (each with the seeds it holds), in order, and puts their
/// results together; any that panicked make the whole an error naming their seeds.
pub fn join_workers<T>(workers: Vec<(Vec<u64>, std::thread::ScopedJoinHandle<'_, Vec<T>>)>) -> Result<Vec<T>, WorkerPanicked> {
    let mut out = vec![];
    let mut failed: Option<WorkerPanicked> = None;
    for (seeds, handle) in workers {
        match handle.join() {
            Ok(results) => out.extend(results),
            Err(payload) => {
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "no message".into());
                let f = failed.get_or_insert(WorkerPanicked { seeds: vec![], message });
                f.seeds.extend(seeds);
            }
        }
    }
    match failed {
        Some(mut f) => {
            f.seeds.sort_unstable();
            Err(f)
        }
        None => Ok(out),
    }
}

/// A rate with its 95% confidence interval (Wilson score), in percent.
pub fn rate(k: u64, n: u64) -> (f64, f64) {
    if n == 0 {
        return (0.0, 0.0);
    }
    let (k, n) = (k as f64, n as f64);
    let p = k / n;
    let z = 1.96;
    // Wilson's half-width: honest near 0% and 100%, where the normal one is not.
    let half = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt() / (1.0 + z * z / n);
    (100.0 * p, 100.0 * half)
}

/// The figures a report prints.
pub struct Summary {
    pub games: u64,
    /// (character, wins, supreme wins), most wins first; only those who ever won.
    pub wins: Vec<(CharId, u64, u64)>,
    /// Games where the seat's leader fell (the game ends when the player falls).
    pub seat_fell: u64,
    /// (year, games decided that year).
    pub years: Vec<(i32, u64)>,
    /// (milestone name, games that passed through it).
    pub milestones: Vec<(String, u64)>,
    /// How well the odds shown forecast the votes.
    pub calibration: calibration::Calibration,
    /// A chapter's answers: (ending's title, games that ended so).
    pub endings: Vec<(String, u64)>,
}

pub fn summarise(start: &GameState, results: &[GameResult]) -> Summary {
    let s = &start.scn;
    let mut wins: Vec<(CharId, u64, u64)> = CharId::all(s.n_chars())
        .map(|c| {
            let w = results.iter().filter(|r| r.winner == Some(c)).count() as u64;
            let sup = results.iter().filter(|r| r.winner == Some(c) && r.supreme).count() as u64;
            (c, w, sup)
        })
        .filter(|x| x.1 > 0)
        .collect();
    wins.sort_by_key(|&(c, w, _)| (std::cmp::Reverse(w), c));
    let mut years = std::collections::BTreeMap::<i32, u64>::new();
    for r in results {
        *years.entry(r.decided.year()).or_default() += 1;
    }
    let milestones = s
        .def
        .milestones
        .iter()
        .enumerate()
        .map(|(i, m)| (m.name.clone(), results.iter().filter(|r| r.milestones.get(i) == Some(&true)).count() as u64))
        .collect();
    Summary {
        games: results.len() as u64,
        wins,
        seat_fell: results.iter().filter(|r| r.winner.is_none()).count() as u64,
        years: years.into_iter().collect(),
        milestones,
        calibration: calibration::calibrate(results.iter().flat_map(|r| r.forecasts.iter().copied())),
        endings: s
            .def
            .chapter
            .iter()
            .flat_map(|c| c.endings.iter().enumerate())
            .map(|(i, e)| (e.title.clone(), results.iter().filter(|r| r.ending == Some(i)).count() as u64))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A worker that panics is reported with the seeds it held, never dropped.
    #[test]
    fn a_panicked_worker_fails_the_run_and_names_its_seeds() {
        let r = std::thread::scope(|s| {
            let workers = vec![
                (vec![0, 2, 4], s.spawn(|| vec![0u64, 2, 4])),
                (vec![1, 3, 5], s.spawn(|| -> Vec<u64> { panic!("the rules broke at seed 3") })),
            ];
            join_workers(workers)
        });
        let e = r.unwrap_err();
        assert_eq!(e.seeds, vec![1, 3, 5]);
        assert_eq!(e.message, "the rules broke at seed 3");
        let text = e.to_string();
        assert!(text.contains("seeds 1, 3, 5") && text.contains("the rules broke at seed 3"), "{text}");
        // Without a panic, every worker's results, in worker order.
        let ok = std::thread::scope(|s| join_workers(vec![(vec![0], s.spawn(|| vec![7u64])), (vec![1], s.spawn(|| vec![8u64]))]));
        assert_eq!(ok, Ok(vec![7, 8]));
        // A long list is shortened.
        let many = WorkerPanicked { seeds: (0..100).collect(), message: "x".into() }.to_string();
        assert!(many.contains("… 99 (100 games in all)"), "{many}");
    }
}
