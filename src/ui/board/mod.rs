//! The board: the top bar (date, session, action points, End Turn), the Politburo
//! on the left, a tabbed centre (patronage, line and economy, blocs, power chart,
//! chronicle) and the player's actions on the right. Each panel is its own plugin
//! and rebuilds its root only when what it shows changed: the board's view state
//! is split into small resources (the tab, the report, the selection, the hover,
//! the long or short list), and the game into parts with a change signal each
//! (`parts`); each panel's run condition names the ones it reads.

mod actions;
mod against_history;
mod agenda;
mod blocs;
mod chart;
mod chronicle;
mod coach;
mod details;
mod economy;
mod entry;
mod evidence;
mod fate;
mod filter;
mod keys;
mod leaders;
mod parts;
mod patronage;
mod reasons;
mod report;
mod tabs;
mod topbar;

pub use actions::{shown_actions, undo};
pub use against_history::panel as against_history_panel;
pub use chart::line_chart as line_chart_for_end;
pub use coach::Coach;
pub use filter::{Filter, View};
pub use keys::{do_command, end_turn, pending_choice};
pub use report::pages as report_pages;
pub use report::pages_of as report_pages_of;

use super::AppState;
use super::theme::{self, BLACK, GREY, OCHRE, RED};
use crate::rules::Command;
use crate::scenario::BlocId;
use crate::scenario::Rank;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use parts::{Clock, Part, Parts, Seats, Standing};

/// The "what happened" report of the last resolved turn: open or not, and the
/// step (page) shown. Only the dialog over the board reads it.
#[derive(Resource, Default, PartialEq, Debug)]
pub struct Report {
    pub open: bool,
    pub page: usize,
}

/// The action chosen in the list (kept while the pointer is elsewhere): the list
/// marks it and the details panel explains it.
#[derive(Resource, Default, PartialEq, Debug)]
pub struct Selected(pub Option<Command>);

/// Show every legal action, not only the short list.
#[derive(Resource, Default, PartialEq, Debug)]
pub struct ShowAll(pub bool);

/// The action under the pointer: the details panel follows it.
#[derive(Resource, Default, PartialEq)]
pub struct Hovered(pub Option<Command>);

/// The actions in the order shown: number keys 1..9 pick the first nine.
#[derive(Resource, Default)]
pub struct Shown(pub Vec<Command>);

/// The centre tab shown: the tab bar and the centre panel read it.
#[derive(Resource, Clone, Copy, PartialEq, Eq, Hash, Default, Debug)]
pub enum Tab {
    #[default]
    Patronage,
    Economy,
    Blocs,
    Power,
    Chronicle,
    History,
    Reasons,
    Agenda,
    Evidence,
}

impl Tab {
    pub const ALL: [Tab; 9] =
        [Tab::Patronage, Tab::Economy, Tab::Blocs, Tab::Power, Tab::Chronicle, Tab::History, Tab::Reasons, Tab::Agenda, Tab::Evidence];
    pub fn label(self) -> &'static str {
        match self {
            Tab::Patronage => "Patronage",
            Tab::Economy => "Economy",
            Tab::Blocs => "Blocs",
            Tab::Power => "Power",
            Tab::Chronicle => "Chronicle",
            Tab::History => "Vs history",
            Tab::Reasons => "Reasons",
            Tab::Agenda => "Agenda",
            Tab::Evidence => "Evidence",
        }
    }
}

/// Roots the panels rebuild into.
#[derive(Component)]
pub struct TopBarRoot;
#[derive(Component)]
pub struct LeadersRoot;
/// The player's own card and the motions against him, pinned above the Politburo.
#[derive(Component)]
pub struct FateRoot;
#[derive(Component)]
pub struct TabsRoot;
#[derive(Component)]
pub struct CenterRoot;
#[derive(Component)]
pub struct ActionsRoot;
#[derive(Component)]
pub struct DetailsRoot;
/// The details panel with its scrollbar: the pointer in it keeps the breakdown shown.
#[derive(Component)]
pub struct DetailsArea;
#[derive(Component)]
pub struct OverlayRoot;

