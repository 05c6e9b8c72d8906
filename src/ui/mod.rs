//! The window (feature `gui`): a Bevy front end around the same rules the terminal
//! game uses. Screens are `AppState`s; each screen and panel is a plugin in its own
//! file; `theme` holds the colours, fonts and widgets of the constructivist look.
//!
//! Every change to the game goes through `rules::command::apply`, `ai::play_turn`
//! and `GameState::end_turn`, exactly as in the terminal game.

mod board;
mod endscreen;
mod history;
mod menu;
mod reload;
mod selftest;
mod settings;
mod theme;

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
        let history = vec![Snapshot::of(&st)];
        Game { st, me, last_turn: (0, n), notice: None, history, reasons: vec![] }
    }

    /// The computer acts, the turn resolves; the new entries become the turn's report.
    pub fn end_turn(&mut self) {
        if self.st.is_over() {
            return;
        }
        let from = self.st.chronicle.entries.len();
        self.reasons = crate::ai::play_turn(&mut self.st, Some(self.me));
        self.st.end_turn();
        self.last_turn = (from, self.st.chronicle.entries.len());
        self.history.push(Snapshot::of(&self.st));
        // The board's tests end turns too: they leave the player's autosaves alone.
        if cfg!(not(test))
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
        let character = CharId(scenario.as_ref().ok().and_then(|s| s.def.characters.iter().position(|c| c.playable)).unwrap_or(0));
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
    let path = save_path();
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
    let history = vec![Snapshot::of(&st)];
    Ok(Game { st, me, last_turn: (from, to), notice: Some("Game loaded.".into()), history, reasons: vec![] })
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
    let mut window =
        Window { title: "Politburo — the Succession, 1924–1929".into(), resolution: WindowResolution::new(1280, 720), ..default() };
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
    .insert_resource(UiScale(if selftest.is_some() { 1.0 } else { prefs.ui_scale }))
    .insert_resource(prefs)
    .insert_resource(NewGame::load(lib, default_scenario_path()))
    .init_state::<AppState>()
    .add_systems(Startup, |mut commands: Commands| {
        // No multisampling: the UI is all straight edges, and the software renderer pays dearly for it.
        commands.spawn((Camera2d, Msaa::Off, Tonemapping::None, DebandDither::Disabled));
    })
    .add_plugins((theme::plugin, settings::plugin, menu::plugin, board::plugin, endscreen::plugin, history::plugin, reload::plugin))
    .add_systems(Update, screenshot_key);
    if let Some(t) = selftest {
        app.insert_resource(t).add_plugins(selftest::plugin);
    }
    app.run();
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
