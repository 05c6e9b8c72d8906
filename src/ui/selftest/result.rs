//! The self-test's settings from the environment (a short run, the leader played)
//! and its result: `result.txt` (turn reached, timings, what was done), and the exit.

use bevy::prelude::*;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// A short run (`POLITBURO_SELFTEST_SHORT`): the menu, the board, an action, a
/// turn's report and the tabs, for the window test's other sizes and UI scales.
pub fn short() -> bool {
    std::env::var_os("POLITBURO_SELFTEST_SHORT").is_some_and(|v| !v.is_empty())
}

/// The leader the self-test plays: `POLITBURO_SELFTEST_AS`, else Stalin.
pub fn who() -> String {
    std::env::var("POLITBURO_SELFTEST_AS").ok().filter(|s| !s.is_empty()).unwrap_or_else(|| "stalin".into())
}

pub fn write_result(t: &SelfTest, turn: u32) {
    let ms = |d: Option<Duration>| d.map(|d| d.as_millis().to_string()).unwrap_or_else(|| "?".into());
    let median = |v: &[f32]| {
        let mut v = v.to_vec();
        v.sort_by(|a, b| a.total_cmp(b));
        v.get(v.len() / 2).copied().unwrap_or(0.0)
    };
    let frames = &t.board_frames;
    let mean = if frames.is_empty() { 0.0 } else { frames.iter().sum::<f32>() / frames.len() as f32 };
    let menu = median(&t.menu_frames);
    let median = median(frames);
    let text = format!(
        "turn={turn}\nfirst_frame_ms={}\nmenu_ready_ms={}\nboard_frame_median_ms={median:.1}\nmenu_frame_median_ms={menu:.1}\nboard_frame_mean_ms={mean:.1}\nboard_frames_sampled={}\nscreenshots={}\n{}\n",
        ms(t.first_frame),
        ms(t.ready),
        frames.len(),
        t.shots.join(","),
        t.log.iter().map(|l| format!("log: {l}")).collect::<Vec<_>>().join("\n")
    );
    if let Err(e) = std::fs::create_dir_all(&t.dir).and_then(|_| std::fs::write(t.dir.join("result.txt"), text)) {
        error!("self-test: cannot write the result: {e}");
    }
}

pub fn finish(t: &SelfTest, exit: &mut MessageWriter<AppExit>, ok: bool) {
    info!("self-test finished ({}): {}", if ok { "ok" } else { "FAILED" }, t.log.join("; "));
    exit.write(if ok { AppExit::Success } else { AppExit::error() });
}

/// The self-test's progress: the step, the frames waited, the timings, the
/// screenshots taken and what was done.
#[derive(Resource)]
pub struct SelfTest {
    pub(super) dir: PathBuf,
    pub(super) started: Instant,
    pub(super) step: usize,
    /// Frames since the current step began.
    pub(super) frames: u32,
    pub(super) first_frame: Option<Duration>,
    pub(super) ready: Option<Duration>,
    pub(super) board_frames: Vec<f32>,
    pub(super) menu_frames: Vec<f32>,
    pub(super) shots: Vec<String>,
    pub(super) log: Vec<String>,
}

impl SelfTest {
    pub fn from_env(started: Instant) -> Option<SelfTest> {
        let dir = std::env::var_os("POLITBURO_SELFTEST").filter(|d| !d.is_empty())?;
        Some(SelfTest {
            dir: PathBuf::from(dir),
            started,
            step: 0,
            frames: 0,
            first_frame: None,
            ready: None,
            board_frames: vec![],
            menu_frames: vec![],
            shots: vec![],
            log: vec![],
        })
    }
}
