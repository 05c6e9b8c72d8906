//! The window (feature `gui`). For now a title screen that points to the terminal game.

use bevy::prelude::*;

pub fn run() {
    App::new()
        .add_plugins(
            DefaultPlugins.set(WindowPlugin { primary_window: Some(Window { title: "Politburo".into(), ..default() }), ..default() }),
        )
        .add_systems(Startup, setup)
        .run();
}

fn setup(mut commands: Commands) {
    commands.spawn(Camera2d);
    commands.spawn((
        Text::new("POLITBURO\n\nThe window game is coming. Play in the terminal:\n  politburo play --as stalin"),
        TextFont { font_size: 32.0.into(), ..default() },
        Node { margin: UiRect::all(Val::Px(40.0)), ..default() },
    ));
}
