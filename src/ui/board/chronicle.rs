//! The chronicle: the browsable chronicle tab (filtered by `filter::Filter`: the
//! main events with the routine acts folded, everything, only the player's, the
//! decisive moves; by kind; by any leader),
//! the dialog over the board (the stepped report of the turn just resolved,
//! `report.rs`), and the dialog of an event that asks the player.

use super::entry::entry_marked;
use super::filter::Filter;
use super::parts::{Choices, Clock, Entries, Part};
use super::{BoardPanels, CenterRoot, OverlayRoot, Report, Tab, do_command};
use crate::rules::Command;
use crate::rules::chronicle::Category;
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, Hover, INK, PAPER, RED};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.init_resource::<Filter>();
    app.add_systems(
        Update,
        (tab.run_if(resource_equals(Tab::Chronicle)).run_if(entries_changed), overlay.run_if(report_or_choices_changed))
            .in_set(BoardPanels)
            .run_if(in_state(AppState::Board)),
    );
}

/// Run condition of the chronicle tab: the tab was switched here, or entries
/// were written (or the game itself changed: the clock).
fn entries_changed(tab: Res<Tab>, clock: Res<Part<Clock>>, entries: Res<Part<Entries>>, filter: Res<Filter>) -> bool {
    tab.is_changed() || clock.is_changed() || entries.is_changed() || filter.is_changed()
}

/// Run condition of the dialog over the board: the report was opened, closed or
/// turned a page, a turn was resolved (the clock: a new report), or an event's
/// question came or was answered.
fn report_or_choices_changed(report: Res<Report>, clock: Res<Part<Clock>>, choices: Res<Part<Choices>>) -> bool {
    report.is_changed() || clock.is_changed() || choices.is_changed()
}

fn tab(mut commands: Commands, root: Single<Entity, With<CenterRoot>>, fonts: Res<Fonts>, game: Res<Game>, filter: Res<Filter>) {
    let f = &*fonts;
    let entries = &game.st.chronicle.entries;
    let me = game.me;
    let filter = *filter;
    commands.entity(*root).despawn_children().with_children(|p| {
        p.spawn(f.heading(&format!("The chronicle · {}, newest turn first", crate::narrate::count(entries.len(), "entry", "entries"))));
        super::filter::bar(p, f, &game.st.scn, entries, filter);
        let turns = super::filter::turns(entries, &filter, me, 12);
        if turns.is_empty() {
            p.spawn(f.text("Nothing in the chronicle matches this filter yet.", Face::Regular, 14.0, theme::GREY));
        }
        for t in turns {
            for &i in &t.shown {
                let e = &entries[i];
                entry_marked(p, f, &game.st.scn, e, e.category() != Category::Turn && crate::rules::named::concerns(&e.event, me));
            }
            if t.folded > 0 {
                let what = match filter.view {
                    super::filter::View::Digest => "speeches, courting, appointments, deals in the making, quarters of the economy",
                    _ => "speeches, articles, courting, bloc moves",
                };
                p.spawn(f.text(
                    format!("… and {} ({what}): EVERYTHING shows them.", crate::narrate::count(t.folded, "routine act", "routine acts")),
                    Face::Regular,
                    12.0,
                    theme::GREY,
                ));
            }
        }
    });
}

fn overlay(
    mut commands: Commands,
    root: Single<(Entity, &mut Node), With<OverlayRoot>>,
    fonts: Res<Fonts>,
    game: Res<Game>,
    report: Res<Report>,
) {
    let (root, mut node) = root.into_inner();
    let f = &*fonts;
    let st = &game.st;
    let me = game.me;
    let choice = st.choices.iter().find(|p| p.chooser == me && p.chosen.is_none()).map(|p| p.event);
    let show = report.open || choice.is_some();
    node.display = if show { Display::Flex } else { Display::None };
    commands.entity(root).despawn_children();
    if !show {
        return;
    }
    commands.entity(root).insert((BackgroundColor(BLACK.with_alpha(0.55)),)).with_children(|p| {
        p.spawn(Node {
            width: percent(100),
            height: percent(100),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            ..default()
        })
        .with_children(|p| {
            p.spawn((
                Node {
                    width: px(760),
                    max_width: percent(96),
                    // The report has one size on every page, so its buttons never move.
                    height: if report.open { percent(86) } else { Val::Auto },
                    max_height: percent(88),
                    flex_direction: FlexDirection::Column,
                    border: UiRect { left: px(14), right: px(3), top: px(3), bottom: px(3) },
                    ..default()
                },
                BackgroundColor(PAPER),
                BorderColor { left: RED, right: BLACK, top: BLACK, bottom: BLACK },
            ))
            .with_children(|p| {
                if report.open {
                    super::report::report(p, f, &game, report.page);
                } else if let Some(ev) = choice {
                    event_dialog(p, f, &game, ev);
                }
            });
        });
    });
}

/// An event's question to the player: what happened, then each answer as a button
/// with its effects listed under it, so the cost of each is seen before choosing.
fn event_dialog(p: &mut ChildSpawnerCommands, f: &Fonts, game: &Game, ev: usize) {
    let st = &game.st;
    let def = &st.scn.def.events[ev];
    p.spawn((
        Node { flex_direction: FlexDirection::Column, padding: UiRect::axes(px(16), px(6)), ..default() },
        BackgroundColor(RED),
        children![
            f.text(format!("DECIDE · {}", st.date.long().to_uppercase()), Face::Bold, 14.0, CREAM),
            f.text(def.title.to_uppercase(), Face::Narrow, 32.0, CREAM),
        ],
    ));
    p.spawn(Node {
        flex_direction: FlexDirection::Column,
        padding: UiRect::all(px(16)),
        row_gap: px(8),
        overflow: Overflow::scroll_y(),
        ..default()
    })
    .with_children(|p| {
        p.spawn(f.text(def.text.clone(), Face::Regular, 17.0, INK));
        p.spawn(f.text(
            "You must decide before the turn goes on. Each answer's effects, applied when the event resolves:",
            Face::Bold,
            15.0,
            BLACK,
        ));
        for (i, c) in def.choices.iter().enumerate() {
            let cmd = Command::Choose { event: ev, choice: i };
            let effects = crate::narrate::effects::effects_line(&st.scn, game.me, &c.effects);
            p.spawn(theme::text_button(f, &format!("{}. {}", i + 1, c.label), Hover::BLACK, percent(100)))
                .observe(move |_: On<Pointer<Click>>, mut game: ResMut<Game>| do_command(&mut game, cmd));
            p.spawn((
                Node { margin: UiRect { left: px(18), bottom: px(6), ..default() }, ..default() },
                children![f.text(format!("Effects: {effects}"), Face::Regular, 14.0, RED)],
            ));
        }
    });
}
