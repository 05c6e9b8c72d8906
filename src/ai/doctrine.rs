//! The computer's moves on the second axis: a step on world revolution toward
//! the ally he follows, and a motion to put the doctrine nearer his own stance.

use super::Choice;
use crate::rules::command::{Command, Motion};
use crate::rules::state::GameState;
use crate::rules::votes;
use crate::scenario::{CharId, Rank};

/// The doctrine's options for `c`, pushed onto `out`.
pub(super) fn options(st: &GameState, c: CharId, major: bool, out: &mut Vec<Choice>) {
    let s = &st.scn;
    let me = &st.chars[c];
    let temp = &s.def.characters[c].temperament;
    let mut push = |command: Command, score: i32, why: String| out.push(Choice { command, score, why: why.into(), plan: None });
    // A step toward the man he follows: his bloc's leader, or else the contender
    // he likes best; the gap between their stances costs him votes on every
    // motion between them (`internationalism`).
    if s.def.balance.levers.world_stance_step > 0 && me.rank >= Rank::Member {
        let leader = me.bloc.and_then(|b| st.blocs[b].leader).filter(|&l| l != c);
        let friend = leader.or_else(|| {
            s.contenders().filter(|&x| x != c && st.active(x) && st.rel(c, x) >= 40).max_by_key(|&x| (st.rel(c, x), std::cmp::Reverse(x)))
        });
        if let Some(f) = friend {
            let gap = st.chars[f].world_revolution - me.world_revolution;
            if gap.abs() >= 40 && temp.ideology <= 6 {
                let why = format!("closer to {} on world revolution", s.short(f));
                push(Command::ShiftWorldStance { toward_world: gap > 0 }, 3 + (10 - temp.ideology) / 2, why);
            }
        }
    }
    // The doctrine: put the one nearer his stance when the body would follow.
    if s.def.doctrine.is_some() && major && me.rank >= Rank::Candidate {
        let m = Motion::SetDoctrine { one_country: !st.one_country };
        let gain = crate::rules::doctrine::nearer(st, c, !st.one_country);
        if gain > 60 && crate::rules::legality::check(st, c, &Command::Propose(m)).is_ok() {
            let odds = votes::forecast(st, c, m);
            if odds >= 0.5 + super::timidity(st, c, None) {
                let why = format!("the doctrine nearer his stance, {:.0}% to pass", odds * 100.0);
                push(Command::Propose(m), (gain as f64 / 5.0 * odds) as i32, why);
            }
        }
    }
}
