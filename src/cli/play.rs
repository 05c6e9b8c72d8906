//! `politburo play`: the terminal game. Each turn shows the board, lists the legal
//! commands with costs and odds, reads the player's choices (`session`), then lets
//! the computer act and resolves the turn.

use super::input::{Input, Piped, Terminal};
use super::session::{self, Options};
use crate::rules::GameState;
use crate::scenario::Scenario;
use std::sync::Arc;

pub fn run(scn: Arc<Scenario>, who: &str, seed: u64, difficulty: crate::ai::Difficulty, opts: Options) -> i32 {
    if scn.char_id(who).filter(|&c| scn.def.characters[c].playable).is_none() {
        let playable: Vec<_> = scn.def.characters.iter().filter(|c| c.playable).map(|c| c.id.as_str()).collect();
        eprintln!("error: \"{who}\" is not a playable character of this scenario; choose one of: {}", playable.join(", "));
        return 2;
    }
    let mut st = GameState::new(scn, seed);
    st.difficulty = difficulty;
    run_from(st, who, opts)
}

/// Checks that `who` can be taken over in `st`: a living leader still in the party.
pub fn can_lead(st: &GameState, who: &str) -> Result<crate::scenario::CharId, String> {
    st.scn.char_id(who).filter(|&c| st.active(c)).ok_or_else(|| {
        let ids: Vec<_> = st.ids().filter(|&c| st.active(c)).map(|c| st.scn.def.characters[c].id.as_str()).collect();
        format!("error: \"{who}\" is not a leader who can still act here; choose one of: {}", ids.join(", "))
    })
}

/// Plays on from any state (a new game, or a branch off the historical path) as
/// `who`; any living leader can be taken over.
pub fn run_from(mut st: GameState, who: &str, opts: Options) -> i32 {
    let me = match can_lead(&st, who) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return 2;
        }
    };
    println!(
        "You lead {}. Seed {}, the computer plays on {}. Type `help` for the commands, `end` to end a turn.",
        st.scn.name(me),
        st.seed,
        st.difficulty.name()
    );
    if let Some(card) = crate::narrate::chapter::opening(&st) {
        println!("{card}");
    }
    let mut input: Box<dyn Input> = match Terminal::open() {
        Some(t) => Box::new(t),
        None => Box::new(Piped(std::io::stdin().lock())),
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    session::play(&mut st, me, input.as_mut(), &mut out, &opts)
}
