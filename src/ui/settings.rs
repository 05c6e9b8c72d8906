//! Settings (UI scale, fullscreen), kept in `settings.ron` in the platform's data
//! folder, and the screen that changes them.

use super::AppState;
use super::theme::{self, BLACK, CREAM, Face, Fonts, Hover, RED};
use bevy::prelude::*;
use bevy::window::{PrimaryWindow, WindowMode};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

#[derive(Resource, Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct Settings {
    pub ui_scale: f32,
    pub fullscreen: bool,
    /// The guided first game was finished or skipped (`board::coach`).
    pub tutorial_done: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings { ui_scale: 1.0, fullscreen: false, tutorial_done: false }
    }
}

pub use crate::saves::data_dir;

impl Settings {
    fn path() -> PathBuf {
        crate::prefs::Prefs::path()
    }

    /// The saved settings, read and validated by `prefs::Prefs::load`: any file
    /// gives values the window can use, with a positioned warning for each one it
    /// could not.
    pub fn load() -> Settings {
        let p = crate::prefs::Prefs::load();
        Settings { ui_scale: p.ui_scale, fullscreen: p.fullscreen, tutorial_done: p.tutorial_done }
    }

    pub fn save(&self) -> Result<(), String> {
        crate::prefs::Prefs { ui_scale: self.ui_scale, fullscreen: self.fullscreen, tutorial_done: self.tutorial_done }.save()
    }
}

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(AppState::Settings), spawn)
        .add_systems(Update, (keys, apply_settings.run_if(resource_changed::<Settings>)).run_if(in_state(AppState::Settings)));
}

#[derive(Component)]
struct ValueText(u8);

fn spawn(mut commands: Commands, fonts: Res<Fonts>, s: Res<Settings>) {
    let f = &*fonts;
    commands
        .spawn((
            DespawnOnExit(AppState::Settings),
            Node {
                width: percent(100),
                height: percent(100),
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::Center,
                justify_content: JustifyContent::Center,
                row_gap: px(18),
                ..default()
            },
        ))
        .with_children(|p| {
            // Poster furniture: a red band across the top, a black block at the left.
            p.spawn((
                Node { position_type: PositionType::Absolute, left: px(0), top: px(0), width: percent(100), height: px(58), ..default() },
                BackgroundColor(RED),
            ));
            p.spawn((
                Node { position_type: PositionType::Absolute, left: px(0), top: px(58), width: percent(100), height: px(5), ..default() },
                BackgroundColor(BLACK),
            ));
            p.spawn((
                Node { position_type: PositionType::Absolute, left: px(60), bottom: px(0), width: px(36), height: px(420), ..default() },
                BackgroundColor(BLACK),
            ));
            p.spawn((Node { padding: UiRect::axes(px(30), px(6)), ..default() }, BackgroundColor(RED))).with_child(f.text(
                "SETTINGS",
                Face::Narrow,
                56.0,
                CREAM,
            ));
            let row = |p: &mut ChildSpawnerCommands, label: &str, tag: u8, value: String, minus: bool| {
                p.spawn(Node { column_gap: px(14), align_items: AlignItems::Center, ..default() }).with_children(|r| {
                    r.spawn((Node { width: px(220), ..default() }, children![f.text(label, Face::Bold, 24.0, BLACK)]));
                    if minus {
                        r.spawn(theme::text_button(f, "−", Hover::BLACK, px(50)))
                            .observe(move |_: On<Pointer<Click>>, mut s: ResMut<Settings>| step(&mut s, tag, -1));
                    } else {
                        r.spawn(Node { width: px(50), ..default() });
                    }
                    r.spawn((
                        Node { width: px(140), justify_content: JustifyContent::Center, ..default() },
                        children![(ValueText(tag), f.text(value, Face::Narrow, 28.0, RED))],
                    ));
                    r.spawn(theme::text_button(
                        f,
                        if minus { "+" } else { "switch (F)" },
                        Hover::BLACK,
                        px(if minus { 50.0 } else { 120.0 }),
                    ))
                    .observe(move |_: On<Pointer<Click>>, mut s: ResMut<Settings>| step(&mut s, tag, 1));
                });
            };
            row(p, "Interface scale", 0, scale_text(s.ui_scale), true);
            row(p, "Display", 1, mode_text(s.fullscreen), false);
            p.spawn(f.text("Saved at once to ".to_string() + &Settings::path().display().to_string(), Face::Regular, 15.0, theme::GREY));
            p.spawn(theme::text_button(f, "Back", Hover::RED, px(200)))
                .observe(|_: On<Pointer<Click>>, mut next: ResMut<NextState<AppState>>| next.set(AppState::Menu));
        });
}

fn scale_text(x: f32) -> String {
    format!("{:.0}%", x * 100.0)
}

fn mode_text(full: bool) -> String {
    if full { "fullscreen".into() } else { "window".into() }
}

fn step(s: &mut Settings, tag: u8, dir: i32) {
    match tag {
        0 => s.ui_scale = (s.ui_scale + 0.125 * dir as f32).clamp(crate::prefs::UI_SCALE_MIN, crate::prefs::UI_SCALE_MAX),
        _ => s.fullscreen = !s.fullscreen,
    }
}

fn keys(keys: Res<ButtonInput<KeyCode>>, mut next: ResMut<NextState<AppState>>, mut s: ResMut<Settings>) {
    if keys.just_pressed(KeyCode::Escape) {
        next.set(AppState::Menu);
    }
    if keys.just_pressed(KeyCode::Minus) || keys.just_pressed(KeyCode::ArrowLeft) {
        step(&mut s, 0, -1);
    }
    if keys.just_pressed(KeyCode::Equal) || keys.just_pressed(KeyCode::ArrowRight) {
        step(&mut s, 0, 1);
    }
    if keys.just_pressed(KeyCode::KeyF) {
        step(&mut s, 1, 1);
    }
}

fn apply_settings(
    s: Res<Settings>,
    mut scale: ResMut<super::BaseScale>,
    mut window: Query<&mut Window, With<PrimaryWindow>>,
    mut texts: Query<(&ValueText, &mut Text)>,
) {
    scale.0 = s.ui_scale;
    if let Ok(mut w) = window.single_mut() {
        let mode = if s.fullscreen { WindowMode::BorderlessFullscreen(MonitorSelection::Current) } else { WindowMode::Windowed };
        if w.mode != mode {
            w.mode = mode;
        }
    }
    for (v, mut t) in &mut texts {
        t.0 = if v.0 == 0 { scale_text(s.ui_scale) } else { mode_text(s.fullscreen) };
    }
    if let Err(e) = s.save() {
        warn!("cannot save the settings: {e}");
    }
}
