//! The words: every sentence a player reads about what happened, rendered from
//! the rules' typed events. The rules never write prose; the terminal, the window
//! and the tests all read the chronicle through `entry`, so a rewording happens
//! here once, and a translation (or a scenario's own words for its institutions)
//! would replace this layer without touching the rules.
//!
//! - `motions`: what a command or a motion says ("Propose to remove Trotsky…").
//! - `votes`: sessions, bodies, tallies and their groups.
//! - `acts`: the leaders' moves, patronage, the ladder, the economy, history.
//! - `ends`: how a game ends, and what a leader lacks to be supreme.
//! - `plans`: a computer leader's plan and its cause.
//! - `breakdown` and `lean`: where a vote's odds come from, voter by voter.

mod acts;
mod breakdown;
pub mod chapter;
pub mod deals;
pub mod effects;
mod ends;
pub mod foresight;
pub mod help;
mod history;
mod lean;
pub mod ledger;
mod motions;
pub mod names;
mod plans;
mod testament;
pub mod tutorial;
mod votes;

pub use breakdown::{delegation_reason, expected_line, expected_short, explain, grounds, grounds_line, leader_reason};
pub use ends::{lack, outcome, supreme};
pub use history::{comparison_lines, standing};
pub use lean::lean;
pub use motions::{command, doctrine_name, motion};
pub use plans::{cause as plan_cause, coalition, intent as plan_intent, plan};
pub use votes::{agenda_item, body, group, sitting, vote_detail, vote_headline, voted_by, when};

use crate::rules::chronicle::{Category, Entry, Event};
use crate::rules::command::CommandError;

use crate::scenario::Scenario;

/// One chronicle entry in words: a headline and its supporting lines (a vote's
/// tally by group, an event's text and historical note).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub category: Category,
    pub text: String,
    pub detail: Vec<String>,
}

/// An entry of the chronicle, in words.
pub fn entry(scn: &Scenario, e: &Entry) -> Line {
    let (text, detail) = match &e.event {
        Event::TurnOpens { turn, session } => {
            let session = session.map(|s| format!(" The {} meets this {}.", sitting(scn, s), scn.words().turn)).unwrap_or_default();
            (format!("Turn {turn} opens: {}.{session}", e.date.long()), vec![])
        }
        Event::Voted { put, tally } => (vote_headline(scn, put, tally), vote_detail(scn, tally)),
        Event::ScenarioEvent { event } => {
            let ev = &scn.def.events[*event];
            let mut detail = vec![ev.text.clone()];
            if !ev.note.is_empty() {
                detail.push(format!("History: {}", ev.note));
            }
            // An event later in the quarter than the entry's month says its own.
            let title = match ev.date {
                Some(d) if d != e.date => format!("{} ({})", ev.title, d.long()),
                _ => ev.title.clone(),
            };
            (title, detail)
        }
        Event::EconomyResolved { owners, government, .. } => {
            let names: Vec<_> = owners.iter().filter(|o| !government.contains(o)).map(|&o| scn.short(o)).collect();
            let mut line = format!("Owners of the line: {}", if names.is_empty() { "none".into() } else { names.join(", ") });
            // The head of government answers for the economy without owning the line (Rykov, 1928-29).
            if !government.is_empty() {
                let heads: Vec<_> = government.iter().map(|&o| scn.short(o)).collect();
                line.push_str(&format!("; answering for the economy as head of government: {}", heads.join(", ")));
            }
            (acts::text(scn, &e.event), vec![line])
        }
        ev => (votes::text(scn, ev).or_else(|| deals::text(scn, ev)).unwrap_or_else(|| acts::text(scn, ev)), vec![]),
    };
    Line { category: e.category(), text, detail }
}

/// The text of an entry alone, without its detail lines.
pub fn headline(scn: &Scenario, e: &Entry) -> String {
    entry(scn, e).text
}

/// Why the rules refused a command, in the scenario's words (a refusal is
/// written once, with 1924's: "only Politburo members propose there").
pub fn refusal(scn: &Scenario, error: &CommandError) -> String {
    scn.speak(&error.to_string())
}

/// A historical script entry the rules refused, for the replay's closing list.
pub fn refused(scn: &Scenario, script_entry: usize, error: &CommandError) -> String {
    let e = &scn.def.script[script_entry];
    let cmd = crate::rules::history::to_command(scn, &e.command);
    let actor = scn.cid(&e.actor);
    format!(
        "{} ({}): {} could not {}: {}",
        e.date.long(),
        e.date,
        scn.name(actor),
        command(scn, &cmd, None).to_lowercase(),
        refusal(scn, error)
    )
}

/// A count with its noun in the right number: "1 turn", "3 turns", "0 charges".
/// Every number the player reads beside a noun goes through here, never "(s)".
pub fn count<N: TryInto<i64> + Copy + std::fmt::Display>(n: N, one: &str, many: &str) -> String {
    let single = matches!(n.try_into(), Ok(1 | -1));
    format!("{n} {}", if single { one } else { many })
}
