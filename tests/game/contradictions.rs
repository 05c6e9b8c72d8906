//! What a game said against itself (issue 18): a question about a sealed letter
//! already published, a loss while still in the Politburo, a comparison with
//! history that contradicted its own table, an end dated before the last vote.

use crate::{game, id};
use politburo::cli::session::verdict;
use politburo::rules::apply::apply;
use politburo::rules::command::{Command, CommandError};
use politburo::rules::legality::{check, legal_commands};
use politburo::rules::outcome::Outcome;
use politburo::rules::state::{GameState, TestamentStatus};

/// Someone who may publish the Testament now, and has him do it.
fn publish(st: &mut GameState) {
    let who = st.ids().find(|&c| check(st, c, &Command::PublishTestament).is_ok()).expect("someone may publish the Testament");
    apply(st, who, Command::PublishTestament).unwrap();
    assert_eq!(st.testament, TestamentStatus::Published);
}

fn testament_event(st: &GameState) -> usize {
    st.scn.def.events.iter().position(|e| e.id == "testament").unwrap()
}

#[test]
fn no_keeping_the_seal_of_a_letter_already_published() {
    // Published in April 1924, once Lenin is dead: in May the General Secretary is not offered to keep the seal unbroken.
    let mut st = game(5);
    st.end_turn();
    publish(&mut st);
    let ev = testament_event(&st);
    let mut asked = false;
    while st.turn < 3 {
        for p in st.choices.iter().filter(|p| p.event == ev) {
            asked = true;
            let answers: Vec<usize> = legal_commands(&st, p.chooser)
                .iter()
                .filter_map(|c| match c {
                    Command::Choose { event, choice } if *event == ev => Some(*choice),
                    _ => None,
                })
                .collect();
            assert_eq!(answers, vec![0], "only offering his resignation is left to him");
            let label = &st.scn.def.events[ev].choices[2].label;
            assert!(label.starts_with("Keep the seal unbroken"), "{label}");
        }
        politburo::ai::play_turn(&mut st, None);
        st.end_turn();
    }
    assert!(asked, "the question was put");
    // Published during the very turn the question is put: the answer is refused by the rules.
    for seed in 1..40 {
        let mut st = game(seed);
        politburo::ai::play_turn(&mut st, None);
        st.end_turn();
        let Some(put) = st.choices.iter().find(|p| p.event == ev).cloned() else { continue };
        if st.testament == TestamentStatus::Published {
            continue;
        }
        let keep = Command::Choose { event: ev, choice: 2 };
        assert!(check(&st, put.chooser, &keep).is_ok(), "asked while the letter is sealed");
        publish(&mut st);
        assert!(matches!(check(&st, put.chooser, &keep), Err(CommandError::NotNow(_))));
        assert!(apply(&mut st, put.chooser, keep).is_err());
        return;
    }
    panic!("no game put the Testament's question");
}

#[test]
fn only_a_fall_is_a_loss() {
    let mut st = game(5);
    let (trotsky, stalin) = (id(&st, "trotsky"), id(&st, "stalin"));
    st.outcome = Some(Outcome::EndDate { leader: stalin, power: 100 });
    let v = verdict(&st, trotsky);
    assert!(!v.contains("lost.") && v.contains("you have not won") && v.contains("Stalin leads the collective leadership"), "{v}");
    assert!(v.contains("People's Commissar for Military and Naval Affairs"), "{v}");
    st.outcome = Some(Outcome::PlayerFell { who: trotsky, died: false });
    assert_eq!(verdict(&st, trotsky), "You have lost.");
    st.outcome = Some(Outcome::EndDate { leader: trotsky, power: 100 });
    assert_eq!(verdict(&st, trotsky), "You have won.");
}

#[test]
fn the_comparison_with_history_agrees_with_its_table() {
    for seed in [1, 5, 9] {
        let mut st = game(seed);
        let me = id(&st, "trotsky");
        st.player = Some(me);
        politburo::ai::play_turn(&mut st, Some(me));
        st.end_turn();
        let lines = politburo::narrate::comparison_lines(&st);
        let text = lines.join("\n");
        let differs = text.contains("In history:");
        if text.contains("No leader's standing has yet left the historical path") {
            assert!(!differs, "{text}");
        }
        // Offices by their names, never their ids.
        for o in &st.scn.def.offices {
            assert!(!text.contains(&format!(" {},", o.id)) && !text.contains(&format!("; {}", o.id)), "{}: {text}", o.id);
        }
        assert!(text.contains("General Secretary of the Central Committee"), "{text}");
    }
}
