//! Where a vote's odds come from, in words: the votes a motion can expect, and
//! every voter's lean with its reasons. The numbers are the rules' (`votes`).

use crate::rules::command::Motion;
use crate::rules::norms::{self, Grounds};
use crate::rules::state::{GameState, Proposal};
use crate::rules::testament;
use crate::rules::votes::foresight::{Overtaken, overtaken};
use crate::rules::votes::{Body, Lean, Voter, delegation_own, expected_yes, leader_inclination, needed_percent, odds, unity, voters};
use crate::scenario::{CharId, RegionId};

/// One line for `expected_yes`.
pub fn expected_line(st: &GameState, body: Body, prop: &Proposal) -> String {
    let (_, _, _, d) = expected_yes(st, body, prop);
    // Not every seat votes: say who the "of" counts, beside the body's full size.
    let seats: i32 = voters(st, body).iter().map(|v| if let Voter::Delegation(_, w) | Voter::Control(w) = v { *w } else { 0 }).sum();
    let absent = if d > 0 && seats > d {
        format!(
            " Of the {seats} delegates' seats, {} do not vote: {}% of each delegation abstains by custom.",
            seats - d,
            st.scn.def.balance.vote.abstain_percent
        )
    } else {
        String::new()
    };
    // The odds allow for the hall's mood (`votes::hall`): say so where it can swing.
    let hall = st.scn.def.balance.vote.hall_mood;
    let mood = if d > 0 && hall > 0 {
        format!(
            " No one knows the hall's mood until the vote: the delegations may swing together, a divided one by up to {hall} points, and the odds allow for it."
        )
    } else {
        String::new()
    };
    format!("{}{absent}{mood}", expected_short(st, body, prop))
}

