//! Trotsky's own decisions of 1924 (issue 17): the 13th Congress and Lessons of
//! October are questions put to him, and what follows depends on his answer
//! (`Condition::Chose`): no essay, no "literary discussion".

use crate::{game, id};
use politburo::rules::apply::apply;
use politburo::rules::chronicle::Event;
use politburo::rules::command::Command;
use politburo::rules::state::GameState;

fn event(st: &GameState, name: &str) -> usize {
    st.scn.def.events.iter().position(|e| e.id == name).unwrap()
}

/// Plays to the end of 1924 with Trotsky in the player's seat, answering
/// "Lessons of October" with `answer`; the other leaders are the computer.
fn play_1924(seed: u64, answer: usize) -> GameState {
    let mut st = game(seed);
    let t = id(&st, "trotsky");
    st.player = Some(t);
    let lessons = event(&st, "lessons_of_october");
    while st.date.year() == 1924 {
        if st.choices.iter().any(|p| p.event == lessons && p.chooser == t) {
            apply(&mut st, t, Command::Choose { event: lessons, choice: answer }).unwrap();
        }
        politburo::ai::play_turn(&mut st, Some(t));
        st.end_turn();
    }
    st
}

fn fired(st: &GameState, name: &str) -> bool {
    let i = event(st, name);
    st.chronicle.entries.iter().any(|e| matches!(e.event, Event::ScenarioEvent { event } if event == i))
}

#[test]
fn the_literary_discussion_answers_the_essay_and_only_the_essay() {
    for seed in [1, 2, 3] {
        let published = play_1924(seed, 0);
        assert!(fired(&published, "lessons_of_october"), "seed {seed}: the question was put");
        assert_eq!(published.answered[event(&published, "lessons_of_october")], Some(0));
        assert!(fired(&published, "literary_discussion"), "seed {seed}: the chorus answers the essay");
        let kept = play_1924(seed, 1);
        assert_eq!(kept.answered[event(&kept, "lessons_of_october")], Some(1));
        assert!(!fired(&kept, "literary_discussion"), "seed {seed}: no essay, no chorus");
        // Zinoviev and Kamenev think better of the man who kept it back.
        let (t, z) = (id(&kept, "trotsky"), id(&kept, "zinoviev"));
        assert!(kept.rel(z, t) > published.rel(z, t), "seed {seed}: {} vs {}", kept.rel(z, t), published.rel(z, t));
    }
}

#[test]
fn trotsky_answers_at_the_congress_and_a_fight_gives_grounds() {
    let mut st = game(4);
    let t = id(&st, "trotsky");
    st.player = Some(t);
    let congress = event(&st, "party_always_right");
    let mut asked = false;
    while st.turn < 4 && !asked {
        if st.choices.iter().any(|p| p.event == congress && p.chooser == t) {
            asked = true;
            let before = st.chars[t].discredited;
            apply(&mut st, t, Command::Choose { event: congress, choice: 1 }).unwrap();
            politburo::ai::play_turn(&mut st, Some(t));
            st.end_turn();
            assert_eq!(st.chars[t].discredited, before + 1, "fighting at the congress gives the party grounds against him");
            break;
        }
        politburo::ai::play_turn(&mut st, Some(t));
        st.end_turn();
    }
    assert!(asked, "the congress puts the question to Trotsky");
}

#[test]
fn a_condition_on_an_answer_names_a_real_question() {
    let text = std::fs::read_to_string(politburo::scenario::default_scenario_path()).unwrap();
    let bad = text.replace(r#"Chose("lessons_of_october", 0)"#, r#"Chose("lessons_of_octobre", 0)"#);
    let err = politburo::scenario::Scenario::from_str(&bad, "bad.ron").unwrap_err().to_string();
    assert!(err.contains("unknown event \"lessons_of_octobre\"") && err.contains("lessons_of_october"), "{err}");
    let bad = text.replace(r#"Chose("lessons_of_october", 0)"#, r#"Chose("lessons_of_october", 5)"#);
    let err = politburo::scenario::Scenario::from_str(&bad, "bad.ron").unwrap_err().to_string();
    assert!(err.contains("has no choice 5") && err.contains("bad.ron:"), "{err}");
}

/// The window lists each answer's effects before it is chosen (`narrate::effects`):
/// the player reads them as "you", the others by name, one clause an effect.
#[test]
fn each_answer_lists_its_effects_before_it_is_chosen() {
    use politburo::narrate::effects::{effects, effects_line};
    let st = game(1);
    let (t, s) = (id(&st, "trotsky"), id(&st, "stalin"));
    let congress = &st.scn.def.events[event(&st, "party_always_right")];
    let fight = &congress.choices[1].effects;
    let mine = effects(&st.scn, t, fight);
    assert_eq!(mine.len(), fight.len());
    assert!(mine.contains(&"Your prestige +4".to_string()), "{mine:?}");
    assert!(mine.contains(&"Zinoviev's regard for you −10".to_string()), "{mine:?}");
    assert!(mine.iter().any(|l| l.starts_with("the party has grounds against you")), "{mine:?}");
    // Seen from another seat, the same answer names Trotsky.
    let theirs = effects(&st.scn, s, fight);
    assert!(theirs.contains(&"Trotsky's prestige +4".to_string()), "{theirs:?}");
    assert!(
        theirs.contains(&"Stalin's regard for Trotsky −5".to_string()) || theirs.contains(&"Your regard for Trotsky −5".to_string()),
        "{theirs:?}"
    );
    assert_eq!(effects_line(&st.scn, t, &congress.choices[0].effects), "Your credibility −5; your prestige −2");
    // Every answer of the scenario reads as words: no answer is silent about a change it makes.
    for ev in &st.scn.def.events {
        for c in &ev.choices {
            assert_eq!(effects(&st.scn, t, &c.effects).len(), c.effects.len(), "{}: {}", ev.id, c.label);
            assert!(!effects_line(&st.scn, t, &c.effects).is_empty());
        }
    }
}

/// The computer answers by judgement, not by history's favourite alone: its own
/// Trotsky keeps "Lessons of October" back (two lifelong enemies and a press
/// campaign against him outweigh three points of standing), and submits to the
/// 13th Congress rather than hand the party grounds against himself.
#[test]
fn the_computers_trotsky_weighs_what_an_answer_costs_him() {
    for seed in [1, 2, 3] {
        let mut st = game(seed);
        let lessons = event(&st, "lessons_of_october");
        let congress = event(&st, "party_always_right");
        while st.date.year() == 1924 {
            politburo::ai::play_turn(&mut st, None);
            st.end_turn();
        }
        assert_eq!(st.answered[lessons], Some(1), "seed {seed}: the essay is kept back");
        assert_eq!(st.answered[congress], Some(0), "seed {seed}: he submits");
        assert!(!fired(&st, "literary_discussion"), "seed {seed}: no essay, no chorus");
    }
}
