//! Many games at once: the same report whatever the number of threads.

use crate::scenario;
use politburo::rules::state::GameState;

/// Many games give the same report whatever the number of threads, and the
/// milestones count what happened.
#[test]
fn analysis_is_the_same_on_one_thread_or_two() {
    use politburo::analysis::{Setup, Strategy, rate, run, summarise};
    let scn = scenario();
    let setup = Setup { start: GameState::new(scn.clone(), 0), seat: None };
    let one = run(&setup, 24, 100, 1, &|_| {}).unwrap();
    let two = run(&setup, 24, 100, 2, &|_| {}).unwrap();
    let key = |r: &Vec<politburo::analysis::GameResult>| {
        r.iter().map(|g| (g.seed, g.winner, g.decided, g.milestones.clone())).collect::<Vec<_>>()
    };
    assert_eq!(key(&one), key(&two));
    let sum = summarise(&setup.start, &one);
    assert_eq!(sum.wins.iter().map(|w| w.1).sum::<u64>() + sum.seat_fell, 24);
    assert_eq!(sum.milestones.len(), scn.def.milestones.len());
    // Trotsky off the Politburo by 1926 is counted exactly when it happened.
    let trotsky_off = one.iter().filter(|g| g.milestones[0]).count() as u64;
    assert_eq!(sum.milestones[0].1, trotsky_off);
    let (p, h) = rate(50, 100);
    assert!((p - 50.0).abs() < 1e-9 && (h - 9.6).abs() < 0.2, "{p} ± {h}");
    assert!(Strategy::parse("repeat:Speech").is_ok() && Strategy::parse("nonsense").is_err());
    // A random Trotsky falls far more often than one who lies low.
    let fell = |s: Strategy| {
        let setup = Setup { start: GameState::new(scn.clone(), 0), seat: Some((scn.cid("trotsky"), s)) };
        summarise(&setup.start, &run(&setup, 30, 7, 2, &|_| {}).unwrap()).seat_fell
    };
    assert!(fell(Strategy::LieLow) + 10 < fell(Strategy::Random));
}

/// The odds shown when a motion is put forecast its vote: over the computer's
/// games, the share carried in each tenth of the odds is close to the odds, and
/// every motion voted is counted once.
#[test]
fn the_odds_shown_forecast_the_votes() {
    use politburo::analysis::{Setup, run, summarise};
    let setup = Setup { start: GameState::new(scenario(), 0), seat: None };
    let results = run(&setup, 120, 500, 2, &|_| {}).unwrap();
    let sum = summarise(&setup.start, &results);
    let c = &sum.calibration;
    assert_eq!(c.motions, results.iter().map(|r| r.forecasts.len() as u64).sum::<u64>());
    assert_eq!(c.deciles.iter().map(|d| d.motions).sum::<u64>(), c.motions);
    assert!(c.motions >= 2000, "enough motions to judge: {}", c.motions);
    assert!(c.error_pp <= 5.0, "the odds forecast within 5 points: {:.1} ({:?})", c.error_pp, c.deciles);
}
