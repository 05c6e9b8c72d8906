//! The chronicle: the browsable chronicle tab (filtered: the main events with
//! the routine acts folded, everything, only the player's, the decisive moves),
//! the dialog over the board (the stepped report of the turn just resolved,
//! `report.rs`), and the dialog of an event that asks the player.

use super::entry::entry_marked;
use super::parts::{Choices, Clock, Entries, Part};
use super::{BoardPanels, CenterRoot, OverlayRoot, Report, Tab, do_command};
use crate::rules::Command;
use crate::rules::chronicle::Category;
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, Hover, INK, PAPER, RED};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

/// Which entries the chronicle tab shows. By default the routine acts (speeches,
/// articles, courting, bloc moves) are folded into a count per turn.
#[derive(Resource, Clone, Copy, PartialEq, Eq, Default, Debug)]
pub enum Filter {
    #[default]
    Main,
    Everything,
    OnlyMe,
    Decisive,
}

impl Filter {
    const ALL: [Filter; 4] = [Filter::Main, Filter::Everything, Filter::OnlyMe, Filter::Decisive];
    fn label(self) -> &'static str {
        match self {
            Filter::Main => "Main events",
            Filter::Everything => "Everything",
            Filter::OnlyMe => "Only me",
            Filter::Decisive => "Decisive moves",
        }
    }
    /// Whether the entry shows, for the player `me`.
    fn keeps(self, e: &crate::rules::chronicle::Entry, me: crate::scenario::CharId) -> bool {
        e.category() == Category::Turn
            || match self {
                Filter::Main => !e.event.is_minor(),
                Filter::Everything => true,
                Filter::OnlyMe => crate::rules::named::concerns(&e.event, me),
                Filter::Decisive => crate::rules::named::decisive(&e.event),
            }
    }
}

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
        p.spawn(f.heading(&format!("The chronicle · {} entries, newest turn first", entries.len())));
        p.spawn(Node { column_gap: px(4), margin: UiRect::bottom(px(4)), flex_wrap: FlexWrap::Wrap, ..default() }).with_children(|r| {
            for x in Filter::ALL {
                let style = if x == filter { Hover { base: BLACK, hover: BLACK } } else { Hover::PAPER };
                r.spawn((
                    theme::button(style, Node { padding: UiRect::axes(px(6), px(1)), border: UiRect::all(px(1)), ..default() }),
                    BorderColor::all(BLACK),
                    children![f.text(x.label().to_uppercase(), Face::Narrow, 13.0, if x == filter { CREAM } else { INK })],
                ))
                .observe(move |_: On<Pointer<Click>>, mut filter: ResMut<Filter>| {
                    filter.set_if_neq(x);
                });
            }
        });
        // Split at each turn's opening and show the turns newest first.
        let mut starts: Vec<usize> = entries.iter().enumerate().filter(|(_, e)| e.category() == Category::Turn).map(|(i, _)| i).collect();
        if starts.first() != Some(&0) {
            starts.insert(0, 0);
        }
        let mut bounds: Vec<(usize, usize)> = starts.windows(2).map(|w| (w[0], w[1])).collect();
        if let Some(&last) = starts.last() {
            bounds.push((last, entries.len()));
        }
        for (a, b) in bounds.into_iter().rev().take(12) {
            for e in entries[a..b].iter().filter(|e| filter.keeps(e, me)) {
                entry_marked(p, f, &game.st.scn, e, e.category() != Category::Turn && crate::rules::named::concerns(&e.event, me));
            }
            let folded = entries[a..b].iter().filter(|e| !filter.keeps(e, me)).count();
            if folded > 0 && filter == Filter::Main {
                p.spawn(f.text(
                    format!(
                        "… and {folded} routine {} (speeches, articles, courting, bloc moves): EVERYTHING shows them.",
                        super::leaders::plural(folded, "act", "acts")
                    ),
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

fn event_dialog(p: &mut ChildSpawnerCommands, f: &Fonts, game: &Game, ev: usize) {
    let st = &game.st;
    let def = &st.scn.def.events[ev];
    p.spawn((Node { padding: UiRect::axes(px(16), px(6)), ..default() }, BackgroundColor(RED))).with_child(f.text(
        def.title.to_uppercase(),
        Face::Narrow,
        32.0,
        CREAM,
    ));
    p.spawn(Node { flex_direction: FlexDirection::Column, padding: UiRect::all(px(16)), row_gap: px(10), ..default() }).with_children(
        |p| {
            p.spawn(f.text(def.text.clone(), Face::Regular, 17.0, INK));
            p.spawn(f.text("You must decide:", Face::Bold, 15.0, BLACK));
            for (i, c) in def.choices.iter().enumerate() {
                let cmd = Command::Choose { event: ev, choice: i };
                p.spawn(theme::text_button(f, &format!("{}. {}", i + 1, c.label), Hover::BLACK, percent(100)))
                    .observe(move |_: On<Pointer<Click>>, mut game: ResMut<Game>| do_command(&mut game, cmd));
            }
        },
    );
}
