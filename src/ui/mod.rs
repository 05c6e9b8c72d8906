//! The window (feature `gui`): a Bevy front end around the same rules the terminal
//! game uses. Screens are `AppState`s; each screen and panel is a plugin in its own
//! file; `theme` holds the colours, fonts and widgets of the constructivist look.
//!
//! Every change to the game goes through `rules::command::apply`, `analysis::computer_turn`
//! and `GameState::end_turn`, exactly as in the terminal game.

mod board;
mod chapters;
mod endscreen;
mod glossary;
mod handout;
mod history;
mod menu;
mod poster;
mod redraw;
mod reload;
mod selftest;
mod settings;
mod slots;
mod theme;

/// The turn report's pages, for the tests of its content.
pub use board::report_pages_of;

use crate::rules::GameState;
use crate::rules::chronicle::Category;
use crate::rules::replay::SaveFile;
use crate::scenario::{CharId, Library, Scenario, default_scenario_path};
use bevy::core_pipeline::tonemapping::{DebandDither, Tonemapping};
use bevy::prelude::*;
use bevy::window::{WindowMode, WindowResolution};
use std::path::PathBuf;
use std::sync::Arc;

/// The screens of the game.
#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AppState {
    #[default]
    Menu,
    Settings,
    Board,
    EndScreen,
    HistoryReplay,
}

/// The game under way: the rules' state and whom the player leads.
#[derive(Resource)]
pub struct Game {
    pub st: GameState,
    pub me: CharId,
    /// Chronicle entries of the last resolved turn: `entries[from..to]`.
    pub last_turn: (usize, usize),
    /// Where the last save went, or why it failed: shown in the top bar.
    pub notice: Option<String>,
    /// The line and the economy at the start of each turn played in this window, for the trends.
    pub history: Vec<Snapshot>,
    /// What each computer leader chose last turn, with his score and reason.
    pub reasons: Vec<(CharId, Vec<crate::ai::Choice>)>,
    /// The game as this turn began: this turn's orders are taken back by replaying
    /// it with one order fewer (the rules are deterministic, so nothing else moves).
    pub start: GameState,
    /// Every leader as the last resolved turn began: each card says what changed since.
    pub was: Vec<crate::rules::state::CharState>,
    /// Each resolved turn is autosaved (tests that end turns leave the player's saves alone).
    pub autosave: bool,
}

/// The line's level and the economy's indices (grain, industry, peasants, workers, overall).
#[derive(Clone, Copy)]
pub struct Snapshot {
    pub line: usize,
    pub economy: [i32; 5],
}

impl Snapshot {
    pub fn of(st: &GameState) -> Snapshot {
        let e = &st.economy;
        Snapshot { line: st.line, economy: [e.grain, e.industry, e.peasant_mood, e.worker_mood, e.result()] }
    }
}

impl Game {
    pub fn new(scn: Arc<Scenario>, me: CharId, seed: u64, difficulty: crate::ai::Difficulty) -> Game {
        let mut st = GameState::new(scn, seed);
        st.player = Some(me);
        st.difficulty = difficulty;
        let n = st.chronicle.entries.len();
        // A chapter opens on history's last turn before it, with its question in the top bar.
        let from = match st.scn.def.chapter {
            Some(_) => st.chronicle.entries.iter().rposition(|e| e.category() == Category::Turn).unwrap_or(0),
            None => 0,
        };
        let notice = st.scn.def.chapter.as_ref().map(|c| format!("The question: {}", c.question));
        Game::from_state(st, me, (from, n), notice)
    }

    /// A game under way, taken up at the start of a turn (a new game, a load, a take-over).
    pub fn from_state(st: GameState, me: CharId, last_turn: (usize, usize), notice: Option<String>) -> Game {
        let history = vec![Snapshot::of(&st)];
        let was = st.chars.clone();
        Game { start: st.clone(), st, me, last_turn, notice, history, reasons: vec![], was, autosave: true }
    }

