//! Against history: where this game has left the historical path. The first
//! divergence, and each leader's rank and posts now beside where he really stood
//! at this date (the scenario's script played to the same turn).

use super::parts::{Clock, Part, Standing};
use super::{BoardPanels, CenterRoot, Tab};
use crate::rules::history;
use crate::ui::theme::{BLACK, Face, Fonts, GREY, INK, RED};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        rebuild.in_set(BoardPanels).run_if(in_state(AppState::Board)).run_if(resource_equals(Tab::History)).run_if(ranks_changed),
    );
}

/// Run condition: the tab was switched here, or the leaders' ranks and posts
/// (standing) or the turns compared (the clock) changed.
fn ranks_changed(tab: Res<Tab>, clock: Res<Part<Clock>>, standing: Res<Part<Standing>>) -> bool {
    tab.is_changed() || clock.is_changed() || standing.is_changed()
}

fn rebuild(mut commands: Commands, root: Single<Entity, With<CenterRoot>>, fonts: Res<Fonts>, game: Res<Game>) {
    let f = &*fonts;
    commands.entity(*root).despawn_children().with_children(|p| panel(p, f, &game));
}

/// The comparison, also shown on the end screen.
pub fn panel(p: &mut ChildSpawnerCommands, f: &Fonts, game: &Game) {
    let st = &game.st;
    let s = &st.scn;
    p.spawn(f.heading(&format!("Against history · {}", st.date.long())));
    let Some(cmp) = history::comparison(st) else {
        p.spawn(f.text("This scenario has no historical script to compare with.", Face::Regular, 15.0, INK));
        return;
    };
    let first = match &cmp.first_divergence {
        Some((date, who)) => {
            let who: Vec<_> = who.iter().map(|&c| s.short(c)).collect();
            format!("The game first left the historical path in {}: {}.", date.long(), who.join(", "))
        }
        None => format!(
            "No leader's standing has left the historical path yet ({} compared).",
            crate::narrate::count(cmp.turns, "turn", "turns")
        ),
    };
    p.spawn((Node { margin: UiRect::vertical(px(4)), ..default() }, children![f.text(first, Face::Bold, 15.0, BLACK)]));
    let row = |p: &mut ChildSpawnerCommands, a: (String, Face, Color), b: (String, Face, Color), c: (String, Face, Color)| {
        p.spawn(Node { column_gap: px(10), padding: UiRect::vertical(px(2)), flex_shrink: 0.0, ..default() }).with_children(|r| {
            r.spawn((Node { width: px(120), flex_shrink: 0.0, ..default() }, children![f.text(a.0, a.1, 14.0, a.2)]));
            r.spawn((Node { width: percent(42), ..default() }, children![f.text(b.0, b.1, 14.0, b.2)]));
            r.spawn((Node { width: percent(42), ..default() }, children![f.text(c.0, c.1, 14.0, c.2)]));
        });
    };
    row(p, ("LEADER".into(), Face::Narrow, GREY), ("IN THIS GAME".into(), Face::Narrow, GREY), ("IN HISTORY".into(), Face::Narrow, GREY));
    for (c, now, real) in &cmp.rows {
        let differ = now != real;
        let me = Some(*c) == Some(game.me);
        row(
            p,
            (s.short(*c).to_string(), Face::Bold, if me { RED } else { BLACK }),
            (crate::narrate::standing(s, now, true), if differ { Face::Bold } else { Face::Regular }, if differ { RED } else { INK }),
            (crate::narrate::standing(s, real, true), Face::Regular, INK),
        );
    }
    p.spawn((
        Node { margin: UiRect::top(px(8)), ..default() },
        children![f.text("Red: where this game differs from what really happened at this date.", Face::Narrow, 13.0, GREY)],
    ));
}
