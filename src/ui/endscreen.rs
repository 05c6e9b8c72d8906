//! The end screen: victory or defeat, the reason, the fate of every contender, and
//! the power chart of the whole game.

use super::board::{against_history_panel, line_chart_for_end, rank_name};
use super::theme::{self, BLACK, CREAM, Face, Fonts, GREY, Hover, INK, RED};
use super::{AppState, Game};
use crate::rules::chronicle::{Category, Event};
use crate::rules::victory::power;
use crate::scenario::CharId;
use crate::scenario::Rank;
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(AppState::EndScreen), spawn).add_systems(
        Update,
        (keys.after(super::glossary::GlossaryKeys), chart.run_if(resource_changed::<theme::LogicalWidth>.or_else(added_chart)))
            .run_if(in_state(AppState::EndScreen)),
    );
}

/// Where the power chart goes: redrawn to the page's width when the window changes.
#[derive(Component)]
struct EndChart;

/// The verdict's column on the left, in logical pixels: narrower in a narrow
/// window (a large UI scale), so the right-hand page keeps room for its chart.
fn verdict_width(logical: f32) -> f32 {
    if logical < theme::NARROW_BELOW { 380.0 } else { 470.0 }
}

fn added_chart(q: Query<(), Added<EndChart>>) -> bool {
    !q.is_empty()
}

/// The chart takes the right-hand page's width (the window's less the verdict, the
/// page's padding and its scroll bar), and grows a little taller with it.
fn chart(
    mut commands: Commands,
    root: Single<Entity, With<EndChart>>,
    fonts: Res<Fonts>,
    game: Option<Res<Game>>,
    width: Res<theme::LogicalWidth>,
) {
    let Some(game) = game else { return };
    let w = (width.0 - verdict_width(width.0) - 48.0 - 20.0).max(240.0);
    let h = (w * 0.36).clamp(220.0, 400.0);
    commands.entity(*root).despawn_children().with_children(|c| line_chart_for_end(c, &fonts, &game.st, game.me, w, h));
}

