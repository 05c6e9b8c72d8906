//! The power chart: each contender's power score over the turns so far, as lines,
//! and today's score of every active leader as bars.

use super::{BoardPanels, CenterRoot, StandingParts, Tab};
use crate::rules::GameState;
use crate::rules::victory::{power, power_breakdown};
use crate::scenario::CharId;
use crate::ui::theme::{self, BLACK, Face, Fonts, GREY, INK, OCHRE, RED, SAND};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        rebuild
            .in_set(BoardPanels)
            .run_if(in_state(AppState::Board))
            .run_if(resource_equals(Tab::Power))
            .run_if(power_changed.or_else(resource_changed::<theme::LogicalWidth>)),
    );
}

/// Run condition: the tab was switched here, or the power scores (standing, the
/// regions' seats) or their history (the clock) changed.
fn power_changed(tab: Res<Tab>, standing: StandingParts) -> bool {
    tab.is_changed() || standing.changed()
}

/// Line colours for the contenders, the player's always red.
pub fn series_color(i: usize, is_me: bool) -> Color {
    const C: [Color; 6] =
        [BLACK, OCHRE, Color::srgb(0.22, 0.36, 0.55), theme::GREEN, Color::srgb(0.50, 0.30, 0.50), Color::srgb(0.55, 0.45, 0.35)];
    if is_me { RED } else { C[i % C.len()] }
}

/// The contenders' power over the turns (with today's score last).
pub fn series(st: &GameState) -> Vec<(CharId, Vec<i32>)> {
    st.ids()
        .filter(|&c| st.scn.def.characters[c].contender)
        .map(|c| {
            let mut v: Vec<i32> = st.power_history.iter().map(|t| t.get(c.0).copied().unwrap_or(0)).collect();
            if st.power_history.is_empty() || !st.is_over() {
                v.push(power(st, c));
            }
            (c, v)
        })
        .collect()
}

/// Draws the line chart into `p`: `w` by `h` pixels.
pub fn line_chart(p: &mut ChildSpawnerCommands, f: &Fonts, st: &GameState, me: CharId, w: f32, h: f32) {
    let data = series(st);
    let n = data.iter().map(|(_, v)| v.len()).max().unwrap_or(1).max(2);
    let top = data.iter().flat_map(|(_, v)| v.iter().copied()).max().unwrap_or(100).max(50);
    let top = ((top + 19) / 20) * 20;
    let x = |i: usize| 34.0 + (w - 44.0) * i as f32 / (n - 1) as f32;
    let y = |v: i32| 8.0 + (h - 28.0) * (1.0 - v.clamp(0, top) as f32 / top as f32);
    p.spawn((Node { width: px(w), height: px(h), flex_shrink: 0.0, ..default() }, BackgroundColor(theme::PAPER))).with_children(|c| {
        // Grid and scale.
        for k in 0..=4 {
            let v = top * k / 4;
            c.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: px(30),
                    top: px(y(v)),
                    width: px(w - 36.0),
                    height: px(1),
                    ..default()
                },
                BackgroundColor(SAND),
            ));
            c.spawn((
                Node { position_type: PositionType::Absolute, left: px(0), top: px(y(v) - 9.0), ..default() },
                children![f.text(v.to_string(), Face::Narrow, 13.0, GREY)],
            ));
        }
        let start = st.scn.def.calendar.start;
        let step = st.scn.def.calendar.months_per_turn as i32;
        for i in 0..n {
            let d = start.plus_months(i as i32 * step);
            if d.month() as i32 <= step {
                c.spawn((
                    Node { position_type: PositionType::Absolute, left: px(x(i) - 12.0), top: px(h - 18.0), ..default() },
                    children![f.text(d.year().to_string(), Face::Narrow, 12.0, GREY)],
                ));
            }
        }
        for (k, (ch, v)) in data.iter().enumerate() {
            let col = series_color(k, *ch == me);
            let thick = if *ch == me { 4.0 } else { 2.5 };
            for i in 1..v.len() {
                let (x1, y1, x2, y2) = (x(i - 1), y(v[i - 1]), x(i), y(v[i]));
                let (dx, dy) = (x2 - x1, y2 - y1);
                let len = (dx * dx + dy * dy).sqrt();
                c.spawn((
                    Node {
                        position_type: PositionType::Absolute,
                        left: px((x1 + x2) / 2.0 - len / 2.0),
                        top: px((y1 + y2) / 2.0 - thick / 2.0),
                        width: px(len + 1.0),
                        height: px(thick),
                        ..default()
                    },
                    BackgroundColor(col),
                    UiTransform::from_rotation(Rot2::radians(dy.atan2(dx))),
                ));
            }
            if let Some(&last) = v.last() {
                let i = v.len() - 1;
                // Leaders level with one another (five of them on the first turn) would hide
                // each other's dots: each one more is drawn a dot's width to the left.
                let level = data[..k].iter().filter(|(_, u)| u.len() == v.len() && u.last() == Some(&last)).count();
                c.spawn((
                    Node {
                        position_type: PositionType::Absolute,
                        left: px(x(i) - 4.0 - 9.0 * level as f32),
                        top: px(y(last) - 4.0),
                        width: px(8),
                        height: px(8),
                        ..default()
                    },
                    BackgroundColor(col),
                ));
            }
        }
    });
    // Legend.
    p.spawn(Node { flex_wrap: FlexWrap::Wrap, column_gap: px(12), flex_shrink: 0.0, margin: UiRect::vertical(px(4)), ..default() })
        .with_children(|l| {
            for (k, (ch, v)) in data.iter().enumerate() {
                l.spawn(Node { column_gap: px(4), align_items: AlignItems::Center, ..default() }).with_children(|e| {
                    e.spawn((Node { width: px(14), height: px(4), ..default() }, BackgroundColor(series_color(k, *ch == me))));
                    e.spawn(f.text(format!("{} {}", st.scn.short(*ch), v.last().copied().unwrap_or(0)), Face::Bold, 13.0, INK));
                });
            }
        });
}

