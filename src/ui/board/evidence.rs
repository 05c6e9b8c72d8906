//! The Evidence tab: the for-and-against evidence log of this game
//! (`classroom::evidence`), each contender with a column for his claim to lead
//! and a column against, each item with its reason and the scenario's source.
//! The same log the end screen's worksheet and `politburo evidence` export.

use super::parts::{Clock, Part};
use super::{BoardPanels, CenterRoot, Tab};
use crate::classroom::evidence::{self, Evidence};
use crate::ui::theme::{BLACK, Face, Fonts, GREEN, GREY, INK, RED};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        rebuild.in_set(BoardPanels).run_if(in_state(AppState::Board)).run_if(resource_equals(Tab::Evidence)).run_if(turn_changed),
    );
}

/// Run condition: the tab was switched here, or a turn was resolved.
fn turn_changed(tab: Res<Tab>, clock: Res<Part<Clock>>) -> bool {
    tab.is_changed() || clock.is_changed()
}

fn rebuild(mut commands: Commands, root: Single<Entity, With<CenterRoot>>, fonts: Res<Fonts>, game: Res<Game>) {
    let f = &*fonts;
    commands.entity(*root).despawn_children().with_children(|p| panel(p, f, &game));
}

fn panel(p: &mut ChildSpawnerCommands, f: &Fonts, game: &Game) {
    let st = &game.st;
    let s = &st.scn;
    p.spawn(f.heading("Evidence: for and against each leader's claim to lead"));
    if let Some(ch) = &s.def.chapter {
        p.spawn(f.text(format!("The question: {}", ch.question), Face::Bold, 15.0, RED));
    }
    p.spawn(f.text(
        "Each vote and event of your game, read as evidence. The end screen writes it out as a worksheet to print.",
        Face::Regular,
        13.0,
        GREY,
    ));
    let log = evidence::log(st);
    for c in crate::classroom::contenders(st) {
        let (pro, con) = crate::classroom::worksheet::split(&log, c);
        let title = format!("{} · {} for, {} against", s.name(c), pro.len(), con.len());
        p.spawn((Node { margin: UiRect::top(px(8)), flex_shrink: 0.0, ..default() }, children![f.text(title, Face::Bold, 16.0, BLACK)]));
        p.spawn(Node { column_gap: px(12), flex_shrink: 0.0, width: percent(100), ..default() }).with_children(|r| {
            column(r, f, game, "FOR", GREEN, &pro);
            column(r, f, game, "AGAINST", RED, &con);
        });
    }
}

/// One column: the newest eight items, newest first.
fn column(r: &mut ChildSpawnerCommands, f: &Fonts, game: &Game, head: &str, colour: Color, items: &[&Evidence]) {
    let s = &game.st.scn;
    r.spawn(Node { width: percent(50), flex_direction: FlexDirection::Column, row_gap: px(3), ..default() }).with_children(|c| {
        c.spawn(f.text(head, Face::Narrow, 14.0, colour));
        if items.is_empty() {
            c.spawn(f.text("nothing yet", Face::Regular, 13.0, GREY));
        }
        for e in items.iter().rev().take(8) {
            c.spawn(f.text(format!("{} · {}", e.date.long(), e.reason), Face::Regular, 13.0, INK));
            if let Some(src) = e.source.and_then(|i| s.def.sources.get(i)) {
                c.spawn(f.text(format!("“{}” ({})", src.text, src.cite), Face::Regular, 12.0, GREY));
            }
        }
        if items.len() > 8 {
            c.spawn(f.text(format!("and {} earlier", items.len() - 8), Face::Narrow, 12.0, GREY));
        }
    });
}
