//! Saves and replays: the pinned state hash they record, round trips, refused
//! files, fuzz regressions and autosaves.

use crate::{game, id, scenario};
use politburo::ai;
use politburo::cli::simulate;
use politburo::rules::apply::apply;
use politburo::rules::legality::legal_commands;
use politburo::rules::state::GameState;
use politburo::scenario::Scenario;

/// The state hash of one finished game, pinned: saves record this hash, so an
/// accidental change to its encoding (`rules::hash`) or to the rules fails here.
/// After an intended change, put the new value here and regenerate the saves and
/// the golden chronicle that record it.
#[test]
fn the_state_hash_is_pinned() {
    assert_eq!(format!("{:016x}", simulate(scenario(), 7, None, true).state_hash()), "2a31e9688e2eb536");
}

#[test]
fn saves_replay_to_the_same_hash_and_bad_files_are_refused() {
    use politburo::rules::replay::{ReplayError, SaveFile};
    let scn = scenario();
    // A game with a person's commands in it: play as Trotsky for a few turns.
    let mut st = GameState::new(scn.clone(), 77);
    let trotsky = st.scn.cid("trotsky");
    st.player = Some(trotsky);
    for _ in 0..6 {
        if st.is_over() {
            break;
        }
        let legal = legal_commands(&st, trotsky);
        if let Some(&cmd) = legal.get(legal.len() / 2) {
            apply(&mut st, trotsky, cmd).unwrap();
        }
        ai::play_turn(&mut st, Some(trotsky));
        st.end_turn();
    }
    assert!(st.log.iter().any(|(_, a, _)| *a == trotsky), "the player's own commands are in the log");
    let save = SaveFile::from_game(&st);
    let text = save.to_ron();
    let back = SaveFile::parse(&text).unwrap();
    assert_eq!(back, save);
    let replayed = back.replay(scn.clone(), true).unwrap();
    assert_eq!(replayed.state_hash(), st.state_hash());
    // A finished computer game too.
    let done = simulate(scn.clone(), 5, None, true);
    let again = SaveFile::parse(&SaveFile::from_game(&done).to_ron()).unwrap().replay(scn.clone(), true).unwrap();
    assert_eq!(again.state_hash(), done.state_hash());
    assert!(again.outcome.is_some());
    // Truncated, corrupt, another version, a tampered hash.
    assert!(matches!(SaveFile::parse(&text[..text.len() / 2]), Err(ReplayError::Corrupt(_))));
    assert!(matches!(SaveFile::parse("not a save"), Err(ReplayError::Corrupt(_))));
    assert!(matches!(SaveFile::parse(&text.replacen("format: 1", "format: 9", 1)), Err(ReplayError::Format { found: 9 })));
    let mut other = save.clone();
    other.scenario_version += 1;
    assert!(matches!(other.replay(scn.clone(), true), Err(ReplayError::Scenario { .. })));
    let mut tampered = save.clone();
    tampered.hash = "0000000000000000".into();
    assert!(matches!(tampered.replay(scn.clone(), true), Err(ReplayError::HashMismatch { .. })));
    // Writing is atomic: a failed write leaves the old file whole.
    let dir = std::env::temp_dir().join(format!("politburo-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("game.ron");
    save.write(&path).unwrap();
    assert_eq!(SaveFile::read(&path).unwrap(), save);
    let _ = std::fs::remove_dir_all(&dir);
}

/// Inputs that once broke something, or were made to try to (`fuzz/README.md`):
/// every broken save and scenario is refused with a positioned or plain-worded
/// error, never a panic.
#[test]
fn fuzz_regressions_stay_fixed() {
    use politburo::rules::replay::SaveFile;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let scn = scenario();
    let mut seen = 0;
    for entry in std::fs::read_dir(dir.join("save")).unwrap() {
        let path = entry.unwrap().path();
        let r = SaveFile::read(&path).and_then(|f| f.replay(scn.clone(), true));
        let e = r.err().unwrap_or_else(|| panic!("{} should be refused", path.display()));
        assert!(!e.to_string().is_empty());
        seen += 1;
    }
    for entry in std::fs::read_dir(dir.join("scenario")).unwrap() {
        let path = entry.unwrap().path();
        let e = Scenario::load(&path).err().unwrap_or_else(|| panic!("{} should be refused", path.display())).to_string();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let at = e.find(&name).unwrap_or_else(|| panic!("{e} does not name the file"));
        assert!(e[at + name.len()..].starts_with(':'), "{e} gives no position");
        seen += 1;
    }
    assert!(seen >= 10, "only {seen} regression inputs");
}

/// Autosaves keep the newest few turns, and each replays to its game's hash.
#[test]
fn autosaves_keep_the_last_turns() {
    use politburo::rules::replay::SaveFile;
    use politburo::saves::{AUTOSAVES_KEPT, autosave_in};
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("autosave-test");
    let _ = std::fs::remove_dir_all(&dir);
    let mut st = game(5);
    st.player = Some(id(&st, "trotsky"));
    let mut last = None;
    for _ in 0..5 {
        ai::play_turn(&mut st, None);
        st.end_turn();
        last = Some(autosave_in(&dir, &st).unwrap());
    }
    // The saves, beside the record of the files the game wrote.
    let files = std::fs::read_dir(&dir).unwrap().filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "ron")).count();
    assert_eq!(files, AUTOSAVES_KEPT);
    let back = SaveFile::read(&last.unwrap()).unwrap().replay(scenario(), true).unwrap();
    assert_eq!(back.state_hash(), st.state_hash());
}

/// Each game's autosaves are its own: a new game, even with the same seed and
/// leader, never takes the place of the last one's.
#[test]
fn a_new_game_does_not_overwrite_the_last_ones_autosaves() {
    use politburo::saves::{AUTOSAVES_KEPT, autosave_tagged};
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("autosave-games-test");
    let _ = std::fs::remove_dir_all(&dir);
    let mut written = vec![];
    for tag in ["s5-t1", "s5-t2"] {
        let mut st = game(5);
        st.player = Some(id(&st, "trotsky"));
        for _ in 0..4 {
            ai::play_turn(&mut st, None);
            st.end_turn();
            written.push(autosave_tagged(&dir, &st, tag).unwrap());
        }
    }
    let files = std::fs::read_dir(&dir).unwrap().filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "ron")).count();
    assert_eq!(files, 2 * AUTOSAVES_KEPT, "each game keeps its last turns");
    assert!(written[3].exists() && written[7].exists(), "the first game's last autosave is still there");
    assert_ne!(written[3], written[7]);
}
