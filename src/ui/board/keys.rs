//! The board's keys and the door every order of the player's goes through:
//! `do_command` (the rules' `apply`, its result or refusal in the top bar),
//! `end_turn` (the computer acts, the turn resolves, the report opens).

use super::{Report, Selected, Shown, Tab, ViewState, actions, report};
use crate::rules::Command;
use crate::ui::{AppState, Game};
use bevy::prelude::*;

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

pub fn keys(
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
        game.notice = Some(match crate::ui::save_game(&game) {
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
        (KeyCode::KeyE, Tab::Evidence),
        (KeyCode::F10, Tab::Evidence),
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
    // Backspace or Ctrl+Z takes back the last of this turn's orders.
    let ctrl = keys.pressed(KeyCode::ControlLeft) || keys.pressed(KeyCode::ControlRight);
    if keys.just_pressed(KeyCode::Backspace) || ctrl && keys.just_pressed(KeyCode::KeyZ) {
        actions::undo(&mut game, &mut view.selected);
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
