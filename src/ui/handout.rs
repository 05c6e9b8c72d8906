//! The end screen's classroom handouts: "Write the debrief" (D) and "Write the
//! worksheet" (W) write this game's printable debrief and its for-and-against
//! worksheet as HTML pages into the data folder's `debriefs/`, and say where.

use super::theme::{CREAM, Face, Fonts, Hover};
use super::{AppState, Game};
use bevy::prelude::*;
use std::path::PathBuf;

pub fn plugin(app: &mut App) {
    app.add_systems(Update, keys.run_if(in_state(AppState::EndScreen)));
}

/// The line under the buttons that says where the last page went.
#[derive(Component)]
pub struct HandoutNotice;

#[derive(Clone, Copy)]
pub enum Handout {
    Debrief,
    Worksheet,
}

/// The two buttons and their notice, on the end screen's verdict column.
pub fn buttons(c: &mut ChildSpawnerCommands, f: &Fonts) {
    let style = Hover { base: CREAM, hover: super::theme::SAND };
    c.spawn(super::theme::text_button(f, "Write the debrief to print (D)", style, px(320)))
        .observe(|_: On<Pointer<Click>>, game: Res<Game>, q: Query<&mut Text, With<HandoutNotice>>| write(&game, Handout::Debrief, q));
    c.spawn(super::theme::text_button(f, "Write the evidence worksheet (W)", style, px(320)))
        .observe(|_: On<Pointer<Click>>, game: Res<Game>, q: Query<&mut Text, With<HandoutNotice>>| write(&game, Handout::Worksheet, q));
    c.spawn((HandoutNotice, f.text("", Face::Regular, 14.0, CREAM)));
}

fn keys(keys: Res<ButtonInput<KeyCode>>, game: Option<Res<Game>>, q: Query<&mut Text, With<HandoutNotice>>) {
    let Some(game) = game else { return };
    if keys.just_pressed(KeyCode::KeyD) {
        write(&game, Handout::Debrief, q);
    } else if keys.just_pressed(KeyCode::KeyW) {
        write(&game, Handout::Worksheet, q);
    }
}

/// Writes the page and puts its path (or why it failed) in the notice.
fn write(game: &Game, what: Handout, mut q: Query<&mut Text, With<HandoutNotice>>) {
    let said = match save(game, what) {
        Ok(p) => format!("Written to {} — open it in a browser to print.", p.display()),
        Err(e) => format!("Could not write it: {e}"),
    };
    info!("{said}");
    for mut t in &mut q {
        t.0 = said.clone();
    }
}

/// `debriefs/debrief-SCENARIO-SEED-YYYY-MM.html` (or `worksheet-...`) in the data folder.
pub fn save(game: &Game, what: Handout) -> Result<PathBuf, String> {
    let st = &game.st;
    let dir = crate::saves::data_dir().join("debriefs");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let (stem, text) = match what {
        Handout::Debrief => ("debrief", crate::classroom::debrief::page(st)),
        Handout::Worksheet => ("worksheet", crate::classroom::worksheet::html(st)),
    };
    let path = dir.join(format!("{stem}-{}-{}-{}.html", st.scn.def.id, st.seed, st.date.iso()));
    crate::files::write_atomic(&path, text.as_bytes()).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}
