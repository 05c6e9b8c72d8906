//! Saves and replays are one file: scenario id and version, seed, the player, every
//! command in order with its turn, and the final state's hash. Loading replays the
//! commands through the same door and checks the hash.

use super::apply::apply;
use super::command::Command;
use super::state::GameState;
use crate::scenario::Scenario;
use crate::scenario::date::Date;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::Path;
use std::sync::Arc;

/// Bumped when the file's shape changes.
pub const SAVE_FORMAT: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SaveFile {
    pub format: u32,
    pub scenario_id: String,
    pub scenario_version: u32,
    pub seed: u64,
    /// The player's character id, if a person played.
    pub player: Option<String>,
    /// The turn under way when saved.
    pub turns: u32,
    /// Whether the game had ended (its last turn resolved).
    pub finished: bool,
    /// (turn, actor id, command), in the order applied.
    pub commands: Vec<(u32, String, Command)>,
    /// A game branched off the historical path: the script is replayed up to this date first.
    #[serde(default)]
    pub branched_at: Option<Date>,
    /// How well the computer played ("easy", "normal", "hard"): not needed to
    /// replay, but a loaded game plays on at the same level.
    #[serde(default)]
    pub difficulty: Option<String>,
    /// Hex hash of the state when saved.
    pub hash: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReplayError {
    Io(String),
    Corrupt(String),
    Format { found: u32 },
    Scenario { wants: String, have: String },
    Illegal { index: usize, turn: u32, reason: String },
    HashMismatch { expected: String, found: String },
}

/// Shown without control characters: a save's ids are untrusted text.
impl fmt::Display for ReplayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::files::printable(&self.text()))
    }
}

impl ReplayError {
    fn text(&self) -> String {
        use std::fmt::Write;
        let mut f = String::new();
        let _ = match self {
            ReplayError::Io(e) => write!(f, "cannot read the file: {e}"),
            ReplayError::Corrupt(e) => {
                write!(f, "the file is damaged or not a Politburo save: {e}")
            }
            ReplayError::Format { found } => write!(f, "the file has save format {found}; this game reads format {SAVE_FORMAT}"),
            ReplayError::Scenario { wants, have } => {
                write!(f, "the file was made with scenario {wants}, but the scenario loaded is {have}")
            }
            ReplayError::Illegal { index, turn, reason } => {
                write!(f, "command {} (turn {}) can no longer be applied: {reason}", index + 1, turn.saturating_add(1))
            }
            ReplayError::HashMismatch { expected, found } => {
                write!(f, "the replay diverged: the file's final state hash is {expected}, the replay gives {found}")
            }
        };
        f
    }
}

impl std::error::Error for ReplayError {}

impl SaveFile {
    pub fn from_game(st: &GameState) -> SaveFile {
        let s = &st.scn;
        SaveFile {
            format: SAVE_FORMAT,
            scenario_id: s.def.id.clone(),
            scenario_version: s.def.version,
            seed: st.seed,
            player: st.player.map(|p| s.def.characters[p].id.clone()),
            turns: st.turn,
            finished: st.is_over(),
            commands: st.log.iter().map(|(t, a, c)| (*t, s.def.characters[*a].id.clone(), *c)).collect(),
            hash: format!("{:016x}", st.state_hash()),
            branched_at: st.history_until,
            difficulty: Some(st.difficulty.name().to_string()),
        }
    }

    pub fn to_ron(&self) -> String {
        ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).unwrap_or_default()
    }

    pub fn parse(text: &str) -> Result<SaveFile, ReplayError> {
        let f: SaveFile = ron::from_str(text).map_err(|e| {
            // An error on the last line of a file that stops short is a cut-off save.
            let lines = text.trim_end().lines().count().max(1);
            let truncated = e.span.end.line >= lines && !text.trim_end().ends_with(')');
            ReplayError::Corrupt(if truncated { format!("{e}: the file stops short, as if cut off") } else { e.to_string() })
        })?;
        if f.format != SAVE_FORMAT {
            return Err(ReplayError::Format { found: f.format });
        }
        Ok(f)
    }

    pub fn read(path: &Path) -> Result<SaveFile, ReplayError> {
        let text = crate::files::read_text_limited(path, crate::files::MAX_SAVE_BYTES)
            .map_err(|e| ReplayError::Io(format!("{}: {e}", path.display())))?;
        SaveFile::parse(&text)
    }

    /// Writes atomically (`files::write_atomic`: a uniquely named temporary file
    /// beside the target, synced, then renamed), so a failed write never destroys a
    /// good save and two writers at once never mix their files.
    pub fn write(&self, path: &Path) -> std::io::Result<()> {
        crate::files::write_atomic(path, self.to_ron().as_bytes())
    }

    /// Replays the commands into a new game of `scn`, checking legality and the hash.
    pub fn replay(&self, scn: Arc<Scenario>, quiet: bool) -> Result<GameState, ReplayError> {
        if scn.def.id != self.scenario_id || scn.def.version != self.scenario_version {
            return Err(ReplayError::Scenario {
                wants: format!("\"{}\" version {}", self.scenario_id, self.scenario_version),
                have: format!("\"{}\" version {}", scn.def.id, scn.def.version),
            });
        }
        // A branch starts from the historical script, which the log also holds: skip that part.
        let (mut st, skip) = match self.branched_at {
            Some(d) => {
                let (st, _) = super::history::play(scn.clone(), Some(d), quiet);
                let n = st.log.len();
                (st, n)
            }
            None => (GameState::new(scn.clone(), self.seed), 0),
        };
        st.chronicle.quiet = quiet;
        st.player = match &self.player {
            Some(p) => Some(scn.char_id(p).ok_or_else(|| ReplayError::Corrupt(format!("no character \"{p}\"")))?),
            None => None,
        };
        for (i, (turn, actor, cmd)) in self.commands.iter().enumerate().skip(skip) {
            while st.turn < *turn && !st.is_over() {
                st.end_turn();
            }
            let a = scn.char_id(actor).ok_or_else(|| ReplayError::Corrupt(format!("no character \"{actor}\"")))?;
            apply(&mut st, a, *cmd).map_err(|e| ReplayError::Illegal { index: i, turn: *turn, reason: e.to_string() })?;
        }
        while (st.turn < self.turns || self.finished) && !st.is_over() {
            st.end_turn();
        }
        if st.turn != self.turns {
            return Err(ReplayError::Corrupt(format!(
                "the file says the game stopped at turn {}, but its commands end at turn {}",
                self.turns.saturating_add(1),
                st.turn + 1
            )));
        }
        st.difficulty = self.difficulty.as_deref().and_then(|d| super::difficulty::Difficulty::parse(d).ok()).unwrap_or_default();
        let found = format!("{:016x}", st.state_hash());
        if found != self.hash {
            return Err(ReplayError::HashMismatch { expected: self.hash.clone(), found });
        }
        Ok(st)
    }
}
