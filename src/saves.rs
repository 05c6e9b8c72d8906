//! Where games are kept: the platform's data folder, and the autosaves of the last
//! few turns. A player's save is sacred: every file is written to a temporary
//! name and renamed (`SaveFile::write`), so a failed write leaves the old one.

use crate::rules::GameState;
use crate::rules::replay::SaveFile;
use std::path::{Path, PathBuf};

/// How many turns of autosaves are kept.
pub const AUTOSAVES_KEPT: usize = 3;

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

/// `autosave` into a given folder.
pub fn autosave_in(dir: &Path, st: &GameState) -> Result<PathBuf, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let who = st.player.map(|p| st.scn.def.characters[p].id.as_str()).unwrap_or("computer");
    let path = dir.join(format!("{}-{who}-{}.ron", st.scn.def.id, st.date));
    SaveFile::from_game(st).write(&path).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    let mut autos: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    autos.sort();
    let drop = autos.len().saturating_sub(AUTOSAVES_KEPT);
    for (_, old) in autos.into_iter().take(drop) {
        if old != path {
            let _ = std::fs::remove_file(old);
        }
    }
    Ok(path)
}
