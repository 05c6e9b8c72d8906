//! Where games are kept: the platform's data folder, and the autosaves of the last
//! few turns. A player's save is sacred: every file is written to a temporary
//! name and renamed (`SaveFile::write`), so a failed write leaves the old one.

use crate::rules::GameState;
use crate::rules::replay::SaveFile;
use std::path::{Path, PathBuf};

/// How many turns of autosaves are kept for each game.
pub const AUTOSAVES_KEPT: usize = 3;

/// How many games' autosaves are kept (the newest).
pub const GAMES_KEPT: usize = 5;

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

/// Saves the game as this turn's autosave and drops all but the newest
/// `AUTOSAVES_KEPT`; returns the file written.
pub fn autosave(st: &GameState) -> Result<PathBuf, String> {
    autosave_in(&autosave_dir(), st)
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

/// Saves this turn's autosave of the game tagged `game` in `dir`, keeps its newest
/// `AUTOSAVES_KEPT` turns and the newest `GAMES_KEPT` games, and returns the file written.
pub fn autosave_tagged(dir: &Path, st: &GameState, game: &str) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let who = st.player.map(|p| st.scn.def.characters[p].id.as_str()).unwrap_or("computer");
    let path = dir.join(format!("{}-{who}-{game}-{}.ron", st.scn.def.id, st.date));
    SaveFile::from_game(st).write(&path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let mut autos: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    autos.sort();
    autos.reverse();
    // A file's game: its name without the date (`-YYYY-MM.ron`).
    let game_of = |p: &Path| {
        let name = p.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        let cut = name.len().saturating_sub(12);
        if name.is_char_boundary(cut) { name[..cut].to_string() } else { name }
    };
    let mut games: Vec<String> = vec![game_of(&path)];
    let mut turns: Vec<(String, usize)> = vec![];
    for (_, old) in autos {
        let g = game_of(&old);
        if !games.contains(&g) {
            games.push(g.clone());
        }
        let kept = match turns.iter_mut().find(|(x, _)| *x == g) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                turns.push((g.clone(), 1));
                1
            }
        };
        let game_kept = games.iter().position(|x| *x == g).is_some_and(|i| i < GAMES_KEPT);
        if old != path && (kept > AUTOSAVES_KEPT || !game_kept) {
            let _ = std::fs::remove_file(old);
        }
    }
    Ok(path)
}
