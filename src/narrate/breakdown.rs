//! Where a vote's odds come from, in words: the votes a motion can expect, and
//! every voter's lean with its reasons. The numbers are the rules' (`votes`).

use crate::rules::state::{GameState, Proposal};
use crate::rules::testament;
use crate::rules::votes::{Body, Voter, expected_yes, leader_inclination, needed_percent, odds, voter_p, voters};
use crate::scenario::{CharId, RegionId};

/// One line for `expected_yes`.
pub fn expected_line(st: &GameState, body: Body, prop: &Proposal) -> String {
    let (ly, l, dy, d) = expected_yes(st, body, prop);
    let mut parts = vec![];
    if l > 0 {
        parts.push(format!("{ly:.0} of {l} leaders"));
    }
    if d > 0 {
        parts.push(format!("{dy:.0} of {d} delegates voting"));
    }
    let all = if l > 0 && d > 0 { format!(" ({:.0} of {} in all)", ly + dy, l + d) } else { String::new() };
    format!("Likely for it: {}{all}.", parts.join(" and "))
}

/// Where a vote's odds come from: one line per voter with his lean and its reasons.
pub fn explain(st: &GameState, body: Body, prop: &Proposal) -> Vec<String> {
    let mut out = vec![format!(
        "{} in the {}: {:.0}% to pass (needs {}{}% of votes cast)",
        prop.motion.describe(st),
        body.name(),
        odds(st, body, prop) * 100.0,
        if needed_percent(st, body, &prop.motion) > 50 { "" } else { "over " },
        needed_percent(st, body, &prop.motion)
    )];
    out.push(format!("  {}", expected_line(st, body, prop)));
    for v in voters(st, body) {
        let p = voter_p(st, v, prop);
        match v {
            Voter::Leader(c) => out.push(format!("  {:<14} {:>3.0}% yes  ({})", st.scn.short(c), p * 100.0, leader_reason(st, c, prop))),
            Voter::Delegation(r, w) => {
                out.push(format!("  {:<14} {:>3.0}% yes  ({})", st.scn.def.regions[r].name, p * 100.0, delegation_reason(st, r, w, prop)))
            }
            Voter::Control(w) => out.push(format!("  Control Commission {:>3.0}% yes  ({w} votes; follows its chair)", p * 100.0)),
        }
    }
    out
}

/// Why a leader leans as he does: each reason with its weight.
pub fn leader_reason(st: &GameState, c: CharId, prop: &Proposal) -> String {
    let mut parts = vec![];
    leader_inclination(st, c, prop, &mut |l, x| parts.push(format!("{} {x:+}", super::lean(l))));
    parts.join(", ")
}

/// Why a delegation leans as it does: its seats, whom it follows and how firmly, its mood.
pub fn delegation_reason(st: &GameState, r: RegionId, seats: i32, prop: &Proposal) -> String {
    let reg = &st.regions[r];
    let patron = reg.patron.map(|c| st.scn.short(c).to_string()).unwrap_or_else(|| "no one".into());
    let doubt = reg.patron.map_or(0, |c| testament::doubt(st, c, prop));
    let loosened = if doubt > 0 { format!(", {doubt} less on his own post by Lenin's Testament") } else { String::new() };
    let called = reg.patron.map_or(0, |c| crate::rules::deals::call_in_boost(st, c, &prop.motion));
    let called = if called > 0 { format!(", {called:+} as he has called in their loyalty on this vote") } else { String::new() };
    format!("{seats} votes; follows {patron} with loyalty {}{called}{loosened}, NEP mood {:+}", reg.loyalty, st.scn.def.regions[r].nep_mood)
}
