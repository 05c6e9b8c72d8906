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
mod economy;
mod entry;
mod leaders;
mod parts;
mod patronage;
mod reasons;
mod report;
mod topbar;

pub use actions::shown_actions;
pub use against_history::panel as against_history_panel;
pub use chart::line_chart as line_chart_for_end;
pub use report::pages as report_pages;

use super::theme::{self, BLACK, GREY, INK, OCHRE, RED};
use super::{AppState, Game};
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
#[derive(Resource, Clone, Copy, PartialEq, Eq, Default, Debug)]
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
}

impl Tab {
    pub const ALL: [Tab; 8] =
        [Tab::Patronage, Tab::Economy, Tab::Blocs, Tab::Power, Tab::Chronicle, Tab::History, Tab::Reasons, Tab::Agenda];
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
        }
    }
}

/// The keys 1–9: the shown actions, in order.
pub const ACTION_KEYS: [KeyCode; 9] = [
    KeyCode::Digit1,
    KeyCode::Digit2,
    KeyCode::Digit3,
    KeyCode::Digit4,
    KeyCode::Digit5,
    KeyCode::Digit6,
    KeyCode::Digit7,
    KeyCode::Digit8,
    KeyCode::Digit9,
];

/// Roots the panels rebuild into.
#[derive(Component)]
pub struct TopBarRoot;
#[derive(Component)]
pub struct LeadersRoot;
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
        .add_plugins(parts::plugin)
        .add_systems(OnEnter(AppState::Board), spawn_layout)
        // The keys and the game's parts first: the panels redraw in the frame they change.
        .add_systems(Update, (keys, parts::note).chain().in_set(BoardInput).run_if(in_state(AppState::Board)))
        .add_systems(Update, tabs.in_set(BoardPanels).run_if(in_state(AppState::Board)).run_if(tab_changed))
        .configure_sets(Update, BoardInput.before(BoardPanels))
        .add_plugins((
            topbar::plugin,
            leaders::plugin,
            actions::plugin,
            patronage::plugin,
            economy::plugin,
            blocs::plugin,
            chart::plugin,
            chronicle::plugin,
            against_history::plugin,
            agenda::plugin,
            reasons::plugin,
        ));
}

/// The board's keys, then `parts::note`.
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct BoardInput;

/// The panels' redraws (after `BoardInput`).
#[derive(SystemSet, Debug, Clone, PartialEq, Eq, Hash)]
pub struct BoardPanels;

