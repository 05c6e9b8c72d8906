//! The glossary over the board (key L, or the top bar's "?"): offices, bodies, the
//! ladder, the Testament, regard, loyalty, prestige and credibility, in the words
//! of `narrate::help::glossary`, the same the terminal's `help glossary` prints.
//! L or Esc closes it (Esc then does not leave for the menu).

use super::{BoardInput, BoardPanels};
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, Hover, INK, RED};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

/// The glossary is open.
#[derive(Resource, Default, PartialEq, Debug)]
pub struct Glossary(pub bool);

#[derive(Component)]
pub struct GlossaryRoot;

pub fn plugin(app: &mut App) {
    app.init_resource::<Glossary>()
        .add_systems(OnEnter(AppState::Board), spawn)
        .add_systems(Update, keys.in_set(BoardInput).before(super::keys::keys).run_if(in_state(AppState::Board)))
        .add_systems(Update, rebuild.in_set(BoardPanels).run_if(in_state(AppState::Board)).run_if(resource_changed::<Glossary>));
}

fn spawn(mut commands: Commands, mut open: ResMut<Glossary>) {
    open.set_changed();
    commands.spawn((
        GlossaryRoot,
        DespawnOnExit(AppState::Board),
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

fn rebuild(
    mut commands: Commands,
    root: Single<(Entity, &mut Node), With<GlossaryRoot>>,
    fonts: Res<Fonts>,
    open: Res<Glossary>,
    game: Res<Game>,
) {
    let (root, mut node) = root.into_inner();
    node.display = if open.0 { Display::Flex } else { Display::None };
    commands.entity(root).despawn_children();
    if !open.0 {
        return;
    }
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
                for (term, text) in crate::narrate::help::glossary(&game.st.scn) {
                    l.spawn(Node { flex_direction: FlexDirection::Column, flex_shrink: 0.0, ..default() }).with_children(|e| {
                        e.spawn(f.text(term, Face::Bold, 16.0, BLACK));
                        e.spawn(f.text(text, Face::Regular, 14.0, INK));
                    });
                }
            });
        });
    });
}
