//! The balance targets, on fixed seeds: who wins how often with the computer on
//! every side, with a seat played by a strategy, and at each difficulty. Hundreds
//! of games each, so a target of their own: `cargo test --test balance`.

use politburo::rules::state::GameState;
use politburo::scenario::{Scenario, default_scenario_path};
use std::sync::Arc;

fn scenario() -> Arc<Scenario> {
    Arc::new(Scenario::load(&default_scenario_path()).expect("the 1924 scenario loads"))
}

/// Difficulty changes how the computer plays, never the rules: a passive Stalin
/// (speeches only) keeps his lead against the easy computer, which is slow to see
/// him coming, far more often than against the hard one, which unites against
/// him from the first turn.
#[test]
fn the_hard_computer_is_harder() {
    use politburo::ai::Difficulty;
    use politburo::analysis::{Setup, Strategy, run};
    let scn = scenario();
    let wins = |d: Difficulty| {
        let mut start = GameState::new(scn.clone(), 0);
        start.difficulty = d;
        let setup = Setup { start, seat: Some((scn.cid("stalin"), Strategy::Repeat("Speech".into()))) };
        run(&setup, 100, 0, 2, &|_| {}).unwrap().iter().filter(|g| g.winner == Some(scn.cid("stalin"))).count()
    };
    let (easy, hard) = (wins(Difficulty::Easy), wins(Difficulty::Hard));
    assert!(easy >= hard + 10, "easy: {easy} wins, hard: {hard} wins of 100");
}

/// The games on `games` fixed seeds (0..games), with `seat` played by `strategy`.
fn play(seat: Option<(&str, politburo::analysis::Strategy)>, games: u64) -> (Arc<Scenario>, Vec<politburo::analysis::GameResult>) {
    use politburo::analysis::{Setup, run};
    let scn = scenario();
    let setup = Setup { start: GameState::new(scn.clone(), 0), seat: seat.map(|(id, s)| (scn.cid(id), s)) };
    let results = run(&setup, games, 0, 2, &|_| {}).unwrap();
    (scn, results)
}

/// Wins of each leader over `games` fixed seeds, with `seat` played by `strategy`.
fn wins_by(seat: Option<(&str, politburo::analysis::Strategy)>, games: u64) -> (std::collections::BTreeMap<String, u64>, u64) {
    let (scn, results) = play(seat, games);
    let mut wins = std::collections::BTreeMap::new();
    for w in results.iter().filter_map(|g| g.winner) {
        *wins.entry(scn.def.characters[w].id.clone()).or_insert(0) += 1;
    }
    (wins, results.iter().filter(|g| g.winner.is_none()).count() as u64)
}

/// Brute force does not work: a Stalin who moves to remove every rival at the
/// first chance, by surprise where he can, wins at most a quarter of the games:
/// the party's norm turns the others against him.
#[test]
fn a_blitz_stalin_rarely_wins() {
    use politburo::analysis::Strategy;
    let (wins, _) = wins_by(Some(("stalin", Strategy::Blitz)), 200);
    let stalin = wins.get("stalin").copied().unwrap_or(0);
    assert!(stalin <= 50, "a blitz Stalin won {stalin} of 200: {wins:?}");
}

/// The balance targets, on a fixed seed set. With the computer on every side
/// Stalin wins most often but not always; Trotsky played sensibly wins clearly
/// more often than at random; and no strategy of one command repeated wins
/// more than 90% for either seat.
#[test]
fn balance_targets_hold() {
    use politburo::analysis::Strategy;
    // 400 games, as `analyze --games 400` measures it: on 200 the computer's Trotsky
    // moved between 9 and 12 wins with changes that left him at 5.6-5.9% over 6,000.
    let (all_ai, _) = wins_by(None, 400);
    let stalin = all_ai.get("stalin").copied().unwrap_or(0);
    // Issue 17's target with the computer on every side: Stalin 35-60%.
    assert!((140..=240).contains(&stalin), "Stalin won {stalin} of 400 with the computer on every side: {all_ai:?}");
    assert!(all_ai.iter().all(|(id, &w)| id == "stalin" || w < stalin), "someone outwins Stalin: {all_ai:?}");
    // At least four leaders each win 3%, and the computer's Trotsky 5% (24 of 400
    // now; 0 to 3 of 200 before the computer answered its questions by judgement and
    // a contender behind spoke before courting).
    assert!(all_ai.values().filter(|&&w| w >= 12).count() >= 4, "fewer than four leaders win 3%: {all_ai:?}");
    let trotsky = all_ai.get("trotsky").copied().unwrap_or(0);
    assert!(trotsky >= 20, "the computer's Trotsky won {trotsky} of 400, under 5%: {all_ai:?}");

    // Trotsky's seat is the hard one: played sensibly he survives almost every game
    // and sometimes wins; played at random he falls in most and never wins.
    let (sensible, sensible_fell) = wins_by(Some(("trotsky", Strategy::Sensible)), 300);
    let (random, random_fell) = wins_by(Some(("trotsky", Strategy::Random)), 300);
    let (s, r) = (sensible.get("trotsky").copied().unwrap_or(0), random.get("trotsky").copied().unwrap_or(0));
    // Issue 17's 15% at least: 55 of 300 now (2 when the corrected record took his
    // friends off the Central Committee; the sensible seat asks for every post a
    // vote would give him, and his rivals now spend their turns before the party).
    assert!(s >= 45 && s >= r + 2, "a sensible Trotsky won {s} of 300, a random one {r}");
    assert!(sensible_fell * 10 < random_fell, "a sensible Trotsky fell {sensible_fell} times of 300, a random one {random_fell}");

    let kinds = [
        "Appoint",
        "Speech",
        "Article",
        "Court",
        "Attack",
        "ShiftStance",
        "Propose",
        "JoinBloc",
        "LeaveBloc",
        "Charge",
        "Recant",
        "CallPlenum",
        "PublishTestament",
        "SuppressTestament",
        "FormBloc",
        "PublishPlatform",
        "CoReport",
        "OfferDeal",
        "CallInLoyalty",
        "MeetSecretly",
    ];
    for seat in ["stalin", "trotsky"] {
        for kind in kinds {
            let (w, _) = wins_by(Some((seat, Strategy::Repeat(kind.into()))), 60);
            let mine = w.get(seat).copied().unwrap_or(0);
            assert!(mine * 100 < 60 * 90, "{seat} repeating {kind} won {mine} of 60");
        }
    }
}

