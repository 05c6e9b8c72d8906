//! The binary as a user runs it: simulate, play with typed input, check, errors.

use std::io::Write;
use std::process::{Command, Stdio};

fn politburo(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_politburo"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("XDG_DATA_HOME", env!("CARGO_TARGET_TMPDIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

#[test]
fn simulate_is_byte_identical_for_a_seed() {
    let (code, a, _) = politburo(&["simulate", "--seed", "42"], "");
    assert_eq!(code, 0);
    let (_, b, _) = politburo(&["simulate", "--seed", "42"], "");
    assert_eq!(a, b);
    assert!(a.contains("final state hash: "));
    assert!(a.contains("Outcome"));
    assert!(a.contains("Lenin"), "the chronicle tells of Lenin's death");
    let (_, c, _) = politburo(&["simulate", "--seed", "43"], "");
    assert_ne!(a, c);
}

#[test]
fn play_as_stalin_and_trotsky_to_the_end() {
    for who in ["stalin", "trotsky"] {
        // Give a speech each turn, then end it; enough lines for every turn.
        let input = "1\nend\n".repeat(40);
        let (code, out, err) = politburo(&["play", "--as", who, "--seed", "3"], &input);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("Outcome"), "{out}");
        assert!(
            out.contains("You have won.") || out.contains("You have lost.") || out.contains("The game is over, and you have not won"),
            "{out}"
        );
        assert!(out.contains("Patronage"));
        assert!(out.contains("--- What happened ---"));
    }
}

