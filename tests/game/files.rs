//! Files and input the game does not trust (issue 22): saves that cannot be lost
//! or mixed, autosaves that touch only their own files, reads through a limit and
//! from regular files only, stdin lines that may be anything, and settings.

use crate::hostile::scratch;
use crate::{game, scenario};
use politburo::files::{Line, read_line};
use politburo::rules::replay::SaveFile;
use std::io::Cursor;
use std::path::Path;

fn a_save(seed: u64) -> SaveFile {
    let mut st = game(seed);
    for _ in 0..2 {
        politburo::ai::play_turn(&mut st, None);
        st.end_turn();
    }
    SaveFile::from_game(&st)
}

/// Two games saved onto one file at once: once they shared `<name>.tmp` and the
/// file came out mixed ("trailing characters"); now it is always one whole save.
#[test]
fn concurrent_saves_onto_one_file_never_corrupt_it() {
    let dir = scratch("concurrent");
    let path = dir.join("game.ron");
    let saves = [a_save(1), a_save(2)];
    std::thread::scope(|s| {
        for save in &saves {
            let path = &path;
            s.spawn(move || {
                for _ in 0..40 {
                    save.write(path).unwrap();
                }
            });
        }
        s.spawn(|| {
            for _ in 0..200 {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    let back = SaveFile::parse(&text).unwrap_or_else(|e| panic!("a torn save: {e}"));
                    assert!(saves.contains(&back));
                }
            }
        });
    });
    assert!(saves.contains(&SaveFile::read(&path).unwrap()));
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left.len(), 1, "no temporary file is left behind: {left:?}");
}

/// A save never touches a file beside it (`game.tmp` was destroyed by `save
/// game.ron`), never writes through a link (a planted `link.tmp → victim` once
/// made `save link.ron` overwrite the victim), refuses a folder without leaving
/// a stray file, and refuses a read-only save with a message.
#[test]
fn a_save_touches_only_its_own_file() {
    let dir = scratch("own-file");
    let save = a_save(3);
    std::fs::write(dir.join("game.tmp"), "the user's").unwrap();
    save.write(&dir.join("game.ron")).unwrap();
    assert_eq!(std::fs::read_to_string(dir.join("game.tmp")).unwrap(), "the user's");
    #[cfg(unix)]
    {
        std::fs::write(dir.join("victim"), "precious").unwrap();
        std::os::unix::fs::symlink(dir.join("victim"), dir.join("link.tmp")).unwrap();
        save.write(&dir.join("link.ron")).unwrap();
        assert_eq!(std::fs::read_to_string(dir.join("victim")).unwrap(), "precious");
        std::os::unix::fs::symlink(dir.join("victim"), dir.join("direct.ron")).unwrap();
        let e = save.write(&dir.join("direct.ron")).unwrap_err();
        assert!(e.to_string().contains("symbolic link"), "{e}");
        assert_eq!(std::fs::read_to_string(dir.join("victim")).unwrap(), "precious");
    }
    std::fs::create_dir_all(dir.join("folder.ron")).unwrap();
    let e = save.write(&dir.join("folder.ron")).unwrap_err();
    assert!(e.to_string().contains("folder"), "{e}");
    let ro = dir.join("readonly.ron");
    std::fs::write(&ro, "kept").unwrap();
    let mut perm = std::fs::metadata(&ro).unwrap().permissions();
    perm.set_readonly(true);
    std::fs::set_permissions(&ro, perm).unwrap();
    let e = save.write(&ro).unwrap_err();
    assert!(e.to_string().contains("read-only"), "{e}");
    assert_eq!(std::fs::read_to_string(&ro).unwrap(), "kept");
    let stray: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".politburo-") || n == "folder.tmp" || n == "readonly.tmp")
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

/// The autosaves delete only what they wrote: a file the player put in the
/// folder survives, one with a future modification time takes no slot, and a
/// player's file under an autosave's very name is not overwritten.
#[test]
fn autosaves_touch_only_their_own_files() {
    use politburo::saves::{AUTOSAVES_KEPT, autosave_in, autosave_name};
    let dir = scratch("autosaves-own");
    std::fs::write(dir.join("my-game.ron"), "mine").unwrap();
    let future = std::fs::File::create(dir.join("future.ron")).unwrap();
    future.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(86400 * 365)).unwrap();
    drop(future);
    let mut st = game(5);
    let mut written = vec![];
    for _ in 0..6 {
        politburo::ai::play_turn(&mut st, None);
        st.end_turn();
        written.push(autosave_in(&dir, &st).unwrap());
    }
    assert_eq!(std::fs::read_to_string(dir.join("my-game.ron")).unwrap(), "mine");
    assert!(dir.join("future.ron").exists());
    for (i, p) in written.iter().enumerate() {
        assert_eq!(p.exists(), i >= written.len() - AUTOSAVES_KEPT, "{}", p.display());
    }
    // The next turn's name, already taken by a file of the player's.
    politburo::ai::play_turn(&mut st, None);
    st.end_turn();
    let theirs = dir.join(autosave_name(&st));
    std::fs::write(&theirs, "theirs").unwrap();
    assert!(autosave_in(&dir, &st).is_err());
    assert_eq!(std::fs::read_to_string(&theirs).unwrap(), "theirs");
}

