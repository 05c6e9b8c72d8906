//! Hot reload: a scenario edited while the game runs is read again, on the menu
//! at once and in a game at the start of the next turn. Errors are shown in the
//! window, never a crash. In a game the new file applies only if it keeps the
//! same cast (the same ids of characters, offices, regions, blocs and events), so
//! the numbers and texts can be tuned live; a new cast waits for a new game.

use super::menu::MenuNotice;
use super::{AppState, Game, NewGame};
use crate::scenario::{Library, Scenario};
use bevy::prelude::*;
use std::sync::Arc;
use std::time::SystemTime;

/// The scenario files' newest modification time when last read, and the turn last checked.
#[derive(Resource, Default)]
struct Watch {
    stamp: Option<SystemTime>,
    turn: u32,
    /// An edit seen during a turn, waiting for the next one.
    pending: bool,
    since: f32,
}

pub fn plugin(app: &mut App) {
    app.init_resource::<Watch>()
        .add_systems(Update, on_menu.run_if(in_state(AppState::Menu)))
        .add_systems(Update, in_game.run_if(in_state(AppState::Board)).run_if(resource_exists::<Game>));
}

/// Polls the scenario folders once a second; the first poll only records.
fn changed(watch: &mut Watch, dt: f32, lib: &Library) -> bool {
    watch.since += dt;
    if watch.since < 1.0 {
        return false;
    }
    watch.since = 0.0;
    let now = lib.stamp();
    if watch.stamp.is_none() {
        watch.stamp = now;
        return false;
    }
    let edited = now != watch.stamp;
    watch.stamp = now;
    edited
}

fn on_menu(time: Res<Time>, mut watch: ResMut<Watch>, mut ng: ResMut<NewGame>, mut commands: Commands) {
    if !changed(&mut watch, time.delta_secs(), &ng.lib) {
        return;
    }
    let (seed, difficulty, character) = (ng.seed, ng.difficulty, ng.character);
    let fresh = NewGame::load(ng.lib.clone(), ng.path.clone());
    let note = match &fresh.scenario {
        Ok(s) => format!("Reloaded the edited scenario \"{}\".", s.def.name),
        Err(_) => "The edited scenario has errors: see above.".into(),
    };
    *ng = fresh;
    ng.seed = seed;
    ng.difficulty = difficulty;
    if ng.playable().contains(&character) {
        ng.character = character;
    }
    commands.insert_resource(MenuNotice(Some(note)));
}

fn in_game(time: Res<Time>, mut watch: ResMut<Watch>, mut game: ResMut<Game>, ng: Res<NewGame>) {
    if changed(&mut watch, time.delta_secs(), &ng.lib) {
        watch.pending = true;
    }
    // Applied at the start of a turn only: a turn is resolved under one file.
    let new_turn = game.st.turn != watch.turn;
    watch.turn = game.st.turn;
    if !(watch.pending && new_turn) {
        return;
    }
    watch.pending = false;
    let path = std::path::PathBuf::from(&game.st.scn.path);
    game.notice = Some(match ng.lib.load(&path) {
        Err(e) => format!("The edited scenario has errors; this game goes on under the old one. {}", first_line(&e.to_string())),
        Ok(new) if same_cast(&game.st.scn, &new) => {
            game.st.scn = Arc::new(new);
            "Reloaded the edited scenario: its numbers and texts apply from this turn.".into()
        }
        Ok(_) => "The edited scenario changes the cast (ids added, removed or reordered): it will apply to a new game.".into(),
    });
}

fn first_line(s: &str) -> String {
    s.lines().next().unwrap_or_default().to_string()
}

/// The same things, in the same order, under the same ids: a game's state indexes them.
fn same_cast(a: &Scenario, b: &Scenario) -> bool {
    let (a, b) = (&a.def, &b.def);
    a.id == b.id
        && a.characters.iter().map(|x| &x.id).eq(b.characters.iter().map(|x| &x.id))
        && a.offices.iter().map(|x| &x.id).eq(b.offices.iter().map(|x| &x.id))
        && a.regions.iter().map(|x| &x.id).eq(b.regions.iter().map(|x| &x.id))
        && a.blocs.iter().map(|x| &x.id).eq(b.blocs.iter().map(|x| &x.id))
        && a.events.iter().map(|x| &x.id).eq(b.events.iter().map(|x| &x.id))
        && a.sessions.len() == b.sessions.len()
        && a.line.levels.len() == b.line.levels.len()
}
