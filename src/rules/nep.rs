//! The NEP economy and the party line: the line moves the indices, the results move
//! prestige toward or away from those who own the line, and shifting one's stance
//! costs credibility.

use super::chronicle::Event;
use super::state::{DONE_ARTICLE, DONE_SHIFT, DONE_SPEECH, GameState};
use crate::scenario::{CharId, Power};
use rand::RngExt;

pub fn publicity(st: &mut GameState, actor: CharId, speech: bool) {
    let b = &st.scn.def.balance;
    let t = &st.scn.def.characters[actor].traits;
    let cred = st.chars[actor].credibility;
    let gain = if speech {
        b.speech_prestige * (5 + t.oratory) / 10 * (40 + cred) / 100
    } else {
        let press = if st.has_power(actor, Power::Press) { 2 } else { 0 };
        (b.article_prestige * (5 + t.oratory.max(t.cunning)) / 10 + press) * (40 + cred) / 100
    };
    // The famous gain less from one more speech.
    let gain = (gain * (110 - st.chars[actor].prestige) / 60).max(1);
    st.add_prestige(actor, gain);
    st.chars[actor].done |= if speech { DONE_SPEECH } else { DONE_ARTICLE };
    st.record(|s| Event::Publicity { actor, speech, gain, prestige: s.chars[actor].prestige });
}

pub fn shift_stance(st: &mut GameState, actor: CharId, toward_nep: bool) {
    let b = &st.scn.def.balance;
    let step = if toward_nep { b.stance_step } else { -b.stance_step };
    let cost = b.stance_credibility_cost;
    let ch = &mut st.chars[actor];
    ch.nep = (ch.nep + step).clamp(-100, 100);
    ch.credibility = (ch.credibility - cost).max(0);
    ch.done |= DONE_SHIFT;
    st.record(|s| Event::StanceShifted {
        actor,
        toward: toward_nep,
        stance: s.chars[actor].nep,
        cost,
        credibility: s.chars[actor].credibility,
    });
}

/// How many steps the line stands above (pro-NEP) or below the middle level.
pub fn line_offset(st: &GameState) -> i32 {
    st.line as i32 - (st.scn.def.line.levels.len() as i32 - 1) / 2
}

/// The economy's turn: the line moves the indices, and the result moves the
/// line's owners: by how far it stands from 50, by how far it moved this turn, and
/// hard in a procurement crisis. Returns whether grain is in crisis.
pub fn economy_phase(st: &mut GameState) -> bool {
    let e = st.scn.def.economy.clone();
    let l = st.scn.def.balance.levers.clone();
    let off = line_offset(st);
    let step = |rng: &mut super::rng::GameRng, v: i32, per: i32| {
        let noise = if e.noise > 0 { rng.random_range(-e.noise..=e.noise) } else { 0 };
        let v = v + per * off + noise;
        (v + (50 - v) * e.reversion_percent / 100).clamp(0, 100)
    };
    let before = st.economy.result();
    let ec = st.economy.clone();
    st.economy.grain = step(&mut st.rng, ec.grain, e.grain_per_level);
    st.economy.industry = step(&mut st.rng, ec.industry, e.industry_per_level);
    st.economy.peasant_mood = step(&mut st.rng, ec.peasant_mood, e.peasant_per_level);
    st.economy.worker_mood = step(&mut st.rng, ec.worker_mood, e.worker_per_level);
    let result = st.economy.result();
    let standing = (result - 50) / 10 * e.prestige_per_result;
    let change = (result - before) * l.result_change;
    let delta = standing + change;
    let mut owners = st.line_owners.clone();
    let government: Vec<_> = st.ids().filter(|&c| st.has_power(c, Power::Government) && !owners.contains(&c)).collect();
    owners.extend(&government);
    let crisis = st.economy.grain < e.crisis_grain;
    let crisis_hit = if crisis { -l.crisis_prestige } else { 0 };
    let line_v = st.scn.line_value(st.line);
    for c in st.ids() {
        if !st.active(c) {
            continue;
        }
        if owners.contains(&c) {
            st.add_prestige(c, delta + crisis_hit);
        } else if (st.chars[c].nep - line_v).abs() >= 60 {
            // Those who opposed the line are proved right by failure, wrong by success.
            st.add_prestige(c, -delta / 2 - crisis_hit / 3);
        }
        if st.has_power(c, Power::Unions) {
            st.add_prestige(c, (st.economy.worker_mood - 50) / 20);
        }
    }
    st.record(|s| Event::EconomyResolved {
        line: s.line,
        grain: s.economy.grain,
        industry: s.economy.industry,
        peasants: s.economy.peasant_mood,
        workers: s.economy.worker_mood,
        result,
        before,
        owners_gain: delta + crisis_hit,
        standing,
        change,
        crisis_hit,
        crisis,
        owners,
        government,
    });
    crisis
}
