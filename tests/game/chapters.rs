//! The classroom's chapters (issue 21 item 1): each loads by its id, opens where
//! the historical path stood at its date, offers a short list of actions, ends at
//! its decision with one of its endings, and saves and replays like any game.

use politburo::actions::shortlisted;
use politburo::cli::simulate;
use politburo::rules::legality::legal_commands;
use politburo::rules::replay::SaveFile;
use politburo::rules::state::GameState;
use politburo::scenario::{Library, Rank, Scenario};
use std::sync::Arc;

const CHAPTERS: [&str; 4] = ["chapter-1924-testament", "chapter-1925-congress", "chapter-1926-opposition", "chapter-1928-right"];

fn chapter(id: &str) -> Arc<Scenario> {
    let lib = Library::shipped();
    let path = lib.find(id).unwrap_or_else(|| panic!("no chapter {id}"));
    Arc::new(lib.load(&path).unwrap_or_else(|e| panic!("{id}: {}", e.render())))
}

#[test]
fn every_chapter_opens_at_its_date_with_historys_state() {
    for id in CHAPTERS {
        let scn = chapter(id);
        let ch = scn.def.chapter.as_ref().expect("a chapter");
        let st = GameState::new(scn.clone(), 3);
        assert_eq!(st.date, ch.opens, "{id}");
        assert!(st.log.is_empty(), "{id}: the opening is the scenario's, not the players'");
        assert!(!st.is_over() && !ch.question.is_empty());
    }
    // The 14th Congress: Trotsky has given up the War Commissariat, Frunze holds it.
    let st = GameState::new(chapter("chapter-1925-congress"), 3);
    assert_eq!(st.offices[st.scn.oid("war")], Some(st.scn.cid("frunze")));
    // The United Opposition: Kamenev is a candidate, Kirov's man holds Leningrad.
    let st = GameState::new(chapter("chapter-1926-opposition"), 3);
    assert_eq!(st.chars[st.scn.cid("kamenev")].rank, Rank::Candidate);
    assert_eq!(st.regions[st.scn.rid("leningrad")].secretary, Some(st.scn.cid("kirov")));
    // The Right: Trotsky is in internal exile, Zinoviev readmitted, Bukharin a full member.
    let st = GameState::new(chapter("chapter-1928-right"), 3);
    assert_eq!(st.chars[st.scn.cid("trotsky")].rank, Rank::Exiled);
    assert_eq!(st.chars[st.scn.cid("bukharin")].rank, Rank::Politburo);
}

#[test]
fn a_chapter_offers_a_short_list() {
    for id in CHAPTERS {
        let scn = chapter(id);
        let lead = scn.cid(scn.def.chapter.as_ref().unwrap().lead.as_deref().unwrap());
        let st = GameState::new(scn.clone(), 3);
        let legal = legal_commands(&st, lead);
        let short = legal.iter().filter(|c| shortlisted(&st, lead, c)).count();
        assert!((5..=20).contains(&short), "{id}: {short} of {} actions shortlisted", legal.len());
    }
}

#[test]
fn an_all_computer_chapter_ends_at_its_decision_with_an_ending_and_replays() {
    for id in CHAPTERS {
        let scn = chapter(id);
        let ch = scn.def.chapter.as_ref().unwrap();
        let st = simulate(scn.clone(), 11, None, true);
        assert!(st.is_over(), "{id}");
        assert!(st.date <= ch.ends, "{id} ran to {}", st.date);
        let opened = GameState::new(scn.clone(), 11).turn;
        assert!(st.turn - opened < 8, "{id}: {} turns is not a short game", st.turn - opened);
        assert!(politburo::rules::chapter::ending(&st).is_some());
        let again = SaveFile::parse(&SaveFile::from_game(&st).to_ron()).unwrap().replay(scn.clone(), true).unwrap();
        assert_eq!(again.state_hash(), st.state_hash(), "{id}");
    }
}

/// With the history seed the chapter is history itself: its replay of the script
/// is the 1924 scenario's, so the golden chronicle's Trotsky is expelled in November 1927.
#[test]
fn the_historical_chapter_gives_historys_answer() {
    let scn = chapter("chapter-1926-opposition");
    let (st, _) = politburo::rules::history::play(scn, None, true);
    let e = politburo::rules::chapter::ending(&st).unwrap();
    assert!(e.historical, "{}", e.title);
}

/// The window's top bar counts a chapter's own turns ("Turn 1 of 4"), not the whole
/// scenario's: history's turns before the opening are not the players'.
#[test]
fn a_chapter_counts_its_own_turns() {
    use politburo::rules::chapter::turn_of;
    for id in CHAPTERS {
        let scn = chapter(id);
        let mut st = GameState::new(scn.clone(), 3);
        let (turn, turns) = turn_of(&st);
        assert_eq!(turn, 1, "{id} opens at its first turn");
        assert!((2..8).contains(&turns), "{id}: {turns} turns");
        let mut played = 1;
        while !st.is_over() {
            politburo::ai::play_turn(&mut st, None);
            st.end_turn();
            if !st.is_over() {
                played += 1;
                assert_eq!(turn_of(&st), (played, turns), "{id} at {}", st.date);
            }
        }
        assert!(played <= turns, "{id}: played {played} of {turns}");
    }
    // The whole game counts from its start: 24 quarters from January 1924.
    let lib = Library::shipped();
    let full = Arc::new(lib.load(&lib.find("1924").unwrap()).unwrap());
    assert_eq!(turn_of(&GameState::new(full.clone(), 3)), (1, full.total_turns()));
}
