//! The self-test's steps after taking over from history: three turns played on,
//! the last turn's report at its first vote, then the board's VS HISTORY, REASONS
//! and AGENDA tabs. Each even step waits for the screen to settle and names its screenshot.

use super::orders::Step;
use crate::rules::Command;
use crate::ui::board::{self, Tab, ViewState};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

/// Steps 23 to 30.
pub fn step(
    step: usize,
    frames: u32,
    wait: u32,
    game: Option<&mut Game>,
    view: &mut ViewState,
    next: &mut NextState<AppState>,
    log: &mut Vec<String>,
) -> Step {
    let ready = if step % 2 == 1 { 10 } else { wait };
    if frames < ready {
        return Step::Wait;
    }
    match step {
        // Play on a few turns from the take-over, then compare the game with history.
        23 => {
            let Some(g) = game else { return Step::Wait };
            // Three turns from January 1925: before anyone may be supreme, so the board stays.
            for _ in 0..3 {
                if g.st.is_over() {
                    break;
                }
                let me = g.me;
                crate::ai::act(&mut g.st, me);
                while let Some(event) = g.st.choices.iter().find(|p| p.chooser == me && p.chosen.is_none()).map(|p| p.event) {
                    if crate::rules::apply(&mut g.st, me, Command::Choose { event, choice: 0 }).is_err() {
                        break;
                    }
                }
                board::end_turn(g, &mut view.report, &mut view.selected, next);
            }
            // The last turn's report, at its first vote's step.
            let pages = board::report_pages(g);
            view.report.page = pages.iter().position(|p| p.vote).unwrap_or(0);
            log.push(format!(
                "turn report: {} steps: {}",
                pages.len(),
                pages.iter().map(|p| p.title.as_str()).collect::<Vec<_>>().join(" | ")
            ));
            Step::Done
        }
        24 => Step::Shot("14-turn-step.png"),
        25 => {
            view.report.open = false;
            *view.tab = Tab::History;
            Step::Done
        }
        26 => Step::Shot("13-against-history.png"),
        27 => {
            *view.tab = Tab::Reasons;
            if let Some(g) = game {
                log.push(format!("reasons: {} computer leaders acted", g.reasons.iter().filter(|(_, l)| !l.is_empty()).count()));
            }
            Step::Done
        }
        28 => Step::Shot("15-reasons.png"),
        29 => {
            *view.tab = Tab::Agenda;
            Step::Done
        }
        30 => Step::Shot("16-agenda.png"),
        _ => Step::Done,
    }
}
