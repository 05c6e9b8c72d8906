//! The player's actions: the legal commands grouped, with cost and odds; a few
//! common ones shown disabled with the reason; and the details panel, which breaks
//! a motion's odds down voter by voter and previews any other action's effect.

use super::parts::{Clock, Part, Rules};
use super::{ActionsRoot, BoardPanels, DetailsArea, DetailsRoot, Hovered, Selected, ShowAll, Shown, do_command};
use crate::rules::GameState;
use crate::rules::command::{Command, Motion};
use crate::rules::legality::check;
use crate::rules::legality::legal_commands;
use crate::rules::state::Proposal;
use crate::rules::votes::{self, Voter};
use crate::scenario::CharId;
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, GREY, Hover, INK, RED, SAND};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        (rebuild.run_if(rules_or_list_changed), track_hover, details.run_if(pointer_selection_or_rules_changed))
            .chain()
            .in_set(BoardPanels)
            .run_if(in_state(AppState::Board)),
    );
}

/// A row of the action list.
#[derive(Component)]
struct ActionRow(Command);

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

pub use crate::actions::group;
use crate::actions::{GROUP_ORDER, shortlisted};
pub use crate::rules::votes::motion_body;

/// The actions in display order (the order number keys use).
pub fn shown_actions(game: &Game, all: bool) -> Vec<Command> {
    let st = &game.st;
    let mut legal: Vec<Command> = legal_commands(st, game.me).into_iter().filter(|c| all || shortlisted(st, game.me, c)).collect();
    legal.sort_by_key(|c| GROUP_ORDER.iter().position(|g| *g == group(c)).unwrap_or(99));
    legal
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
    let list = shown_actions(&game, show_all.0);
    let hidden = legal_commands(st, me).len() - list.len();
    shown.0 = list.clone();
    // Common actions that are not open now, with the reason.
    let closed: Vec<(Command, String)> = [
        Command::Speech,
        Command::Article,
        Command::ShiftStance { toward_nep: true },
        Command::ShiftStance { toward_nep: false },
        Command::CallPlenum,
        Command::PublishTestament,
    ]
    .into_iter()
    .filter_map(|c| check(st, me, &c).err().map(|e| (c, e.to_string())))
    .collect();
    commands.entity(*root).despawn_children().with_children(|p| {
        p.spawn(Node { justify_content: JustifyContent::SpaceBetween, align_items: AlignItems::Center, ..default() }).with_children(|r| {
            r.spawn(f.heading("Your actions"));
            r.spawn(f.text(format!("{} AP LEFT", st.chars[me].ap), Face::Narrow, 18.0, RED));
        });
        if list.is_empty() {
            p.spawn(f.text("Nothing more to do this turn: press END TURN (Enter).", Face::Regular, 15.0, GREY));
        }
        let mut last = "";
        for (i, &cmd) in list.iter().enumerate() {
            let g = group(&cmd);
            if g != last {
                p.spawn((Node { margin: UiRect::top(px(6)), ..default() }, children![f.text(g.to_uppercase(), Face::Narrow, 15.0, RED)]));
                last = g;
            }
            let chosen = selected.0 == Some(cmd);
            let odds = match cmd {
                Command::Propose(m) => Some(crate::rules::votes::forecast(st, me, m)),
                Command::Surprise(m) => Some(crate::rules::votes::surprise_forecast(st, me, m)),
                _ => None,
            };
            p.spawn((
                ActionRow(cmd),
                theme::button(
                    if chosen { Hover { base: SAND, hover: SAND } } else { Hover::CLEAR },
                    Node {
                        align_items: AlignItems::Center,
                        column_gap: px(6),
                        padding: UiRect::axes(px(3), px(2)),
                        flex_shrink: 0.0,
                        ..default()
                    },
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
                    BackgroundColor(if i < 9 { BLACK } else { Color::NONE }),
                    children![f.text(key, Face::Narrow, 13.0, CREAM)],
                ));
                r.spawn((
                    Node { flex_grow: 1.0, flex_shrink: 1.0, min_width: px(0), ..default() },
                    children![f.text(cmd.describe(st), Face::Regular, 15.0, INK)],
                ));
                if let Some(o) = odds {
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
                r.spawn((
                    Node { flex_shrink: 0.0, padding: UiRect::axes(px(4), px(0)), border: UiRect::all(px(1)), ..default() },
                    BorderColor::all(BLACK),
                    children![f.text(format!("{} AP", cmd.cost(st)), Face::Narrow, 13.0, BLACK)],
                ));
            })
            .observe(move |_: On<Pointer<Click>>, mut game: ResMut<Game>, mut selected: ResMut<Selected>| {
                selected.set_if_neq(Selected(Some(cmd)));
                do_command(&mut game, cmd);
            });
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
        let label =
            if show_all.0 { "Show the short list (A)".to_string() } else { format!("Show all {} actions (A)", list.len() + hidden) };
        if show_all.0 || hidden > 0 {
            p.spawn((Node { margin: UiRect::top(px(8)), flex_shrink: 0.0, ..default() },)).with_children(|r| {
                r.spawn(theme::text_button(f, &label, Hover::PAPER, Val::Auto))
                    .observe(|_: On<Pointer<Click>>, mut all: ResMut<ShowAll>| all.0 = !all.0);
            });
        }
    });
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

fn details(
    mut commands: Commands,
    root: Single<Entity, With<DetailsRoot>>,
    fonts: Res<Fonts>,
    game: Res<Game>,
    selected: Res<Selected>,
    hovered: Res<Hovered>,
) {
    let f = &*fonts;
    let st = &game.st;
    let me = game.me;
    let cmd = hovered.0.or(selected.0).filter(|c| check(st, me, c).is_ok() || hovered.0 == Some(*c));
    commands.entity(*root).despawn_children().with_children(|p| {
        let Some(cmd) = cmd else {
            p.spawn(f.heading("Details"));
            p.spawn(f.text(
                "Point at an action to see where its numbers come from: every voter's lean for a motion, the effect of anything else; rest on it, then move into this panel to scroll a long breakdown. Point at a leader's card for his power and traits.\n\nKeys: 1–9 take the numbered actions · Enter ends the turn · F1–F4 and C switch the centre tabs, G shows the agenda · A shows all actions · F5 saves · Esc returns to the menu.",
                Face::Regular,
                14.0,
                INK,
            ));
            return;
        };
        p.spawn(f.heading(&format!("{} · {} AP", group(&cmd), cmd.cost(st))));
        p.spawn(f.text(cmd.describe(st), Face::Bold, 15.0, BLACK));
        match cmd {
            Command::Propose(m) => motion_details(p, f, st, me, m),
            _ => {
                for line in preview(st, me, cmd) {
                    p.spawn(f.text(line, Face::Regular, 14.0, INK));
                }
            }
        }
    });
}

/// Where a motion's odds come from: the body, when it votes, and every voter's lean.
fn motion_details(p: &mut ChildSpawnerCommands, f: &Fonts, st: &GameState, me: CharId, m: Motion) {
    let body = motion_body(st, &m);
    let prop = Proposal { motion: m, proposer: me };
    // The forecast: a session still to come is voted with this turn's appointments seated.
    let ahead = votes::ahead(st, body, &m);
    let odds = votes::forecast(st, me, m);
    let needed = votes::needed_percent(st, body, &m);
    let mut when = format!("Voted by {}.", crate::narrate::when(&st.scn, votes::voted_when(st, &m)));
    if ahead {
        when += " The odds count this turn's appointments as seated there, and every other lean as it is today.";
    }
    if let Some(t) = crate::rules::norms::needs_grounds(st, me, &m) {
        when += &crate::narrate::grounds_line(st, t, &m);
    }
    p.spawn(Node { column_gap: px(8), align_items: AlignItems::Center, ..default() }).with_children(|r| {
        r.spawn(f.text(format!("{:.0}%", odds * 100.0), Face::Narrow, 30.0, RED));
        r.spawn((
            Node { flex_shrink: 1.0, ..default() },
            children![f.text(
                format!(
                    "to pass in the {} (needs {}{needed}% of the votes cast). {when}",
                    body.name(),
                    if needed > 50 { "" } else { "over " }
                ),
                Face::Regular,
                13.0,
                INK
            )],
        ));
    });
    p.spawn(f.text(crate::narrate::expected_line(st, body, &prop), Face::Bold, 13.0, INK));
    for v in votes::voters(st, body) {
        let pr = votes::voter_p_at(st, v, &prop, ahead);
        let (name, why) = match v {
            Voter::Leader(c) => (st.scn.short(c).to_string(), crate::narrate::leader_reason(st, c, &prop)),
            Voter::Delegation(r, w) => (st.scn.def.regions[r].name.clone(), crate::narrate::delegation_reason(st, r, w, &prop)),
            Voter::Control(w) => ("Control Comm.".into(), format!("{w} votes; follows its chair")),
        };
        p.spawn(Node { column_gap: px(6), flex_shrink: 0.0, ..default() }).with_children(|r| {
            r.spawn((
                Node { width: px(92), flex_shrink: 0.0, overflow: Overflow::clip(), ..default() },
                children![f.text(name, Face::Bold, 13.0, BLACK)],
            ));
            let pc = (pr * 100.0).round() as i32;
            r.spawn((
                Node { width: px(36), flex_shrink: 0.0, ..default() },
                children![f.text(format!("{pc}%"), Face::Narrow, 14.0, if pc >= 50 { theme::GREEN } else { RED })],
            ));
            r.spawn((Node { flex_shrink: 1.0, ..default() }, children![f.text(why, Face::Regular, 12.0, GREY)]));
        });
    }
}

/// What a command would do, from the rules themselves: it is applied to a copy of
/// the game and the chronicle's lines are shown.
fn preview(st: &GameState, me: CharId, cmd: Command) -> Vec<String> {
    let mut out = vec![];
    match cmd {
        Command::Appoint { region, .. } => {
            let r = &st.regions[region];
            out.push(format!(
                "{} sends {} delegates to a congress and holds {} Central Committee seats; they follow their patron with loyalty {}. The new secretary is seated at the end of the turn: it changes the next plenum or congress, not this one.",
                st.scn.def.regions[region].name, r.delegates, r.cc_seats, r.loyalty
            ));
        }
        Command::PublishPlatform | Command::FormBloc { .. } | Command::JoinBloc { .. } => {
            out.push("An organised faction votes as one, but its members can be charged with factionalism under the ban.".into())
        }
        Command::Charge { .. } => out.push(format!(
            "Charges lead down the ladder: {} upheld open expulsion from the Central Committee, {} from the party.",
            st.scn.def.balance.charges_to_expel_from_cc, st.scn.def.balance.charges_to_expel_from_party
        )),
        Command::Recant => out.push(format!(
            "Recanting stops the slide: no charge or step down the ladder for {} turns. It costs {} prestige and everyone's trust, the charges stay on record, and going back to faction work afterwards makes you a double-dealer.",
            st.scn.def.balance.recant_immunity_turns, st.scn.def.balance.recant_prestige
        )),
        Command::Surprise(m) => {
            let body = votes::motion_body_given(st, &m, false);
            out.push(format!(
                "The Secretariat's hold on the agenda: the {} votes on it this turn, before he can answer. {:.0}% to pass. It costs {} prestige and makes the others fear you more.",
                body.name(),
                votes::surprise_forecast(st, me, m) * 100.0,
                st.scn.def.balance.norms.surprise_prestige
            ));
            if let Some(t) = crate::rules::norms::needs_grounds(st, me, &m) {
                out.push(crate::narrate::grounds_line(st, t, &m).trim_start().to_string());
            }
        }
        _ => {}
    }
    let mut copy = st.clone();
    let before = copy.chronicle.entries.len();
    match crate::rules::apply(&mut copy, me, cmd) {
        Ok(()) => {
            for e in &copy.chronicle.entries[before..] {
                out.push(format!("» {}", crate::narrate::headline(&copy.scn, e)));
            }
        }
        Err(e) => out.push(format!("Not open: {e}.")),
    }
    out
}
