//! `play --tutorial`: the first turns with a coach. Each turn opens with one
//! lesson, pointing at the commands of this very turn by their numbers: patronage
//! and the lag of appointments, the agenda and the odds with `why`, blocs and the
//! ban on factions, the ladder and recanting, and how to win.

use super::session::Turn;
use crate::narrate::tutorial;
use crate::rules::GameState;
use crate::rules::command::Command;
use crate::scenario::CharId;
use std::io::Write;

/// The lessons given so far.
#[derive(Debug, Default)]
pub struct Coach {
    given: usize,
}

/// The number of the first command of the short list that `f` picks, as text.
fn first(st: &GameState, me: CharId, turn: &Turn, f: impl Fn(&Command) -> bool) -> Option<String> {
    turn.listed.iter().position(|c| f(c) && crate::actions::shortlisted(st, me, c)).map(|i| (i + 1).to_string())
}

impl Coach {
    /// How many lessons there are.
    pub const LESSONS: usize = tutorial::LESSONS;

    /// Prints this turn's lesson (one a turn, until they run out), pointing at this
    /// turn's commands by their numbers. The words are `narrate::tutorial`'s, shared
    /// with the window's coach.
    pub fn lesson(&mut self, st: &GameState, me: CharId, turn: &Turn, out: &mut dyn Write) {
        let at = tutorial::Pointers {
            appoint: first(st, me, turn, |c| matches!(c, Command::Appoint { person: None, .. })),
            propose: first(st, me, turn, |c| matches!(c, Command::Propose(_))),
            bloc: first(st, me, turn, |c| matches!(c, Command::FormBloc { .. } | Command::JoinBloc { .. })),
        };
        let Some(l) = tutorial::lesson(st, me, self.given, tutorial::Ui::Terminal, &at) else { return };
        self.given += 1;
        let _ = writeln!(out, "\nTUTORIAL {}/{} - {}. {}\n", self.given, Self::LESSONS, l.title, l.text);
    }
}