/// No knife edge: Lenin's letter once decided most games alone (Stalin's share
/// moved from 85% to 22% as `testament.advice` went from 45 to 55, since every
/// game reached its one vote in the same state). The letter now lands with a
/// force drawn for each game, the hall's mood is unknown before a vote and each
/// leader's nerve differs: a tenth more or less of the letter's weight (70 in the
/// scenario) moves Stalin's share by under ten points.
#[test]
fn the_testament_is_no_knife_edge() {
    use politburo::analysis::{Setup, run, sweep};
    let scn = scenario();
    let share = |s: &Arc<Scenario>| {
        let setup = Setup { start: GameState::new(s.clone(), 0), seat: None };
        let games = run(&setup, 200, 0, 2, &|_| {}).unwrap();
        games.iter().filter(|g| g.winner == Some(s.cid("stalin"))).count() as i64
    };
    let at = |v: i64| share(&Arc::new(sweep::with(&scn, "testament.advice", v).unwrap()));
    let advice = scn.def.testament.as_ref().expect("the 1924 scenario has a Testament").advice as i64;
    let (low, mid, high) = (at(advice - advice / 10), share(&scn), at(advice + advice / 10));
    // Under ten points of 200 games either way (20 games), with a little room for the dice.
    assert!(
        (low - mid).abs() <= 24 && (high - mid).abs() <= 24,
        "Stalin won {low}, {mid}, {high} of 200 at advice {advice} and a tenth either side"
    );
}

/// The expert plans by search (whole turns weighed by rolling the game forward)
/// and is the measuring stick for balance. On the forty seeds `analyze --balance`
/// plays (0..40), issue 17's targets: from Trotsky's hard seat it wins 25-45%,
/// some of them outright, and clearly more often than the sensible script; from
/// Stalin's it wins 50-75%, not every game.
#[test]
fn the_expert_seats_meet_their_targets() {
    use politburo::analysis::Strategy;
    let games = |id: &str, strategy: Strategy| {
        let (scn, results) = play(Some((id, strategy)), 40);
        let won = results.iter().filter(|g| g.winner == Some(scn.cid(id)));
        won.fold((0, 0), |(all, outright), g| (all + 1, outright + usize::from(g.supreme)))
    };
    let (trotsky, outright) = games("trotsky", Strategy::Expert);
    let (sensible, _) = games("trotsky", Strategy::Sensible);
    assert!((10..=18).contains(&trotsky) && outright >= 1, "an expert Trotsky won {trotsky} of 40 ({outright} outright)");
    assert!(trotsky >= sensible + 2, "an expert Trotsky won {trotsky} of 40, a sensible one {sensible}");
    let (stalin, _) = games("stalin", Strategy::Expert);
    assert!((20..=30).contains(&stalin), "an expert Stalin won {stalin} of 40");
}

/// How long the expert thinks: each of its turns (its search, then the computer's
/// turn for everyone else) timed over a few games, median and longest printed.
/// The window's hard difficulty wants a computer turn under a second. Timing is
/// the machine's, not the game's, so this only prints: `cargo test --release
/// --test balance expert_decision_time -- --ignored --nocapture`.
#[test]
#[ignore]
fn expert_decision_time() {
    use politburo::analysis::{Strategy, play_turn, seat_rng};
    let scn = scenario();
    for id in ["trotsky", "stalin"] {
        let seat = (scn.cid(id), Strategy::Expert);
        let mut times = vec![];
        for seed in 0..6 {
            let mut st = GameState::new(scn.clone(), seed);
            st.chronicle.quiet = true;
            st.player = Some(seat.0);
            let mut own = seat_rng(seed);
            while !st.is_over() {
                let t = std::time::Instant::now();
                play_turn(&mut st, Some(&seat), &mut own);
                times.push(t.elapsed().as_secs_f64() * 1000.0);
                st.end_turn();
            }
        }
        times.sort_by(f64::total_cmp);
        let (median, max) = (times[times.len() / 2], times[times.len() - 1]);
        println!("expert {id}: {} turns, median {median:.1} ms, longest {max:.1} ms", times.len());
    }
}
