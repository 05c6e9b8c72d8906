//! The details panel: a motion's odds broken down voter by voter (the chair's
//! casting vote and who of a body actually votes said where they apply), any
//! other action's effect previewed on a copy of the game, and a warning before
//! the moves that can backfire. It follows the action under the pointer, else
//! the one chosen while it is still open, else it shows the keys: never the
//! details of an action already taken or closed.

use super::{DetailsRoot, Hovered, Selected};
use crate::rules::GameState;
use crate::rules::command::{Command, Motion};
use crate::rules::legality::check;
use crate::rules::state::Proposal;
use crate::rules::votes::{self, Body, Voter, motion_body};
use crate::scenario::{CharId, Power};
use crate::ui::Game;
use crate::ui::theme::{self, BLACK, Face, Fonts, GREY, INK, RED};
use bevy::prelude::*;

pub use crate::actions::group;

pub fn details(
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
                "Point at an action to see where its numbers come from: every voter's lean for a motion, the effect of anything else; rest on it, then move into this panel to scroll a long breakdown. Point at a leader's card for his power and traits.\n\nKeys: 1–9 take the numbered actions · Enter ends the turn · F1–F4 and C switch the centre tabs, G shows the agenda · A shows all actions · Backspace takes back your last order · F5 saves · L opens the glossary · Esc returns to the menu.\n\nEvery action's rules (what it does, its cost, its effects, the rule behind it) follow its numbers here.",
                Face::Regular,
                14.0,
                INK,
            ));
            return;
        };
        p.spawn(f.heading(&format!("{} · {} AP", group(&cmd), cmd.cost(st))));
        p.spawn(f.text(cmd.describe(st), Face::Bold, 15.0, BLACK));
        // An action closed since the turn began: its reason, not odds that no longer apply.
        if let Some(why) = crate::actions::closed_reasons(st, me, &[cmd]).pop().flatten() {
            let done = if game.orders().contains(&cmd) { "You gave this order this turn (Backspace takes it back). " } else { "" };
            p.spawn(f.text(format!("{done}Not open now: {}.", crate::narrate::refusal(&st.scn, &why)), Face::Regular, 14.0, GREY));
            return;
        }
        if let Some(w) = warning(st, me, cmd) {
            p.spawn((
                Node { padding: UiRect::axes(px(5), px(2)), margin: UiRect::vertical(px(2)), flex_shrink: 0.0, ..default() },
                BackgroundColor(RED),
                children![f.text(w, Face::Bold, 13.0, theme::CREAM)],
            ));
        }
        match cmd {
            Command::Propose(m) => motion_details(p, f, st, me, m),
            // An answer's effects come when the event resolves: listed, not previewed.
            Command::Choose { event, choice } => {
                let effects = &st.scn.def.events[event].choices[choice].effects;
                p.spawn(f.text(
                    format!("If you answer so: {}", crate::narrate::effects::effects_line(&st.scn, me, effects)),
                    Face::Regular,
                    14.0,
                    INK,
                ));
            }
            _ => {
                for line in preview(st, me, cmd) {
                    p.spawn(f.text(line, Face::Regular, 14.0, INK));
                }
            }
        }
        rules_help(p, f, st, cmd);
    });
}

/// The rules of the action's kind (`narrate::help`, the terminal's `help ACTION`):
/// what it does, its cost, its effects and the rule behind them.
fn rules_help(p: &mut ChildSpawnerCommands, f: &Fonts, st: &GameState, cmd: Command) {
    let Some(h) = crate::narrate::help::action(&st.scn, crate::narrate::help::kind(&cmd)) else { return };
    p.spawn((
        Node { margin: UiRect::top(px(6)), flex_shrink: 0.0, ..default() },
        children![f.text(format!("THE RULES · {}", h.title.to_uppercase()), Face::Narrow, 14.0, RED)],
    ));
    for (label, text) in [("What it does", &h.what), ("Cost", &h.cost), ("Effects", &h.effects), ("The rule", &h.rule)] {
        p.spawn((
            Text::default(),
            TextFont { font: f.get(Face::Regular).into(), font_size: FontSize::Px(13.0), ..default() },
            children![
                (
                    TextSpan::new(format!("{label}: ")),
                    TextFont { font: f.get(Face::Bold).into(), font_size: FontSize::Px(13.0), ..default() },
                    TextColor(BLACK)
                ),
                (
                    TextSpan::new(text.clone()),
                    TextFont { font: f.get(Face::Regular).into(), font_size: FontSize::Px(13.0), ..default() },
                    TextColor(INK)
                ),
            ],
        ));
    }
}

