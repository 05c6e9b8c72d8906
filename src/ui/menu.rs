//! The main menu: a poster on the left; on the right a new game (scenario,
//! leader, seed), resume, load, the named save slots (`slots`), the autosaves,
//! settings and quit. The right column scrolls when it must.

use super::theme::{self, BLACK, Face, Fonts, GREY, Hover, INK, PAPER, RED};
use super::{AppState, Game, NewGame};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.init_resource::<super::slots::SlotName>();
    app.add_systems(OnEnter(AppState::Menu), spawn).add_systems(
        Update,
        (
            keys.run_if(super::slots::not_typing),
            super::slots::type_name,
            rebuild.run_if(
                resource_changed::<NewGame>
                    .or_else(resource_exists_and_changed::<MenuNotice>)
                    .or_else(resource_changed::<super::slots::SlotName>)
                    .or_else(resource_changed::<theme::Narrow>),
            ),
        )
            .chain()
            .after(super::glossary::GlossaryKeys)
            .run_if(in_state(AppState::Menu)),
    );
}

#[derive(Component)]
struct MenuRoot;

/// The menu's right column, which scrolls (the self-test scrolls it to its end).
#[derive(Component)]
pub struct MenuColumn;

/// Starts the game chosen in the new-game panel.
pub fn start_game(commands: &mut Commands, ng: &NewGame, next: &mut NextState<AppState>) {
    start(commands, ng, next, false)
}

/// Starts the game chosen, with the coach's lessons (`guided`) or as the settings say.
pub fn start(commands: &mut Commands, ng: &NewGame, next: &mut NextState<AppState>, guided: bool) {
    let Ok(scn) = &ng.scenario else { return };
    let me = if scn.def.characters.get(ng.character.0).is_some_and(|c| c.playable) {
        ng.character
    } else {
        match ng.playable().first() {
            Some(&c) => c,
            None => return,
        }
    };
    commands.insert_resource(Game::new(scn.clone(), me, ng.seed, ng.difficulty));
    commands.insert_resource(super::board::Coach::new_game(guided));
    commands.insert_resource(MenuNotice(None));
    next.set(AppState::Board);
}

fn spawn(mut commands: Commands, mut ng: ResMut<NewGame>) {
    // The panel is built by `rebuild`, which runs whenever the choices change.
    ng.set_changed();
    commands.spawn((
        MenuRoot,
        DespawnOnExit(AppState::Menu),
        Node { width: percent(100), height: percent(100), ..default() },
        BackgroundColor(theme::CREAM),
    ));
}

