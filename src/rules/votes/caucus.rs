//! The majority's caucus (`CaucusDef`: the Seven, from August 1924). Its members
//! meet the evening before a Politburo session and settle each motion among
//! themselves, each weighing it by his own lean; in the Politburo they then vote
//! the verdict through, each as far as the caucus's discipline carries a man who
//! does not lean hard. The mover, and the men a motion strikes at, moves or names,
//! hold out; the caucus's verdict still counts the mover. It seats a member while
//! he is in the Central Committee and in no bloc or in the convener's, and meets
//! once its event has happened, until its `until` event, while its convener and a
//! majority of its members sit: when the Troika broke, Zinoviev and Kamenev left the
//! Seven, and the grain crisis of 1928 (or the Right's forming) ended it.

pub use super::tally::Settled;
use super::{Body, Poll, Voter, p_yes};
use crate::rules::state::GameState;
use crate::scenario::{CharId, Rank};

/// A lean this strong settles a leader's vote alone (`Poll::leader` gives 1000 to
/// the mover, the man a motion strikes at and the holder of the post at stake).
pub(super) const SETTLES: i32 = 1000;

/// The members sitting in caucus `k` now, in its order: those alive, in the Central
/// Committee, and in no bloc or in the convener's. None unless it meets: its event has
/// happened and its `until` event has not, its convener sits, and so do more than half its members.
pub fn seated(st: &GameState, k: usize) -> Vec<CharId> {
    let c = &st.scn.caucuses[k];
    let happened = |e: usize| st.happened.get(e).copied().unwrap_or(false);
    if c.after.is_some_and(|e| !happened(e)) || c.until.is_some_and(happened) {
        return vec![];
    }
    let Some(convener) = c.convener else {
        return vec![];
    };
    let bloc = st.chars[convener].bloc;
    let sits = |x: CharId| {
        let ch = &st.chars[x];
        ch.alive && ch.rank >= Rank::CentralCommittee && (ch.bloc.is_none() || ch.bloc == bloc)
    };
    let seated: Vec<CharId> = c.members.iter().copied().filter(|&x| sits(x)).collect();
    if !seated.contains(&convener) || seated.len() * 2 <= c.members.len() {
        return vec![];
    }
    seated
}

/// The caucus that settles a motion of `body` beforehand, and its verdict: the first
/// meeting whose members' leans (the mover's counted, the other men whose
/// vote is settled left out) come down on one side. Only the Politburo's votes.
pub fn settle(st: &GameState, body: Body, poll: &Poll) -> Option<Settled> {
    if body != Body::Politburo {
        return None;
    }
    let mover = poll.proposal().proposer;
    for k in 0..st.scn.caucuses.len() {
        let members = seated(st, k);
        if members.is_empty() {
            continue;
        }
        let (mut yes, mut n) = (0.0, 0usize);
        for &m in &members {
            let lean = poll.leader(m, &mut |_, _| {});
            if lean.abs() >= SETTLES && m != mover {
                continue;
            }
            yes += p_yes(st, lean);
            n += 1;
        }
        let half = n as f64 / 2.0;
        if n > 0 && (yes - half).abs() > 1e-9 {
            return Some(Settled { caucus: k, yes: yes > half, members });
        }
    }
    None
}

/// Moves the chances of the caucus's members sitting in the vote toward its verdict.
pub fn bind(st: &GameState, poll: &Poll, s: &Settled, vs: &[Voter], ps: &mut [f64]) {
    let d = st.scn.caucuses[s.caucus].discipline;
    let to = if s.yes { 1.0 } else { 0.0 };
    for (v, p) in vs.iter().zip(ps.iter_mut()) {
        let Voter::Leader(c) = *v else { continue };
        if s.members.contains(&c) && poll.leader(c, &mut |_, _| {}).abs() < SETTLES {
            *p += d * (to - *p);
        }
    }
}

/// `settle` and `bind` together, on chances already worked out.
pub fn apply(st: &GameState, body: Body, poll: &Poll, vs: &[Voter], ps: &mut [f64]) -> Option<Settled> {
    let s = settle(st, body, poll)?;
    bind(st, poll, &s, vs, ps);
    Some(s)
}
