//! The binary under hostile input (issue 22): stdin of any bytes, absurd thread
//! counts, names that would break CSV or a terminal, files that never end.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs the binary on raw stdin bytes; a run past `secs` seconds is killed and fails the test.
fn run_bytes(args: &[&str], input: &[u8], secs: u64) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_politburo"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("XDG_DATA_HOME", env!("CARGO_TARGET_TMPDIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            panic!("politburo {args:?} still ran after {secs} s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = feeder.join();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into())
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("cli-hostile-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// One byte of invalid UTF-8 once printed "Input ended" and dropped the rest of
/// the input; a line of 100 KB is skipped too.
#[test]
fn a_line_of_bad_bytes_on_stdin_is_skipped_not_the_end() {
    let mut input = b"\xff\xfe\n".to_vec();
    input.extend(vec![b'7'; 100_000]);
    input.extend(b"\nq\n");
    let (code, out, err) = run_bytes(&["play", "--as", "stalin", "--seed", "3"], &input, 60);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("That line is not UTF-8 text: skipped."), "{out}");
    assert!(out.contains("That line is longer than 4096 bytes: skipped."), "{out}");
    assert!(!out.contains("Input ended"), "the `q` after the bad lines was read");
}

/// `--threads 100000` once panicked ("failed to spawn thread"), and the largest
/// number ("capacity overflow"): clap refuses them.
#[test]
fn absurd_thread_counts_are_refused() {
    for n in ["100000", "18446744073709551615", "0"] {
        let (code, _, err) = run_bytes(&["analyze", "--games", "1", "--threads", n], b"", 60);
        assert_eq!(code, 2, "{n}: {err}");
        assert!(err.contains("--threads") && !err.contains("panicked"), "{n}: {err}");
    }
    // The last seed: the seeds wrap, as the games' do, rather than overflow in the heading.
    let (code, out, err) = run_bytes(&["analyze", "--games", "2", "--threads", "1", "--seed", "18446744073709551615"], b"", 120);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("seeds 18446744073709551615..0"), "{out}");
}

/// A milestone named with a comma, a quote and a line break once split the CSV
/// rows; the CSV writer quotes it.
#[test]
fn csv_survives_names_with_commas_quotes_and_line_breaks() {
    let dir = scratch("csv");
    let text = std::fs::read_to_string("assets/scenarios/1924.ron").unwrap();
    let name = "Trotsky, \\\"the Demon\\\",\\noff the Politburo";
    let text = text.replacen("(name: \"Trotsky off the Politburo by the end of 1926\"", &format!("(name: \"{name}\""), 1);
    let path = dir.join("csv.ron");
    std::fs::write(&path, text).unwrap();
    let (code, out, err) =
        run_bytes(&["analyze", "--games", "3", "--threads", "1", "--format", "csv", "--scenario", path.to_str().unwrap()], b"", 120);
    assert_eq!(code, 0, "{err}");
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let head = r.headers().unwrap().clone();
    assert_eq!(&head[4], "Trotsky, \"the Demon\",\noff the Politburo");
    let rows: Vec<_> = r.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), 3);
    assert!(rows.iter().all(|r| r.len() == head.len()));
}

/// An escape sequence in a name once reached the terminal raw (`ESC[2J` cleared
/// it): `check` refuses it, and the error shown holds no control character.
#[test]
fn escape_sequences_in_a_scenario_never_reach_the_terminal() {
    let dir = scratch("escape");
    let text = std::fs::read_to_string("assets/scenarios/1924.ron").unwrap();
    for (i, evil) in ["Joseph \u{1b}[2JStalin", "Joseph \\u{1b}[2JStalin"].iter().enumerate() {
        let path = dir.join(format!("esc{i}.ron"));
        std::fs::write(&path, text.replacen("name: \"Joseph Stalin\"", &format!("name: \"{evil}\""), 1)).unwrap();
        let (code, out, err) = run_bytes(&["simulate", "--quiet", "--scenario", path.to_str().unwrap()], b"", 60);
        assert_eq!(code, 2, "{out}{err}");
        assert!(err.contains("control character"), "{err}");
        assert!(!out.contains('\u{1b}') && !err.contains('\u{1b}'), "{err}");
    }
}

/// A FIFO or a device given as a scenario or a save is refused at once: `check`
/// once blocked for ever on a FIFO, `replay /dev/zero` grew to gigabytes.
#[cfg(unix)]
#[test]
fn fifos_and_devices_are_refused_at_once() {
    let dir = scratch("fifo");
    let fifo = dir.join("pipe.ron");
    assert!(Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let f = fifo.to_str().unwrap();
    for args in [vec!["check", f], vec!["replay", f], vec!["replay", "/dev/zero"], vec!["analyze", "--games", "1", "--from", f]] {
        let (code, _, err) = run_bytes(&args, b"", 30);
        assert_ne!(code, 0, "{args:?}");
        assert!(err.contains("not a regular file"), "{args:?}: {err}");
    }
}

/// `play < /dev/zero` once aborted on a 4 GiB allocation: the endless line is
/// read through the limit, and the game stops with a word.
#[cfg(unix)]
#[test]
fn play_from_dev_zero_stops_with_a_word() {
    let child = Command::new(env!("CARGO_BIN_EXE_politburo"))
        .args(["play", "--as", "stalin", "--seed", "3"])
        .env("XDG_DATA_HOME", env!("CARGO_TARGET_TMPDIR"))
        .stdin(std::fs::File::open("/dev/zero").unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("one endless line"), "{text}");
}
