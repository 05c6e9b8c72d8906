//! Commands by name in the terminal: each command has a name made of the
//! scenario's ids (`court kamenev`, `appoint moscow`, `propose remove trotsky`),
//! and what the player types is matched against the names of the commands listed
//! this turn, each word a prefix of the name's word at its place.

use crate::rules::command::{Ask, Command, Motion, Offer};
use crate::scenario::Scenario;

/// Lower case, spaces to dashes: "Balanced NEP" -> "balanced-nep".
fn slug(s: &str) -> String {
    s.trim().to_lowercase().split_whitespace().collect::<Vec<_>>().join("-")
}

/// A motion's words: `remove trotsky`, `line balanced-nep`, `office gensec zinoviev`.
pub fn motion_words(s: &Scenario, m: &Motion) -> Vec<String> {
    let c = |id: crate::scenario::CharId| s.def.characters[id].id.clone();
    match *m {
        Motion::SetLine { level } => vec!["line".into(), slug(&s.def.line.levels[level])],
        Motion::ReplaceInOffice { office, with } => vec!["office".into(), s.def.offices[office].id.clone(), c(with)],
        Motion::RemoveFromPolitburo { target } => vec!["remove".into(), c(target)],
        Motion::DemoteToCandidate { target } => vec!["demote".into(), c(target)],
        Motion::Promote { target } => vec!["promote".into(), c(target)],
        Motion::Elect { target, to } => vec!["elect".into(), c(target), slug(&format!("{to:?}"))],
        Motion::ExpelFromCC { target } => vec!["expel-cc".into(), c(target)],
        Motion::ExpelFromParty { target } => vec!["expel".into(), c(target)],
        Motion::Exile { target } => vec!["exile".into(), c(target)],
        Motion::Deport { target } => vec!["deport".into(), c(target)],
        Motion::Readmit { target } => vec!["readmit".into(), c(target)],
        Motion::CongressReport { .. } => vec!["report".into()],
    }
}

/// A command's name, word by word.
pub fn words(s: &Scenario, cmd: &Command) -> Vec<String> {
    let c = |id: crate::scenario::CharId| s.def.characters[id].id.clone();
    let w = |x: &str| x.to_string();
    match *cmd {
        Command::Appoint { region, person } => {
            let mut v = vec![w("appoint"), s.def.regions[region].id.clone()];
            v.extend(person.map(c));
            v
        }
        Command::Canvass { region } => vec![w("canvass"), s.def.regions[region].id.clone()],
        Command::Speech => vec![w("speech")],
        Command::Article => vec![w("article")],
        Command::Court { target } => vec![w("court"), c(target)],
        Command::Attack { target } => vec![w("attack"), c(target)],
        Command::ShiftStance { toward_nep } => vec![w("shift"), w(if toward_nep { "toward" } else { "against" })],
        Command::Propose(m) => std::iter::once(w("propose")).chain(motion_words(s, &m)).collect(),
        Command::Surprise(m) => std::iter::once(w("surprise")).chain(motion_words(s, &m)).collect(),
        Command::FormBloc { bloc } => vec![w("form"), s.def.blocs[bloc].id.clone()],
        Command::JoinBloc { bloc } => vec![w("join"), s.def.blocs[bloc].id.clone()],
        Command::LeaveBloc => vec![w("leave")],
        Command::PublishPlatform => vec![w("platform")],
        Command::Charge { target } => vec![w("charge"), c(target)],
        Command::Recant => vec![w("recant")],
        Command::CallPlenum => vec![w("plenum")],
        Command::CoReport => vec![w("coreport")],
        Command::PublishTestament => vec![w("testament"), w("publish")],
        Command::SuppressTestament => vec![w("testament"), w("suppress")],
        Command::Resign { office } => vec![w("resign"), s.def.offices[office].id.clone()],
        Command::Choose { event, choice } => vec![w("choose"), s.def.events[event].id.clone(), (choice + 1).to_string()],
        Command::OfferDeal { to, give, ask } => {
            let mut v = vec![w("offer"), c(to)];
            match give {
                Offer::Post { office } => v.extend([w("post"), s.def.offices[office].id.clone()]),
                Offer::Line => v.push(w("line")),
                Offer::Protection => v.push(w("protection")),
            }
            v.push(w("for"));
            match ask {
                Ask::Vote { motion, yes } => {
                    v.push(w(if yes { "yes" } else { "no" }));
                    v.extend(motion_words(s, &motion));
                }
                Ask::JoinBloc => v.push(w("joining")),
            }
            v
        }
        Command::AnswerDeal { deal, accept } => vec![w(if accept { "accept" } else { "refuse" }), (deal + 1).to_string()],
        Command::CallInLoyalty { motion } => std::iter::once(w("callin")).chain(motion_words(s, &motion)).collect(),
        Command::MeetSecretly { with } => vec![w("meet"), c(with)],
    }
}