/// The expected votes alone, for a card with little room: "Likely for it: 621 of
/// 626 delegates voting." (`expected_line` adds who does not vote and the hall's mood).
pub fn expected_short(st: &GameState, body: Body, prop: &Proposal) -> String {
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

/// `explain_written` in the scenario's words, read after this turn's scheduled
/// events as the odds are (`votes::foresight`): what comes first is said after
/// the first line, and a motion they overtake is said to lapse.
pub fn explain(st: &GameState, body: Body, prop: &Proposal) -> Vec<String> {
    let seen = crate::rules::votes::foresight::at_the_vote(st);
    let first = super::foresight::comes_first(st, &seen, prop);
    let mut out = explain_written(&seen, body, prop);
    if let Some(Overtaken::Lapses(_)) = overtaken(st, &seen, prop.proposer, &prop.motion) {
        out = vec![format!("{} in the {}: 0% to pass (overtaken before the vote)", prop.motion.describe(st), body.name(&st.scn))];
    }
    out.splice(1..1, first);
    out.iter().map(|l| st.scn.speak(l)).collect()
}

/// Where a vote's odds come from: one line per voter with his lean and its reasons.
fn explain_written(st: &GameState, body: Body, prop: &Proposal) -> Vec<String> {
    let mut out = vec![format!(
        "{} in the {}: {:.0}% to pass (needs {}{}% of votes cast)",
        prop.motion.describe(st),
        body.name(&st.scn),
        odds(st, body, prop) * 100.0,
        if needed_percent(st, body, &prop.motion) > 50 { "" } else { "over " },
        needed_percent(st, body, &prop.motion)
    )];
    out.push(format!("  {}", expected_line(st, body, prop)));
    if let Some(t) = norms::needs_grounds(st, prop.proposer, &prop.motion) {
        out.push(format!(" {}", grounds_line(st, t, &prop.motion)));
    }
    let advice = match prop.motion {
        Motion::ReplaceInOffice { office, .. } => testament::advice(st, office),
        _ => 0,
    };
    if advice > 0 {
        out.push(format!(
            "  Lenin's letter weighs {advice:+} on every voter here: it lands with {}% of its force in this game.",
            testament::force(st)
        ));
    }
    let (vs, ps, pulled) = unity::chances(st, body, prop);
    if let Some(k) = crate::rules::votes::caucus::settle(st, body, &crate::rules::votes::Poll::new(st, prop)) {
        let names: Vec<&str> = k.members.iter().map(|&c| st.scn.short(c)).collect();
        out.push(format!(
            "  {} met beforehand ({}) and settled it {}: each of them goes {:.0}% of the way with it in the vote, unless he moves it or it strikes at, moves or names him.",
            st.scn.def.caucuses[k.caucus].name,
            names.join(", "),
            if k.yes { "for" } else { "against" },
            st.scn.caucuses[k.caucus].discipline * 100.0
        ));
    }
    if let Some((strength, yes)) = pulled.filter(|_| body != Body::Congress) {
        out.push(format!(
            "  The unity norm: the majority {} is known, and open dissent marks an oppositionist; every leader goes up to {:.0}% of the way with it, less as he leans harder (the men it strikes at, moves or names hold out).",
            if yes { "for it" } else { "against it" },
            strength * 100.0
        ));
    } else if let Some((strength, yes)) = pulled {
        out.push(format!(
            "  The unity norm: the majority {} is known, and open dissent marks an oppositionist; every delegation's waverers go {:.0}% of the way with it (all but the men loyal to a patron on the losing side), and their whims are stilled as much.",
            if yes { "for it" } else { "against it" },
            strength * 100.0
        ));
    }
    for (v, p) in vs.into_iter().zip(ps) {
        match v {
            Voter::Leader(c) => out.push(format!("  {:<14} {:>3.0}% yes  ({})", st.scn.short(c), p * 100.0, leader_reason(st, c, prop))),
            Voter::Delegation(r, w) => {
                out.push(format!("  {:<14} {:>3.0}% yes  ({})", st.scn.def.regions[r].name, p * 100.0, delegation_reason(st, r, w, prop)))
            }
            Voter::Control(w) => out.push(format!(
                "  {} {:>3.0}% yes  ({}; follows its chair)",
                st.scn.words().control_commission,
                p * 100.0,
                super::count(w, "vote", "votes")
            )),
        }
    }
    out
}

/// `grounds_line_written` in the scenario's words.
pub fn grounds_line(st: &GameState, t: CharId, m: &Motion) -> String {
    st.scn.speak(&grounds_line_written(st, t, m))
}

/// The party's norm on a motion striking at `t`: the grounds it has against him,
/// or what moving without them costs. Begins with a space, to follow a sentence.
fn grounds_line_written(st: &GameState, t: CharId, m: &Motion) -> String {
    let name = st.scn.short(t);
    match norms::grounds_for(st, t, m) {
        Some(g) => format!(" The party has grounds against {name}: {}.", grounds(g)),
        None => {
            let strength = norms::strength_against(st, t);
            if strength == 0 {
                return format!(" The party has no grounds against {name}, but its norm is spent: no one is shielded any more.");
            }
            let (prestige, fear) = norms::price(st, strength);
            format!(
                " The party has no grounds against {name}: every voter leans {strength} against, delegates follow their patrons {} points less, and putting it costs {prestige} prestige and makes the others fear the mover (fear +{fear}).",
                norms::loosening_at(st, strength),
            )
        }
    }
}

/// A lean this strong settles a leader's vote alone (`votes::leader_inclination`
/// gives 1000 to the proposer, the target and the holder of the post at stake).
const SETTLES: i32 = 1000;

/// "1 charge", "2 charges".
fn count(n: i32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Grounds in words.
pub fn grounds(g: Grounds) -> String {
    match g {
        Grounds::Charges(n) => format!("{} of factionalism upheld", count(n, "charge", "charges")),
        Grounds::Discredited(n) => format!(
            "discredited {}, by a lost fight over the line or a case made against him",
            if n == 1 { "once".to_string() } else { format!("{n} times") }
        ),
        Grounds::DoubleDealer => "a double-dealer, back at faction work after recanting".into(),
        Grounds::Testament => "Lenin's Testament advises taking this post from him".into(),
    }
}

/// `leader_reason_written` in the scenario's words.
pub fn leader_reason(st: &GameState, c: CharId, prop: &Proposal) -> String {
    st.scn.speak(&leader_reason_written(st, c, prop))
}

/// Why a leader leans as he does: each reason with its weight. A reason that
/// settles his vote alone (he proposed it, it is aimed at him) is said in words,
/// not as the rules' overriding weight.
fn leader_reason_written(st: &GameState, c: CharId, prop: &Proposal) -> String {
    let mut parts = vec![];
    leader_inclination(st, c, prop, &mut |l, x| {
        parts.push(if x.abs() >= SETTLES {
            format!("{}: he votes {} it", super::lean(l), if x > 0 { "for" } else { "against" })
        } else {
            format!("{} {x:+}", super::lean(l))
        })
    });
    parts.join(", ")
}

/// `delegation_reason_written` in the scenario's words.
pub fn delegation_reason(st: &GameState, r: RegionId, seats: i32, prop: &Proposal) -> String {
    st.scn.speak(&delegation_reason_written(st, r, seats, prop))
}

/// Why a delegation leans as it does: its seats, whom it follows and how firmly, its mood.
fn delegation_reason_written(st: &GameState, r: RegionId, seats: i32, prop: &Proposal) -> String {
    let reg = &st.regions[r];
    let patron = reg.patron.map(|c| st.scn.short(c).to_string()).unwrap_or_else(|| "no one".into());
    let doubt = reg.patron.map_or(0, |c| testament::doubt(st, c, prop));
    let mut loosened = if doubt > 0 { format!(", {doubt} less on his own post by Lenin's Testament") } else { String::new() };
    let norm = crate::rules::norms::loosening(st, prop);
    if norm > 0 && reg.patron.is_some() {
        loosened += &format!(", {norm} less by the party's norm (no grounds against the man struck at)");
    }
    let called = reg.patron.map_or(0, |c| crate::rules::deals::call_in_boost(st, c, &prop.motion));
    let called = if called > 0 { format!(", {called:+} as he has called in their loyalty on this vote") } else { String::new() };
    let mut swayed = String::new();
    delegation_own(st, st.scn.def.regions[r].nep_mood, prop, &mut |l, x| {
        if l == Lean::Oratory {
            swayed = format!("; its unbound delegates: {} {x:+}", super::lean(l));
        }
    });
    format!(
        "{}; follows {patron} with loyalty {}{called}{loosened}, NEP mood {:+}{swayed}",
        super::count(seats, "vote", "votes"),
        reg.loyalty,
        st.scn.def.regions[r].nep_mood
    )
}
