//! The ledger in words: what changed ("Kamenev's regard for you") and why
//! ("you: court Lev Kamenev"), from the rules' typed records.

use crate::rules::ledger::{Cause, Measure};
use crate::rules::state::GameState;
use crate::scenario::CharId;

fn whose(st: &GameState, me: CharId, c: CharId, capital: bool) -> String {
    if c == me { (if capital { "Your" } else { "your" }).into() } else { format!("{}'s", st.scn.short(c)) }
}

fn whom(st: &GameState, me: CharId, c: CharId) -> String {
    if c == me { "you".into() } else { st.scn.short(c).to_string() }
}

/// What changed, always saying whose: "Your prestige", "Kamenev's regard for you".
pub fn measure(st: &GameState, me: CharId, m: &Measure) -> String {
    match *m {
        Measure::Prestige(c) => format!("{} prestige", whose(st, me, c, true)),
        Measure::Regard { of, for_ } => format!("{} regard for {}", whose(st, me, of, true), whom(st, me, for_)),
        Measure::Loyalty(r) => {
            let patron = st.regions[r].patron.map(|p| format!(", patron {}", whom(st, me, p))).unwrap_or_default();
            format!("Loyalty of {}'s delegation{patron}", st.scn.def.regions[r].name)
        }
    }
}

/// Why it changed.
pub fn cause(st: &GameState, me: CharId, c: &Cause, m: &Measure) -> String {
    let s = &st.scn;
    let b = &s.def.balance;
    match *c {
        Cause::Unknown => "other causes".into(),
        Cause::Office(o) => format!("holding the post of {} (+{} a turn)", s.def.offices[o].name, s.def.offices[o].prestige),
        Cause::Fading => format!("fame fades: each turn prestige moves {}% of the way back toward 40", b.prestige_decay_percent),
        Cause::Rivalry => {
            format!("rivalry: contenders who share the {} think {} less of each other each turn", s.words().politburo, b.contender_rivalry)
        }
        Cause::Command { actor, command } => {
            let what = super::command(s, &command, None);
            let mut w = what.chars();
            let what = w.next().map(|f| f.to_lowercase().collect::<String>() + w.as_str()).unwrap_or_default();
            let done = format!("{}: {what}", if actor == me { "you".into() } else { s.short(actor).to_string() });
            match (command, m) {
                (crate::rules::command::Command::Propose(_) | crate::rules::command::Command::Surprise(_), Measure::Prestige(p))
                    if *p == actor =>
                {
                    format!("{done} (striking without grounds, or without notice, costs the mover)")
                }
                _ => done,
            }
        }
        Cause::Event(i) => format!("event: {}", s.def.events[i].title),
        Cause::Choice { event, choice } => format!("{}: \"{}\"", s.def.events[event].title, s.def.events[event].choices[choice].label),
        Cause::Economy => "the economy: the line's owners rise and fall with its results, its critics the other way".into(),
        Cause::Army => format!("the army: its commander rises, and the {} fears a Bonaparte", s.words().politburo),
        Cause::Vote { proposer, motion } => {
            format!("the vote on {}'s motion to {}", whom(st, me, proposer), super::motion(s, &motion, None))
        }
        Cause::CongressReport => format!("the congress's verdict on the {}'s report", s.words().central_committee),
        Cause::Deals => "a promise broken".into(),
        Cause::Leak => "a secret meeting leaked".into(),
        Cause::CalledIn => "delegations called in on a vote, spent afterwards".into(),
        Cause::Seated => "a new secretary seated (the appointer's administration sets the loyalty)".into(),
        Cause::Ladder => "a leader's fall down the ladder, or his death".into(),
    }
}
