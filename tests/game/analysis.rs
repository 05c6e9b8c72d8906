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

/// The expert seat plans by rolling copies of the game forward, each with its own
/// generator: the same seed gives the same game (the path `simulate --as trotsky
/// --strategy expert` and `analyze` take), and the real game is changed only by
/// the commands it applies, so its save replays to the same hash.
#[test]
fn the_expert_is_deterministic_and_replays() {
    use politburo::analysis::{Strategy, play_turn, seat_rng};
    use politburo::rules::replay::SaveFile;
    let scn = scenario();
    let seat = (scn.cid("trotsky"), Strategy::Expert);
    let play = |seed: u64| {
        let mut st = GameState::new(scn.clone(), seed);
        st.player = Some(seat.0);
        let mut own = seat_rng(seed);
        for _ in 0..6 {
            if st.is_over() {
                break;
            }
            play_turn(&mut st, Some(&seat), &mut own);
            st.end_turn();
        }
        st
    };
    let (a, b) = (play(11), play(11));
    assert_eq!(a.state_hash(), b.state_hash());
    assert!(a.log.iter().any(|(_, who, _)| *who == seat.0), "the expert played commands");
    let replayed = SaveFile::parse(&SaveFile::from_game(&a).to_ron()).unwrap().replay(scn.clone(), true).unwrap();
    assert_eq!(replayed.state_hash(), a.state_hash());
    assert_eq!(Strategy::parse("expert"), Ok(Strategy::Expert));
}
