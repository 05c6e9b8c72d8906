//! The expulsion ladder: off the Politburo, off the Central Committee, out of the
//! party, internal exile, deportation. Each step needs the one before; recanting
//! stops the slide.

use super::chronicle::{DeathCause, Event};
use super::state::GameState;
use crate::scenario::{CharId, OfficeId, Rank};

pub fn demote(st: &mut GameState, c: CharId, to: Rank) {
    st.chars[c].rank = to;
    st.add_prestige(c, -5);
    st.record(|_| Event::Demoted { who: c, to });
    // Off the Politburo, out of the party: each a precedent for the next.
    if matches!(to, Rank::CentralCommittee | Rank::Expelled) {
        super::norms::precedent(st, c);
    }
}

/// The expulsions phase: whoever fell this turn loses the posts his rank no longer
/// allows, his bloc and his region.
pub fn phase(st: &mut GameState) {
    for c in st.ids() {
        let fallen = !st.chars[c].alive || st.chars[c].rank <= Rank::Expelled;
        for o in OfficeId::all(st.offices.len()) {
            if st.offices[o] == Some(c) && (fallen || st.chars[c].rank < st.scn.def.offices[o].min_rank) {
                st.offices[o] = None;
                st.record(|_| Event::PostLost { who: c, office: o });
            }
        }
        if fallen {
            if st.chars[c].bloc.is_some() {
                super::factions::leave(st, c, false);
            }
            super::patronage::vacate_secretary(st, c);
            st.politburo_agenda.retain(|p| p.proposer != c);
            st.plenum_agenda.retain(|p| p.proposer != c);
            super::deals::drop_stale_calls(st);
            st.line_owners.retain(|&o| o != c);
        }
    }
    st.sync_patron_offices();
}

/// Recanting stops the slide for a while (the motions against him lapse, but for
/// one sprung without notice this turn, and none may be put until his immunity
/// ends) but the charges stay on his record, and it
/// costs standing and the others' trust.
pub fn recant(st: &mut GameState, c: CharId) {
    let b = &st.scn.def.balance;
    let (loss, turns, regard) = (b.recant_prestige, b.recant_immunity_turns, b.norms.recant_regard);
    st.add_prestige(c, -loss);
    for o in st.ids() {
        if o != c {
            st.add_rel(o, c, -regard);
        }
    }
    let ch = &mut st.chars[c];
    ch.credibility = (ch.credibility - 10).max(0);
    ch.recanted = true;
    ch.immune_until = st.turn + turns;
    if ch.bloc.is_some_and(|b| st.blocs[b].organised) {
        super::factions::leave(st, c, false);
    }
    // A motion the Secretariat sprang this turn is voted before his submission is heard.
    let lapses = |st: &GameState, p: &super::state::Proposal| {
        p.motion.target() == Some(c) && p.motion.against_target() && !super::norms::sprung(st, &p.motion)
    };
    let (mut politburo, mut plenum) = (std::mem::take(&mut st.politburo_agenda), std::mem::take(&mut st.plenum_agenda));
    politburo.retain(|p| !lapses(st, p));
    plenum.retain(|p| !lapses(st, p));
    (st.politburo_agenda, st.plenum_agenda) = (politburo, plenum);
    super::deals::drop_stale_calls(st);
    if let Some(g) = st.gensec_holder() {
        st.add_rel(g, c, 10);
    }
    st.record(|_| Event::Recanted { who: c, immune_turns: turns });
}

/// Death: the character leaves every post; the expulsions phase tidies the rest.
pub fn die(st: &mut GameState, c: CharId, cause: DeathCause) {
    if !st.chars[c].alive {
        return;
    }
    st.chars[c].alive = false;
    st.chars[c].health = 0;
    st.record(|_| Event::Died { who: c, cause });
    phase(st);
}
