//! A case against a rival: the party's norm shields a man it has no grounds
//! against, and a precedent set against one camp does not license striking at
//! another (`norms::strength_against`). So a patient leader first beats him in a
//! fight over the line, as Stalin turned the line against the Right in 1928,
//! and moves against him once the party has its grounds.

use crate::rules::command::{Command, Motion};
use crate::rules::legality::check;
use crate::rules::norms;
use crate::rules::state::GameState;
use crate::rules::votes;
use crate::scenario::{CharId, Rank};

/// The line step away from a rival contender whom the norm still shields while
/// the fall of other camps has worn it away against them, when the Politburo would
/// carry it and it costs `c` little of his own stance: the move, its score and
/// why. At most two forecasts, whatever the number of rivals.
pub(super) fn line_against(st: &GameState, c: CharId, rivals: &[CharId]) -> Option<(Command, i32, String)> {
    let s = &st.scn;
    let me = &st.chars[c];
    if me.rank < Rank::Candidate {
        return None;
    }
    let shielded: Vec<CharId> = rivals
        .iter()
        .copied()
        .filter(|&t| {
            s.is_contender(t)
                && st.active(t)
                && st.chars[t].rank >= Rank::Candidate
                && norms::grounds(st, t).is_none()
                && norms::strength_against(st, t) > norms::strength(st)
        })
        .collect();
    let cur = s.line_value(st.line);
    let ruth = s.def.characters[c].traits.ruthlessness;
    let mut best: Option<(Command, i32, String)> = None;
    for level in [st.line.wrapping_sub(1), st.line + 1] {
        if level >= s.def.line.levels.len() {
            continue;
        }
        let to = s.line_value(level);
        // He gives up little of his own stance for it.
        if (me.nep - to).abs() - (me.nep - cur).abs() > 30 {
            continue;
        }
        let Some(&t) = shielded.iter().find(|&&t| (st.chars[t].nep - to).abs() > (st.chars[t].nep - cur).abs()) else {
            continue;
        };
        let m = Motion::SetLine { level };
        if check(st, c, &Command::Propose(m)).is_err() {
            continue;
        }
        let odds = votes::forecast(st, c, m);
        if odds < 0.55 + super::timidity(st, c, Some(t)) {
            continue;
        }
        let score = ((4 + 2 * ruth) as f64 * odds) as i32;
        if best.as_ref().is_none_or(|b| score > b.1) {
            let why = format!("a case against {}: beaten on the line, {:.0}% to pass", s.short(t), odds * 100.0);
            best = Some((Command::Propose(m), score, why));
        }
    }
    best
}