// A system takes what it reads as parameters: one more than clippy's default.
#[allow(clippy::too_many_arguments)]
fn rebuild(
    mut commands: Commands,
    root: Single<Entity, With<MenuRoot>>,
    fonts: Res<Fonts>,
    ng: Res<NewGame>,
    game: Option<Res<Game>>,
    notice: Option<Res<MenuNotice>>,
    slot_name: Res<super::slots::SlotName>,
    narrow: Res<theme::Narrow>,
) {
    let f = &*fonts;
    let resumable = game.as_ref().is_some_and(|g| !g.st.is_over());
    let saved = super::save_path().exists();
    commands.entity(*root).despawn_children().with_children(|p| {
        super::poster::poster(p, f, &ng, narrow.0);
        // The right column scrolls when it holds more than the window (a game in
        // progress, saves listed, a large UI scale); its content is centred while it fits.
        p.spawn((
            MenuColumn,
            Node {
                width: percent(if narrow.0 { 58.0 } else { 48.0 }),
                height: percent(100),
                flex_direction: FlexDirection::Column,
                overflow: Overflow::scroll_y(),
                padding: UiRect::axes(px(40), px(0)),
                ..default()
            },
        ))
        .with_children(|p| {
            p.spawn(Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(10),
                flex_shrink: 0.0,
                margin: UiRect::vertical(Val::Auto),
                padding: UiRect::vertical(px(30)),
                ..default()
            })
            .with_children(|p| {
                p.spawn(theme::panel(Node { row_gap: px(10), padding: UiRect::all(px(18)), ..default() })).with_children(|p| {
                    p.spawn(f.heading("New game"));
                    // Scenario
                    p.spawn(Node { column_gap: px(10), align_items: AlignItems::Center, ..default() }).with_children(|r| {
                        r.spawn((Node { width: px(90), ..default() }, children![f.text("Scenario", Face::Bold, 18.0, INK)]));
                        let origin = ng.lib.origin_of(&ng.path);
                        let origin = if origin.is_empty() || origin == "shipped" { String::new() } else { format!(" · {origin}") };
                        let name = match &ng.scenario {
                            Ok(s) => format!("{}{origin}", s.def.name),
                            Err(_) => format!("{} cannot be loaded{origin}", ng.path.file_name().unwrap_or_default().to_string_lossy()),
                        };
                        r.spawn((Node { flex_grow: 1.0, ..default() }, children![f.text(name, Face::Narrow, 22.0, BLACK)]));
                        if super::scenario_files(&ng.lib).len() > 1 {
                            r.spawn((
                                theme::text_button(f, "next (S)", Hover::PAPER, Val::Auto),
                                theme::Tooltip("The next scenario: shipped, then your mods' (key S)".into()),
                            ))
                            .observe(|_: On<Pointer<Click>>, mut ng: ResMut<NewGame>| {
                                let files = super::scenario_files(&ng.lib);
                                let i = files.iter().position(|p| *p == ng.path).map(|i| (i + 1) % files.len()).unwrap_or(0);
                                let seed = ng.seed;
                                *ng = NewGame::load(ng.lib.clone(), files[i].clone());
                                ng.seed = seed;
                            });
                        }
                    });
                    if let Err(e) = &ng.scenario {
                        p.spawn(f.text(e.clone(), Face::Regular, 14.0, RED));
                    }
                    // Leader
                    // The choices' rows wrap rather than run out of the panel in a narrow window.
                    let choices = || Node { column_gap: px(10), row_gap: px(4), flex_wrap: FlexWrap::Wrap, align_items: AlignItems::Center, ..default() };
                    p.spawn(choices()).with_children(|r| {
                        r.spawn((Node { width: px(90), ..default() }, children![f.text("Lead", Face::Bold, 18.0, INK)]));
                        if let Ok(scn) = &ng.scenario {
                            for c in ng.playable() {
                                let chosen = c == ng.character;
                                let style = if chosen { Hover::RED } else { Hover::PAPER };
                                r.spawn(theme::text_button(f, scn.short(c), style, px(if narrow.0 { 110.0 } else { 150.0 })))
                                    .observe(move |_: On<Pointer<Click>>, mut ng: ResMut<NewGame>| ng.character = c);
                            }
                        }
                    });
                    if let Ok(scn) = &ng.scenario
                        && let Some(ch) = scn.def.characters.get(ng.character.0)
                    {
                        p.spawn((
                            Node { margin: UiRect::left(px(100)), max_width: px(420), ..default() },
                            children![f.text(ch.bio.clone(), Face::Regular, 15.0, GREY)],
                        ));
                    }
                    // The computer's skill: never the rules.
                    p.spawn(choices()).with_children(|r| {
                        r.spawn((Node { width: px(90), ..default() }, children![f.text("Opponents", Face::Bold, 18.0, INK)]));
                        use crate::ai::Difficulty;
                        for d in [Difficulty::Easy, Difficulty::Normal, Difficulty::Hard] {
                            let style = if d == ng.difficulty { Hover::RED } else { Hover::PAPER };
                            r.spawn((
                                theme::text_button(f, d.name(), style, px(if narrow.0 { 80.0 } else { 100.0 })),
                                theme::Tooltip(
                                    match d {
                                        Difficulty::Easy => "Opponents who falter and hesitate when they turn on you.",
                                        Difficulty::Normal => "The opponents as the scenario describes them.",
                                        Difficulty::Hard => "Sharp opponents, bolder with motions, who all turn on you; your chief rival thinks ahead by playing the game on.",
                                    }
                                    .into(),
                                ),
                            ))
                            .observe(move |_: On<Pointer<Click>>, mut ng: ResMut<NewGame>| ng.difficulty = d);
                        }
                    });
                    // Seed
                    p.spawn(Node { column_gap: px(10), align_items: AlignItems::Center, ..default() }).with_children(|r| {
                        r.spawn((Node { width: px(90), ..default() }, children![f.text("Seed", Face::Bold, 18.0, INK)]));
                        r.spawn(theme::text_button(f, "−", Hover::BLACK, px(44)))
                            .observe(|_: On<Pointer<Click>>, mut ng: ResMut<NewGame>| ng.seed = ng.seed.saturating_sub(1));
                        r.spawn((
                        Node { width: px(150), padding: UiRect::axes(px(10), px(2)), border: UiRect::all(px(2)), ..default() },
                        BorderColor::all(BLACK),
                        BackgroundColor(PAPER),
                        theme::Tooltip(
                            "Type digits to enter a seed; Backspace deletes. The same seed and the same choices always give the same game."
                                .into(),
                        ),
                        children![f.text(ng.seed.to_string(), Face::Narrow, 24.0, RED)],
                    ));
                        r.spawn(theme::text_button(f, "+", Hover::BLACK, px(44)))
                            .observe(|_: On<Pointer<Click>>, mut ng: ResMut<NewGame>| ng.seed = ng.seed.saturating_add(1));
                    });
                    p.spawn((Node { margin: UiRect::top(px(6)), ..default() },)).with_children(|r| {
                        r.spawn(theme::text_button(f, "Begin the struggle (Enter)", Hover::RED, px(320))).observe(
                            |_: On<Pointer<Click>>, mut commands: Commands, ng: Res<NewGame>, mut next: ResMut<NextState<AppState>>| {
                                start_game(&mut commands, &ng, &mut next)
                            },
                        );
                    });
                    // The coach's lessons over the first turns, again whenever asked.
                    p.spawn((
                        theme::text_button(f, "Guided first game (T)", Hover::BLACK, px(320)),
                        theme::Tooltip("A new game with a coach: one lesson a turn on patronage, the agenda and the odds, blocs, the ladder and how to win.".into()),
                    ))
                    .observe(|_: On<Pointer<Click>>, mut commands: Commands, ng: Res<NewGame>, mut next: ResMut<NextState<AppState>>| {
                        start(&mut commands, &ng, &mut next, true)
                    });
                });
                super::chapters::panel(p, f, &ng);
                if super::history::available(&ng) {
                    p.spawn(theme::text_button(f, "Replay history  (H)", Hover::BLACK, px(320))).observe(
                        |_: On<Pointer<Click>>, mut commands: Commands, ng: Res<NewGame>, mut next: ResMut<NextState<AppState>>| {
                            super::history::open(&mut commands, &ng, &mut next)
                        },
                    );
                }
                if resumable {
                    p.spawn(theme::text_button(f, "Resume the game  (Esc)", Hover::BLACK, px(320)))
                        .observe(|_: On<Pointer<Click>>, mut next: ResMut<NextState<AppState>>| next.set(AppState::Board));
                }
                if saved {
                    p.spawn(theme::text_button(f, "Load the saved game  (F9)", Hover::BLACK, px(320))).observe(load_clicked);
                }
                super::slots::rows(p, f, &ng, resumable, &slot_name);
                for (path, label) in super::slots::autosaves(&ng) {
                    p.spawn(theme::text_button(f, &label, Hover::PAPER, px(320))).observe(
                        move |_: On<Pointer<Click>>, mut commands: Commands, ng: Res<NewGame>, mut next: ResMut<NextState<AppState>>| {
                            load(&mut commands, &ng, &mut next, &path)
                        },
                    );
                }
                if let Some(n) = notice.as_ref().and_then(|n| n.0.clone()) {
                    p.spawn((Node { max_width: px(520), ..default() }, children![f.text(n, Face::Bold, 15.0, RED)]));
                }
                super::glossary::button(p, f, Hover::BLACK, px(320));
                p.spawn(theme::text_button(f, "Settings", Hover::BLACK, px(320)))
                    .observe(|_: On<Pointer<Click>>, mut next: ResMut<NextState<AppState>>| next.set(AppState::Settings));
                p.spawn(theme::text_button(f, "Quit", Hover::BLACK, px(320))).observe(
                    |_: On<Pointer<Click>>, mut exit: MessageWriter<AppExit>| {
                        exit.write(AppExit::Success);
                    },
                );
            });
        });
    });
}

