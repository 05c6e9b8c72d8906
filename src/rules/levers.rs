//! The levers of power beyond the vote (`balance.levers`): the army's commander
//! gains standing and frightens his colleagues, the world movement's fortunes move
//! the Comintern's head and the internationalists, a procurement crisis moves
//! someone to change the line. Oratory and administration act where votes are
//! weighed (`votes`) and secretaries seated (`patronage`).

use super::chronicle::Event;
use super::command::Motion;
use super::legality::check_motion;
use super::state::{GameState, Proposal};
use crate::scenario::{CharId, OfficeId, Power};

/// The commander of the army: the holder of an office with the `Army` power.
pub fn army_holder(st: &GameState) -> Option<CharId> {
    OfficeId::all(st.offices.len()).find(|&o| st.scn.office_has(o, Power::Army)).and_then(|o| st.offices[o])
}

/// A contender who commands the army: the man the others fear as a Bonaparte.
pub fn bonaparte(st: &GameState) -> Option<CharId> {
    army_holder(st).filter(|&c| st.scn.def.characters[c].contender && st.active(c))
}

/// The turn's opening for the army: its commander gains standing; if he is a
/// contender, every other Politburo member who thinks well of him thinks less
/// (down to indifference, 0).
pub fn army_turn(st: &mut GameState) {
    let l = st.scn.def.balance.levers.clone();
    let Some(h) = army_holder(st).filter(|&c| st.active(c)) else {
        return;
    };
    st.add_prestige(h, l.army_prestige);
    let mut fearful = vec![];
    if bonaparte(st) == Some(h) && l.army_fear > 0 {
        // Fear cools the warm toward indifference; it makes no enemies of its own.
        fearful = st.politburo().filter(|&c| c != h && st.rel(c, h) > 0).collect();
        for &c in &fearful {
            let d = l.army_fear.min(st.rel(c, h));
            st.add_rel(c, h, -d);
        }
    }
    if l.army_prestige != 0 || !fearful.is_empty() {
        st.record(|s| Event::ArmyStanding {
            commander: h,
            gain: l.army_prestige,
            prestige: s.chars[h].prestige,
            fear: if fearful.is_empty() { 0 } else { l.army_fear },
            fearful,
        });
    }
}

/// The lean of a leader other than the commander on a motion that touches a
/// Bonaparte: against it if it helps him, toward it if it harms him.
pub fn bonapartism(st: &GameState, v: CharId, m: &Motion, proposer: CharId) -> i32 {
    let w = st.scn.def.balance.levers.bonapartism;
    match bonaparte(st).filter(|&b| w != 0 && b != v) {
        Some(b) => bonapartism_of(st, b, m, proposer),
        None => 0,
    }
}

/// `bonapartism` for any leader but the Bonaparte `b` himself: the same for all of
/// them, so a poll works it out once.
pub fn bonapartism_of(st: &GameState, b: CharId, m: &Motion, proposer: CharId) -> i32 {
    let w = st.scn.def.balance.levers.bonapartism;
    let harms = match *m {
        Motion::ReplaceInOffice { office, with } => {
            if with == b {
                false
            } else if st.offices[office] == Some(b) {
                true
            } else {
                return if proposer == b { -w } else { 0 };
            }
        }
        _ if m.target() == Some(b) => m.against_target(),
        _ if proposer == b => false,
        _ => return 0,
    };
    if harms { w } else { -w }
}

/// A leader's lean by the world-revolution stance: toward whichever side of a
/// motion against a man (or for a post) stands nearer his own.
pub fn internationalism(st: &GameState, v: CharId, m: &Motion, proposer: CharId) -> i32 {
    let pct = st.scn.def.balance.levers.internationalism_percent;
    let other = match *m {
        Motion::ReplaceInOffice { office, with } => match st.offices[office] {
            // For a post: the nominee against the holder.
            Some(h) => return gap(st, v, h, with) * pct / 100,
            None => return 0,
        },
        _ => match m.target() {
            Some(t) if m.against_target() => t,
            _ => return 0,
        },
    };
    gap(st, v, other, proposer) * pct / 100
}

/// How much nearer `v`'s world-revolution stance is to `near` than to `far`.
pub(crate) fn gap(st: &GameState, v: CharId, far: CharId, near: CharId) -> i32 {
    let w = |c: CharId| st.chars[c].world_revolution;
    (w(v) - w(far)).abs() - (w(v) - w(near)).abs()
}

/// The Comintern's head gains (or loses) standing with the world movement.
pub fn comintern(st: &mut GameState, d: i32) {
    let head = OfficeId::all(st.offices.len()).find(|&o| st.scn.office_has(o, Power::Comintern)).and_then(|o| st.offices[o]);
    if let Some(h) = head.filter(|&h| st.active(h)) {
        let extra = super::doctrine::comintern_extra(st, d);
        st.add_prestige(h, d + extra);
        st.record(|s| Event::CominternStanding { head: h, change: d + extra, extra, prestige: s.chars[h].prestige });
    }
}

/// The internationalist case proved right (d > 0) or wrong: each active leader
/// gains d times his world-revolution stance / 100.
pub fn world_revolution(st: &mut GameState, d: i32) {
    let mut moved = vec![];
    for c in st.ids() {
        let x = d * st.chars[c].world_revolution / 100;
        if st.active(c) && x != 0 {
            st.add_prestige(c, x);
            moved.push((c, x));
        }
    }
    st.record(|_| Event::WorldRevolutionJudged { proved_right: d > 0, moved });
    super::doctrine::judged(st, d);
}

/// After a turn of procurement crisis: the most prestigious Politburo member far
/// from the line (not one of its owners) moves to change it, one step toward his
/// stance, on the next turn's Politburo agenda. Returns who moved.
pub fn crisis_motion(st: &mut GameState) -> Option<CharId> {
    if !st.scn.def.balance.levers.crisis_motion {
        return None;
    }
    let line_v = st.scn.line_value(st.line);
    let critic = st
        .politburo()
        .filter(|&c| !st.line_owners.contains(&c) && (st.chars[c].nep - line_v).abs() >= 60)
        .max_by_key(|&c| (st.chars[c].prestige, std::cmp::Reverse(c)))?;
    let level = if st.chars[critic].nep > line_v { st.line + 1 } else { st.line.checked_sub(1)? };
    let motion = Motion::SetLine { level };
    check_motion(st, critic, &motion).ok()?;
    match motion.body(st) {
        crate::scenario::RemovalBody::Politburo => st.politburo_agenda.push(Proposal { motion, proposer: critic }),
        _ => st.plenum_agenda.push(Proposal { motion, proposer: critic }),
    }
    st.record(|s| Event::CrisisMotion { critic, level, owners: s.line_owners.clone() });
    Some(critic)
}
