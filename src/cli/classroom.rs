//! `politburo debrief SAVE --out FILE.html` and `politburo evidence SAVE --out
//! FILE.html|.csv`: a saved game replayed (its hash checked) and written out for
//! the classroom. The scenario is found by the id the save records.

use crate::rules::GameState;
use crate::rules::replay::SaveFile;
use crate::scenario::Library;
use std::path::Path;
use std::sync::Arc;

/// Replays a save with its chronicle, finding its scenario by id.
pub fn replay_save(lib: &Library, file: &Path) -> Result<GameState, String> {
    let save = SaveFile::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let path = lib.find(&save.scenario_id).ok_or_else(|| {
        format!(
            "{}: the save was made with scenario \"{}\", which the game does not find",
            file.display(),
            crate::files::printable(&save.scenario_id)
        )
    })?;
    let scn = lib.load(&path).map_err(|e| e.render())?;
    save.replay(Arc::new(scn), false).map_err(|e| format!("{}: {e}", file.display()))
}

fn write_out(out: &Path, text: &str, what: &str) -> i32 {
    match crate::files::write_atomic(out, text.as_bytes()) {
        Ok(()) => {
            println!("{what} written to {}", out.display());
            0
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", out.display());
            1
        }
    }
}

pub fn debrief(lib: &Library, file: &Path, out: &Path) -> i32 {
    match replay_save(lib, file) {
        Ok(st) => write_out(out, &crate::classroom::debrief::page(&st), "the debrief"),
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

pub fn evidence(lib: &Library, file: &Path, out: &Path) -> i32 {
    let st = match replay_save(lib, file) {
        Ok(st) => st,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let csv = out.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let text = if csv { crate::classroom::worksheet::csv(&st) } else { crate::classroom::worksheet::html(&st) };
    write_out(out, &text, "the evidence worksheet")
}
