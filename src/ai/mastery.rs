//! The last step to mastery: a contender who holds the seat of power and has no
//! rival left in the Politburo, but not yet the loyalty of its members or of the
//! Central Committee, courts the men nearest to loyal (a man one courtship from it
//! is worth more than one who hates him). Without it the seat's holder drifted to
//! the calendar's end one loyal vote short. Only once the rivals are gone: courting
//! for loyalty while they stand decided a third of the games in 1926 and left a
//! survivor like Trotsky no end to outlast them to.

use super::Choice;
use crate::rules::command::Command;
use crate::rules::outcome::Lack;
use crate::rules::state::GameState;
use crate::rules::victory::{loyal_to, supremacy};
use crate::scenario::{CharId, Rank};

/// Courtships of the men whose loyalty `c`'s supremacy lacks.
pub(super) fn options(st: &GameState, c: CharId, out: &mut Vec<Choice>) {
    if !st.scn.is_contender(c) {
        return;
    }
    let rivals_left = st.scn.contenders().any(|r| r != c && st.active(r) && st.chars[r].rank >= Rank::Candidate);
    if rivals_left {
        return;
    }
    let need = match supremacy(st, c) {
        Err(Lack::PolitburoLoyal { .. }) => Rank::Politburo,
        Err(Lack::CcLoyal { .. }) => Rank::CentralCommittee,
        _ => return,
    };
    let loyal = st.scn.def.victory.loyal_relation;
    for m in st.ids().filter(|&m| m != c && st.active(m) && st.chars[m].rank >= need && !loyal_to(st, m, c)) {
        let regard = st.rel(m, c);
        if regard < loyal - REACH {
            continue;
        }
        let score = BASE - (loyal - regard) / 4;
        let why = format!("{}'s loyalty, which his mastery lacks", st.scn.short(m));
        out.push(Choice { command: Command::Court { target: m }, score, why: why.into(), plan: None });
    }
}

/// A courtship for mastery's score, for a man at the edge of loyal: above the
/// other courtships, which win single votes.
const BASE: i32 = 30;
/// How far below loyal a man's regard may be and still be worth courting for it.
const REACH: i32 = 40;