/// Lines of stdin through a limit: an endless line (`/dev/zero`) is dropped, not
/// held (it once aborted on a 4 GiB allocation), and a line that is not UTF-8
/// is skipped while the input goes on (it once ended the game).
#[test]
fn stdin_lines_are_bounded_and_bad_text_is_skipped() {
    let mut input = Vec::new();
    input.extend(std::iter::repeat_n(b'0', 100_000));
    input.extend(b"\n\xff\xfe bad\r\nend\r\nlast");
    let mut r = Cursor::new(input);
    assert_eq!(read_line(&mut r, 4096).unwrap(), Line::TooLong);
    assert_eq!(read_line(&mut r, 4096).unwrap(), Line::NotText);
    assert_eq!(read_line(&mut r, 4096).unwrap(), Line::Text("end".into()));
    assert_eq!(read_line(&mut r, 4096).unwrap(), Line::Text("last".into()));
    assert_eq!(read_line(&mut r, 4096).unwrap(), Line::End);
    // Ten megabytes of zeros without a line break: the input is taken for endless,
    // having read no more than 64 times the limit.
    let mut r = std::io::BufReader::new(Cursor::new(vec![0u8; 10_000_000]));
    assert_eq!(read_line(&mut r, 4096).unwrap(), Line::Endless);
    assert!(r.get_ref().position() < 4096 * 65 + 8192, "{}", r.get_ref().position());
}

/// A FIFO, a device or a folder is refused by every reader, at once: a FIFO
/// once blocked `check`, `replay` and the window's settings for ever, and
/// `replay /dev/zero` grew to gigabytes.
#[cfg(unix)]
#[test]
fn only_regular_files_are_read() {
    let dir = scratch("fifo");
    let fifo = dir.join("pipe.ron");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    for path in [fifo.as_path(), Path::new("/dev/zero"), dir.as_path()] {
        let e = SaveFile::read(path).unwrap_err().to_string();
        assert!(e.contains("not a regular file") || e.contains("folder"), "{e}");
        let e = politburo::scenario::Scenario::load(path).unwrap_err().to_string();
        assert!(e.contains("not a regular file") || e.contains("directory"), "{e}");
        let (p, w) = politburo::prefs::Prefs::read(path);
        assert_eq!(p, politburo::prefs::Prefs::default());
        assert!(w.len() == 1 && (w[0].contains("not a regular file") || w[0].contains("folder")), "{w:?}");
    }
    // A file too large is refused before it is read.
    let big = dir.join("big.ron");
    std::fs::File::create(&big).unwrap().set_len(politburo::files::MAX_SAVE_BYTES + 1).unwrap();
    assert!(SaveFile::read(&big).unwrap_err().to_string().contains("larger than"));
    let _ = scenario();
}

/// Settings out of range or not numbers get their default and a warning with
/// the line and column (the window crashed at every launch on each of these).
#[test]
fn settings_out_of_range_get_the_default_and_a_positioned_warning() {
    use politburo::prefs::Prefs;
    for bad in ["NaN", "-1.0", "1e30", "100.0", "inf", "0.0"] {
        let (p, w) = Prefs::parse(&format!("(\n    ui_scale: {bad},\n    fullscreen: true,\n)\n"), "settings.ron");
        assert_eq!(p, Prefs { ui_scale: 1.0, fullscreen: true, tutorial_done: false }, "{bad}");
        assert!(w.len() == 1 && w[0].contains("settings.ron:2:15") && w[0].contains("0.75 to 2"), "{bad}: {w:?}");
    }
    let (p, w) = Prefs::parse("(ui_scale: 1.5)", "s.ron");
    assert_eq!((p.ui_scale, w.len()), (1.5, 0));
    let (_, w) = Prefs::parse("(ui_scale: \"big\")", "s.ron");
    assert!(w[0].contains("s.ron:1:"), "{w:?}");
}

/// No display: a clear message, not a panic from the windowing library.
#[test]
fn no_display_is_said_plainly() {
    use politburo::prefs::display_problem_for;
    let empty = scratch("x11");
    assert!(display_problem_for(None, &empty).is_some_and(|m| m.contains("DISPLAY is not set")));
    assert!(display_problem_for(Some(":7"), &empty).is_some_and(|m| m.contains("no X server")));
    std::fs::write(empty.join("X7"), "").unwrap();
    assert_eq!(display_problem_for(Some(":7.0"), &empty), None);
    assert_eq!(display_problem_for(Some("remote:10"), &empty), None);
}

/// A save's ids are untrusted text too: an escape sequence in one never reaches
/// the terminal through the error that refuses it.
#[test]
fn a_save_refused_shows_no_control_characters() {
    let mut save = a_save(4);
    save.scenario_id = "\u{1b}[2J1924".into();
    let e = save.replay(scenario(), true).unwrap_err().to_string();
    assert!(e.contains("[2J1924") && !e.contains('\u{1b}'), "{e:?}");
    let e = SaveFile::parse("(format: 1, scenario_id: \"\u{1b}[2J\", oops)").unwrap_err().to_string();
    assert!(!e.contains('\u{1b}'), "{e:?}");
}