fn spawn(mut commands: Commands, fonts: Res<Fonts>, game: Option<Res<Game>>, width: Res<theme::LogicalWidth>) {
    let verdict = verdict_width(width.0);
    let narrow = width.0 < theme::NARROW_BELOW;
    let f = &*fonts;
    let Some(game) = game else { return };
    let st = &game.st;
    let me = game.me;
    let won = st.outcome.as_ref().is_some_and(|o| o.won(me));
    let reason = st.outcome.as_ref().map(|o| crate::narrate::outcome(&st.scn, o)).unwrap_or_else(|| "The game is unfinished.".into());
    let (bg, title) = if won { (RED, "VICTORY") } else { (BLACK, "DEFEAT") };
    info!("the game is over at {}: {} ({reason})", st.date.long(), if won { "victory" } else { "defeat" });
    commands
        .spawn((
            DespawnOnExit(AppState::EndScreen),
            Node { width: percent(100), height: percent(100), ..default() },
            BackgroundColor(theme::CREAM),
        ))
        .with_children(|p| {
            // The verdict, poster style.
            p.spawn((
                Node {
                    width: px(verdict),
                    flex_shrink: 0.0,
                    height: percent(100),
                    flex_direction: FlexDirection::Column,
                    padding: UiRect::all(px(36)),
                    row_gap: px(14),
                    overflow: Overflow::clip(),
                    ..default()
                },
                BackgroundColor(bg),
            ))
            .with_children(|c| {
                c.spawn((
                    Node {
                        position_type: PositionType::Absolute,
                        left: px(230),
                        top: px(420),
                        width: px(360),
                        height: px(360),
                        border_radius: BorderRadius::MAX,
                        ..default()
                    },
                    BackgroundColor(if won { BLACK } else { RED }),
                ));
                c.spawn(f.text(title, Face::Narrow, if narrow { 72.0 } else { 92.0 }, CREAM));
                c.spawn(f.text(format!("{} · {}", st.scn.name(me), st.date.long()), Face::Bold, 22.0, CREAM));
                c.spawn(f.text(format!("{reason}."), Face::Regular, 19.0, CREAM));
                if let Some(cmp) = crate::rules::history::comparison(st) {
                    let line = match cmp.first_divergence {
                        Some((d, _)) => {
                            format!("This game left the historical path in {}. Scroll the right-hand page to compare.", d.long())
                        }
                        None => "This game never left the historical path.".into(),
                    };
                    c.spawn(f.text(line, Face::Regular, 15.0, CREAM));
                }
                if let Some(answer) = crate::narrate::chapter::answer(st) {
                    c.spawn(f.text(answer, Face::Bold, 15.0, CREAM));
                }
                c.spawn((Node { flex_grow: 1.0, ..default() },));
                super::handout::buttons(c, f);
                c.spawn(theme::text_button(f, "New game (Enter)", Hover { base: CREAM, hover: theme::SAND }, px(260)))
                    .observe(|_: On<Pointer<Click>>, mut next: ResMut<NextState<AppState>>| next.set(AppState::Menu));
                super::glossary::button(c, f, Hover { base: CREAM, hover: theme::SAND }, px(260));
                c.spawn(theme::text_button(f, "Quit", Hover { base: CREAM, hover: theme::SAND }, px(260))).observe(
                    |_: On<Pointer<Click>>, mut exit: MessageWriter<AppExit>| {
                        exit.write(AppExit::Success);
                    },
                );
            });
            p.spawn(Node {
                flex_grow: 1.0,
                // Never wider than what the verdict leaves: its rows wrap instead.
                min_width: px(0),
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(24)),
                row_gap: px(4),
                min_height: px(0),
                overflow: Overflow::scroll_y(),
                ..default()
            })
            .with_children(|c| {
                c.spawn(f.heading(&format!("The struggle in {} {}", st.turn + 1, if st.turn == 0 { "turn" } else { "turns" })));
                c.spawn((EndChart, Node { flex_direction: FlexDirection::Column, flex_shrink: 0.0, ..default() }));
                c.spawn((Node { margin: UiRect::top(px(8)), ..default() }, children![f.heading("The fate of the contenders")]));
                let mut cs: Vec<CharId> = st.ids().filter(|&x| st.scn.def.characters[x].contender || x == me).collect();
                cs.sort_by_key(|&x| {
                    (std::cmp::Reverse(st.chars[x].alive), std::cmp::Reverse(st.chars[x].rank), std::cmp::Reverse(power(st, x)))
                });
                for x in cs {
                    let ch = &st.chars[x];
                    let fate = if !ch.alive { "Dead".into() } else { rank_name(&st.scn, ch.rank) };
                    let fallen = !ch.alive || ch.rank <= Rank::Expelled;
                    let offices: Vec<&str> = st.offices_of(x).map(|o| st.scn.def.offices[o].name.as_str()).collect();
                    c.spawn(Node {
                        column_gap: px(10),
                        align_items: AlignItems::Center,
                        flex_shrink: 0.0,
                        flex_wrap: FlexWrap::Wrap,
                        ..default()
                    })
                    .with_children(|r| {
                        r.spawn((
                            Node { width: px(if narrow { 150.0 } else { 190.0 }), ..default() },
                            children![f.text(st.scn.name(x), Face::Bold, 17.0, if x == me { RED } else { BLACK })],
                        ));
                        r.spawn((
                            Node { width: px(if narrow { 130.0 } else { 150.0 }), padding: UiRect::horizontal(px(4)), ..default() },
                            BackgroundColor(if fallen { BLACK } else { theme::SAND }),
                            children![f.text(fate.to_uppercase(), Face::Narrow, 15.0, if fallen { CREAM } else { BLACK })],
                        ));
                        r.spawn((
                            Node { width: px(80), ..default() },
                            children![f.text(format!("power {}", power(st, x)), Face::Narrow, 15.0, INK)],
                        ));
                        r.spawn(f.text(offices.join(", "), Face::Regular, 14.0, GREY));
                    });
                }
                c.spawn(Node { margin: UiRect::top(px(8)), flex_direction: FlexDirection::Column, flex_shrink: 0.0, ..default() })
                    .with_children(|h| against_history_panel(h, f, &game));
                c.spawn((Node { margin: UiRect::top(px(8)), ..default() }, children![f.heading("Your record")]));
                let mine = st.log.iter().filter(|(_, a, _)| *a == me).count();
                let ch = &st.chars[me];
                c.spawn(f.text(
                    st.scn.speak(&format!(
                        "{} over {} · prestige {} · health {} · {}% of the Politburo and {}% of the Central Committee loyal at the end.",
                        crate::narrate::count(mine, "action", "actions"),
                        crate::narrate::count(st.turn + 1, "turn", "turns"),
                        ch.prestige,
                        ch.health,
                        crate::rules::victory::politburo_loyal(st, me),
                        crate::rules::victory::cc_loyal(st, me)
                    )),
                    Face::Regular,
                    15.0,
                    INK,
                ));
                c.spawn((Node { margin: UiRect::top(px(8)), ..default() }, children![f.heading("The last decisions")]));
                let last: Vec<_> = st
                    .chronicle
                    .entries
                    .iter()
                    .rev()
                    .filter(|e| matches!(e.category(), Category::Vote | Category::Ladder | Category::Health))
                    .filter(|e| !matches!(e.event, Event::SessionOpens { .. }))
                    .take(4)
                    .collect();
                for e in last.into_iter().rev() {
                    c.spawn(f.text(format!("{} · {}", e.date.long(), crate::narrate::headline(&st.scn, e)), Face::Regular, 13.0, GREY));
                }
            });
        });
}

fn keys(keys: Res<ButtonInput<KeyCode>>, mut next: ResMut<NextState<AppState>>) {
    if keys.just_pressed(KeyCode::Enter) || keys.just_pressed(KeyCode::Escape) {
        next.set(AppState::Menu);
    }
}
