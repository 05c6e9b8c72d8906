//! The self-test's steps on this turn's orders: two orders given as clicks on the
//! first two open rows would give them (the queue shows them, the rows stay in
//! place), the last taken back, then the turn report's first page, the player's
//! own fate. Each even step waits for the screen to settle and names its screenshot.

use crate::ui::Game;
use crate::ui::board::{self, ViewState};

/// What the step asks of the self-test.
pub enum Step {
    /// Not yet: come back next frame.
    Wait,
    /// Take this screenshot, then go on.
    Shot(&'static str),
    /// Done: go on.
    Done,
}

/// Steps 31 to 36.
pub fn step(step: usize, frames: u32, wait: u32, game: Option<&mut Game>, view: &mut ViewState, log: &mut Vec<String>) -> Step {
    let ready = if step % 2 == 1 { 10 } else { wait };
    if frames < ready {
        return Step::Wait;
    }
    match step {
        31 => {
            let Some(g) = game else { return Step::Wait };
            for _ in 0..2 {
                let open = board::shown_actions(g, false).into_iter().find(|c| crate::rules::check(&g.st, g.me, c).is_ok());
                if let Some(c) = open {
                    board::do_command(g, c);
                }
            }
            log.push(format!("orders: {}", g.orders().iter().map(|c| c.describe(&g.st)).collect::<Vec<_>>().join(" | ")));
            Step::Done
        }
        32 => Step::Shot("17-orders.png"),
        33 => {
            let Some(g) = game else { return Step::Wait };
            board::undo(g, &mut view.selected);
            log.push(format!("undo: {}", g.notice.clone().unwrap_or_default()));
            Step::Done
        }
        34 => Step::Shot("18-undone.png"),
        35 => {
            view.report.open = true;
            view.report.page = 0;
            Step::Done
        }
        _ => Step::Shot("19-fate.png"),
    }
}
