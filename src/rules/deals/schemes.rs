//! A patron's call on his delegations' loyalty for one vote, and the secret
//! meeting that binds two leaders for a while and may leak.

use super::{Meeting, pending};
use crate::rules::chronicle::Event;
use crate::rules::command::{CommandError as E, Motion};
use crate::rules::state::GameState;
use crate::scenario::{CharId, Rank};
use rand::RngExt;

fn need(ok: bool, e: E) -> Result<(), E> {
    if ok { Ok(()) } else { Err(e) }
}

/// The regions whose delegations follow `patron`.
fn fiefs(st: &GameState, patron: CharId) -> Vec<usize> {
    (0..st.regions.len()).filter(|&r| st.regions[r].patron == Some(patron)).collect()
}

pub fn call_in_ok(st: &GameState, actor: CharId, m: &Motion) -> Result<(), E> {
    need(!fiefs(st, actor).is_empty(), E::LacksPower("no delegation follows you"))?;
    need(st.plenum_agenda.iter().any(|p| p.motion == *m), E::NoSuchThing("that motion does not wait for a plenum or congress"))?;
    need(!st.called_in.contains(&(actor, *m)), E::AlreadyDone("you have already called them in on it"))?;
    Ok(())
}

pub fn call_in(st: &mut GameState, actor: CharId, m: Motion) {
    st.called_in.push((actor, m));
    let regions = fiefs(st, actor).len() as i32;
    let d = &st.scn.def.balance.deals;
    let (boost, cost) = (d.call_in_loyalty, d.call_in_loyalty_cost);
    st.record(|_| Event::LoyaltyCalledIn { patron: actor, motion: m, regions, boost, cost });
}

/// Calls on motions that left the agenda without a vote (they lapsed, or their
/// mover fell or recanted) go with them.
pub(crate) fn drop_stale_calls(st: &mut GameState) {
    let waiting: Vec<Motion> = st.plenum_agenda.iter().map(|p| p.motion).collect();
    st.called_in.retain(|(_, m)| waiting.contains(m));
}

/// After the vote: the call is spent, and the regions resent it.
pub(super) fn spent(st: &mut GameState, m: &Motion) {
    let cost = st.scn.def.balance.deals.call_in_loyalty_cost;
    let patrons: Vec<CharId> = st.called_in.iter().filter(|(_, x)| x == m).map(|&(p, _)| p).collect();
    st.called_in.retain(|(_, x)| x != m);
    for p in patrons {
        for r in fiefs(st, p) {
            let now = (st.regions[r].loyalty - cost).max(0);
            st.because(crate::rules::ledger::Cause::CalledIn, |st| st.set_loyalty(crate::scenario::RegionId(r), now));
        }
    }
    // Calls on motions that lapsed unvoted are dropped with them.
    let still: Vec<(CharId, Motion)> = st.called_in.iter().copied().filter(|(_, x)| pending(st, x)).collect();
    st.called_in = still;
}

pub fn meet_ok(st: &GameState, actor: CharId, with: CharId) -> Result<(), E> {
    need(with.0 < st.n() && with != actor && st.active(with), E::BadTarget("choose another living party member"))?;
    need(st.chars[actor].rank >= Rank::CentralCommittee, E::RankTooLow("only Central Committee members"))?;
    // Even a disgraced man readmitted on probation can be met (Kamenev, July 1928).
    need(st.chars[with].rank >= Rank::Member, E::BadTarget("he is no longer in the party"))?;
    let d = &st.scn.def.balance.deals;
    need(st.rel(with, actor) >= d.meet_min_regard, E::BadTarget("he will not meet you"))?;
    let already = st.meetings.iter().any(|m| st.turn <= m.until && (m.a == actor && m.b == with || m.a == with && m.b == actor));
    need(!already, E::AlreadyDone("you have an understanding already"))?;
    Ok(())
}

/// A secret meeting: mutual regard and an understanding on the votes for a while.
pub fn meet(st: &mut GameState, actor: CharId, with: CharId) {
    let d = st.scn.def.balance.deals.clone();
    st.add_rel(actor, with, d.meet_regard);
    st.add_rel(with, actor, d.meet_regard);
    st.meetings.retain(|m| st.turn <= m.until);
    st.meetings.push(Meeting { a: actor, b: with, made: st.turn, until: st.turn + d.meet_turns });
    st.record(|_| Event::SecretMeeting { actor, with, turns: d.meet_turns });
}

/// At the end of the turn, each meeting held in it may leak, by a draw from the
/// game's generator (never at the meeting itself, so no preview can tell): then it
/// is held against both, a charge each and lost prestige.
pub(super) fn leaks(st: &mut GameState) {
    let d = st.scn.def.balance.deals.clone();
    let held: Vec<(CharId, CharId)> = st.meetings.iter().filter(|m| m.made == st.turn).map(|m| (m.a, m.b)).collect();
    for (actor, with) in held {
        if st.rng.random_range(0..100) >= d.leak_percent {
            continue;
        }
        for c in [actor, with] {
            st.because(crate::rules::ledger::Cause::Leak, |st| st.add_prestige(c, -d.leak_prestige));
            if st.chars[c].rank >= Rank::Member {
                st.chars[c].charges += d.leak_charges;
            }
        }
        st.record(|s| Event::MeetingLeaked {
            actor,
            with,
            prestige: d.leak_prestige,
            charges: d.leak_charges,
            actor_charges: s.chars[actor].charges,
            with_charges: s.chars[with].charges,
        });
    }
}
