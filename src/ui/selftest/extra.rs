//! The self-test's last steps: the chronicle filtered by one leader, then its
//! digest, the 1953 scenario chosen as the menu's S key would and played (its
//! board with every action shown: appointments say they have no vote), the menu's
//! save field with a typed name, then saved into that named slot, the
//! glossary over the menu, and the classroom's first chapter: chosen in the
//! menu, begun as its lead, and the question put to him in its second turn
//! with each answer's effects.

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

/// Steps 37 to 55: each shot waits for the screen to settle.
pub fn step(step: usize, frames: u32, wait: u32, cx: Ctx<'_, '_, '_, '_>) -> Step {
    let ready = if matches!(step, 38 | 40 | 43 | 45 | 48 | 50 | 52 | 55) { wait } else { 10 };
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
        // Chapter 1 of the classroom chosen in the menu, begun as its lead, then its first question.
        49 => {
            cx.glossary.0 = false;
            let path = crate::ui::assets_dir().join("scenarios/chapters/1-testament-1924.ron");
            let mut ng = NewGame::load(cx.ng.lib.clone(), path);
            match &ng.scenario {
                Ok(scn) => {
                    let lead = scn.def.chapter.as_ref().and_then(|c| c.lead.as_deref()).map(|id| scn.cid(id));
                    if let Some(c) = lead.filter(|&c| scn.def.characters[c].playable) {
                        ng.character = c;
                    }
                    cx.log.push(format!("chapter: {} as {}", scn.def.name, scn.short(ng.character)));
                }
                Err(e) => cx.log.push(format!("chapter 1 cannot be loaded: {e}")),
            }
            *cx.ng = ng;
            Step::Done
        }
        50 => Step::Shot("26-chapter-menu.png"),
        51 => {
            if cx.ng.scenario.is_ok() {
                crate::ui::menu::start_game(cx.commands, cx.ng, cx.next);
                *cx.view.tab = Tab::Patronage;
            }
            Step::Done
        }
        52 => match cx.game {
            Some(g) if g.st.scn.def.chapter.is_some() => Step::Shot("27-chapter.png"),
            _ if cx.ng.scenario.is_err() => Step::Done,
            _ => Step::Wait,
        },
        // The chapter's first turn ends as the player's would: the question of its next turn is put.
        53 => {
            let Some(g) = cx.game.filter(|g| g.st.scn.def.chapter.is_some()) else { return Step::Done };
            board::end_turn(g, &mut cx.view.report, &mut cx.view.selected, cx.next);
            Step::Done
        }
        54 => {
            cx.view.report.open = false;
            if let Some(g) = cx.game {
                let asked =
                    g.st.choices
                        .iter()
                        .filter(|p| p.chooser == g.me && p.chosen.is_none())
                        .map(|p| g.st.scn.def.events[p.event].title.clone());
                cx.log.push(format!("chapter at {}: asked {}", g.st.date.long(), asked.collect::<Vec<_>>().join(", ")));
            }
            Step::Done
        }
        55 => Step::Shot("28-chapter-decide.png"),
        _ => Step::Done,
    }
}