fn rebuild(
    mut commands: Commands,
    root: Single<Entity, With<CenterRoot>>,
    fonts: Res<Fonts>,
    game: Res<Game>,
    width: Res<theme::LogicalWidth>,
) {
    let f = &*fonts;
    let st = &game.st;
    // The chart takes the centre's width (never cut in a narrow window, never a
    // small island in a wide one), and grows a little taller with it.
    let w = super::centre_width(width.0).clamp(240.0, 900.0);
    let h = (w * 0.5).clamp(200.0, 320.0);
    commands.entity(*root).despawn_children().with_children(|p| {
        p.spawn(f.heading("Power of the contenders, turn by turn"));
        line_chart(p, f, st, game.me, w, h);
        p.spawn((Node { margin: UiRect::top(px(6)), ..default() }, children![f.heading("Power today")]));
        let mut all: Vec<CharId> = st.ids().filter(|&c| st.active(c)).collect();
        all.sort_by_key(|&c| std::cmp::Reverse(power(st, c)));
        let top = all.first().map(|&c| power(st, c)).unwrap_or(1).max(1);
        for c in all.into_iter().take(10) {
            let pw = power(st, c);
            let parts: Vec<String> = power_breakdown(st, c).iter().filter(|(_, v)| *v != 0).map(|(l, v)| format!("{l} {v}")).collect();
            p.spawn((
                Node { column_gap: px(8), align_items: AlignItems::Center, flex_shrink: 0.0, ..default() },
                theme::Tooltip(format!("{}: power {pw} = {}", st.scn.name(c), parts.join(" + "))),
            ))
            .with_children(|r| {
                r.spawn((
                    Node { width: px(100), ..default() },
                    children![f.text(st.scn.short(c), Face::Bold, 14.0, if c == game.me { RED } else { BLACK })],
                ));
                r.spawn(theme::bar(pw, top, (w - 150.0).clamp(90.0, 420.0), 11.0, if c == game.me { RED } else { BLACK }));
                r.spawn(f.text(pw.to_string(), Face::Narrow, 15.0, BLACK));
            });
        }
    });
}