/// A command's name as one string.
pub fn name(s: &Scenario, cmd: &Command) -> String {
    words(s, cmd).join(" ")
}

/// What typed words found among the commands' names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// One command (its index in the list).
    One(usize),
    /// Several: their indices (the player must say more).
    Several(Vec<usize>),
    None,
}

fn matches(typed: &[String], name: &[String]) -> bool {
    typed.len() <= name.len() && typed.iter().zip(name).all(|(t, n)| n.starts_with(t.as_str()))
}

/// Finds the command named by `typed` among `names`: each typed word must begin
/// the name's word at its place. Of several matches, the only one with as many
/// words as were typed wins (`appoint moscow` is the cadre, not a named man); a
/// name typed whole wins over longer ones.
pub fn find(names: &[Vec<String>], typed: &str) -> Found {
    let typed: Vec<String> = typed.split_whitespace().map(|t| t.to_lowercase()).collect();
    if typed.is_empty() {
        return Found::None;
    }
    let hits: Vec<usize> = (0..names.len()).filter(|&i| matches(&typed, &names[i])).collect();
    let exact: Vec<usize> = hits.iter().copied().filter(|&i| names[i] == typed).collect();
    let same_len: Vec<usize> = hits.iter().copied().filter(|&i| names[i].len() == typed.len()).collect();
    match (hits.len(), exact.len(), same_len.len()) {
        (0, ..) => Found::None,
        (1, ..) => Found::One(hits[0]),
        (_, 1, _) => Found::One(exact[0]),
        (_, _, 1) => Found::One(same_len[0]),
        _ => Found::Several(hits),
    }
}

/// Completions of the word being typed: every name's word at that place which
/// begins with it, among the names that match the words before it.
pub fn complete(names: &[Vec<String>], line: &str) -> Vec<String> {
    let ends_in_space = line.ends_with(' ') || line.is_empty();
    let mut typed: Vec<String> = line.split_whitespace().map(|t| t.to_lowercase()).collect();
    let current = if ends_in_space { String::new() } else { typed.pop().unwrap_or_default() };
    let mut out: Vec<String> = names
        .iter()
        .filter(|n| n.len() > typed.len() && matches(&typed, n) && n[typed.len()].starts_with(current.as_str()))
        .map(|n| n[typed.len()].clone())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The region of `appoint REGION` (two words, the region's id or name begun):
/// the terminal explains why no secretary can be appointed there, or picks the
/// best candidate when a cadre cannot be sent (`session::Turn::find_for`).
pub fn appoint_region(s: &Scenario, typed: &str) -> Option<crate::scenario::RegionId> {
    let words: Vec<String> = typed.split_whitespace().map(|t| t.to_lowercase()).collect();
    let [verb, place] = words.as_slice() else { return None };
    if verb.len() < 2 || !"appoint".starts_with(verb.as_str()) {
        return None;
    }
    let hits: Vec<crate::scenario::RegionId> = crate::scenario::RegionId::all(s.def.regions.len())
        .filter(|&r| s.def.regions[r].id.starts_with(place.as_str()) || slug(&s.def.regions[r].name).starts_with(place.as_str()))
        .collect();
    match hits.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}
