//! The chronicle's digest (`rules::digest`, issue 21 item 6): the historical
//! path keeps its congresses' votes, its expulsions and its deaths; a played game
//! loses its courting and speeches; the terminal prints the same selection
//! (`replay --history --digest`). And the terminal's action list carries the
//! window's RISK words (`risks`), explained by `why`.

use crate::{game, id, scenario};
use politburo::cli::session::{self, Options};
use politburo::rules::GameState;
use politburo::rules::chronicle::Event;
use politburo::rules::digest::{Weight, in_digest, weight};
use politburo::scenario::Rank;
use std::collections::VecDeque;

fn history() -> GameState {
    politburo::rules::history::play(scenario(), None, false).0
}

#[test]
fn the_digest_of_history_keeps_the_votes_expulsions_and_deaths() {
    let st = history();
    let es = &st.chronicle.entries;
    let kept = |f: &dyn Fn(&Event) -> bool| -> (usize, usize) {
        let all: Vec<_> = es.iter().filter(|e| f(&e.event)).collect();
        (all.len(), all.iter().filter(|e| in_digest(&e.event)).count())
    };
    let votes = kept(&|e| matches!(e, Event::Voted { .. }));
    let congresses = kept(&|e| matches!(e, Event::SessionOpens { .. }));
    let expelled = kept(&|e| matches!(e, Event::Demoted { to, .. } if *to <= Rank::Expelled));
    let deaths = kept(&|e| matches!(e, Event::Died { .. }));
    let events = kept(&|e| matches!(e, Event::ScenarioEvent { .. } | Event::HistoryNote { .. }));
    for (what, (all, in_it)) in
        [("votes", votes), ("sessions", congresses), ("expulsions", expelled), ("deaths", deaths), ("events", events)]
    {
        assert!(all > 0, "the historical path has {what}");
        assert_eq!(in_it, all, "the digest keeps every one of the {what}");
    }
    assert!(es.iter().any(|e| matches!(e.event, Event::GameEnds(_)) && in_digest(&e.event)));
    // The routine of the path goes: the quarterly economy, the secretaries seated.
    let routine = es.iter().filter(|e| !in_digest(&e.event)).count();
    assert!(routine > 0 && es.iter().any(|e| matches!(e.event, Event::EconomyResolved { crisis: false, .. }) && !in_digest(&e.event)));
    // Every decisive move weighs most.
    for e in es.iter().filter(|e| politburo::rules::named::decisive(&e.event)) {
        assert_eq!(weight(&e.event), Weight::Decisive, "{:?}", e.event);
    }
}

#[test]
fn the_digest_of_a_played_game_drops_courting_and_speeches() {
    let mut st = game(3);
    st.chronicle.quiet = false;
    for _ in 0..8 {
        politburo::analysis::computer_turn(&mut st, None);
        st.end_turn();
    }
    let es = &st.chronicle.entries;
    let courted = es.iter().filter(|e| matches!(e.event, Event::Courted { .. } | Event::Publicity { .. })).count();
    assert!(courted > 10, "eight turns of the computer court and speak ({courted})");
    assert!(es.iter().filter(|e| matches!(e.event, Event::Courted { .. } | Event::Publicity { .. })).all(|e| !in_digest(&e.event)));
    assert!(es.iter().filter(|e| matches!(e.event, Event::Voted { .. } | Event::TurnOpens { .. })).all(|e| in_digest(&e.event)));
    // The terminal prints the same selection: shorter, without courting, with every vote.
    let (full, digest) = (politburo::cli::chronicle_text(&st, false), politburo::cli::chronicle_text(&st, true));
    assert!(full.contains(" courts ") && !digest.contains(" courts "), "{digest}");
    assert!(digest.lines().count() * 2 < full.lines().count(), "{} of {} lines", digest.lines().count(), full.lines().count());
    assert_eq!(digest.matches("] VOTE ").count(), full.matches("] VOTE ").count());
}

#[test]
fn the_terminal_list_shows_the_risk_words_and_why_explains_them() {
    let mut st = game(5);
    let me = id(&st, "trotsky");
    let turn = session::Turn::new(&st, me);
    let risky = turn.listed.iter().position(|c| politburo::risks::risky(&st, me, c)).expect("Trotsky has a move that can backfire");
    let safe = turn.listed.iter().position(|c| !politburo::risks::risky(&st, me, c)).expect("and a safe one");
    let words: Vec<String> = politburo::risks::risks(&st, me, &turn.listed[risky]).iter().map(|r| r.short()).collect();
    let mut lines: VecDeque<String> = format!("all\nwhy {}\n", risky + 1).lines().map(String::from).collect();
    let mut out = Vec::new();
    session::play(&mut st, me, &mut lines, &mut out, &Options::default());
    let out = String::from_utf8(out).unwrap();
    let (_, listed) = out.split_once("> all").expect("the full list was printed");
    let row = |i: usize| {
        listed.lines().find(|l| l.trim_start().starts_with(&format!("{}. ", i + 1))).unwrap_or_else(|| panic!("row {} in {listed}", i + 1))
    };
    assert!(row(risky).contains(&format!("RISK: {}", words.join(" · "))), "{}", row(risky));
    assert!(!row(safe).contains("RISK"), "{}", row(safe));
    assert!(out.contains("RISK: it can backfire."), "{out}");
}
