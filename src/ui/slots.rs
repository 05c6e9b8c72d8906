//! The saves the menu lists: named slots beside the quick save, and the
//! autosaves, newest first. While a game is under way the player types a name
//! in the save field (click it, type, Enter saves, Esc stops typing) and saves
//! into a new slot, or into any slot listed; each slot shows its name and whom
//! its game is played as and the date it reached ("Before the congress ·
//! Trotsky, March 1925"). Names are checked by `saves::slots`.

use super::menu::{MenuNotice, load};
use super::theme::{self, BLACK, Face, Fonts, Hover, INK, PAPER, RED};
use super::{AppState, Game, NewGame};
use crate::saves::slots as rules;
use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::prelude::*;
use std::path::PathBuf;

/// The name being typed in the save field, and whether the field has the keys.
#[derive(Resource, Default, Debug, PartialEq)]
pub struct SlotName {
    pub text: String,
    pub editing: bool,
}

/// Run condition: the menu's own keys (seed digits, S, Enter...) rest while a name is typed.
pub fn not_typing(name: Option<Res<SlotName>>) -> bool {
    name.is_none_or(|n| !n.editing)
}

/// A slot's line: its name, then who and the date reached; None for a file
/// that is not a save of the menu's scenario.
pub fn describe(ng: &NewGame, path: &std::path::Path) -> Option<String> {
    let scn = ng.scenario.as_ref().ok()?;
    let f = crate::rules::replay::SaveFile::read(path).ok()?;
    (f.scenario_id == scn.def.id).then_some(())?;
    let who = f.player.as_deref().and_then(|id| scn.char_id(id)).map(|c| scn.short(c).to_string()).unwrap_or_default();
    Some(format!("{} · {who}, {}{}", rules::label(path), scn.turn_date(f.turns).long(), if f.finished { " (ended)" } else { "" }))
}

/// Saves the game under way into `path`, saying how it went on the menu.
fn save_into(commands: &mut Commands, game: Option<&Game>, path: Result<PathBuf, String>) {
    let Some(game) = game else { return };
    let said = match path.and_then(|p| super::save_game_to(game, p)) {
        Ok(p) => format!("Saved as \"{}\".", rules::label(&p)),
        Err(e) => format!("Could not save: {e}."),
    };
    commands.insert_resource(MenuNotice(Some(said)));
}

/// The slots' panel: the save field while a game is under way, then each slot
/// with "Load", and "Save here" while a game is under way.
pub fn rows(p: &mut ChildSpawnerCommands, f: &Fonts, ng: &NewGame, playing: bool, name: &SlotName) {
    p.spawn(theme::panel(Node { row_gap: px(4), padding: UiRect::all(px(10)), max_width: px(520), ..default() })).with_children(|p| {
        p.spawn(f.text("SAVE SLOTS", Face::Narrow, 16.0, BLACK));
        if playing {
            field(p, f, name);
        }
        let slots: Vec<(PathBuf, String)> =
            rules::list_in(&rules::dir()).into_iter().filter_map(|path| describe(ng, &path).map(|d| (path, d))).collect();
        if slots.is_empty() {
            p.spawn(f.text("No named saves yet.", Face::Regular, 14.0, theme::GREY));
        }
        for (path, label) in slots {
            p.spawn(Node { column_gap: px(8), align_items: AlignItems::Center, ..default() }).with_children(|r| {
                r.spawn((Node { flex_grow: 1.0, min_width: px(0), ..default() }, children![f.text(label, Face::Regular, 15.0, INK)]));
                let at = path.clone();
                r.spawn(theme::text_button(f, "Load", Hover::BLACK, px(80))).observe(
                    move |_: On<Pointer<Click>>, mut commands: Commands, ng: Res<NewGame>, mut next: ResMut<NextState<AppState>>| {
                        load(&mut commands, &ng, &mut next, &at);
                    },
                );
                if playing {
                    r.spawn(theme::text_button(f, "Save here", Hover::PAPER, px(110))).observe(
                        move |_: On<Pointer<Click>>, mut commands: Commands, game: Option<Res<Game>>| {
                            save_into(&mut commands, game.as_deref(), Ok(path.clone()));
                        },
                    );
                }
            });
        }
    });
}

/// The save field: the name typed so far (a caret while it has the keys), and Save.
fn field(p: &mut ChildSpawnerCommands, f: &Fonts, name: &SlotName) {
    p.spawn(Node { column_gap: px(8), align_items: AlignItems::Center, ..default() }).with_children(|r| {
        let shown = match (name.text.is_empty(), name.editing) {
            (true, false) => "Click and type a name…".to_string(),
            (_, true) => format!("{}|", name.text),
            (false, false) => name.text.clone(),
        };
        r.spawn((
            theme::button(
                Hover { base: PAPER, hover: PAPER },
                Node { flex_grow: 1.0, min_width: px(0), padding: UiRect::axes(px(8), px(2)), border: UiRect::all(px(2)), ..default() },
            ),
            BorderColor::all(if name.editing { RED } else { BLACK }),
            theme::Tooltip("The save's name: letters, digits, spaces, - and _ (up to 40). Enter saves; Esc stops typing.".into()),
            children![f.text(shown, Face::Narrow, 18.0, if name.text.is_empty() && !name.editing { theme::GREY } else { INK })],
        ))
        .observe(|_: On<Pointer<Click>>, mut name: ResMut<SlotName>| name.editing = true);
        r.spawn(theme::text_button(f, "Save", Hover::BLACK, px(80))).observe(
            |_: On<Pointer<Click>>, mut commands: Commands, game: Option<Res<Game>>, mut name: ResMut<SlotName>| {
                save_into(&mut commands, game.as_deref(), rules::path_in(&rules::dir(), &name.text));
                name.editing = false;
            },
        );
    });
}

/// Typing in the save field: characters a name allows are added (others are
/// refused with the reason), Backspace deletes, Enter saves, Esc stops typing.
pub fn type_name(mut keys: MessageReader<KeyboardInput>, mut name: ResMut<SlotName>, mut commands: Commands, game: Option<Res<Game>>) {
    if !name.editing {
        keys.clear();
        return;
    }
    for k in keys.read() {
        if k.state != ButtonState::Pressed {
            continue;
        }
        match &k.logical_key {
            Key::Enter => {
                save_into(&mut commands, game.as_deref(), rules::path_in(&rules::dir(), &name.text));
                name.editing = false;
            }
            Key::Escape => name.editing = false,
            Key::Backspace => {
                name.text.pop();
            }
            _ => {
                for c in k.text.as_deref().unwrap_or_default().chars().filter(|c| !c.is_control()) {
                    if !rules::allowed(c) {
                        commands.insert_resource(MenuNotice(Some(format!(
                            "\"{c}\" cannot stand in a save's name: letters, digits, spaces, - and _ only."
                        ))));
                    } else if name.text.chars().count() < rules::MAX_NAME {
                        name.text.push(c);
                    }
                }
            }
        }
    }
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
