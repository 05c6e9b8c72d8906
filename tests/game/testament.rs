//! Lenin's Testament as it was (issue 19 item 5): the letter judges six men in
//! its own words, each pays for his judgement when it is published, it cannot be
//! published or suppressed in Lenin's lifetime, and an older file naming one man still loads.

use crate::{game, id};
use politburo::rules::apply::apply;
use politburo::rules::chronicle::Event;
use politburo::rules::command::{Command, CommandError};
use politburo::rules::legality::{check, legal_commands};
use politburo::rules::state::{GameState, TestamentStatus};
use politburo::scenario::{Scenario, default_scenario_path};
use std::sync::Arc;

/// The game once Lenin's death has been resolved (the second turn, April 1924).
fn after_lenin(seed: u64) -> GameState {
    let mut st = game(seed);
    st.end_turn();
    st
}

/// The judged men's prestige, in the letter's order.
fn prestige(st: &GameState, ids: &[&str]) -> Vec<i32> {
    ids.iter().map(|c| st.chars[id(st, c)].prestige).collect()
}

const JUDGED: [&str; 5] = ["stalin", "trotsky", "zinoviev", "kamenev", "bukharin"];

#[test]
fn the_letter_judges_each_man_and_costs_him_his_judgement() {
    let mut st = after_lenin(3);
    let t = st.scn.def.testament.clone().unwrap();
    assert_eq!(t.judgements.len(), 6, "Stalin, Trotsky, Zinoviev, Kamenev, Bukharin and Pyatakov");
    let krupskaya = id(&st, "krupskaya");
    let before = prestige(&st, &JUDGED);
    apply(&mut st, krupskaya, Command::PublishTestament).unwrap();
    assert_eq!(st.testament, TestamentStatus::Published);
    let after = prestige(&st, &JUDGED);
    for (i, c) in JUDGED.iter().enumerate() {
        let cost = t.cost(c, false);
        assert!(cost > 0, "{c} pays for his judgement");
        assert_eq!(before[i] - after[i], cost, "{c}: {} -> {}", before[i], after[i]);
    }
    assert_eq!(t.cost("stalin", false), 20, "the heaviest judgement falls on the General Secretary");
    // The typed event carries every judgement; the chronicle quotes them.
    let (judged, text) = st
        .chronicle
        .entries
        .iter()
        .find_map(|e| match &e.event {
            Event::TestamentPublished { judged, .. } => Some((judged.clone(), politburo::narrate::headline(&st.scn, e))),
            _ => None,
        })
        .expect("the publication is in the chronicle");
    assert_eq!(judged.len(), 6);
    assert_eq!(judged[5].who, None, "Pyatakov is quoted, not played");
    assert_eq!(judged.iter().filter_map(|j| j.who).count(), 5);
    for words in ["too rude", "unlimited authority", "excessive self-assurance", "non-Bolshevism", "no accident", "scholastic", "Pyatakov"]
    {
        assert!(text.contains(words), "the chronicle quotes \"{words}\": {text}");
    }
}

#[test]
fn published_after_suppression_it_costs_less() {
    let mut st = after_lenin(4);
    let t = st.scn.def.testament.clone().unwrap();
    let stalin = id(&st, "stalin");
    st.chars[stalin].ap = 9;
    apply(&mut st, stalin, Command::SuppressTestament).unwrap();
    let before = prestige(&st, &JUDGED);
    let krupskaya = id(&st, "krupskaya");
    apply(&mut st, krupskaya, Command::PublishTestament).unwrap();
    let after = prestige(&st, &JUDGED);
    for (i, c) in JUDGED.iter().enumerate() {
        assert_eq!(before[i] - after[i], t.cost(c, true), "{c}");
        assert!(t.cost(c, true) < t.cost(c, false));
    }
}

