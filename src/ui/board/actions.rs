//! The player's actions, stable for the whole turn: the list is drawn from the
//! game as the turn began (`Game::start`), so a click never moves the row under
//! the pointer; an action closed since stays in its place, greyed, with its
//! reason; one opened since is added at the foot. Grouped, with cost, odds on
//! every motion and a mark on the moves that can backfire; motions with no
//! chance are folded away (A shows them). Above it, this turn's orders as a
//! queue, the last of which can be taken back (`Game::undo`).

use super::parts::{Clock, Part, Rules};
use super::{ActionsRoot, BoardPanels, DetailsArea, Hovered, Selected, ShowAll, Shown, details, do_command};
use crate::actions::{GROUP_ORDER, closed_reasons, group, hopeless, shortlisted};
use crate::risks::{Odds, Risk, risks_all};
use crate::rules::GameState;
use crate::rules::command::Command;
use crate::rules::command::CommandError;
use crate::rules::legality::legal_commands;
use crate::scenario::CharId;
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, GREY, Hover, INK, RED, SAND};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (rebuild.run_if(rules_or_list_changed), track_hover, details::details.run_if(pointer_selection_or_rules_changed))
            .chain()
            .in_set(BoardPanels)
            .run_if(in_state(AppState::Board)),
    );
}

/// A row of the action list.
#[derive(Component)]
pub(super) struct ActionRow(pub(super) Command);

/// Run condition of the list: the rules' state moved (what is legal, the odds,
/// the action points), the short or long list was asked for, or the choice moved.
fn rules_or_list_changed(clock: Res<Part<Clock>>, rules: Res<Part<Rules>>, all: Res<ShowAll>, selected: Res<Selected>) -> bool {
    clock.is_changed() || rules.is_changed() || all.is_changed() || selected.is_changed()
}

/// Run condition of the details panel: the action under the pointer or the one
/// chosen moved, or the rules' state did (the odds, the preview).
fn pointer_selection_or_rules_changed(
    hovered: Res<Hovered>,
    selected: Res<Selected>,
    clock: Res<Part<Clock>>,
    rules: Res<Part<Rules>>,
) -> bool {
    hovered.is_changed() || selected.is_changed() || clock.is_changed() || rules.is_changed()
}

/// The list in display order, and how many hopeless motions it folded away: the
/// actions open as the turn began (grouped), then those opened since. Rows are
/// chosen and ordered from the turn's start, so the list does not move under the
/// pointer while the turn is played.
pub fn listing(game: &Game, all: bool) -> (Vec<Command>, usize) {
    let (st, start, me) = (&game.st, &game.start, game.me);
    let pick = |s: &GameState, c: &Command| all || (shortlisted(s, me, c) && !hopeless(s, me, c));
    let base = turn_base(game);
    let folded = if all { 0 } else { base.iter().filter(|c| shortlisted(start, me, c) && hopeless(start, me, c)).count() };
    let now = legal_commands(st, me);
    // An event's question waiting now comes first (it is answered in its dialog,
    // not under the pointer here); then the turn's list; then what opened since.
    let mut rows: Vec<Command> = now.iter().copied().filter(|c| matches!(c, Command::Choose { .. })).collect();
    let mut listed: Vec<Command> = base.iter().copied().filter(|c| pick(start, c)).collect();
    listed.sort_by_key(|c| GROUP_ORDER.iter().position(|g| *g == group(c)).unwrap_or(99));
    let mut new: Vec<Command> =
        now.into_iter().filter(|c| !matches!(c, Command::Choose { .. }) && !base.contains(c) && pick(st, c)).collect();
    new.sort_by_key(|c| GROUP_ORDER.iter().position(|g| *g == group(c)).unwrap_or(99));
    rows.extend(listed);
    rows.extend(new);
    (rows, folded)
}

/// The actions open as the turn began, but the events' questions (answered in
/// their dialog): the rows of the turn's list.
fn turn_base(game: &Game) -> Vec<Command> {
    legal_commands(&game.start, game.me).into_iter().filter(|c| !matches!(c, Command::Choose { .. })).collect()
}