/// Where a motion's odds come from: the body, when it votes, and every voter's lean.
fn motion_details(p: &mut ChildSpawnerCommands, f: &Fonts, now: &GameState, me: CharId, m: Motion) {
    let body = motion_body(now, &m);
    let prop = Proposal { motion: m, proposer: me };
    // The forecast: a session still to come is voted with this turn's appointments seated.
    let ahead = votes::ahead(now, body, &m);
    let odds = votes::forecast(now, me, m);
    // The voters as the turn's scheduled events leave them: those resolve first.
    let seen = votes::foresight::at_the_vote(now);
    let st: &GameState = &seen;
    let needed = votes::needed_percent(st, body, &m);
    let mut when = format!("Voted by {}.", crate::narrate::voted_by(&st.scn, &m, votes::voted_when(now, &m)));
    if ahead {
        when += " The odds count this turn's appointments as seated there, and every other lean as it stands after this turn's events.";
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
                    body.name(&st.scn),
                    if needed > 50 { "" } else { "over " }
                ),
                Face::Regular,
                13.0,
                INK
            )],
        ));
    });
    for line in crate::narrate::foresight::comes_first(now, st, &prop) {
        p.spawn(f.text(line.trim_start().to_string(), Face::Regular, 13.0, RED));
    }
    p.spawn(f.text(crate::narrate::expected_line(st, body, &prop), Face::Bold, 13.0, INK));
    if let Some(rule) = casting_vote(st, body) {
        p.spawn(f.text(rule, Face::Regular, 12.0, INK));
    }
    for v in votes::voters(st, body) {
        let pr = votes::voter_p_at(st, v, &prop, ahead);
        let (name, why) = match v {
            Voter::Leader(c) => (st.scn.short(c).to_string(), crate::narrate::leader_reason(st, c, &prop)),
            Voter::Delegation(r, w) => (st.scn.def.regions[r].name.clone(), crate::narrate::delegation_reason(st, r, w, &prop)),
            Voter::Control(w) => ("Control Comm.".into(), format!("{}; follows its chair", crate::narrate::count(w, "vote", "votes"))),
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
            out.push(st.scn.speak(&format!(
                "{} sends {} delegates to a congress and holds {} Central Committee seats; they follow their patron with loyalty {}. The new secretary is seated at the end of the turn: it changes the next plenum or congress, not this one.",
                st.scn.def.regions[region].name, r.delegates, r.cc_seats, r.loyalty
            )));
        }
        Command::PublishPlatform | Command::FormBloc { .. } | Command::JoinBloc { .. } => {
            out.push("An organised faction votes as one, but its members can be charged with factionalism under the ban.".into())
        }
        Command::Charge { .. } => out.push(st.scn.speak(&format!(
            "Charges lead down the ladder: {} upheld open expulsion from the Central Committee, {} from the party.",
            st.scn.def.balance.charges_to_expel_from_cc, st.scn.def.balance.charges_to_expel_from_party
        ))),
        Command::Recant => out.push(format!(
            "Recanting stops the slide: no charge or step down the ladder for {} {}. It costs {} prestige and everyone's trust, the charges stay on record, and going back to faction work afterwards makes you a double-dealer.",
            st.scn.def.balance.recant_immunity_turns,
            super::leaders::plural(st.scn.def.balance.recant_immunity_turns as usize, "turn", "turns"),
            st.scn.def.balance.recant_prestige
        )),
        Command::Surprise(m) => {
            let body = votes::motion_body_given(st, &m, false);
            out.push(format!(
                "The Secretariat's hold on the agenda: the {} votes on it this turn, before he can answer. {:.0}% to pass. It costs {} prestige and makes the others fear you more.",
                body.name(&st.scn),
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

/// The Politburo's tie rule, where it applies: a tie carries if its chair votes for it.
fn casting_vote(st: &GameState, body: Body) -> Option<String> {
    if !body.of_politburo() {
        return None;
    }
    let chair = st.politburo().find(|&c| st.has_power(c, Power::ChairPolitburo))?;
    Some(st.scn.speak(&format!(
        "A tie is settled by the chair's casting vote: {} chairs the Politburo, and a tie carries if {} votes for it.",
        st.scn.short(chair),
        st.scn.he(chair)
    )))
}

/// A warning before a move that can backfire: each risk the rules find in it
/// (`risks::risks`), in words, with the numbers the rules give.
fn warning(st: &GameState, me: CharId, cmd: Command) -> Option<String> {
    let risks = crate::risks::risks(st, me, &cmd);
    if risks.is_empty() {
        return None;
    }
    let why: Vec<String> = risks.iter().map(crate::risks::Risk::explain).collect();
    Some(format!("Can backfire: {}", why.join(" ")))
}
