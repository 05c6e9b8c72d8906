//! The saves the menu lists: three named slots beside the quick save, each named
//! by whom its game is played as and the date it reached ("Slot 2 · Trotsky,
//! March 1925"), saved into while a game is under way and loaded like any save
//! (the replay of its commands); and the autosaves, newest first.

use super::menu::{MenuNotice, load};
use super::theme::{self, BLACK, Face, Fonts, Hover, INK};
use super::{AppState, Game, NewGame};
use bevy::prelude::*;
use std::path::PathBuf;

/// How many slots the menu offers.
pub const SLOTS: usize = 3;

/// The file of slot `i` (from 0), in the data folder's `slots/`.
pub fn path(i: usize) -> PathBuf {
    crate::saves::data_dir().join("slots").join(format!("slot-{}.ron", i + 1))
}

/// A slot's name: who, and the date reached; None for an empty slot or one made
/// with another scenario.
pub fn name(ng: &NewGame, i: usize) -> Option<String> {
    let scn = ng.scenario.as_ref().ok()?;
    let f = crate::rules::replay::SaveFile::read(&path(i)).ok()?;
    (f.scenario_id == scn.def.id).then_some(())?;
    let who = f.player.as_deref().and_then(|id| scn.char_id(id)).map(|c| scn.short(c).to_string()).unwrap_or_default();
    Some(format!("{who}, {}{}", scn.turn_date(f.turns).long(), if f.finished { " (ended)" } else { "" }))
}

/// The slots' rows: the name, "Load" when it holds a game, "Save here" while a game is under way.
pub fn rows(p: &mut ChildSpawnerCommands, f: &Fonts, ng: &NewGame, playing: bool) {
    p.spawn(theme::panel(Node { row_gap: px(4), padding: UiRect::all(px(10)), ..default() })).with_children(|p| {
        p.spawn(f.text("SAVE SLOTS", Face::Narrow, 16.0, BLACK));
        for i in 0..SLOTS {
            let name = name(ng, i);
            p.spawn(Node { column_gap: px(8), align_items: AlignItems::Center, ..default() }).with_children(|r| {
                let label = format!("Slot {} · {}", i + 1, name.as_deref().unwrap_or("empty"));
                r.spawn((Node { flex_grow: 1.0, min_width: px(0), ..default() }, children![f.text(label, Face::Regular, 15.0, INK)]));
                if name.is_some() {
                    r.spawn(theme::text_button(f, "Load", Hover::BLACK, px(90))).observe(
                        move |_: On<Pointer<Click>>, mut commands: Commands, ng: Res<NewGame>, mut next: ResMut<NextState<AppState>>| {
                            load(&mut commands, &ng, &mut next, &path(i));
                        },
                    );
                }
                if playing {
                    r.spawn(theme::text_button(f, "Save here", Hover::PAPER, px(120))).observe(
                        move |_: On<Pointer<Click>>, mut commands: Commands, game: Option<Res<Game>>| {
                            let Some(game) = game else { return };
                            let said = match super::save_game_to(&game, path(i)) {
                                Ok(_) => format!("Saved in slot {}.", i + 1),
                                Err(e) => format!("Could not save: {e}"),
                            };
                            commands.insert_resource(MenuNotice(Some(said)));
                        },
                    );
                }
            });
        }
    });
}

/// The autosaves, newest first, with a label: who, and the date reached.
pub fn autosaves(ng: &NewGame) -> Vec<(std::path::PathBuf, String)> {
    let Ok(scn) = &ng.scenario else { return vec![] };
    let Ok(dir) = std::fs::read_dir(crate::saves::autosave_dir()) else { return vec![] };
    let mut files: Vec<(std::time::SystemTime, std::path::PathBuf)> = dir
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    files.sort();
    files
        .into_iter()
        .rev()
        .filter_map(|(_, p)| {
            let f = crate::rules::replay::SaveFile::read(&p).ok()?;
            (f.scenario_id == scn.def.id).then_some(())?;
            let who = f.player.as_deref().and_then(|id| scn.char_id(id)).map(|c| scn.short(c).to_string()).unwrap_or_default();
            Some((p, format!("Autosave: {who}, {}", scn.turn_date(f.turns).long())))
        })
        .collect()
}
