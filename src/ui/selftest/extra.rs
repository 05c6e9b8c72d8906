//! The self-test's last steps: the chronicle filtered by one leader, then its
//! digest, the 1953 scenario chosen as the menu's S key would and played (its
//! board with every action shown: appointments say they have no vote), the menu's
//! save field with a typed name, then saved into that named slot, and the
//! glossary over the menu.

use super::orders::Step;
use crate::rules::chronicle::Category;
use crate::ui::board::{self, Filter, Tab, View, ViewState};
use crate::ui::slots::SlotName;
use crate::ui::{AppState, Game, NewGame};
use bevy::prelude::*;

/// What the steps may touch.
pub struct Ctx<'a, 'w, 's, 'v> {
    pub commands: &'a mut Commands<'w, 's>,
    pub ng: &'a mut NewGame,
    pub game: Option<&'a mut Game>,
    pub view: &'a mut ViewState<'v>,
    pub next: &'a mut NextState<AppState>,
    pub slot: &'a mut SlotName,
    pub glossary: &'a mut crate::ui::glossary::Glossary,
    pub log: &'a mut Vec<String>,
}

/// The typed name the self-test saves under.
const NAME: &str = "Selftest 1953";

/// Steps 37 to 49: each shot waits for the screen to settle.
pub fn step(step: usize, frames: u32, wait: u32, cx: Ctx<'_, '_, '_, '_>) -> Step {
    let ready = if matches!(step, 38 | 40 | 43 | 45 | 48) { wait } else { 10 };
    if frames < ready {
        return Step::Wait;
    }
    match step {
        37 => {
            let Some(g) = cx.game else { return Step::Wait };
            // The leader named most often in the chronicle, other than the player.
            let mut counts = vec![0usize; g.st.scn.def.characters.len()];
            for e in g.st.chronicle.entries.iter().filter(|e| e.category() != Category::Turn) {
                for c in crate::rules::named::named(&e.event) {
                    counts[c.0] += 1;
                }
            }
            counts[g.me.0] = 0;
            let top = (0..counts.len()).max_by_key(|&i| counts[i]).map(crate::scenario::CharId);
            *cx.view.filter = Filter { view: View::Everything, kind: None, leader: top, picking: false };
            *cx.view.tab = Tab::Chronicle;
            cx.view.report.open = false;
            cx.log.push(format!("chronicle filtered by {}", top.map(|c| g.st.scn.short(c)).unwrap_or("nobody")));
            Step::Done
        }
        38 => Step::Shot("20-chronicle-filter.png"),
        // The digest a student reads: the votes, the ranks, the events, no routine.
        39 => {
            *cx.view.filter = Filter { view: View::Digest, ..Filter::default() };
            Step::Done
        }
        40 => Step::Shot("23-chronicle-digest.png"),
        41 => {
            *cx.view.filter = Filter::default();
            let files = crate::ui::scenario_files(&cx.ng.lib);
            let Some(path) = files.iter().find(|p| p.file_stem().is_some_and(|s| s == "1953")) else {
                cx.log.push("no 1953 scenario".into());
                return Step::Done;
            };
            *cx.ng = NewGame::load(cx.ng.lib.clone(), path.clone());
            crate::ui::menu::start_game(cx.commands, cx.ng, cx.next);
            cx.view.show_all.0 = true;
            *cx.view.tab = Tab::Patronage;
            Step::Done
        }
        // The 1953 board, every action shown; the details explain the first move that can backfire.
        42 => {
            let Some(g) = cx.game.filter(|g| g.st.scn.def.id == "1953") else { return Step::Wait };
            let rows = board::shown_actions(g, true);
            let appoint = rows.iter().filter(|c| matches!(c, crate::rules::Command::Appoint { .. })).count();
            let risky = rows.iter().copied().find(|c| crate::risks::risky(&g.st, g.me, c));
            cx.log.push(format!(
                "1953: playing {} with {} actions, {appoint} appointments; first risky: {}",
                g.st.scn.short(g.me),
                rows.len(),
                risky.map(|c| c.describe(&g.st)).unwrap_or_else(|| "none".into())
            ));
            cx.view.selected.0 = risky;
            Step::Done
        }
        43 => Step::Shot("21-1953.png"),
        44 => {
            cx.view.show_all.0 = false;
            *cx.slot = SlotName { text: NAME.into(), editing: true };
            cx.next.set(AppState::Menu);
            Step::Done
        }
        45 => Step::Shot("22-save-name.png"),
        46 => {
            let Some(g) = cx.game else { return Step::Wait };
            let saved = crate::saves::slots::path_in(&crate::saves::slots::dir(), NAME).and_then(|p| crate::ui::save_game_to(g, p));
            cx.log.push(match saved {
                Ok(p) => format!("saved in the named slot {}", p.display()),
                Err(e) => format!("named slot save FAILED: {e}"),
            });
            *cx.slot = SlotName::default();
            Step::Done
        }
        47 => {
            cx.glossary.0 = true;
            Step::Done
        }
        48 => Step::Shot("24-menu-glossary.png"),
        _ => Step::Done,
    }
}
