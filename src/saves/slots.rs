//! Named save slots: a name the player types becomes a file in the data folder's
//! `slots/`. The name is untrusted text, so it is checked, not repaired behind
//! the player's back: letters, digits, spaces, `-` and `_`, 1 to 40 of them, not
//! starting with `-` or `.`; a space is stored as `_` and shown again as a space,
//! so a name can never lead out of the folder or clash with a hidden file.

use std::path::{Path, PathBuf};

/// The longest slot name.
pub const MAX_NAME: usize = 40;

/// How many named slots the menu lists (the newest).
pub const LISTED: usize = 8;

/// The slots' folder.
pub fn dir() -> PathBuf {
    super::data_dir().join("slots")
}

/// Whether a typed character may stand in a slot's name.
pub fn allowed(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '_')
}

/// The file name for a typed slot name, or why the name is refused.
pub fn file_name(typed: &str) -> Result<String, String> {
    let name = typed.trim();
    if name.is_empty() {
        return Err("type a name for the save first".into());
    }
    if name.chars().count() > MAX_NAME {
        return Err(format!("a name has at most {MAX_NAME} characters"));
    }
    if let Some(bad) = name.chars().find(|&c| !allowed(c)) {
        return Err(format!("\"{bad}\" cannot stand in a name: letters, digits, spaces, - and _ only"));
    }
    if name.starts_with('-') {
        return Err("a name cannot start with -".into());
    }
    Ok(format!("{}.ron", name.replace(' ', "_")))
}

/// The path of a typed slot name in `dir`.
pub fn path_in(dir: &Path, typed: &str) -> Result<PathBuf, String> {
    file_name(typed).map(|f| dir.join(f))
}

/// A slot file's name as the player typed it (the stem, `_` shown as a space).
pub fn label(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().replace('_', " ")).unwrap_or_default()
}

/// The slot files in `dir`, newest first, at most `LISTED`: regular `.ron` files
/// of a valid name only (a link or a folder is not a slot).
pub fn list_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(dir) else { return vec![] };
    let mut files: Vec<(std::time::SystemTime, PathBuf)> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter(|p| file_name(&label(p)).is_ok_and(|f| p.file_name().is_some_and(|n| n.to_string_lossy() == f)))
        .filter_map(|p| {
            let m = std::fs::symlink_metadata(&p).ok().filter(|m| m.is_file())?;
            Some((m.modified().ok()?, p))
        })
        .collect();
    files.sort();
    files.into_iter().rev().take(LISTED).map(|(_, p)| p).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_name_becomes_one_plain_file_name_or_is_refused_with_a_reason() {
        assert_eq!(file_name("  Trotsky in 1926 ").unwrap(), "Trotsky_in_1926.ron");
        assert_eq!(label(Path::new("/x/Trotsky_in_1926.ron")), "Trotsky in 1926");
        for bad in ["", "   ", "../etc", "a/b", "a\\b", "-rf", ".hidden", "naïve", "x".repeat(41).as_str()] {
            assert!(file_name(bad).is_err(), "{bad:?} must be refused");
        }
        assert!(file_name(&"x".repeat(40)).is_ok());
        assert!(file_name("../etc").unwrap_err().contains("\"."));
    }

    #[test]
    fn the_list_holds_only_regular_files_of_valid_names_newest_first() {
        let dir = std::env::temp_dir().join(format!("politburo-slots-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("folder.ron")).unwrap();
        std::fs::write(dir.join("first.ron"), "x").unwrap();
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(dir.join("second_one.ron"), "x").unwrap();
        std::fs::write(dir.join("bad name.ron"), "x").unwrap();
        std::fs::write(dir.join("notes.txt"), "x").unwrap();
        let names: Vec<String> = list_in(&dir).iter().map(|p| label(p)).collect();
        assert_eq!(names, ["second one", "first"]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
