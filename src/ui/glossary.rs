//! The glossary, over every screen (key L; the board's "?", a button on the menu,
//! the history replay and the end screen): offices, bodies, the ladder, the
//! Testament, regard, loyalty, prestige and credibility, in the words of
//! `narrate::help::glossary`, the same the terminal's `help glossary` prints, for
//! the scenario on screen (the game's, the replay's, or the one chosen in the menu).
//! L or Esc closes it (Esc then does not leave the screen); changing screens closes it.

use crate::scenario::Scenario;
use crate::ui::history::Replay;
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, Hover, INK, RED};
use crate::ui::{AppState, Game, NewGame};
use bevy::prelude::*;
use std::sync::Arc;

/// The glossary is open.
#[derive(Resource, Default, PartialEq, Debug)]
pub struct Glossary(pub bool);

#[derive(Component)]
pub struct GlossaryRoot;

/// The glossary's keys: every screen's own keys come after, so the Esc that
/// closes it is spent.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct GlossaryKeys;

pub fn plugin(app: &mut App) {
    app.init_resource::<Glossary>().add_systems(Startup, spawn).add_systems(
        Update,
        (
            close.run_if(state_changed::<AppState>),
            keys.in_set(GlossaryKeys).run_if(not(in_state(AppState::Settings)).and_then(crate::ui::slots::not_typing)),
            rebuild.run_if(resource_changed::<Glossary>),
        )
            .chain(),
    );
}

/// A new screen starts with the glossary put away.
fn close(mut open: ResMut<Glossary>) {
    open.set_if_neq(Glossary(false));
}

/// The scenario whose words the glossary gives: the replay's on its screen, the
/// game's on the board and the end screen, else the one chosen in the menu.
fn scenario(state: &AppState, game: Option<&Game>, replay: Option<&Replay>, ng: Option<&NewGame>) -> Option<Arc<Scenario>> {
    match (state, game, replay) {
        (AppState::HistoryReplay, _, Some(r)) => Some(r.st.scn.clone()),
        (AppState::Board | AppState::EndScreen, Some(g), _) => Some(g.st.scn.clone()),
        _ => ng.and_then(|n| n.scenario.as_ref().ok().cloned()).or_else(|| game.map(|g| g.st.scn.clone())),
    }
}

fn spawn(mut commands: Commands) {
    commands.spawn((
        GlossaryRoot,
        bevy::ui::FocusPolicy::Block,
        Node {
            position_type: PositionType::Absolute,
            width: percent(100),
            height: percent(100),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            display: Display::None,
            ..default()
        },
        BackgroundColor(Color::srgba(0.08, 0.075, 0.07, 0.55)),
        GlobalZIndex(20),
    ));
}

/// L opens and closes it; Esc closes it and is spent, so the board stays.
fn keys(mut keys: ResMut<ButtonInput<KeyCode>>, mut open: ResMut<Glossary>) {
    if keys.just_pressed(KeyCode::KeyL) {
        open.0 = !open.0;
    } else if open.0 && keys.just_pressed(KeyCode::Escape) {
        open.0 = false;
        keys.clear_just_pressed(KeyCode::Escape);
    }
}

/// The screen and where the glossary finds its scenario.
type Sources<'a> = (Res<'a, State<AppState>>, Option<Res<'a, Game>>, Option<Res<'a, Replay>>, Option<Res<'a, NewGame>>);

fn rebuild(
    mut commands: Commands,
    root: Single<(Entity, &mut Node), With<GlossaryRoot>>,
    fonts: Res<Fonts>,
    open: Res<Glossary>,
    (state, game, replay, ng): Sources,
) {
    let (root, mut node) = root.into_inner();
    let scn = scenario(state.get(), game.as_deref(), replay.as_deref(), ng.as_deref());
    let open = open.0 && scn.is_some();
    node.display = if open { Display::Flex } else { Display::None };
    commands.entity(root).despawn_children();
    let (true, Some(scn)) = (open, scn) else { return };
    let f = &*fonts;
    commands.entity(root).with_children(|p| {
        p.spawn((
            Node {
                width: percent(72),
                max_width: px(900),
                height: percent(86),
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(14)),
                border: UiRect::all(px(3)),
                row_gap: px(6),
                ..default()
            },
            BackgroundColor(CREAM),
            BorderColor::all(RED),
        ))
        .with_children(|p| {
            p.spawn(Node { justify_content: JustifyContent::SpaceBetween, align_items: AlignItems::Center, flex_shrink: 0.0, ..default() })
                .with_children(|r| {
                    r.spawn(f.text("GLOSSARY · THE WORDS OF THE GAME", Face::Narrow, 24.0, RED));
                    r.spawn(theme::text_button(f, "Close (L / Esc)", Hover::BLACK, Val::Auto))
                        .observe(|_: On<Pointer<Click>>, mut open: ResMut<Glossary>| open.0 = false);
                });
            let content = Node {
                flex_grow: 1.0,
                min_height: px(0),
                flex_direction: FlexDirection::Column,
                row_gap: px(5),
                padding: UiRect::right(px(14)),
                overflow: Overflow { x: OverflowAxis::Clip, y: OverflowAxis::Scroll },
                ..default()
            };
            let (_, list) = theme::scrolling(p, Node { flex_grow: 1.0, min_height: px(0), ..default() }, content, 0.0);
            p.commands().entity(list).with_children(|l| {
                for (term, text) in crate::narrate::help::glossary(&scn) {
                    l.spawn(Node { flex_direction: FlexDirection::Column, flex_shrink: 0.0, ..default() }).with_children(|e| {
                        e.spawn(f.text(term, Face::Bold, 16.0, BLACK));
                        e.spawn(f.text(text, Face::Regular, 14.0, INK));
                    });
                }
            });
        });
    });
}

/// The button that opens the glossary, for the screens without a top bar.
pub fn button(p: &mut ChildSpawnerCommands, f: &Fonts, style: Hover, width: Val) {
    p.spawn((
        theme::text_button(f, "Glossary  (L)", style, width),
        theme::Tooltip("The words of the game: offices, bodies, the ladder, the Testament, regard, loyalty, prestige.".into()),
    ))
    .observe(|_: On<Pointer<Click>>, mut open: ResMut<Glossary>| open.0 = !open.0);
}