#[test]
fn bad_arguments_and_scenarios_get_clear_errors() {
    let (code, _, err) = politburo(&["play", "--as", "lenin"], "");
    assert_eq!(code, 2);
    assert!(err.contains("not a playable character") && err.contains("stalin"), "{err}");
    let (code, _, err) = politburo(&["simulate", "--seed", "abc"], "");
    assert_ne!(code, 0);
    assert!(err.contains("invalid value"), "{err}");
    let dir = std::env::temp_dir().join(format!("politburo-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string("assets/scenarios/1924.ron").unwrap();
    let bad = dir.join("bad.ron");
    std::fs::write(&bad, text.replacen("prestige:", "prestig:", 1)).unwrap();
    let (code, _, err) = politburo(&["check", bad.to_str().unwrap()], "");
    assert_eq!(code, 2);
    assert!(err.contains("bad.ron:") && err.contains("prestig"), "{err}");
    let (code, _, err) = politburo(&["simulate", "--scenario", bad.to_str().unwrap()], "");
    assert_eq!(code, 2);
    assert!(err.contains("bad.ron:"), "{err}");
    let (code, out, _) = politburo(&["check", "assets/scenarios/1924.ron"], "");
    assert_eq!(code, 0);
    assert!(out.contains("ok"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The golden file: `politburo replay --history` prints exactly this. After an
/// intended change to the rules or the scenario, regenerate it with
/// `cargo run --release -- replay --history > tests/golden/history.txt` and read the diff.
#[test]
fn the_historical_replay_matches_the_golden_chronicle() {
    let (code, out, err) = politburo(&["replay", "--history"], "");
    assert_eq!(code, 0, "{err}");
    let golden = std::fs::read_to_string("tests/golden/history.txt").unwrap();
    if out != golden {
        let line = out.lines().zip(golden.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "the historical chronicle changed at line {}:\n  now:    {}\n  golden: {}",
            line + 1,
            out.lines().nth(line).unwrap_or(""),
            golden.lines().nth(line).unwrap_or("")
        );
    }
    assert!(out.contains("every entry was legal"));
}

#[test]
fn branch_off_history_save_and_replay() {
    let dir = std::env::temp_dir().join(format!("politburo-branch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let save = dir.join("branch.ron");
    let input = format!("1\nsave {}\nhistory\nend\n", save.display()) + &"end\n".repeat(40);
    let (code, out, err) = politburo(&["replay", "--history", "--branch-at", "1926-07", "--as", "trotsky"], &input);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("The historical path ends here: July 1926"), "{out}");
    assert!(out.contains("You lead Leon Trotsky"));
    assert!(out.contains("In history"), "the comparison with history is shown");
    assert!(out.contains("Outcome"));
    // The branch's save replays to the same hash.
    let (code, out, err) = politburo(&["replay", save.to_str().unwrap(), "--quiet"], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("replay verified"), "{out}");
    // A damaged save is refused with a clear message.
    let text = std::fs::read_to_string(&save).unwrap();
    std::fs::write(&save, &text[..text.len() / 3]).unwrap();
    let (code, _, err) = politburo(&["replay", save.to_str().unwrap()], "");
    assert_eq!(code, 1);
    assert!(err.contains("damaged or not a Politburo save"), "{err}");
    let (code, _, err) = politburo(&["replay", "--history", "--branch-at", "1926-13", "--as", "trotsky"], "");
    assert_ne!(code, 0);
    assert!(err.contains("YYYY-MM"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `check` on several files: each error rendered rustc-style with its line and a
/// caret, an `ok:` line for each clean file, a summary, exit 2; and the same as JSON.
#[test]
fn check_reports_every_file_with_carets_or_json() {
    let files = ["assets/scenarios/1924.ron", "tests/broken/unknown-id.ron", "tests/broken/misspelt-field.ron", "tests/broken/empty.ron"];
    let (code, out, err) = politburo(&["check", files[0], files[1], files[2], files[3]], "");
    assert_eq!(code, 2, "{err}");
    assert!(out.contains("ok: assets/scenarios/1924.ron (The Succession, 1924–1929, 24 characters,"), "{out}");
    assert!(
        err.contains("error: unknown character \"stalim\", given as the holder of \"gensec\"\n  --> tests/broken/unknown-id.ron:38:67\n"),
        "{err}"
    );
    assert!(err.contains("38 |             id: \"gensec\", name: \"General Secretary\", holder: Some(\"stalim\"),\n"), "{err}");
    assert!(
        err.contains(
            "   |                                                                   ^^^^^^^^\n   = help: did you mean \"stalin\"?"
        ),
        "{err}"
    );
    assert!(err.contains("= help: did you mean `prestige`?"), "{err}");
    assert!(err.contains("--> tests/broken/empty.ron\n"), "{err}");
    assert!(err.trim_end().ends_with("4 errors in 3 files"), "{err}");

    let (code, out, _) = politburo(&["check", "--format", "json", files[0], files[1]], "");
    assert_eq!(code, 2);
    assert!(out.starts_with("[\n  {\"file\": \"tests/broken/unknown-id.ron\", \"line\": 38, \"column\": 67, \"severity\": \"error\", \"message\": \"unknown character \\\"stalim\\\", given as the holder of \\\"gensec\\\"\", \"hint\": \"did you mean \\\"stalin\\\"?\", \"excerpt\": \"            id: \\\"gensec\\\""), "{out}");
    assert_eq!(out.matches("\"file\":").count(), 2, "{out}");
    assert!(out.trim_end().ends_with(']'));

    let (code, out, err) = politburo(&["check", "--format", "json", files[0]], "");
    assert_eq!((code, out.trim()), (0, "[]"), "{err}");
    let (code, _, err) = politburo(&["check", "--format", "xml", files[0]], "");
    assert_eq!(code, 2);
    assert!(err.contains("human") && err.contains("json"), "{err}");
}

/// Options whose value is one of a fixed set are checked by clap, which lists the set.
#[test]
fn fixed_choices_are_checked_and_listed() {
    let (code, _, err) = politburo(&["analyze", "--games", "1", "--format", "xml"], "");
    assert_eq!(code, 2);
    assert!(err.contains("table") && err.contains("json") && err.contains("csv"), "{err}");
    let (code, _, err) = politburo(&["simulate", "--difficulty", "impossible"], "");
    assert_eq!(code, 2);
    assert!(err.contains("easy") && err.contains("normal") && err.contains("hard"), "{err}");
    let (code, out, err) = politburo(&["simulate", "--seed", "2", "--difficulty", "hard", "--quiet"], "");
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("final state hash: "), "{out}");
}

/// Issue 18's command-line slips, each with the message it now gets.
#[test]
fn command_line_slips_get_accurate_messages() {
    let (code, _, err) = politburo(&["play", "--as", "trotsky", "--scenario", "assets"], "");
    assert_eq!(code, 2);
    assert!(err.contains("--scenario assets: is a folder, not a scenario file"), "{err}");
    let (code, _, err) = politburo(&["play", "--as", "trotsky", "--scenario", "/dev/null"], "");
    assert_eq!(code, 2);
    assert!(err.contains("--scenario /dev/null: not a regular file"), "{err}");
    let (code, out, err) = politburo(&["analyze", "--games", "0"], "");
    assert_eq!(code, 2);
    assert!(err.contains("'0' for '--games") && out.is_empty(), "{err}");
    let (code, out, err) = politburo(&["analyze", "--games", "2", "--as", "trotsky", "--strategy", "repeat:Foo"], "");
    assert_eq!(code, 2);
    assert!(err.contains("unknown command kind \"Foo\"") && err.contains("Speech") && out.is_empty(), "{err}");
    let (code, out, err) = politburo(&["analyze", "--games", "2", "--history-at", "1930-01"], "");
    assert_eq!(code, 2);
    assert!(err.contains("1930-01 is outside the historical path, which runs from January 1924 to December 1929"), "{err}");
    assert!(out.is_empty(), "{out}");
    // An unknown leader is refused before some 280 lines of chronicle.
    let (code, out, err) = politburo(&["replay", "--history", "--branch-at", "1926-07", "--as", "frunze"], "");
    assert_eq!(code, 2);
    assert!(err.contains("\"frunze\" is not a leader who can still act here"), "{err}");
    assert!(out.is_empty(), "{out}");
    let (code, _, err) = politburo(&["replay", "--history", "--branch-at", "1923-01", "--as", "trotsky"], "");
    assert_eq!(code, 2);
    assert!(err.contains("outside the historical path"), "{err}");
}

/// In a branch off history, the first turn's report tells of that turn only.
#[test]
fn a_branch_reports_its_own_turns_only() {
    let (code, out, err) = politburo(&["replay", "--history", "--branch-at", "1926-07", "--as", "trotsky"], "end\nquit\n");
    assert_eq!(code, 0, "{err}");
    let report = out.split("--- What happened ---").nth(1).expect("one turn played");
    assert!(!report.contains("[1924-01]") && report.contains("[1926-07]"), "{report}");
}

/// The end of a game is dated after its last vote, and the outcome line says the same month.
#[test]
fn the_end_is_dated_after_the_last_vote() {
    let (code, out, _) = politburo(&["replay", "--history"], "");
    assert_eq!(code, 0);
    let dates: Vec<&str> = out.lines().filter(|l| l.starts_with("[19")).map(|l| &l[1..8]).collect();
    let end = out.lines().find(|l| l.contains(" END ")).expect("an END entry");
    assert!(dates.iter().all(|d| *d <= &end[1..8]), "{end}");
    assert!(out.contains("[1929-12] END") && out.contains("Outcome (December 1929)"), "{end}");
}

#[path = "cli/hostile.rs"]
mod hostile;
