//! The window's game model, headless (feature `gui`, no renderer): this turn's
//! orders as a queue taken back by replaying the turn, and the turn report's
//! content read from the typed events, the player's own fate first.
#![cfg(feature = "gui")]

use super::scenario;
use politburo::rules::chronicle::Category;
use politburo::rules::named::{concerns, decisive};
use politburo::rules::{Command, apply, check};
use politburo::ui::{Game, report_pages_of};

/// A new game as `who`, its questions answered, with no autosave.
fn new_game(who: &str, seed: u64) -> Game {
    let scn = scenario();
    let me = scn.char_id(who).unwrap();
    let mut g = Game::new(scn, me, seed, Default::default());
    g.autosave = false;
    answer(&mut g);
    g
}

fn answer(g: &mut Game) {
    while let Some(event) = g.st.choices.iter().find(|p| p.chooser == g.me && p.chosen.is_none()).map(|p| p.event) {
        apply(&mut g.st, g.me, Command::Choose { event, choice: 0 }).unwrap();
    }
}

/// The first legal order that is not an answer to an event (those are taken at the start).
fn an_order(g: &Game) -> Option<Command> {
    politburo::rules::legal_commands(&g.st, g.me)
        .into_iter()
        .find(|c| !matches!(c, Command::Choose { .. }) && check(&g.st, g.me, c).is_ok())
}

/// Two orders queue in the order given; undo takes back the last and leaves the
/// game exactly as if only the first had been given (the same state hash); a
/// second undo empties the queue, a third has nothing to take back.
#[test]
fn undo_replays_the_turn_without_the_last_order() {
    let mut g = new_game("stalin", 1924);
    let answered = g.orders();
    let a = an_order(&g).unwrap();
    apply(&mut g.st, g.me, a).unwrap();
    let after_a = g.st.state_hash();
    let b = an_order(&g).unwrap();
    apply(&mut g.st, g.me, b).unwrap();
    assert_eq!(g.orders()[answered.len()..], [a, b]);
    assert_eq!(g.undo(), Some(b));
    assert_eq!(g.st.state_hash(), after_a, "the turn replayed without b is the turn with a alone");
    assert_eq!(g.orders()[answered.len()..], [a]);
    assert_eq!(g.undo(), Some(a));
    for _ in &answered {
        g.undo();
    }
    assert!(g.orders().is_empty());
    assert_eq!(g.undo(), None);
    assert_eq!(g.st.state_hash(), g.start.state_hash());
}

/// After the end of a turn the queue is empty and undo cannot reach into the
/// resolved turn.
#[test]
fn the_queue_empties_when_the_turn_ends() {
    let mut g = new_game("trotsky", 7);
    let a = an_order(&g).unwrap();
    apply(&mut g.st, g.me, a).unwrap();
    g.end_turn();
    answer(&mut g);
    while g.undo().is_some() {}
    assert!(g.orders().is_empty());
    // Only the answers given this turn were taken back, not last turn's order.
    assert!(g.st.turn >= 1 && g.st.log.iter().any(|(_, _, c)| *c == a));
    assert_eq!(g.st.state_hash(), g.start.state_hash());
}

/// Four turns as Trotsky: each report opens with "Your fate", holding every entry
/// that names him and no other; the player's own orders are in the report; every
/// decisive move of the turn is on the page of decisive moves; the last page is
/// the whole turn.
#[test]
fn the_report_puts_your_fate_first_and_lists_the_decisive_moves() {
    let mut g = new_game("trotsky", 11);
    let mut decisive_seen = 0;
    for _ in 0..4 {
        if g.st.is_over() {
            break;
        }
        let order = an_order(&g);
        if let Some(c) = order {
            apply(&mut g.st, g.me, c).unwrap();
        }
        g.end_turn();
        let (a, b) = g.last_turn;
        let es = &g.st.chronicle.entries[a..b];
        let pages = report_pages_of(&g.st.scn, es, g.me);
        assert_eq!(pages[0].title, "Your fate");
        let mine: Vec<usize> = (0..es.len()).filter(|&i| es[i].category() != Category::Turn && concerns(&es[i].event, g.me)).collect();
        assert_eq!(pages[0].entries, mine, "your fate holds every entry naming you, and only those");
        if order.is_some() {
            assert!(!mine.is_empty(), "your own order is in the report");
            assert!(es.iter().any(|e| e.category() == Category::Command && concerns(&e.event, g.me)), "your own order is listed");
        }
        let all_decisive: Vec<usize> = (0..es.len()).filter(|&i| decisive(&es[i].event)).collect();
        decisive_seen += all_decisive.len();
        if !all_decisive.is_empty() {
            let page = pages.iter().find(|p| p.title == "Decisive moves").expect("a page of decisive moves");
            assert_eq!(page.entries, all_decisive);
        }
        assert_eq!(pages.last().unwrap().title, "The whole turn");
        answer(&mut g);
    }
    assert!(decisive_seen > 0, "four turns of 1924 see some decisive move");
}
