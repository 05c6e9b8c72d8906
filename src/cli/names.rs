//! Commands by name in the terminal: each command has a name made of the
//! scenario's ids (`court kamenev`, `appoint moscow`, `propose remove trotsky`),
//! and what the player types is matched against the names of the commands listed
//! this turn, each word a prefix of the name's word at its place.

use crate::narrate::names::slug;
pub use crate::narrate::names::{motion_words, name, words};
use crate::scenario::Scenario;

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

/// The typed words in any order: each begins a different word of the name. A
/// player says "publish testament" or "publish" where the list says `testament publish`.
fn matches_unordered(typed: &[String], name: &[String]) -> bool {
    let mut used = vec![false; name.len()];
    typed.len() <= name.len()
        && typed.iter().all(|t| match (0..name.len()).find(|&j| !used[j] && name[j].starts_with(t.as_str())) {
            Some(j) => {
                used[j] = true;
                true
            }
            None => false,
        })
}

/// Finds the command named by `typed` among `names`: each typed word must begin
/// the name's word at its place (or, when no name matches so, some word of it in
/// any order). Of several matches, the only one with as many words as were typed
/// wins (`appoint moscow` is the cadre, not a named man); a name typed whole wins
/// over longer ones.
pub fn find(names: &[Vec<String>], typed: &str) -> Found {
    let typed: Vec<String> = typed.split_whitespace().map(|t| t.to_lowercase()).collect();
    if typed.is_empty() {
        return Found::None;
    }
    let mut hits: Vec<usize> = (0..names.len()).filter(|&i| matches(&typed, &names[i])).collect();
    if hits.is_empty() {
        hits = (0..names.len()).filter(|&i| matches_unordered(&typed, &names[i])).collect();
    }
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
