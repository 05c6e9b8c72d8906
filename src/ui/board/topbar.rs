//! The red bar: the date and turn, the session this quarter or the next one, the
//! player's action points, the last notice, and the Save, Menu and End Turn buttons.

use super::parts::{Choices, Line, Notice, Part, Points};
use super::{BoardPanels, Report, Selected, StandingParts, TopBarRoot, end_turn, pending_choice};
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, Hover, Narrow, PAPER, RED};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        rebuild
            .in_set(BoardPanels)
            .run_if(in_state(AppState::Board))
            .run_if(date_points_or_notice_changed.or_else(resource_changed::<Narrow>)),
    );
}

/// Run condition: the date and the sessions (the clock, an extraordinary session),
/// the action points, the notice, an event waiting (End Turn is blocked), or what
/// supremacy still lacks (every leader's standing, the regions' seats) changed.
fn date_points_or_notice_changed(
    standing: StandingParts,
    line: Res<Part<Line>>,
    points: Res<Part<Points>>,
    notice: Res<Part<Notice>>,
    choices: Res<Part<Choices>>,
) -> bool {
    standing.changed() || line.is_changed() || points.is_changed() || notice.is_changed() || choices.is_changed()
}

fn rebuild(mut commands: Commands, root: Single<Entity, With<TopBarRoot>>, fonts: Res<Fonts>, game: Res<Game>, narrow: Res<Narrow>) {
    let f = &*fonts;
    let st = &game.st;
    let me = game.me;
    let d = &st.scn.def;
    // A chapter counts its own turns, from its opening to its end.
    let (turn, turns) = crate::rules::chapter::turn_of(st);
    let session = match st.session() {
        Some(x) => format!("{}: {}", st.scn.speak("this quarter").to_uppercase(), crate::narrate::sitting(&st.scn, x).to_uppercase()),
        None => match st.next_session() {
            Some(s) => format!("Next: {} · {}", s.name, s.date.long()),
            None => "No session ahead".into(),
        },
    };
    // A motion aimed at the player is never a surprise: the top bar says so until it is voted.
    let against_me = crate::rules::votes::agenda(st)
        .iter()
        .filter(|i| i.proposal.motion.target() == Some(me) && i.proposal.motion.against_target())
        .count();
    let session = match against_me {
        0 => session,
        1 => format!("{session} · A MOTION AGAINST YOU WAITS (G)"),
        n => format!("{session} · {n} MOTIONS AGAINST YOU WAIT (G)"),
    };
    let ap = st.chars[me].ap;
    let ap_max = st.action_points(me).max(ap);
    commands.entity(*root).despawn_children().with_children(|p| {
        // In a narrow window (a large UI scale) the name gives way, whole, to what must be read.
        if !narrow.0 {
            p.spawn((
                Node { padding: UiRect::axes(px(14), px(0)), align_items: AlignItems::Center, flex_shrink: 0.0, ..default() },
                BackgroundColor(BLACK),
                children![f.text("ПОЛИТБЮРО", Face::Narrow, 30.0, RED)],
            ));
        }
        p.spawn(Node {
            flex_direction: FlexDirection::Column,
            justify_content: JustifyContent::Center,
            padding: UiRect::horizontal(px(14)),
            flex_shrink: 0.0,
            ..default()
        })
        .with_children(|c| {
                c.spawn(f.text(st.date.long().to_uppercase(), Face::Narrow, 28.0, CREAM));
                c.spawn((Node { margin: UiRect::top(px(-6)), ..default() }, children![f.text(format!("Turn {turn} of {turns}"), Face::Regular, 14.0, CREAM)]));
            });
        p.spawn(Node {
            flex_direction: FlexDirection::Column,
            justify_content: JustifyContent::Center,
            flex_grow: 1.0,
            flex_shrink: 1.0,
            min_width: px(0),
            padding: UiRect::axes(px(8), px(3)),
            ..default()
        })
        .with_children(|c| {
                // The lines wrap and the bar grows: nothing here is cut. In a narrow
                // window the standing reminder (also under the patronage table) is left out.
                c.spawn(f.text(session, Face::Bold, 16.0, CREAM));
                let notice = game.notice.clone().or_else(|| (!narrow.0).then(|| line_note(&game)));
                if let Some(notice) = notice {
                    c.spawn(f.text(notice, Face::Regular, 13.0, PAPER));
                }
            });
        // Action points as squares.
        p.spawn((
            Node {
                flex_direction: FlexDirection::Column,
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                padding: UiRect::horizontal(px(10)),
                flex_shrink: 0.0,
                ..default()
            },
            theme::Tooltip(format!(
                "Action points: {ap} of {ap_max} left this turn.\nEvery leader gets {} a turn, plus what his offices give. Each action shows its cost.",
                d.balance.base_action_points
            )),
        ))
        .with_children(|c| {
            c.spawn(f.text("ACTION POINTS", Face::Narrow, 13.0, CREAM));
            c.spawn(Node { column_gap: px(4), ..default() }).with_children(|r| {
                for i in 0..ap_max {
                    let on = i < ap;
                    r.spawn((
                        Node { width: px(16), height: px(16), border: UiRect::all(px(2)), ..default() },
                        BorderColor::all(CREAM),
                        BackgroundColor(if on { CREAM } else { Color::NONE }),
                    ));
                }
            });
        });
        let small = |label: &str| theme::text_button(f, label, Hover { base: theme::DARK_RED, hover: BLACK }, Val::Auto);
        p.spawn(Node { align_items: AlignItems::Center, column_gap: px(6), padding: UiRect::horizontal(px(8)), flex_shrink: 0.0, ..default() }).with_children(|r| {
            let glossary = st.scn.speak("The glossary (L): offices, bodies, the ladder, the Testament, regard, loyalty, prestige.");
            r.spawn((small("?"), theme::Tooltip(glossary)))
                .observe(|_: On<Pointer<Click>>, mut open: ResMut<crate::ui::glossary::Glossary>| open.0 = !open.0);
            r.spawn((small("Save"), theme::Tooltip("Save the game (F5). Load it from the menu (F9).".into()))).observe(
                |_: On<Pointer<Click>>, mut game: ResMut<Game>| {
                    game.notice = Some(match crate::ui::save_game(&game) {
                        Ok(p) => format!("Saved to {}.", p.display()),
                        Err(e) => format!("Could not save: {e}"),
                    });
                },
            );
            r.spawn((small("Menu"), theme::Tooltip("Back to the menu (Esc); the game stays open.".into())))
                .observe(|_: On<Pointer<Click>>, mut next: ResMut<NextState<AppState>>| next.set(AppState::Menu));
            let blocked = pending_choice(&game);
            r.spawn((
                theme::button(
                    Hover::BLACK,
                    Node {
                        padding: UiRect::axes(px(18), px(2)),
                        border: UiRect::all(px(2)),
                        flex_direction: FlexDirection::Column,
                        align_items: AlignItems::Center,
                        ..default()
                    },
                ),
                BorderColor::all(CREAM),
                theme::Tooltip(if blocked {
                    "An event waits for your decision first.".into()
                } else {
                    "End the turn (Enter): the other leaders act, then events, the economy, votes, expulsions and health resolve.".into()
                }),
                children![
                    f.text("END TURN", Face::Narrow, 24.0, if blocked { theme::GREY } else { CREAM }),
                    (Node { margin: UiRect::top(px(-5)), ..default() }, children![f.text("Enter", Face::Regular, 11.0, theme::SAND)]),
                ],
            ))
            .observe(
                |_: On<Pointer<Click>>,
                 mut game: ResMut<Game>,
                 mut report: ResMut<Report>,
                 mut selected: ResMut<Selected>,
                 mut next: ResMut<NextState<AppState>>| {
                    if !pending_choice(&game) {
                        end_turn(&mut game, &mut report, &mut selected, &mut next);
                    }
                },
            );
        });
    });
}

fn line_note(game: &Game) -> String {
    let st = &game.st;
    match crate::rules::victory::supremacy(st, game.me) {
        Ok(_) => "You hold every condition of supremacy.".into(),
        Err(why) => format!("To win you still lack: {}.", crate::narrate::lack(&st.scn, &why)),
    }
}
