//! What a scenario's events may do to a leader outside the party's votes: set
//! his rank, arrest him, strike him down or restore him (a coup by the guards, a
//! stroke, a purged veteran brought back). Each reports a typed event; the posts a
//! lower rank no longer allows are lost as after a vote (`expulsion::phase`).

use super::chronicle::{Blow, Event};
use super::state::GameState;
use crate::scenario::{CharId, Rank};

/// Sets `c`'s rank. A rise into the Politburo's ranks needs a free seat there
/// (the bodies never hold more members than seats); a fall loses the posts the
/// new rank no longer allows, as after a vote.
pub fn set_rank(st: &mut GameState, c: CharId, to: Rank) {
    let was = st.chars[c].rank;
    if !st.chars[c].alive || was == to {
        return;
    }
    if to < was {
        super::expulsion::demote(st, c, to);
        super::expulsion::phase(st);
        return;
    }
    let b = &st.scn.def.balance;
    let seats = match to {
        Rank::Politburo => b.politburo_seats,
        Rank::Candidate => b.candidate_seats,
        _ => i32::MAX,
    };
    if st.count_rank(to) >= seats {
        return;
    }
    st.chars[c].rank = to;
    if was <= Rank::Expelled && to == Rank::Member {
        st.record(|_| Event::Readmitted { who: c });
    } else {
        st.record(|_| Event::Promoted { who: c, to });
    }
}

/// He keeps rank and posts but gives no commands until restored.
pub fn incapacitate(st: &mut GameState, c: CharId) {
    if st.chars[c].alive && !st.chars[c].incapacitated {
        st.chars[c].incapacitated = true;
        st.record(|_| Event::Struck { who: c, blow: Blow::Incapacitated });
    }
}

/// He acts again; out of the party, he is readmitted as a plain member.
pub fn restore(st: &mut GameState, c: CharId) {
    if !st.chars[c].alive {
        return;
    }
    let out = st.chars[c].rank <= Rank::Expelled;
    if !st.chars[c].incapacitated && !out {
        return;
    }
    st.chars[c].incapacitated = false;
    st.record(|_| Event::Struck { who: c, blow: Blow::Restored });
    if out {
        set_rank(st, c, Rank::Member);
    }
}

/// Arrested: out of the party at once, every post lost, his motions dropped.
pub fn arrest(st: &mut GameState, c: CharId) {
    if !st.chars[c].alive || st.chars[c].rank <= Rank::Expelled {
        return;
    }
    st.record(|_| Event::Struck { who: c, blow: Blow::Arrested });
    super::expulsion::demote(st, c, Rank::Expelled);
    super::expulsion::phase(st);
}

/// Who the turn's due events will strike down (kill, arrest or incapacitate)
/// whatever is chosen: the computer does not play a leader in the turn he falls.
pub fn doomed(st: &GameState) -> Vec<CharId> {
    use crate::scenario::Effect as F;
    let scn = &st.scn;
    let mut out: Vec<CharId> = st
        .due_events
        .iter()
        .flat_map(|&i| &scn.def.events[i].effects)
        .filter_map(|e| match e {
            F::Die(c) | F::Arrest(c) | F::Incapacitate(c) => scn.char_id(c),
            _ => None,
        })
        .collect();
    out.sort();
    out.dedup();
    out
}
