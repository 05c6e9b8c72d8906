//! Every contender can be led (issue 21 item 2): Zinoviev, Kamenev and Bukharin
//! are as playable as Stalin and Trotsky, and nothing in a game assumes the
//! player is one of those two.

use super::{id, scenario};
use politburo::actions;
use politburo::ai;
use politburo::rules::state::GameState;

#[test]
fn every_contender_of_1924_is_playable() {
    let scn = scenario();
    let playable: Vec<&str> = scn.def.characters.iter().filter(|c| c.playable).map(|c| c.id.as_str()).collect();
    let contenders: Vec<&str> = scn.def.characters.iter().filter(|c| c.contender).map(|c| c.id.as_str()).collect();
    assert_eq!(playable, contenders);
    assert_eq!(playable, ["stalin", "trotsky", "zinoviev", "kamenev", "bukharin"]);
}

/// Four turns as each of the three new seats: the player has open moves every
/// turn, the short list is a short list, and the computer plays the others.
#[test]
fn zinoviev_kamenev_and_bukharin_play_four_turns() {
    for who in ["zinoviev", "kamenev", "bukharin"] {
        let mut st = GameState::new(scenario(), 5);
        let me = id(&st, who);
        st.player = Some(me);
        for _ in 0..4 {
            let cmds = politburo::rules::legality::legal_commands(&st, me);
            let short = cmds.iter().filter(|c| actions::shortlisted(&st, me, c)).count();
            assert!(short > 0 && short < cmds.len(), "{who}: {short} of {}", cmds.len());
            let speech = politburo::rules::command::Command::Speech;
            if politburo::rules::check(&st, me, &speech).is_ok() {
                politburo::rules::apply(&mut st, me, speech).unwrap();
            }
            ai::play_turn(&mut st, Some(me));
            st.end_turn();
        }
        assert!(st.log.iter().any(|(_, a, _)| *a == me), "{who} acted");
        assert!(st.chars[me].alive);
    }
}
