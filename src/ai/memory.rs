//! What a leader remembers of his own recent moves, read from the game's log (so a
//! replayed or loaded game remembers the same): the bloc he joined and must stand
//! by, and the blocs he has just left or recanted from and must not rejoin.

use crate::rules::command::Command;
use crate::rules::state::GameState;
use crate::scenario::{BlocId, CharId};

/// Turns a leader stands by a bloc he joined, and stays out of one he left.
pub const COMMIT_TURNS: u32 = 2;
/// Turns a leader who recanted stays out of the bloc he recanted from.
pub const RECANT_TURNS: u32 = 4;

/// His bloc commitments now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Memory {
    /// He joined his present bloc within `COMMIT_TURNS`, and nothing since gives him cause to go.
    pub bound: bool,
    /// Blocs he may not (re)join: left within `COMMIT_TURNS`, recanted from within `RECANT_TURNS`.
    pub barred: Vec<BlocId>,
}

fn bloc_move(cmd: &Command) -> Option<Option<BlocId>> {
    match *cmd {
        Command::JoinBloc { bloc } | Command::FormBloc { bloc } => Some(Some(bloc)),
        Command::LeaveBloc => Some(None),
        _ => None,
    }
}

/// The bloc `c` was in just before the log's entry `i`, by his own logged moves
/// (or the scenario's opening blocs when he has made none).
pub fn bloc_before(st: &GameState, c: CharId, i: usize) -> Option<BlocId> {
    match st.log[..i].iter().rev().filter(|(_, a, _)| *a == c).find_map(|(_, _, cmd)| bloc_move(cmd)) {
        Some(b) => b,
        None => st.scn.def.blocs.iter().position(|b| b.members.iter().any(|m| st.scn.cid(m) == c)).map(BlocId),
    }
}

/// What `c` remembers; `cause` says whether the bloc he joined at log entry `i`
/// has since given him cause to go (with the entries after it).
pub fn recall(st: &GameState, c: CharId, cause: impl Fn(BlocId, &[(u32, CharId, Command)]) -> bool) -> Memory {
    let mut m = Memory::default();
    let mut latest = true;
    let since = |turns: u32| st.turn.saturating_sub(turns);
    // One pass back through the log, as far as the longest memory reaches.
    let window = st.log.iter().enumerate().rev().take_while(|(_, (t, _, _))| *t >= since(RECANT_TURNS));
    for (i, (t, _, cmd)) in window.filter(|(_, (_, a, _))| *a == c) {
        let recent = *t >= since(COMMIT_TURNS);
        match *cmd {
            Command::JoinBloc { bloc } | Command::FormBloc { bloc } => {
                // Only his latest join binds him.
                if std::mem::take(&mut latest) && recent && st.chars[c].bloc == Some(bloc) {
                    m.bound = !cause(bloc, &st.log[i + 1..]);
                }
                // Joining another bloc left the one before.
                if let Some(old) = recent.then(|| bloc_before(st, c, i)).flatten().filter(|&o| o != bloc) {
                    m.barred.push(old);
                }
            }
            Command::LeaveBloc if recent => m.barred.extend(bloc_before(st, c, i)),
            Command::Recant => m.barred.extend(bloc_before(st, c, i)),
            _ => {}
        }
    }
    m
}