pub fn plugin(app: &mut App) {
    app.init_resource::<Tab>()
        .init_resource::<Report>()
        .init_resource::<Selected>()
        .init_resource::<ShowAll>()
        .init_resource::<Hovered>()
        .init_resource::<Shown>()
        .init_resource::<theme::Narrow>()
        .init_resource::<theme::LogicalWidth>()
        .add_plugins(parts::plugin)
        .add_systems(OnEnter(AppState::Board), spawn_layout)
        // The keys and the game's parts first: the panels redraw in the frame they change.
        .add_systems(Update, (keys::keys, parts::note, tabs::keep_scroll).chain().in_set(BoardInput).run_if(in_state(AppState::Board)))
        .add_systems(Update, tabs::tabs.in_set(BoardPanels).run_if(in_state(AppState::Board)).run_if(tabs::tab_changed))
        .configure_sets(Update, BoardInput.before(BoardPanels).after(crate::ui::glossary::GlossaryKeys))
        .add_plugins((
            topbar::plugin,
            leaders::plugin,
            fate::plugin,
            actions::plugin,
            patronage::plugin,
            economy::plugin,
            blocs::plugin,
            chart::plugin,
            chronicle::plugin,
            against_history::plugin,
            evidence::plugin,
            agenda::plugin,
            reasons::plugin,
            coach::plugin,
        ));
}

/// The board's keys, then `parts::note`.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct BoardInput;

/// The panels' redraws (after `BoardInput`).
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct BoardPanels;

/// The parts of the game every panel that shows leaders reads: the turn (and the
/// game itself), every leader's standing, and the regions' seats (a leader's power
/// counts the Central Committee seats of the regions whose patron is loyal to him).
#[derive(SystemParam)]
pub struct StandingParts<'w> {
    clock: Res<'w, Part<Clock>>,
    standing: Res<'w, Part<Standing>>,
    seats: Res<'w, Part<Seats>>,
}

impl StandingParts<'_> {
    pub fn changed(&self) -> bool {
        self.clock.is_changed() || self.standing.is_changed() || self.seats.is_changed()
    }
}

/// The board's frame and its empty panels; everything is marked changed, so each
/// panel draws itself into its root in the first frame.
fn spawn_layout(mut commands: Commands, mut view: ViewState, mut parts: Parts) {
    view.tab.set_changed();
    view.report.set_changed();
    view.selected.set_changed();
    view.show_all.set_changed();
    view.hovered.0 = None;
    parts.mark_all();
    commands
        .spawn((
            DespawnOnExit(AppState::Board),
            Node { width: percent(100), height: percent(100), flex_direction: FlexDirection::Column, ..default() },
            BackgroundColor(theme::CREAM),
        ))
        .with_children(|p| {
            // The bar grows rather than cut its lines in a narrow window.
            p.spawn((TopBarRoot, Node { width: percent(100), min_height: px(58), flex_shrink: 0.0, ..default() }, BackgroundColor(RED)));
            // A black rule under the red bar: the poster's hard edge.
            p.spawn((Node { width: percent(100), height: px(5), flex_shrink: 0.0, ..default() }, BackgroundColor(BLACK)));
            p.spawn(Node {
                width: percent(100),
                flex_grow: 1.0,
                min_height: px(0),
                padding: UiRect::all(px(8)),
                column_gap: px(8),
                ..default()
            })
            .with_children(|p| {
                // The long panels scroll with the wheel and with a scrollbar: the Politburo's
                // in the gap beside it, the panels' in their right padding. The player's
                // own fate is pinned above the Politburo and never scrolls away.
                // The side columns take a share of the window, between a floor and a
                // ceiling, whatever the tab shows: the centre gets the rest, so no
                // column changes width when the tab does. In a narrow window (a large UI
                // scale) the cards stack one to a row.
                p.spawn(Node {
                    width: percent(23),
                    min_width: px(210),
                    max_width: px(390),
                    flex_shrink: 0.0,
                    flex_direction: FlexDirection::Column,
                    row_gap: px(6),
                    ..default()
                })
                .with_children(|p| {
                    p.spawn((
                        FateRoot,
                        Node {
                            flex_direction: FlexDirection::Column,
                            row_gap: px(3),
                            flex_shrink: 0.0,
                            // Your fate before the Politburo's cards: room for your card and an alert at UI scale 1.5.
                            max_height: percent(64),
                            overflow: Overflow::scroll_y(),
                            ..default()
                        },
                    ));
                    theme::scrolling(
                        p,
                        Node { flex_grow: 1.0, min_height: px(0), ..default() },
                        (
                            LeadersRoot,
                            Node {
                                flex_grow: 1.0,
                                min_height: px(0),
                                flex_direction: FlexDirection::Column,
                                overflow: Overflow::scroll_y(),
                                ..default()
                            },
                        ),
                        -6.0,
                    );
                });
                p.spawn(Node { flex_grow: 1.0, flex_basis: px(0), min_width: px(0), flex_direction: FlexDirection::Column, ..default() })
                    .with_children(|p| {
                        // The tabs wrap to a second row rather than be cut at a large UI scale.
                        p.spawn((
                            TabsRoot,
                            Node { flex_shrink: 0.0, column_gap: px(2), row_gap: px(2), flex_wrap: FlexWrap::Wrap, ..default() },
                        ));
                        // The guided first game's card, when a lesson is open.
                        p.spawn(coach::frame());
                        theme::scrolling(
                            p,
                            Node { flex_grow: 1.0, min_height: px(0), ..default() },
                            (CenterRoot, theme::panel(scrolled())),
                            2.0,
                        );
                    });
                p.spawn(Node {
                    width: percent(22),
                    min_width: px(250),
                    max_width: px(372),
                    flex_shrink: 0.0,
                    flex_direction: FlexDirection::Column,
                    row_gap: px(8),
                    ..default()
                })
                .with_children(|p| {
                    theme::scrolling(
                        p,
                        Node { flex_grow: 1.0, min_height: px(0), ..default() },
                        (ActionsRoot, theme::panel(scrolled())),
                        2.0,
                    );
                    let (area, details) = theme::scrolling(
                        p,
                        // A third of the column, so a large UI scale leaves the list room.
                        Node { height: percent(36), min_height: px(110), max_height: px(260), flex_shrink: 0.0, ..default() },
                        (DetailsRoot, theme::panel(scrolled())),
                        2.0,
                    );
                    // Tracked, with its scrollbar, so that the breakdown stays while the pointer reads it.
                    p.commands().entity(area).insert((DetailsArea, Interaction::default()));
                    p.commands().entity(details).insert(BorderColor::all(RED));
                });
            });
            p.spawn((
                OverlayRoot,
                // The dialog is modal: nothing under it reacts to the pointer.
                bevy::ui::FocusPolicy::Block,
                Node {
                    position_type: PositionType::Absolute,
                    width: percent(100),
                    height: percent(100),
                    display: Display::None,
                    ..default()
                },
                GlobalZIndex(10),
            ));
        });
}

