//! Your fate, pinned above the Politburo: your own card whatever your rank (a
//! leader cast out of the Politburo still sees his prestige, credibility and
//! charges), and an alert for every motion on any agenda that strikes at you,
//! with its odds from the rules' forecast and the votes it can expect, the
//! voter-by-voter breakdown in its tooltip (the card itself stays short enough
//! to be read whole at UI scale 1.5). Nothing here is computed by the
//! window: the odds are `votes::agenda`'s, the words `narrate`'s. The alerts
//! scroll under the card when there are more than the column holds.

use super::parts::{Clock, Part, Rules};
use super::{BoardPanels, FateRoot, Tab, leaders};
use crate::rules::GameState;
use crate::rules::command::Motion;
use crate::rules::votes::{self, AgendaItem};
use crate::scenario::CharId;
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, GREY, INK, PAPER, RED};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(Update, rebuild.in_set(BoardPanels).run_if(in_state(AppState::Board)).run_if(rules_changed));
}

/// Run condition: anything in the rules moved (an order, the end of a turn: the
/// odds, the agendas, your standing), or another game was taken up.
fn rules_changed(clock: Res<Part<Clock>>, rules: Res<Part<Rules>>) -> bool {
    clock.is_changed() || rules.is_changed()
}

/// The motions waiting on any agenda that would harm `me` if carried: a step down
/// the ladder, a post taken from him, his co-report voted down.
pub fn threats(st: &GameState, me: CharId) -> Vec<AgendaItem> {
    votes::agenda(st)
        .into_iter()
        .filter(|i| {
            let m = i.proposal.motion;
            let struck = m.target() == Some(me) && m.against_target();
            let unseated = matches!(m, Motion::ReplaceInOffice { office, with } if st.offices[office] == Some(me) && with != me);
            (struck || unseated) && i.proposal.proposer != me
        })
        .collect()
}

fn rebuild(mut commands: Commands, root: Single<Entity, With<FateRoot>>, fonts: Res<Fonts>, game: Res<Game>) {
    let f = &*fonts;
    let st = &game.st;
    let me = game.me;
    let mut threats = threats(st, me);
    // The most dangerous first.
    threats.sort_by(|a, b| b.odds.total_cmp(&a.odds));
    commands.entity(*root).despawn_children().with_children(|p| {
        leaders::card(p, f, st, me, me, game.was.get(me.0), percent(100));
        if threats.is_empty() {
            p.spawn(f.text("No motion against you is on any agenda.", Face::Regular, 12.0, GREY));
            return;
        }
        for item in &threats {
            alert(p, f, st, item);
        }
    });
}

/// One motion against the player: who moves it, what it would do, when it is
/// voted, its odds, and (in the tooltip) every voter's lean.
fn alert(p: &mut ChildSpawnerCommands, f: &Fonts, st: &GameState, item: &AgendaItem) {
    let prop = &item.proposal;
    let pc = (item.odds * 100.0).round() as i32;
    // The first line restates the odds without this turn's appointments seated: the alert's own are the forecast.
    let why = crate::narrate::explain(st, item.body, prop).into_iter().skip(1).collect::<Vec<_>>().join("\n");
    p.spawn((
        Node {
            flex_direction: FlexDirection::Column,
            padding: UiRect::axes(px(6), px(3)),
            border: UiRect::left(px(6)),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(PAPER),
        BorderColor::all(RED),
        theme::Tooltip(format!(
            "{}\nClick for the agenda. Why: every voter's lean, as it stands now.\n{why}",
            crate::narrate::expected_line(st, item.body, prop)
        )),
        Button,
    ))
    .with_children(|p| {
        p.spawn(Node { column_gap: px(6), align_items: AlignItems::Center, ..default() }).with_children(|r| {
            r.spawn((
                Node { padding: UiRect::axes(px(4), px(0)), flex_shrink: 0.0, ..default() },
                BackgroundColor(if pc >= 50 { RED } else { BLACK }),
                children![f.text(format!("{pc}%"), Face::Narrow, 16.0, CREAM)],
            ));
            r.spawn((
                Node { flex_shrink: 1.0, min_width: px(0), ..default() },
                children![f.text(
                    format!("{} moves to {}", st.scn.short(prop.proposer), prop.motion.describe(st)),
                    Face::Bold,
                    13.0,
                    BLACK
                )],
            ));
        });
        p.spawn(f.text(
            format!(
                "Voted by {}. {}",
                crate::narrate::voted_by(&st.scn, &prop.motion, item.when),
                crate::narrate::expected_short(st, item.body, prop)
            ),
            Face::Regular,
            12.0,
            INK,
        ));
    })
    .observe(|_: On<Pointer<Click>>, mut tab: ResMut<Tab>| {
        tab.set_if_neq(Tab::Agenda);
    });
}
