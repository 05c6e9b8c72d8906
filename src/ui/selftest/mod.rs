//! The window's self-test, for CI: with `POLITBURO_SELFTEST=<dir>` the game drives
//! itself through the real screens: the menu, a new game as Stalin, one action, the
//! end of a turn and its report, the chronicle, the other tabs, then plays on to the
//! end screen, and the glossary; it saves a screenshot of each step to `<dir>` and writes `result.txt`
//! (turn reached, timings), then exits.

mod extra;
mod later;
mod orders;
mod result;

use super::board::{self, Tab, ViewState};
use super::theme::Fonts;
use super::{AppState, Game, NewGame};
use crate::rules::Command;
use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};
pub use result::SelfTest;
use result::{finish, short, who, write_result};

pub fn plugin(app: &mut App) {
    app.add_systems(Update, drive);
}

#[allow(clippy::too_many_arguments)]
fn drive(
    mut t: ResMut<SelfTest>,
    mut commands: Commands,
    time: Res<Time>,
    server: Res<AssetServer>,
    fonts: Res<Fonts>,
    mut ng: ResMut<NewGame>,
    mut game: Option<ResMut<Game>>,
    mut view: ViewState,
    state: Res<State<AppState>>,
    mut next: ResMut<NextState<AppState>>,
    mut exit: MessageWriter<AppExit>,
    replay: Option<Res<super::history::Replay>>,
    mut menu_column: Query<&mut ScrollPosition, With<super::menu::MenuColumn>>,
    mut slot: ResMut<super::slots::SlotName>,
    mut glossary: ResMut<super::glossary::Glossary>,
) {
    let t = &mut *t;
    if t.first_frame.is_none() {
        t.first_frame = Some(t.started.elapsed());
    }
    t.frames += 1;
    if *state.get() == AppState::Board && (2..=3).contains(&t.step) && t.frames > 5 {
        t.board_frames.push(time.delta_secs() * 1000.0);
    }
    if *state.get() == AppState::Menu && t.step <= 1 && t.frames > 3 {
        t.menu_frames.push(time.delta_secs() * 1000.0);
    }
    let shot = |t: &mut SelfTest, commands: &mut Commands, name: &str| {
        let path = t.dir.join(name);
        commands.spawn(Screenshot::primary_window()).observe(save_to_disk(path));
        t.shots.push(name.to_string());
    };
    let wait = 30;
    match t.step {
        // The menu, once the fonts are in.
        0 => {
            let loaded = [&fonts.regular, &fonts.bold, &fonts.narrow].iter().all(|h| server.is_loaded_with_dependencies(h.id()));
            if !loaded || t.frames < 10 || *state.get() != AppState::Menu {
                if t.frames > 3000 {
                    t.log.push("the fonts never loaded".into());
                    finish(t, &mut exit, false);
                }
                return;
            }
            t.ready = Some(t.started.elapsed());
            shot(t, &mut commands, "01-menu.png");
        }
        // A new game as Stalin. A short run first scrolls the menu to its end: Quit is reachable.
        1 => {
            if short() && t.frames <= 60 {
                if t.frames == 10 {
                    for mut pos in &mut menu_column {
                        pos.0.y = 10_000.0;
                    }
                } else if t.frames == 40 {
                    shot(t, &mut commands, "01b-menu-end.png");
                }
                return;
            }
            if t.frames < 10 {
                return;
            }
            if let Ok(scn) = &ng.scenario
                && let Some(c) = scn.char_id(&who()).filter(|&c| scn.def.characters[c].playable)
            {
                ng.character = c;
            }
            super::menu::start_game(&mut commands, &ng, &mut next);
        }
        2 => {
            if t.frames < wait || game.is_none() {
                return;
            }
            shot(t, &mut commands, "02-board.png");
        }
        // The first legal command; the details panel explains the first motion on offer
        // that an event of this turn settles first (its odds say so), else the first.
        3 => {
            if t.frames < 10 {
                return;
            }
            let Some(g) = game.as_deref_mut() else { return };
            let list = board::shown_actions(g, false);
            let Some(&first) = list.first() else {
                t.log.push("no legal command".into());
                finish(t, &mut exit, false);
                return;
            };
            let ap = g.st.chars[g.me].ap;
            board::do_command(g, first);
            t.log.push(format!("applied: {} (AP {ap} -> {})", first.describe(&g.st), g.st.chars[g.me].ap));
            let motions: Vec<Command> = board::shown_actions(g, true).into_iter().filter(|c| matches!(c, Command::Propose(_))).collect();
            let seen = crate::rules::votes::foresight::at_the_vote(&g.st);
            let first_by_event = motions.iter().copied().find(|c| match c {
                Command::Propose(m) => crate::rules::votes::foresight::overtaken(&g.st, &seen, g.me, m).is_some(),
                _ => false,
            });
            view.selected.0 = first_by_event.or(motions.first().copied());
        }
        4 => {
            if t.frames < wait {
                return;
            }
            shot(t, &mut commands, "03-action.png");
        }
        // End the turn: the report opens.
        5 => {
            if t.frames < 10 {
                return;
            }
            let Some(g) = game.as_deref_mut() else { return };
            view.hovered.0 = None;
            let before = g.st.turn;
            board::end_turn(g, &mut view.report, &mut view.selected, &mut next);
            t.log.push(format!("turn {} -> {}", before + 1, g.st.turn + 1));
        }
        6 => {
            if t.frames < wait {
                return;
            }
            shot(t, &mut commands, "04-turn.png");
        }
        // The chronicle tab. An event may ask the player: its question is shot with
        // each answer's effects (25-decide.png), then answered as a click on its first choice would.
        7 => {
            if t.frames == 10 {
                view.report.open = false;
                *view.tab = Tab::Chronicle;
            }
            let pending =
                game.as_deref().and_then(|g| g.st.choices.iter().find(|p| p.chooser == g.me && p.chosen.is_none()).map(|p| p.event));
            if t.frames == 10 + wait && pending.is_some() {
                shot(t, &mut commands, "25-decide.png");
            }
            if t.frames < 2 * wait {
                return;
            }
            if let Some(g) = game.as_deref_mut()
                && let Some(event) = pending
            {
                let cmd = Command::Choose { event, choice: 0 };
                board::do_command(g, cmd);
                t.log.push(format!("answered: {}", cmd.describe(&g.st)));
            }
        }
        8 => {
            if t.frames < wait {
                return;
            }
            shot(t, &mut commands, "05-chronicle.png");
        }
        9 | 11 | 13 => {
            if t.frames < 10 {
                return;
            }
            *view.tab = match t.step {
                9 => Tab::Economy,
                11 => Tab::Power,
                _ => Tab::Blocs,
            };
        }
        10 | 12 | 14 => {
            if t.frames < wait {
                return;
            }
            let name = match t.step {
                10 => "06-economy.png",
                12 => "07-power.png",
                _ => "08-blocs.png",
            };
            shot(t, &mut commands, name);
        }
        // Write the result now: the rest (playing on to the end) is for the eye.
        15 => {
            if t.frames < 10 {
                return;
            }
            let turn = game.as_ref().map(|g| g.st.turn + 1).unwrap_or(0);
            // A short run (another size or UI scale) stops after the board's tabs.
            if short() {
                write_result(t, turn);
                t.step = 37;
                t.frames = 0;
                return;
            }
            // Save to the data folder and load it back: the replay must give the same state.
            if let Some(g) = game.as_deref() {
                let check = super::save_game(g).and_then(|_| super::load_game(&ng)).map(|l| (l.st.state_hash(), g.st.state_hash()));
                t.log.push(match check {
                    Ok((a, b)) if a == b => format!("save and load: same state ({a:016x})"),
                    Ok((a, b)) => format!("save and load: DIFFERENT state ({a:016x} vs {b:016x})"),
                    Err(e) => format!("save and load failed: {e}"),
                });
            }
            write_result(t, turn);
            // Play on: the computer also takes the player's turns, to reach the end screen.
            let Some(g) = game.as_deref_mut() else { return };
            let mut guard = 0;
            while !g.st.is_over() && guard < 200 {
                let me = g.me;
                crate::ai::act(&mut g.st, me);
                while let Some(p) = g.st.choices.iter().find(|p| p.chooser == me && p.chosen.is_none()) {
                    let cmd = Command::Choose { event: p.event, choice: 0 };
                    if crate::rules::apply(&mut g.st, me, cmd).is_err() {
                        break;
                    }
                }
                board::end_turn(g, &mut view.report, &mut view.selected, &mut next);
                guard += 1;
            }
            t.log.push(format!(
                "played on to {}: {}",
                g.st.date.long(),
                g.st.outcome.as_ref().map(|o| crate::narrate::outcome(&g.st.scn, o)).unwrap_or_else(|| "unfinished".into())
            ));
        }
        // The end screen, then the glossary over it.
        16 => {
            if t.frames == wait {
                shot(t, &mut commands, "09-end.png");
            } else if t.frames == wait + 10 {
                glossary.0 = true;
            }
            if t.frames < 2 * wait + 10 {
                return;
            }
            shot(t, &mut commands, "09b-end-glossary.png");
        }
        17 => {
            if t.frames < 20 {
                return;
            }
            next.set(AppState::Settings);
        }
        18 => {
            if t.frames < wait {
                return;
            }
            shot(t, &mut commands, "10-settings.png");
        }
        // The replay of history, a few turns in (only when the scenario has a script).
        19 => {
            if t.frames < 10 {
                return;
            }
            if let Ok(scn) = &ng.scenario
                && !scn.def.script.is_empty()
            {
                let mut r = super::history::Replay::new(scn.clone());
                r.goto(4);
                t.log.push(format!("history replay at {}", r.st.date.long()));
                commands.insert_resource(r);
                next.set(AppState::HistoryReplay);
            } else {
                t.step += 2;
                t.frames = 0;
                return;
            }
        }
        20 => {
            if t.frames < wait {
                return;
            }
            shot(t, &mut commands, "11-history.png");
        }
        // Take over from history as the self-test's leader: the board goes on from there.
        21 => {
            if t.frames < 10 {
                return;
            }
            if let Some(r) = replay.as_deref()
                && let Some(c) = r.st.scn.char_id(&who()).filter(|c| r.candidates().contains(c))
            {
                t.log.push(format!("took over as {} at {}", r.st.scn.short(c), r.st.date.long()));
                super::history::take_over(&mut commands, r, c, &mut next);
            } else {
                t.step += 2;
                t.frames = 0;
                return;
            }
        }
        22 => {
            if t.frames < wait || game.is_none() {
                return;
            }
            shot(t, &mut commands, "12-takeover.png");
        }
        // A few turns from the take-over, the report's vote, history, reasons, the agenda (`later`).
        23..=30 => match later::step(t.step, t.frames, wait, game.as_deref_mut(), &mut view, &mut next, &mut t.log) {
            orders::Step::Wait => return,
            orders::Step::Shot(name) => shot(t, &mut commands, name),
            orders::Step::Done => {}
        },
        // Two orders, the queue, undo, the report's first page (`orders`).
        31..=36 => match orders::step(t.step, t.frames, wait, game.as_deref_mut(), &mut view, &mut t.log) {
            orders::Step::Wait => return,
            orders::Step::Shot(name) => shot(t, &mut commands, name),
            orders::Step::Done => {}
        },
        // The glossary over the board (key L), then closed again.
        37 => {
            if t.frames < 10 {
                return;
            }
            glossary.0 = true;
        }
        38 => {
            if t.frames < wait {
                return;
            }
            shot(t, &mut commands, "20-glossary.png");
        }
        39 => {
            glossary.0 = false;
            // A short run (another size or UI scale) ends after the glossary.
            if short() {
                t.step = 59;
                t.frames = 0;
                return;
            }
        }
        // The chronicle filtered and its digest, the 1953 scenario, a named save, the menu's glossary, a chapter (`extra`).
        40..=58 => {
            let cx = extra::Ctx {
                commands: &mut commands,
                ng: &mut ng,
                game: game.as_deref_mut(),
                view: &mut view,
                next: &mut next,
                slot: &mut slot,
                glossary: &mut glossary,
                log: &mut t.log,
            };
            match extra::step(t.step - 3, t.frames, wait, cx) {
                orders::Step::Wait => return,
                orders::Step::Shot(name) => shot(t, &mut commands, name),
                orders::Step::Done => {}
            }
        }
        _ => {
            if t.frames < 30 {
                return;
            }
            let turn = std::fs::read_to_string(t.dir.join("result.txt"))
                .ok()
                .and_then(|s| s.lines().find_map(|l| l.strip_prefix("turn=").and_then(|v| v.trim().parse::<u32>().ok())));
            let ok = turn.is_some_and(|n| n >= 2);
            // The steps after the result was first written add to its log.
            if let Some(n) = turn.filter(|_| !short()) {
                write_result(t, n);
            }
            finish(t, &mut exit, ok);
            return;
        }
    }
    t.step += 1;
    t.frames = 0;
}
