//! The doctrine abroad, a second axis beside the line: Socialism in One Country
//! against Permanent Revolution. Leaders shift their world-revolution stance, a
//! body adopts or abandons the doctrine, and the world's events judge its owners.

use super::chronicle::Event;
use super::command::CommandError as E;
use super::state::{DONE_WORLD_SHIFT, GameState};
use super::votes::Tally;
use crate::scenario::{CharId, Rank};

fn need(ok: bool, e: E) -> Result<(), E> {
    if ok { Ok(()) } else { Err(e) }
}

/// Whether `actor` may shift his world-revolution stance: a party member, once a
/// turn, where the scenario lets stances move (`levers.world_stance_step` > 0).
pub fn check_shift(st: &GameState, actor: CharId, toward_world: bool) -> Result<(), E> {
    need(st.scn.def.balance.levers.world_stance_step > 0, E::NotNow("stances on world revolution do not move in this scenario"))?;
    let me = &st.chars[actor];
    need(me.rank >= Rank::Member, E::RankTooLow("only party members"))?;
    need(me.done & DONE_WORLD_SHIFT == 0, E::AlreadyDone("one shift on world revolution a turn"))?;
    let w = me.world_revolution;
    need(if toward_world { w < 100 } else { w > -100 }, E::BadTarget("the stance cannot go further"))
}

/// Whether a motion to adopt (`one_country`) or abandon the doctrine may be put now.
pub fn check_motion(st: &GameState, one_country: bool) -> Result<(), E> {
    let d = st.scn.def.doctrine.as_ref().ok_or(E::NoSuchThing("this scenario has no doctrine abroad"))?;
    need(st.one_country != one_country, E::AlreadyDone("the party already holds that doctrine"))?;
    need(d.from.is_none_or(|f| st.date >= f), E::NotNow("the party has not yet asked the question"))?;
    let settled = st.doctrine_changed.is_some_and(|t| st.turn < t + d.settled_turns);
    need(!settled, E::NotNow("the party settled its doctrine lately"))?;
    let any = st.politburo_agenda.iter().chain(&st.plenum_agenda).any(|p| matches!(p.motion, super::command::Motion::SetDoctrine { .. }));
    need(!any, E::AlreadyDone("the doctrine is already on the agenda"))
}

/// A step toward or away from world revolution, paid in credibility.
pub fn shift_world_stance(st: &mut GameState, actor: CharId, toward_world: bool) {
    let l = &st.scn.def.balance.levers;
    let step = if toward_world { l.world_stance_step } else { -l.world_stance_step };
    let cost = l.world_stance_cost;
    let ch = &mut st.chars[actor];
    ch.world_revolution = (ch.world_revolution + step).clamp(-100, 100);
    ch.credibility = (ch.credibility - cost).max(0);
    ch.done |= DONE_WORLD_SHIFT;
    st.record(|s| Event::WorldStanceShifted {
        actor,
        toward: toward_world,
        stance: s.chars[actor].world_revolution,
        cost,
        credibility: s.chars[actor].credibility,
    });
}

/// The doctrine changes: `owners` now answer for what the party holds.
pub fn set(st: &mut GameState, one_country: bool, mut owners: Vec<CharId>, by_vote: bool) {
    owners.sort_unstable();
    owners.dedup();
    st.one_country = one_country;
    st.doctrine_owners = owners.clone();
    st.doctrine_changed = Some(st.turn);
    st.record(|_| Event::DoctrineSet { one_country, owners, by_vote });
}

/// A body carried the motion: the proposer and those who voted yes own the doctrine.
pub fn carried(st: &mut GameState, one_country: bool, proposer: CharId, tally: &Tally) {
    let mut owners = tally.yes_leaders.clone();
    owners.push(proposer);
    set(st, one_country, owners, true);
}

/// If the party holds the doctrine, these leaders join its owners.
pub fn confirm(st: &mut GameState, who: &[CharId]) {
    if !st.one_country || st.scn.def.doctrine.is_none() {
        return;
    }
    let joined: Vec<CharId> = who.iter().copied().filter(|&c| st.active(c) && !st.doctrine_owners.contains(&c)).collect();
    if joined.is_empty() {
        return;
    }
    st.doctrine_owners.extend(&joined);
    st.doctrine_owners.sort_unstable();
    st.doctrine_owners.dedup();
    st.record(|_| Event::DoctrineConfirmed { joined });
}

/// A world event proved the internationalists right (d > 0) or wrong: the owners
/// of Permanent Revolution gain with them, the owners of Socialism in One Country
/// lose, by `doctrine_prestige_percent` of d.
pub fn judged(st: &mut GameState, d: i32) {
    let pct = st.scn.def.balance.levers.doctrine_prestige_percent;
    if pct == 0 || st.scn.def.doctrine.is_none() {
        return;
    }
    let x = if st.one_country { -d } else { d } * pct / 100;
    let owners: Vec<CharId> = st.doctrine_owners.iter().copied().filter(|&c| st.active(c)).collect();
    if x == 0 || owners.is_empty() {
        return;
    }
    for &c in &owners {
        st.add_prestige(c, x);
    }
    st.record(|s| Event::DoctrineJudged { one_country: s.one_country, change: x, owners });
}

/// The extra swing of the Comintern head's prestige while the party holds
/// Permanent Revolution: the world movement is then the line.
pub fn comintern_extra(st: &GameState, d: i32) -> i32 {
    if st.scn.def.doctrine.is_none() || st.one_country {
        return 0;
    }
    d * st.scn.def.balance.levers.permanent_comintern_percent / 100
}

/// A voter's lean on a motion to adopt or abandon the doctrine: toward the side
/// whose stance stands nearer his own world-revolution stance.
pub fn lean(st: &GameState, v: CharId, one_country: bool) -> i32 {
    nearer(st, v, one_country) * st.scn.def.balance.levers.doctrine_lean_percent / 100
}

/// How much nearer `v`'s world-revolution stance stands to the doctrine `one_country`
/// names than to the other (negative: farther).
pub fn nearer(st: &GameState, v: CharId, one_country: bool) -> i32 {
    let Some(d) = &st.scn.def.doctrine else { return 0 };
    let w = st.chars[v].world_revolution;
    let (new, old) = if one_country { (d.stance, d.alternative_stance) } else { (d.alternative_stance, d.stance) };
    (w - old).abs() - (w - new).abs()
}
