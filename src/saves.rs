//! Where games are kept: the platform's data folder, and the autosaves of the last
//! few turns. A player's save is sacred: every file is written to a temporary
//! name and renamed (`files::write_atomic`), so a failed write leaves the old one.
//!
//! The autosave folder may hold the player's own files too. An autosave's name is
//! built from sanitised ids only (a scenario's id is untrusted text: `../..` must
//! not lead out of the folder), and the game deletes only the files it wrote, by
//! its record `autosaves.txt`, oldest first in the order it wrote them: never a
//! file merely found there, and never by a modification time a file could fake.

pub mod slots;

use crate::rules::GameState;
use crate::rules::replay::SaveFile;
use std::path::{Path, PathBuf};

/// How many turns of autosaves are kept for each game.
pub const AUTOSAVES_KEPT: usize = 3;

/// How many games' autosaves are kept (the newest).
pub const GAMES_KEPT: usize = 5;

/// The autosaves' record, in the autosave folder: the names of the files the game
/// wrote, oldest first.
pub const AUTOSAVE_RECORD: &str = "autosaves.txt";

/// The game's folder for settings and saves: `$XDG_DATA_HOME/politburo`,
/// `~/.local/share/politburo`, `%APPDATA%\politburo` or `~/Library/Application Support/politburo`.
pub fn data_dir() -> PathBuf {
    let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    let base = if cfg!(windows) {
        env("APPDATA")
    } else if cfg!(target_os = "macos") {
        env("HOME").map(|h| h.join("Library/Application Support"))
    } else {
        env("XDG_DATA_HOME").or_else(|| env("HOME").map(|h| h.join(".local/share")))
    };
    base.unwrap_or_else(std::env::temp_dir).join("politburo")
}

/// The user's own mods: `mods/` in the data folder, one folder a mod.
pub fn mods_dir() -> PathBuf {
    data_dir().join("mods")
}

/// The autosave folder.
pub fn autosave_dir() -> PathBuf {
    data_dir().join("autosave")
}

/// `s` as a piece of a file name: ASCII letters, digits, `_` and `-` kept, any
/// other character `_`, at most 40 characters, never empty, never starting with
/// `-` or `.`. Whatever the scenario says, the name stays one plain name.
pub fn sanitise(s: &str) -> String {
    let mut out: String = s
        .chars()
        .take(crate::scenario::bounds::MAX_ID_CHARS)
        .map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '_' })
        .collect();
    if out.is_empty() || out.starts_with('-') {
        out.insert(0, 'x');
    }
    out
}

/// The file name of an autosave: `autosave-SCENARIO-WHO-GAME-DATE.ron`, from
/// sanitised parts; `game` tells one game's autosaves from another's.
pub fn autosave_name_tagged(st: &GameState, game: &str) -> String {
    let who = st.player.map(|p| st.scn.def.characters[p].id.as_str()).unwrap_or("computer");
    format!("autosave-{}-{}-{}-{}.ron", sanitise(&st.scn.def.id), sanitise(who), sanitise(game), sanitise(&st.date.iso()))
}

/// The autosave's name for a game tagged by its seed (`autosave_in`).
pub fn autosave_name(st: &GameState) -> String {
    autosave_name_tagged(st, &format!("s{}", st.seed))
}

/// An autosave name's game: the name without its date (`-YYYY-MM.ron`).
fn game_of(name: &str) -> &str {
    let cut = name.len().saturating_sub(12);
    name.get(..cut).unwrap_or(name)
}

/// Is `name` one the game gives its autosaves (a plain name, no folder)?
fn is_autosave_name(name: &str) -> bool {
    name.starts_with("autosave-")
        && name.ends_with(".ron")
        && name.len() < 200
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
}

/// Saves the game as this turn's autosave and drops all but the newest
/// `AUTOSAVES_KEPT`; returns the file written.
pub fn autosave(st: &GameState) -> Result<PathBuf, String> {
    autosave_in(&autosave_dir(), st)
}

/// The names in the autosave record, oldest first; a missing or unreadable record is empty.
pub fn autosave_record(dir: &Path) -> Vec<String> {
    let text = crate::files::read_text_limited(&dir.join(AUTOSAVE_RECORD), crate::files::MAX_SETTINGS_BYTES).unwrap_or_default();
    text.lines().map(str::trim).filter(|l| is_autosave_name(l)).map(str::to_string).collect()
}

/// `autosave` into a given folder, the game tagged by its seed.
pub fn autosave_in(dir: &Path, st: &GameState) -> Result<PathBuf, String> {
    autosave_tagged(dir, st, &format!("s{}", st.seed))
}

/// A tag for a game begun now: its seed and the time, so that a new game's
/// autosaves never take the place of another's, even with the same seed.
pub fn new_game_tag(st: &GameState) -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    format!("s{}-t{secs}", st.seed)
}

/// Saves this turn's autosave of the game tagged `game` in `dir`, keeps that game's
/// newest `AUTOSAVES_KEPT` turns and the newest `GAMES_KEPT` games, and returns the
/// file written. Only files named in the folder's record (the ones the game wrote)
/// are ever deleted or replaced.
pub fn autosave_tagged(dir: &Path, st: &GameState, game: &str) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let name = autosave_name_tagged(st, game);
    let path = dir.join(&name);
    let mut record = autosave_record(dir);
    // A file of that name the game did not write is the player's: it is left alone.
    if path.exists() && !record.contains(&name) {
        return Err(format!("{} was not written by the game: it is left as it is, and this turn is not autosaved", path.display()));
    }
    SaveFile::from_game(st).write(&path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    record.retain(|n| n != &name);
    record.push(name);
    // Newest first: each game keeps its last turns, and only the last games are kept.
    let (mut keep, mut old, mut games): (Vec<String>, Vec<String>, Vec<String>) = (vec![], vec![], vec![]);
    for n in record.into_iter().rev() {
        let g = game_of(&n).to_string();
        if !games.contains(&g) {
            games.push(g.clone());
        }
        let turns = keep.iter().filter(|k| game_of(k) == g).count();
        let recent = games.iter().position(|x| *x == g).is_some_and(|i| i < GAMES_KEPT);
        if turns < AUTOSAVES_KEPT && recent { keep.push(n) } else { old.push(n) }
    }
    keep.reverse();
    let text: String = keep.iter().map(|n| format!("{n}\n")).collect();
    crate::files::write_atomic(&dir.join(AUTOSAVE_RECORD), text.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", dir.join(AUTOSAVE_RECORD).display()))?;
    for n in old {
        let p = dir.join(&n);
        // Only a regular file of the game's own naming, never through a link.
        if std::fs::symlink_metadata(&p).is_ok_and(|m| m.is_file()) {
            let _ = std::fs::remove_file(p);
        }
    }
    Ok(path)
}
