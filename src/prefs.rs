//! The settings file, `settings.ron` in the data folder: read through a size
//! limit and validated here, without the window, so that any file gives settings
//! the window can use. A value out of its range or not a number (`NaN`, `1e30`)
//! is a warning naming the file, line and column, and the default is used: the
//! window once crashed at every launch on `ui_scale: NaN`.

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The interface scale's range; the settings screen steps inside it.
pub const UI_SCALE_MIN: f32 = 0.75;
pub const UI_SCALE_MAX: f32 = 2.0;

/// What the settings file holds.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Prefs {
    pub ui_scale: f32,
    pub fullscreen: bool,
    /// The window's guided first game was finished or skipped: new games start unguided.
    pub tutorial_done: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs { ui_scale: 1.0, fullscreen: false, tutorial_done: false }
    }
}

impl Prefs {
    /// Where the settings are kept.
    pub fn path() -> PathBuf {
        crate::saves::data_dir().join("settings.ron")
    }

    /// The saved settings, each warning printed; see `read`.
    pub fn load() -> Prefs {
        let (p, warnings) = Prefs::read(&Prefs::path());
        for w in warnings {
            eprintln!("warning: {w}");
        }
        p
    }

    /// The settings in `path` and what was wrong with them: a missing file gives
    /// the defaults quietly; a file that cannot be read (too large, not a regular
    /// file, not text) or parsed gives the defaults and a warning; a value out of
    /// range gives its default and a warning at its line and column.
    pub fn read(path: &Path) -> (Prefs, Vec<String>) {
        let shown = path.display();
        let text = match crate::files::read_text_limited(path, crate::files::MAX_SETTINGS_BYTES) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Prefs::default(), vec![]),
            Err(e) => return (Prefs::default(), vec![format!("the settings file {shown}: {e}; using the defaults")]),
        };
        Prefs::parse(&text, &shown.to_string())
    }

    /// `read` on text already in memory; `file` names it in the warnings.
    pub fn parse(text: &str, file: &str) -> (Prefs, Vec<String>) {
        let mut p = match ron::from_str::<Prefs>(text) {
            Ok(p) => p,
            Err(e) => {
                let w = format!(
                    "the settings file {file}:{}:{}: {}; using the defaults (the file is replaced when settings change)",
                    e.span.start.line, e.span.start.col, e.code
                );
                return (Prefs::default(), vec![w]);
            }
        };
        let mut warnings = vec![];
        if !(p.ui_scale.is_finite() && (UI_SCALE_MIN..=UI_SCALE_MAX).contains(&p.ui_scale)) {
            let src = crate::scenario::locate::Source::new(text);
            let (line, col) =
                src.field(src.root(), "ui_scale").map(|t| crate::scenario::line_col(&text[..src.span(t).0])).unwrap_or((1, 1));
            let d = Prefs::default().ui_scale;
            warnings.push(format!(
                "the settings file {file}:{line}:{col}: ui_scale is {}, expected a number from {UI_SCALE_MIN} to {UI_SCALE_MAX}; using {d}",
                p.ui_scale
            ));
            p.ui_scale = d;
        }
        (p, warnings)
    }

    /// Writes the settings atomically (`files::write_atomic`).
    pub fn save(&self) -> Result<(), String> {
        let path = Prefs::path();
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::default()).map_err(|e| e.to_string())?;
        crate::files::write_atomic(&path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))
    }
}

/// Why the window cannot open here, if it cannot: on Linux and the BSDs the window
/// needs an X11 display (`DISPLAY`), and without one the windowing library
/// panics. A local display (`:0`) must also have its socket. `None` elsewhere.
pub fn display_problem() -> Option<String> {
    if cfg!(any(windows, target_os = "macos")) {
        return None;
    }
    let display = std::env::var("DISPLAY").ok();
    display_problem_for(display.as_deref(), Path::new("/tmp/.X11-unix"))
}

/// `display_problem` for a given `DISPLAY` and X11 socket folder.
pub fn display_problem_for(display: Option<&str>, sockets: &Path) -> Option<String> {
    let help = "the window needs a graphical session; the terminal game and the other commands need none (`politburo --help`)";
    let Some(d) = display.filter(|d| !d.trim().is_empty()) else {
        return Some(format!("no display: DISPLAY is not set, so the window cannot open; {help}"));
    };
    // `:0` or `:0.0` is a local display, served through the socket `X0`.
    if let Some(n) = d.strip_prefix(':').map(|r| r.split('.').next().unwrap_or_default())
        && !n.is_empty()
        && n.bytes().all(|b| b.is_ascii_digit())
        && !sockets.join(format!("X{n}")).exists()
    {
        return Some(format!("no display: DISPLAY is {d}, but no X server listens there; {help}"));
    }
    None
}