/// The actions in display order (the order number keys use).
pub fn shown_actions(game: &Game, all: bool) -> Vec<Command> {
    listing(game, all).0
}

fn rebuild(
    mut commands: Commands,
    root: Single<Entity, With<ActionsRoot>>,
    fonts: Res<Fonts>,
    game: Res<Game>,
    show_all: Res<ShowAll>,
    selected: Res<Selected>,
    mut shown: ResMut<Shown>,
) {
    let f = &*fonts;
    let st = &game.st;
    let me = game.me;
    let (list, folded) = listing(&game, show_all.0);
    let base = turn_base(&game);
    let every = base.len();
    shown.0 = list.clone();
    let orders = game.orders();
    // Common actions that are not open now, with the reason, unless listed above.
    let closed: Vec<Command> = [
        Command::Speech,
        Command::Article,
        Command::ShiftStance { toward_nep: true },
        Command::ShiftStance { toward_nep: false },
        Command::CallPlenum,
        Command::PublishTestament,
    ]
    .into_iter()
    .filter(|c| !list.contains(c))
    .collect();
    let closed: Vec<(Command, String)> = closed
        .iter()
        .zip(closed_reasons(st, me, &closed))
        .filter_map(|(c, e)| e.map(|e| (*c, crate::narrate::refusal(&st.scn, &e))))
        .collect();
    let reasons = closed_reasons(st, me, &list);
    let risks = risks_all(st, me, &list);
    commands.entity(*root).despawn_children().with_children(|p| {
        p.spawn(Node { justify_content: JustifyContent::SpaceBetween, align_items: AlignItems::Center, ..default() }).with_children(|r| {
            r.spawn(f.heading("Your actions"));
            r.spawn(f.text(format!("{} AP LEFT", st.chars[me].ap), Face::Narrow, 18.0, RED));
        });
        queue(p, f, st, &orders);
        if list.is_empty() {
            p.spawn(f.text("Nothing more to do this turn: press END TURN (Enter).", Face::Regular, 15.0, GREY));
        }
        let mut last = "";
        for (i, &cmd) in list.iter().enumerate() {
            let g = if base.contains(&cmd) || matches!(cmd, Command::Choose { .. }) { group(&cmd) } else { "Open since the turn began" };
            if g != last {
                p.spawn((Node { margin: UiRect::top(px(6)), ..default() }, children![f.text(g.to_uppercase(), Face::Narrow, 15.0, RED)]));
                last = g;
            }
            let state =
                RowState { chosen: selected.0 == Some(cmd), ordered: orders.contains(&cmd), closed: reasons[i].clone(), risks: &risks[i] };
            row(p, f, st, me, i, cmd, state);
        }
        if folded > 0 {
            p.spawn((
                Node { margin: UiRect::top(px(4)), flex_shrink: 0.0, ..default() },
                children![f.text(
                    format!("{} with no chance of passing folded away (A shows them).", crate::narrate::count(folded, "motion", "motions")),
                    Face::Regular,
                    12.0,
                    GREY
                )],
            ));
        }
        if !closed.is_empty() {
            p.spawn((Node { margin: UiRect::top(px(8)), ..default() }, children![f.text("NOT OPEN NOW", Face::Narrow, 15.0, GREY)]));
            for (cmd, why) in closed {
                p.spawn((
                    Node { column_gap: px(6), padding: UiRect::left(px(27)), flex_shrink: 0.0, ..default() },
                    children![f.text(format!("{} — {why}", cmd.describe(st)), Face::Regular, 13.0, GREY)],
                ));
            }
        }
        let label = if show_all.0 {
            "Show the short list (A)".to_string()
        } else {
            format!("Show all {} (A)", crate::narrate::count(every, "action", "actions"))
        };
        if show_all.0 || every > list.len() {
            p.spawn((Node { margin: UiRect::top(px(8)), flex_shrink: 0.0, ..default() },)).with_children(|r| {
                r.spawn(theme::text_button(f, &label, Hover::PAPER, Val::Auto))
                    .observe(|_: On<Pointer<Click>>, mut all: ResMut<ShowAll>| all.0 = !all.0);
            });
        }
    });
}