fn load_clicked(_: On<Pointer<Click>>, mut commands: Commands, ng: Res<NewGame>, mut next: ResMut<NextState<AppState>>) {
    load(&mut commands, &ng, &mut next, &super::save_path());
}

/// Why the last load failed, shown under the menu's buttons.
#[derive(Resource, Default)]
pub struct MenuNotice(pub Option<String>);

/// Loads a save from the data folder, replaying it into the menu's scenario; a
/// broken file is refused with its reason on the menu, and nothing is overwritten.
pub fn load(commands: &mut Commands, ng: &NewGame, next: &mut NextState<AppState>, path: &std::path::Path) {
    match super::load_game_from(ng, path) {
        Ok(g) => {
            commands.insert_resource(g);
            // A loaded game is never guided: the lessons follow a game from its first turn.
            commands.insert_resource(super::board::Coach::default());
            commands.insert_resource(MenuNotice(None));
            next.set(AppState::Board);
        }
        Err(e) => {
            warn!("cannot load the saved game: {e}");
            commands.insert_resource(MenuNotice(Some(format!("Cannot load this game: {e}"))));
        }
    }
}

fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    mut ng: ResMut<NewGame>,
    mut commands: Commands,
    mut next: ResMut<NextState<AppState>>,
    game: Option<Res<Game>>,
) {
    let digits = [
        KeyCode::Digit0,
        KeyCode::Digit1,
        KeyCode::Digit2,
        KeyCode::Digit3,
        KeyCode::Digit4,
        KeyCode::Digit5,
        KeyCode::Digit6,
        KeyCode::Digit7,
        KeyCode::Digit8,
        KeyCode::Digit9,
    ];
    for (d, k) in digits.iter().enumerate() {
        if keys.just_pressed(*k) {
            ng.seed = ng.seed.saturating_mul(10).saturating_add(d as u64).min(999_999_999);
        }
    }
    if keys.just_pressed(KeyCode::Backspace) {
        ng.seed /= 10;
    }
    if keys.just_pressed(KeyCode::ArrowLeft) || keys.just_pressed(KeyCode::ArrowRight) || keys.just_pressed(KeyCode::Tab) {
        let pl = ng.playable();
        if !pl.is_empty() {
            let i = pl.iter().position(|&c| c == ng.character).unwrap_or(0);
            let j = if keys.just_pressed(KeyCode::ArrowLeft) { (i + pl.len() - 1) % pl.len() } else { (i + 1) % pl.len() };
            ng.character = pl[j];
        }
    }
    // S: the next scenario (shipped first, then the mods').
    if keys.just_pressed(KeyCode::KeyS) {
        let files = super::scenario_files(&ng.lib);
        let i = files.iter().position(|p| *p == ng.path).map(|i| (i + 1) % files.len()).unwrap_or(0);
        let seed = ng.seed;
        *ng = NewGame::load(ng.lib.clone(), files[i].clone());
        ng.seed = seed;
    }
    if keys.just_pressed(KeyCode::Enter) {
        start_game(&mut commands, &ng, &mut next);
    }
    if keys.just_pressed(KeyCode::Escape) && game.is_some_and(|g| !g.st.is_over()) {
        next.set(AppState::Board);
    }
    if keys.just_pressed(KeyCode::KeyT) {
        start(&mut commands, &ng, &mut next, true);
    }
    if keys.just_pressed(KeyCode::KeyH) {
        super::history::open(&mut commands, &ng, &mut next);
    }
    if keys.just_pressed(KeyCode::F9) {
        load(&mut commands, &ng, &mut next, &super::save_path());
    }
}