    /// This turn's orders, in the order given: the player's commands since the turn began.
    pub fn orders(&self) -> Vec<crate::rules::Command> {
        self.st.log[self.start.log.len().min(self.st.log.len())..].iter().filter(|(_, a, _)| *a == self.me).map(|(_, _, c)| *c).collect()
    }

    /// Takes back the last of this turn's orders: the turn is replayed from its start
    /// with every command since, but that one. Returns the order taken back.
    pub fn undo(&mut self) -> Option<crate::rules::Command> {
        let since = &self.st.log[self.start.log.len().min(self.st.log.len())..];
        let last = since.iter().rposition(|(_, a, _)| *a == self.me)?;
        let mut st = self.start.clone();
        for (i, (_, actor, cmd)) in since.iter().enumerate() {
            if i != last && crate::rules::apply(&mut st, *actor, *cmd).is_err() {
                return None;
            }
        }
        let taken = since[last].2;
        self.st = st;
        Some(taken)
    }

    /// The computer acts, the turn resolves; the new entries become the turn's report.
    pub fn end_turn(&mut self) {
        if self.st.is_over() {
            return;
        }
        // The report starts where the turn did: the player's own orders are in it.
        let from = self.start.chronicle.entries.len().min(self.st.chronicle.entries.len());
        self.reasons = crate::analysis::computer_turn(&mut self.st, Some(self.me));
        self.st.end_turn();
        self.last_turn = (from, self.st.chronicle.entries.len());
        self.history.push(Snapshot::of(&self.st));
        self.was = std::mem::replace(&mut self.start, self.st.clone()).chars;
        // The board's tests end turns too: they leave the player's autosaves alone.
        if self.autosave
            && cfg!(not(test))
            && let Err(e) = crate::saves::autosave(&self.st)
        {
            warn!("autosave failed: {e}");
        }
    }
}

/// The choices of the "new game" panel.
#[derive(Resource)]
pub struct NewGame {
    /// Where scenarios are found: shipped, the user's mods, `--mods` folders.
    pub lib: Library,
    pub path: PathBuf,
    /// The loaded scenario, or the error text with file:line:column.
    pub scenario: Result<Arc<Scenario>, String>,
    pub character: CharId,
    pub seed: u64,
    /// How well the computer plays.
    pub difficulty: crate::ai::Difficulty,
}

impl NewGame {
    pub fn load(lib: Library, path: PathBuf) -> NewGame {
        let scenario = lib.load(&path).map(Arc::new).map_err(|e| e.to_string());
        // A chapter offers its own leader first.
        let lead = |s: &Arc<Scenario>| s.def.chapter.as_ref()?.lead.as_deref().and_then(|l| s.char_id(l));
        let first = |s: &Arc<Scenario>| s.def.characters.iter().position(|c| c.playable).map(CharId);
        let character = scenario.as_ref().ok().and_then(|s| lead(s).or_else(|| first(s))).unwrap_or(CharId(0));
        NewGame { lib, path, scenario, character, seed: 1924, difficulty: Default::default() }
    }

    pub fn playable(&self) -> Vec<CharId> {
        match &self.scenario {
            Ok(s) => CharId::all(s.def.characters.len()).filter(|&c| s.def.characters[c].playable).collect(),
            Err(_) => vec![],
        }
    }
}

/// The folder of the game's assets (fonts, scenarios): found the same way as the
/// default scenario, so the game runs from the crate root or beside its binary.
pub fn assets_dir() -> PathBuf {
    let scn = default_scenario_path();
    let dir = scn.parent().and_then(|p| p.parent()).map(PathBuf::from).unwrap_or_else(|| PathBuf::from("assets"));
    if dir.is_absolute() { dir } else { std::env::current_dir().map(|c| c.join(&dir)).unwrap_or(dir) }
}