/// A panel that scrolls down, beside its scrollbar.
/// The centre panel's inner width for a window `logical` pixels wide: what is
/// left beside the side columns (their share of the width, floors and ceilings
/// as `spawn_layout` sets them), less the panel's border, padding and scrollbar.
pub fn centre_width(logical: f32) -> f32 {
    let row = logical - 16.0;
    let left = (0.23 * row).clamp(210.0, 390.0);
    let right = (0.22 * row).clamp(250.0, 372.0);
    row - 16.0 - left - right - 34.0
}

fn scrolled() -> Node {
    Node { flex_grow: 1.0, min_height: px(0), overflow: Overflow { x: OverflowAxis::Clip, y: OverflowAxis::Scroll }, ..default() }
}

/// The board's own view state, every piece with its own change signal.
#[derive(SystemParam)]
pub struct ViewState<'w> {
    pub tab: ResMut<'w, Tab>,
    pub report: ResMut<'w, Report>,
    pub selected: ResMut<'w, Selected>,
    pub show_all: ResMut<'w, ShowAll>,
    pub hovered: ResMut<'w, Hovered>,
    pub filter: ResMut<'w, filter::Filter>,
}

/// A rank in the scenario's words ("Political Bureau" in 1985).
pub fn rank_name(s: &crate::scenario::Scenario, r: Rank) -> String {
    let w = s.words();
    match r {
        Rank::Politburo => w.politburo.clone(),
        Rank::Candidate => "Candidate".into(),
        Rank::CentralCommittee => w.central_committee.clone(),
        Rank::Member => "Party member".into(),
        Rank::Expelled => "Expelled".into(),
        Rank::Exiled => "Internal exile".into(),
        Rank::Deported => "Deported".into(),
    }
}

/// A colour for each bloc, stable by index.
pub fn bloc_color(b: Option<BlocId>) -> Color {
    const C: [Color; 7] = [RED, BLACK, OCHRE, Color::srgb(0.22, 0.36, 0.55), theme::GREEN, Color::srgb(0.50, 0.30, 0.50), theme::DARK_RED];
    match b {
        Some(i) => C[i.0 % C.len()],
        None => GREY,
    }
}

/// Red for hostile, green for friendly, grey between.
pub fn regard_color(v: i32) -> Color {
    if v >= 20 {
        theme::GREEN
    } else if v <= -20 {
        RED
    } else {
        GREY
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_coach;
#[cfg(test)]
mod tests_rows;