/// This turn's orders, in the order given, and the button that takes back the last.
fn queue(p: &mut ChildSpawnerCommands, f: &Fonts, st: &GameState, orders: &[Command]) {
    if orders.is_empty() {
        return;
    }
    p.spawn((
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(4)),
            margin: UiRect::bottom(px(2)),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(SAND),
    ))
    .with_children(|p| {
        p.spawn(Node { justify_content: JustifyContent::SpaceBetween, align_items: AlignItems::Center, ..default() }).with_children(|r| {
            r.spawn(f.text("THIS TURN'S ORDERS", Face::Narrow, 15.0, BLACK));
            r.spawn((
                theme::button(Hover::BLACK, Node { padding: UiRect::axes(px(6), px(1)), ..default() }),
                theme::Tooltip("Takes back your last order: the turn is played again from its start without it.".into()),
                children![f.text("UNDO LAST (BACKSPACE)", Face::Narrow, 13.0, CREAM)],
            ))
            .observe(|_: On<Pointer<Click>>, mut game: ResMut<Game>, mut selected: ResMut<Selected>| {
                undo(&mut game, &mut selected);
            });
        });
        for (i, c) in orders.iter().enumerate() {
            p.spawn(f.text(format!("{}. {}", i + 1, c.describe(st)), Face::Regular, 13.0, INK));
        }
    });
}

/// Takes back the last of this turn's orders, saying which in the top bar.
pub fn undo(game: &mut Game, selected: &mut Selected) {
    game.notice = Some(match game.undo() {
        Some(c) => format!("Taken back: {}.", c.describe(&game.st)),
        None => "No order of this turn to take back.".into(),
    });
    selected.0 = None;
}

/// Where a row stands: chosen in the list, already ordered, closed since the turn began.
struct RowState<'a> {
    chosen: bool,
    ordered: bool,
    closed: Option<CommandError>,
    /// What the rules say the move can cost beyond its price (`risks`).
    risks: &'a [Risk],
}

/// One action: its key, its words (with the risks, if it can backfire, under
/// them), its odds or why it has no vote, its cost. Closed since the turn
/// began, it stays in its place, greyed, with the reason.
fn row(p: &mut ChildSpawnerCommands, f: &Fonts, st: &GameState, me: CharId, i: usize, cmd: Command, state: RowState) {
    let RowState { chosen, ordered, closed, risks } = state;
    let ink = if closed.is_some() { GREY } else { INK };
    p.spawn((
        ActionRow(cmd),
        theme::button(
            if chosen { Hover { base: SAND, hover: SAND } } else { Hover::CLEAR },
            Node { align_items: AlignItems::Center, column_gap: px(6), padding: UiRect::axes(px(3), px(2)), flex_shrink: 0.0, ..default() },
        ),
    ))
    .with_children(|r| {
        let key = if i < 9 { (i + 1).to_string() } else { String::new() };
        r.spawn((
            Node {
                width: px(18),
                height: px(18),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                flex_shrink: 0.0,
                ..default()
            },
            BackgroundColor(if i < 9 { if closed.is_some() { GREY } else { BLACK } } else { Color::NONE }),
            children![f.text(key, Face::Narrow, 13.0, CREAM)],
        ));
        let words = match (&closed, ordered) {
            (_, true) => format!("{} — ordered", cmd.describe(st)),
            (Some(e), false) => format!("{} — {}", cmd.describe(st), crate::narrate::refusal(&st.scn, e)),
            (None, false) => cmd.describe(st),
        };
        r.spawn(Node { flex_grow: 1.0, flex_shrink: 1.0, min_width: px(0), flex_direction: FlexDirection::Column, ..default() })
            .with_children(|w| {
                w.spawn(f.text(words, Face::Regular, 15.0, ink));
                if closed.is_none() && !risks.is_empty() {
                    risk_line(w, f, risks);
                }
            });
        if closed.is_none() {
            odds_cell(r, f, crate::risks::odds(st, me, &cmd));
        }
        r.spawn((
            Node { flex_shrink: 0.0, padding: UiRect::axes(px(4), px(0)), border: UiRect::all(px(1)), ..default() },
            BorderColor::all(ink),
            children![f.text(format!("{} AP", cmd.cost(st)), Face::Narrow, 13.0, ink)],
        ));
    })
    .observe(move |_: On<Pointer<Click>>, mut game: ResMut<Game>, mut selected: ResMut<Selected>| {
        selected.set_if_neq(Selected(Some(cmd)));
        do_command(&mut game, cmd);
    });
}