/// Run condition of the tab bar: the tab changed.
fn tab_changed(tab: Res<Tab>) -> bool {
    tab.is_changed()
}

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
            p.spawn((TopBarRoot, Node { width: percent(100), height: px(58), flex_shrink: 0.0, ..default() }, BackgroundColor(RED)));
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
                // in the gap beside it, the panels' in their right padding.
                theme::scrolling(
                    p,
                    Node { width: px(390), flex_shrink: 0.0, ..default() },
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
                p.spawn(Node { flex_grow: 1.0, min_width: px(0), flex_direction: FlexDirection::Column, ..default() }).with_children(|p| {
                    p.spawn((TabsRoot, Node { flex_shrink: 0.0, column_gap: px(2), ..default() }));
                    theme::scrolling(
                        p,
                        Node { flex_grow: 1.0, min_height: px(0), ..default() },
                        (CenterRoot, theme::panel(scrolled())),
                        2.0,
                    );
                });
                p.spawn(Node { width: px(372), flex_shrink: 0.0, flex_direction: FlexDirection::Column, row_gap: px(8), ..default() })
                    .with_children(|p| {
                        theme::scrolling(
                            p,
                            Node { flex_grow: 1.0, min_height: px(0), ..default() },
                            (ActionsRoot, theme::panel(scrolled())),
                            2.0,
                        );
                        let (area, details) = theme::scrolling(
                            p,
                            Node { height: px(206), flex_shrink: 0.0, ..default() },
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
}

fn tabs(mut commands: Commands, root: Single<Entity, With<TabsRoot>>, fonts: Res<theme::Fonts>, tab: Res<Tab>) {
    let f = &*fonts;
    commands.entity(*root).despawn_children().with_children(|p| {
        for (i, t) in Tab::ALL.into_iter().enumerate() {
            let on = *tab == t;
            let style =
                if on { theme::Hover { base: BLACK, hover: BLACK } } else { theme::Hover { base: theme::SAND, hover: theme::PAPER } };
            let fg = if on { theme::CREAM } else { INK };
            p.spawn((
                theme::button(style, Node { padding: UiRect::axes(px(4), px(5)), flex_shrink: 0.0, ..default() }),
                theme::Tooltip(format!("{} (key {})", t.label(), ["F1", "F2", "F3", "F4", "C / F6", "F7", "F8", "G / F9"][i])),
                children![f.text(t.label().to_uppercase(), theme::Face::Narrow, 14.0, fg)],
            ))
            .observe(move |_: On<Pointer<Click>>, mut tab: ResMut<Tab>| {
                tab.set_if_neq(t);
            });
        }
    });
}

/// Applies one of the player's commands; the result or the refusal goes to the top bar.
pub fn do_command(game: &mut Game, cmd: Command) {
    let me = game.me;
    let before = game.st.chronicle.entries.len();
    match crate::rules::apply(&mut game.st, me, cmd) {
        Ok(()) => {
            game.notice = game.st.chronicle.entries[before..]
                .last()
                .map(|e| crate::narrate::headline(&game.st.scn, e))
                .or_else(|| Some(format!("Done: {}.", cmd.describe(&game.st))));
        }
        Err(e) => game.notice = Some(format!("Not allowed: {e}.")),
    }
}

/// Ends the turn: the computer acts, the turn resolves, the report opens.
pub fn end_turn(game: &mut Game, report: &mut Report, selected: &mut Selected, next: &mut NextState<AppState>) {
    game.end_turn();
    game.notice = None;
    *report = Report { open: true, page: 0 };
    selected.0 = None;
    if game.st.is_over() {
        next.set(AppState::EndScreen);
    }
}

fn keys(
    keys: Res<ButtonInput<KeyCode>>,
    mut game: ResMut<Game>,
    mut view: ViewState,
    shown: Res<Shown>,
    mut next: ResMut<NextState<AppState>>,
) {
    if keys.just_pressed(KeyCode::Escape) {
        if view.report.open {
            let count = report::pages(&game).len();
            report::skip(&mut view.report, count);
        } else {
            next.set(AppState::Menu);
        }
        return;
    }
    if keys.just_pressed(KeyCode::Enter) || keys.just_pressed(KeyCode::NumpadEnter) {
        if view.report.open {
            let count = report::pages(&game).len();
            report::advance(&mut view.report, count);
        } else if !pending_choice(&game) {
            end_turn(&mut game, &mut view.report, &mut view.selected, &mut next);
        }
        return;
    }
    if keys.just_pressed(KeyCode::F5) {
        game.notice = Some(match super::save_game(&game) {
            Ok(p) => format!("Saved to {}.", p.display()),
            Err(e) => format!("Could not save: {e}"),
        });
    }
    let tab_keys = [
        (KeyCode::F1, Tab::Patronage),
        (KeyCode::F2, Tab::Economy),
        (KeyCode::F3, Tab::Blocs),
        (KeyCode::F4, Tab::Power),
        (KeyCode::F6, Tab::Chronicle),
        (KeyCode::KeyC, Tab::Chronicle),
        (KeyCode::F7, Tab::History),
        (KeyCode::F8, Tab::Reasons),
        (KeyCode::F9, Tab::Agenda),
        (KeyCode::KeyG, Tab::Agenda),
    ];
    for (k, t) in tab_keys {
        if keys.just_pressed(k) {
            view.tab.set_if_neq(t);
        }
    }
    if keys.just_pressed(KeyCode::KeyA) {
        view.show_all.0 = !view.show_all.0;
    }
    if view.report.open {
        return;
    }
    for (i, k) in ACTION_KEYS.iter().enumerate() {
        if keys.just_pressed(*k)
            && let Some(&cmd) = shown.0.get(i)
        {
            do_command(&mut game, cmd);
        }
    }
}

/// An event's question waits for the player's answer.
pub fn pending_choice(game: &Game) -> bool {
    game.st.choices.iter().any(|p| p.chooser == game.me && p.chosen.is_none())
}

pub fn rank_name(r: Rank) -> &'static str {
    match r {
        Rank::Politburo => "Politburo",
        Rank::Candidate => "Candidate",
        Rank::CentralCommittee => "Central Committee",
        Rank::Member => "Party member",
        Rank::Expelled => "Expelled",
        Rank::Exiled => "Internal exile",
        Rank::Deported => "Deported",
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