#[test]
fn it_cannot_be_published_while_lenin_lives() {
    let mut st = game(5);
    assert_eq!(st.scn.def.testament.as_ref().unwrap().after.as_deref(), Some("lenin_dies"));
    for c in st.ids().collect::<Vec<_>>() {
        st.chars[c].ap = 9;
        if st.active(c) {
            for cmd in [Command::PublishTestament, Command::SuppressTestament] {
                let refused = check(&st, c, &cmd);
                assert!(
                    matches!(refused, Err(CommandError::NotNow(_) | CommandError::BadTarget(_) | CommandError::LacksPower(_))),
                    "{}: {refused:?}",
                    st.scn.name(c)
                );
                assert!(!legal_commands(&st, c).contains(&cmd));
            }
        }
    }
    let krupskaya = id(&st, "krupskaya");
    assert!(apply(&mut st, krupskaya, Command::PublishTestament).is_err());
    assert_eq!(st.testament, TestamentStatus::Sealed, "a refused command changes nothing");
    // The computer, playing the whole first turn, neither publishes nor buries it.
    for seed in 1..8 {
        let mut st = game(seed);
        politburo::ai::play_turn(&mut st, None);
        assert_eq!(st.testament, TestamentStatus::Sealed, "seed {seed}");
        st.end_turn();
        assert!(st.happened[st.scn.def.events.iter().position(|e| e.id == "lenin_dies").unwrap()]);
    }
    // Once Lenin's death has been told, his widow may hand it over.
    let mut st = after_lenin(5);
    st.chars[krupskaya].ap = 9;
    assert!(check(&st, krupskaya, &Command::PublishTestament).is_ok());
}

/// A file in the older form (`names`, `prestige_loss`, no judgements) still loads,
/// and its letter judges the one man it names.
#[test]
fn an_older_file_naming_one_man_still_loads() {
    let text = std::fs::read_to_string(default_scenario_path()).unwrap();
    let start = text.find("    testament: Some((").unwrap();
    let end = start + text[start..].find("    )),\n").unwrap() + "    )),\n".len();
    let old = "    testament: Some((keeper: \"krupskaya\", names: \"stalin\", prestige_loss: 20, suppressed_loss: 10, office: Some(\"gensec\"), advice: 50, loosens: 40, spread: 50)),\n";
    let text = format!("{}{old}{}", &text[..start], &text[end..]);
    let scn = Arc::new(Scenario::from_str(&text, "old-1924.ron").expect("the older form loads"));
    let t = scn.def.testament.as_ref().unwrap();
    assert_eq!(t.title, "Lenin's Testament");
    assert_eq!(t.after, None, "the older form waits for nothing");
    let mut st = GameState::new(scn.clone(), 3);
    st.chronicle.quiet = false;
    let (stalin, trotsky, krupskaya) = (id(&st, "stalin"), id(&st, "trotsky"), id(&st, "krupskaya"));
    let (s0, t0) = (st.chars[stalin].prestige, st.chars[trotsky].prestige);
    apply(&mut st, krupskaya, Command::PublishTestament).unwrap();
    assert_eq!(s0 - st.chars[stalin].prestige, 20);
    assert_eq!(t0, st.chars[trotsky].prestige, "it judges only the man it names");
}

/// A judgement of an unknown man, or without words, is an error at its place.
#[test]
fn bad_judgements_are_named_with_their_place() {
    let text = std::fs::read_to_string(default_scenario_path()).unwrap();
    let bad = text.replacen("about: Leader(\"bukharin\")", "about: Leader(\"bukarin\")", 1).replacen(
        "after: Some(\"lenin_dies\")",
        "after: Some(\"lenin_died\")",
        1,
    );
    let err = Scenario::from_str(&bad, "bad.ron").unwrap_err();
    let said = |s: &str| err.0.iter().any(|e| e.message.contains(s) && e.line > 0);
    assert!(said("unknown character \"bukarin\", given as a judgement of the Testament"), "{}", err.render());
    assert!(said("unknown event \"lenin_died\""), "{}", err.render());
    assert!(err.render().contains("bukharin"), "did you mean: {}", err.render());
}