/// The moves that can backfire: a RISK mark with the reasons in a few words,
/// each explained in full in its tooltip (and in the details panel).
fn risk_line(w: &mut ChildSpawnerCommands, f: &Fonts, risks: &[Risk]) {
    let words: Vec<String> = risks.iter().map(Risk::short).collect();
    let why: Vec<String> = risks.iter().map(Risk::explain).collect();
    w.spawn((Node { column_gap: px(4), align_items: AlignItems::Center, ..default() }, theme::Tooltip(why.join(" ")))).with_children(|l| {
        l.spawn((
            Node { flex_shrink: 0.0, padding: UiRect::axes(px(3), px(0)), ..default() },
            BackgroundColor(RED),
            children![f.text("RISK", Face::Narrow, 12.0, CREAM)],
        ));
        l.spawn((Node { flex_shrink: 1.0, min_width: px(0), ..default() }, children![f.text(words.join(" · "), Face::Narrow, 13.0, RED)]));
    });
}

/// A row's odds, coloured by how likely, or a grey word saying why there is no vote.
fn odds_cell(r: &mut ChildSpawnerCommands, f: &Fonts, odds: Odds) {
    match odds {
        Odds::Vote(o) => {
            let pc = (o * 100.0).round() as i32;
            let c = if pc >= 60 {
                theme::GREEN
            } else if pc >= 40 {
                theme::OCHRE
            } else {
                RED
            };
            r.spawn((Node { flex_shrink: 0.0, ..default() }, children![f.text(format!("{pc}%"), Face::Narrow, 16.0, c)]));
        }
        Odds::NoVote(n) => {
            r.spawn((
                Node { flex_shrink: 0.0, ..default() },
                theme::Tooltip(n.explain().into()),
                children![f.text(n.short().to_uppercase(), Face::Narrow, 11.0, GREY)],
            ));
        }
    }
}

/// Pointing at an action shows its breakdown; moving on into the details panel keeps
/// the last one the pointer rested on (not those it crossed on the way down), so a
/// long breakdown can be scrolled and read to its last voter.
fn track_hover(
    rows: Query<(&Interaction, &ActionRow), Changed<Interaction>>,
    all_rows: Query<&Interaction, With<ActionRow>>,
    panel: Query<&Interaction, (With<DetailsArea>, Changed<Interaction>)>,
    time: Res<Time<Real>>,
    mut hovered: ResMut<Hovered>,
    mut kept: Local<(Option<Command>, f32)>,
) {
    const REST_SECONDS: f32 = 0.35;
    let now = time.elapsed_secs();
    for (i, row) in &rows {
        match i {
            Interaction::None => {
                if hovered.0 == Some(row.0) {
                    if now - kept.1 >= REST_SECONDS {
                        kept.0 = Some(row.0);
                    }
                    hovered.set_if_neq(Hovered(None));
                }
            }
            _ => {
                kept.1 = now;
                hovered.set_if_neq(Hovered(Some(row.0)));
            }
        }
    }
    for i in &panel {
        if *i != Interaction::None {
            hovered.set_if_neq(Hovered(kept.0));
        } else if all_rows.iter().all(|r| *r == Interaction::None) {
            hovered.set_if_neq(Hovered(None));
        }
    }
}
