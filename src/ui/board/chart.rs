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

/// Each line's stroke, by its place in the drawing order: the first drawn is the
/// widest and each later one narrower, so lines that run together (leaders level
/// with one another) show as nested stripes of their colours, none hidden.
pub fn stroke(k: usize, n: usize) -> f32 {
    2.0 + 1.25 * n.saturating_sub(k + 1) as f32
}

/// The end labels' heights: each wants to sit at its line's last point (`want`,
/// in pixels from the top) but keeps `gap` from the one above, and the stack is
/// pushed back up if it runs past `bottom`. Returned in the order given.
pub fn spread(want: &[f32], gap: f32, top: f32, bottom: f32) -> Vec<f32> {
    let mut order: Vec<usize> = (0..want.len()).collect();
    order.sort_by(|&a, &b| want[a].total_cmp(&want[b]).then(a.cmp(&b)));
    let mut at = vec![0.0; want.len()];
    let mut next = top;
    for &i in &order {
        at[i] = want[i].max(next);
        next = at[i] + gap;
    }
    let mut limit = bottom;
    for &i in order.iter().rev() {
        at[i] = at[i].min(limit).max(top);
        limit = at[i] - gap;
    }
    at
}

/// Room on the chart's right for the end labels (name and score).
const LABELS: f32 = 92.0;

/// Draws the line chart into `p`: `w` by `h` pixels. Each contender's last point
/// carries a label with his name and score, spread so that leaders level with one
/// another stay readable; the legend below lists every score too.
pub fn line_chart(p: &mut ChildSpawnerCommands, f: &Fonts, st: &GameState, me: CharId, w: f32, h: f32) {
    let data = series(st);
    let n = data.iter().map(|(_, v)| v.len()).max().unwrap_or(1).max(2);
    let top = data.iter().flat_map(|(_, v)| v.iter().copied()).max().unwrap_or(100).max(50);
    let top = ((top + 19) / 20) * 20;
    let fr = Frame { w, h, n, top };
    let (x, y) = (|i| fr.x(i), |v| fr.y(v));
    p.spawn((Node { width: px(w), height: px(h), flex_shrink: 0.0, ..default() }, BackgroundColor(theme::PAPER))).with_children(|c| {
        grid(c, f, st, &fr);
        for (k, (ch, v)) in data.iter().enumerate() {
            let col = series_color(k, *ch == me);
            let thick = stroke(k, data.len());
            for i in 1..v.len() {
                segment(c, (x(i - 1), y(v[i - 1])), (x(i), y(v[i])), thick, col);
            }
        }
        // The last points: a dot each (level ones side by side), and a label.
        let last: Vec<(usize, i32)> = data.iter().map(|(_, v)| (v.len().saturating_sub(1), v.last().copied().unwrap_or(0))).collect();
        let at = spread(&last.iter().map(|&(_, v)| y(v) - 8.0).collect::<Vec<_>>(), 15.0, 0.0, h - 34.0);
        for (k, (ch, _)) in data.iter().enumerate() {
            let (i, v) = last[k];
            let col = series_color(k, *ch == me);
            let level = last[..k].iter().filter(|&&(j, u)| j == i && (y(u) - y(v)).abs() < 8.0).count();
            c.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: px(x(i) - 4.0 - 9.0 * level as f32),
                    top: px(y(v) - 4.0),
                    width: px(8),
                    height: px(8),
                    ..default()
                },
                BackgroundColor(col),
                theme::Tooltip(format!("{}: power {v}", st.scn.name(*ch))),
            ));
            c.spawn((
                Node { position_type: PositionType::Absolute, left: px(x(i) + 8.0), top: px(at[k]), ..default() },
                children![f.text(format!("{} {v}", st.scn.short(*ch)), Face::Bold, 12.0, col)],
            ));
        }
    });
    // Legend.
    p.spawn(Node { flex_wrap: FlexWrap::Wrap, column_gap: px(12), flex_shrink: 0.0, margin: UiRect::vertical(px(4)), ..default() })
        .with_children(|l| {
            for (k, (ch, v)) in data.iter().enumerate() {
                l.spawn(Node { column_gap: px(4), align_items: AlignItems::Center, ..default() }).with_children(|e| {
                    let col = series_color(k, *ch == me);
                    e.spawn((Node { width: px(14), height: px(stroke(k, data.len()).min(6.0)), ..default() }, BackgroundColor(col)));
                    e.spawn(f.text(format!("{} {}", st.scn.short(*ch), v.last().copied().unwrap_or(0)), Face::Bold, 13.0, INK));
                });
            }
        });
}

/// The chart's size, its number of points and the top of its scale.
struct Frame {
    w: f32,
    h: f32,
    n: usize,
    top: i32,
}

impl Frame {
    /// The x of the `i`th point (the end labels' room kept on the right).
    fn x(&self, i: usize) -> f32 {
        34.0 + (self.w - 44.0 - LABELS) * i as f32 / (self.n - 1) as f32
    }
    /// The y of a score.
    fn y(&self, v: i32) -> f32 {
        8.0 + (self.h - 28.0) * (1.0 - v.clamp(0, self.top) as f32 / self.top as f32)
    }
}

/// The grid, the scale and the years along the bottom.
fn grid(c: &mut ChildSpawnerCommands, f: &Fonts, st: &GameState, fr: &Frame) {
    let (w, h, n, top) = (fr.w, fr.h, fr.n, fr.top);
    let (x, y) = (|i| fr.x(i), |v| fr.y(v));
    for k in 0..=4 {
        let v = top * k / 4;
        c.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: px(30),
                top: px(y(v)),
                width: px(w - 36.0 - LABELS),
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
}

/// One stretch of a line, a thin node turned to join the two points.
fn segment(c: &mut ChildSpawnerCommands, (x1, y1): (f32, f32), (x2, y2): (f32, f32), thick: f32, col: Color) {
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
    let w = super::centre_width(width.0).max(240.0);
    let h = (w * 0.45).clamp(200.0, 380.0);
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
                r.spawn(theme::bar(pw, top, (w - 150.0).max(90.0), 11.0, if c == game.me { RED } else { BLACK }));
                r.spawn(f.text(pw.to_string(), Face::Narrow, 15.0, BLACK));
            });
        }
    });
}

#[cfg(test)]
mod tests {
    use super::{spread, stroke};

    /// Five leaders level on the first turn: five labels, each 15 pixels apart, none
    /// past the bottom; labels far apart stay where their points are.
    #[test]
    fn level_leaders_get_labels_apart_and_nested_strokes() {
        let at = spread(&[100.0; 5], 15.0, 0.0, 200.0);
        let mut sorted = at.clone();
        sorted.sort_by(f32::total_cmp);
        assert!(sorted.windows(2).all(|w| w[1] - w[0] >= 15.0 - 1e-3), "{at:?}");
        assert!(spread(&[195.0; 3], 15.0, 0.0, 200.0).iter().all(|&y| y <= 200.0));
        assert_eq!(spread(&[10.0, 120.0], 15.0, 0.0, 200.0), vec![10.0, 120.0]);
        // Each line drawn later is narrower, so the earlier shows at its edges.
        assert!((0..4).all(|k| stroke(k, 5) > stroke(k + 1, 5)));
    }
}
