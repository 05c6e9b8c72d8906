//! What comes before the vote, in words: the turn's scheduled events resolve
//! before any vote (`votes::foresight`), and the odds are read after them.

use crate::rules::state::{GameState, Proposal};
use crate::rules::votes::foresight::{Overtaken, coming_first, overtaken};
use crate::scenario::{CharId, Effect, OfficeId, Scenario};

/// The lines a breakdown opens with when events come first: which, and what they
/// do to this motion (fill or empty its post, strike down its man, make it lapse).
/// `seen` is the game they leave (`votes::foresight::at_the_vote`). Empty when none is due.
pub fn comes_first(st: &GameState, seen: &GameState, prop: &Proposal) -> Vec<String> {
    let due = coming_first(st);
    if due.is_empty() {
        return vec![];
    }
    let s = &st.scn;
    let titles: Vec<String> = due.iter().map(|&i| format!("\"{}\"", s.def.events[i].title)).collect();
    let (these, events, resolve, them) =
        if due.len() == 1 { ("This event comes", "event", "resolves", "it") } else { ("These events come", "events", "resolve", "them") };
    let mut out = vec![format!(
        "  {these} first: the scenario's {events} of this turn {resolve} before any vote ({}), and these odds are read after {them}.",
        titles.join(", "),
    )];
    let which = |hit: &dyn Fn(&Effect) -> bool| {
        due.iter()
            .find(|&&i| s.def.events[i].effects.iter().chain(s.def.events[i].choices.iter().flat_map(|c| &c.effects)).any(hit))
            .map_or_else(|| "the turn's events".to_string(), |&i| format!("\"{}\"", s.def.events[i].title))
    };
    match overtaken(st, seen, prop.proposer, &prop.motion) {
        Some(Overtaken::Lapses(e)) => {
            let by = match prop.motion {
                crate::rules::command::Motion::ReplaceInOffice { office, .. } => which(&|e| names_office(s, e, office)),
                _ => "the turn's events".into(),
            };
            out.push(format!(
                "  Overtaken: after {by} the motion can no longer be voted ({}), so it would lapse: 0% to pass.",
                super::refusal(s, &e)
            ));
        }
        Some(Overtaken::PostFilled(office, holder)) => {
            let post = &s.def.offices[office].name;
            let what = match holder {
                Some(h) => format!("makes {} {post} before the vote, so the motion would have to unseat him", s.short(h)),
                None => format!("leaves the post of {post} vacant before the vote"),
            };
            out.push(format!("  {} {what}.", capital(&which(&|e| names_office(s, e, office)))));
        }
        Some(Overtaken::ManFalls(c)) => {
            let fate = if seen.chars[c].alive { format!("it strikes {} down", s.short(c)) } else { format!("{} dies", s.short(c)) };
            out.push(format!("  {} comes first: {fate} before the vote.", capital(&which(&|e| names_man(s, e, c)))));
        }
        None => {}
    }
    out
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// Whether an effect moves this post.
fn names_office(s: &Scenario, e: &Effect, office: OfficeId) -> bool {
    let is = |o: &String| s.office_id(o) == Some(office);
    match e {
        Effect::Office(o, _) | Effect::GiveOffice(o, _) | Effect::TakeOffice(o) | Effect::CreateOffice(o) | Effect::AbolishOffice(o) => {
            is(o)
        }
        _ => false,
    }
}

/// Whether an effect strikes this man down.
fn names_man(s: &Scenario, e: &Effect, c: CharId) -> bool {
    let is = |x: &String| s.char_id(x) == Some(c);
    match e {
        Effect::Die(x) | Effect::SetRank(x, _) | Effect::Arrest(x) | Effect::Incapacitate(x) => is(x),
        _ => false,
    }
}

/// A few words for a list of motions: why an event of this turn decides the odds
/// (empty when none touches the motion itself). `seen` is the game the events leave
/// (`votes::foresight::at_the_vote`), made once for the whole list.
pub fn overtaken_short(st: &GameState, seen: &GameState, proposer: CharId, m: &crate::rules::command::Motion) -> &'static str {
    match overtaken(st, seen, proposer, m) {
        Some(Overtaken::Lapses(_)) => "overtaken: an event this turn settles it first",
        Some(Overtaken::PostFilled(..)) => "an event this turn fills the post first",
        Some(Overtaken::ManFalls(_)) => "an event this turn strikes him first",
        None => "",
    }
}