/// Every scenario the menu offers: the shipped ones, then each mod's.
pub fn scenario_files(lib: &Library) -> Vec<PathBuf> {
    let mut v = lib.files();
    if v.is_empty() {
        v.push(default_scenario_path());
    }
    v
}

/// The one save slot, in the data folder beside the settings.
pub fn save_path() -> PathBuf {
    settings::data_dir().join("save.ron")
}

/// Saves the game: scenario, seed and every command (see `rules::replay`).
pub fn save_game(g: &Game) -> Result<PathBuf, String> {
    save_game_to(g, save_path())
}

/// Saves the game to `path` (the quick save, a named slot).
pub fn save_game_to(g: &Game, path: PathBuf) -> Result<PathBuf, String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    SaveFile::from_game(&g.st).write(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// Loads the save by replaying it into the scenario chosen in the menu.
pub fn load_game(ng: &NewGame) -> Result<Game, String> {
    load_game_from(ng, &save_path())
}

/// Loads any save file (the quick save or an autosave) into the menu's scenario.
pub fn load_game_from(ng: &NewGame, path: &std::path::Path) -> Result<Game, String> {
    let scn = ng.scenario.as_ref().map_err(|e| e.clone())?;
    let file = SaveFile::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let st = file.replay(scn.clone(), false).map_err(|e| e.to_string())?;
    let me = st.player.ok_or("the save has no player")?;
    // The report shows the last turn that was resolved.
    let to = st.chronicle.entries.len();
    let from = st.chronicle.entries.iter().rposition(|e| e.category() == Category::Turn).unwrap_or(0);
    let from = st.chronicle.entries[..from].iter().rposition(|e| e.category() == Category::Turn).map(|i| i + 1).unwrap_or(0);
    Ok(Game::from_state(st, me, (from, to), Some("Game loaded.".into())))
}

/// Opens the window; `lib` says where scenarios are found.
pub fn run(lib: Library) {
    // Without a display the windowing library panics: say so instead.
    if let Some(why) = crate::prefs::display_problem() {
        eprintln!("error: {why}");
        std::process::exit(1);
    }
    let started = std::time::Instant::now();
    let prefs = settings::Settings::load();
    let selftest = selftest::SelfTest::from_env(started);
    // The self-test may ask for a window size and a UI scale (the window test runs at
    // 1280×720, 1920×1080 and UI scale 1.5); otherwise the window fits the display.
    let size = selftest.as_ref().and_then(|_| env_pair("POLITBURO_SELFTEST_SIZE"));
    let scale = selftest.as_ref().map(|_| std::env::var("POLITBURO_SELFTEST_SCALE").ok().and_then(|v| v.parse().ok()).unwrap_or(1.0));
    let (w, h) = size.unwrap_or((1280, 720));
    let mut window = Window {
        title: "Politburo — the Succession, 1924–1929".into(),
        resolution: WindowResolution::new(w, h),
        position: WindowPosition::Centered(MonitorSelection::Primary),
        ..default()
    };
    if prefs.fullscreen && selftest.is_none() {
        window.mode = WindowMode::BorderlessFullscreen(MonitorSelection::Current);
    }
    let mut app = App::new();
    app.add_plugins(
        DefaultPlugins
            .set(WindowPlugin { primary_window: Some(window), ..default() })
            .set(AssetPlugin { file_path: assets_dir().to_string_lossy().into_owned(), ..default() }),
    )
    .insert_resource(ClearColor(theme::CREAM))
    .insert_resource(BaseScale(scale.unwrap_or(prefs.ui_scale)))
    .init_resource::<UiScale>()
    .insert_resource(prefs)
    .insert_resource(NewGame::load(lib, default_scenario_path()))
    .init_state::<AppState>()
    .add_systems(Startup, |mut commands: Commands| {
        // No multisampling: the UI is all straight edges, and the software renderer pays dearly for it.
        commands.spawn((Camera2d, Msaa::Off, Tonemapping::None, DebandDither::Disabled));
    })
    .add_plugins((
        theme::plugin,
        settings::plugin,
        menu::plugin,
        board::plugin,
        endscreen::plugin,
        handout::plugin,
        history::plugin,
        reload::plugin,
        glossary::plugin,
    ))
    .add_systems(Update, (screenshot_key, scale_with_window));
    if selftest.is_none() {
        app.add_systems(Update, fit_to_display.run_if(not(resource_exists::<Fitted>)));
    }
    // Frames only on input or change; the self-test counts frames, so it runs continuously.
    redraw::plugin(&mut app, selftest.is_some());
    if let Some(t) = selftest {
        app.insert_resource(t).add_plugins(selftest::plugin);
    }
    app.run();
}

/// The UI scale chosen (in the settings, or by the self-test), before the
/// window's own size is counted (`scale_with_window`).
#[derive(Resource)]
pub struct BaseScale(pub f32);

/// Text and panels grow with the window: beyond 1280×720 the interface is drawn
/// larger by part of the window's excess (a 1920×1080 window by 1.3), on top of
/// the chosen scale, so a large window is neither tiny print nor half empty.
fn scale_with_window(base: Res<BaseScale>, window: Single<&Window, With<bevy::window::PrimaryWindow>>, mut scale: ResMut<UiScale>) {
    let ratio = (window.width() / 1280.0).min(window.height() / 720.0).max(1.0);
    let s = base.0 * (1.0 + (ratio - 1.0) * 0.6);
    if (scale.0 - s).abs() > 1e-3 {
        scale.0 = s;
    }
}

/// "1920x1080" in an environment variable.
fn env_pair(name: &str) -> Option<(u32, u32)> {
    let v = std::env::var(name).ok()?;
    let (a, b) = v.split_once('x')?;
    Some((a.trim().parse().ok()?, b.trim().parse().ok()?))
}

/// The window has been fitted to the display (once, when the display is known).
#[derive(Resource)]
struct Fitted;

/// Opens the window at a size that fits the display: nine tenths of it, centred,
/// never smaller than 1280×720 unless the display itself is. A 1920×1080 screen
/// gets a 1728×972 window rather than 1280×720 in a corner.
fn fit_to_display(
    mut commands: Commands,
    monitors: Query<&bevy::window::Monitor, With<bevy::window::PrimaryMonitor>>,
    mut window: Single<&mut Window, With<bevy::window::PrimaryWindow>>,
) {
    let Ok(m) = monitors.single() else { return };
    commands.insert_resource(Fitted);
    if window.mode != WindowMode::Windowed {
        return;
    }
    let sf = m.scale_factor.max(0.5) as f32;
    let (dw, dh) = (m.physical_width as f32 / sf, m.physical_height as f32 / sf);
    let w = (dw * 0.9).max(1280.0_f32.min(dw));
    let h = (dh * 0.9).max(720.0_f32.min(dh));
    window.resolution.set(w.round(), h.round());
    window.position = WindowPosition::Centered(MonitorSelection::Primary);
}

/// F12, anywhere: a screenshot into the data folder's `screenshots/`.
fn screenshot_key(keys: Res<ButtonInput<KeyCode>>, mut commands: Commands, mut n: Local<u32>) {
    if !keys.just_pressed(KeyCode::F12) {
        return;
    }
    let dir = crate::saves::data_dir().join("screenshots");
    if let Err(e) = std::fs::create_dir_all(&dir) {
        warn!("cannot create {}: {e}", dir.display());
        return;
    }
    // The next free number, so earlier screenshots are never overwritten.
    while dir.join(format!("politburo-{:03}.png", *n)).exists() {
        *n += 1;
    }
    let path = dir.join(format!("politburo-{:03}.png", *n));
    info!("screenshot: {}", path.display());
    commands
        .spawn(bevy::render::view::screenshot::Screenshot::primary_window())
        .observe(bevy::render::view::screenshot::save_to_disk(path));
}
