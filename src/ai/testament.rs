//! The computer's lookahead for the Testament: whether publishing Lenin's letter
//! now would carry the motion to unseat the man it names.

use super::options::nominee;
use crate::rules::command::{Command, Motion};
use crate::rules::legality::check;
use crate::rules::state::GameState;
use crate::rules::votes;
use crate::scenario::CharId;

/// The lookahead's verdict: publishing now carries the motion to unseat the man the
/// letter names (at least even odds, and ten points better than without it).
pub fn testament_carries(st: &GameState, c: CharId) -> Option<(f64, f64, Motion)> {
    testament_lookahead(st, c).filter(|&(before, after, _)| after >= 0.5 + super::timidity(st, c, named(st)) && after > before + 0.1)
}

/// The man Lenin's letter names.
fn named(st: &GameState) -> Option<CharId> {
    st.scn.def.testament.as_ref().and_then(|t| st.scn.char_id(&t.names))
}

/// Lookahead for the Testament: the odds of unseating the man it names from the post
/// it advises taking, now and if `c` published it first: (before, after, motion).
fn testament_lookahead(st: &GameState, c: CharId) -> Option<(f64, f64, Motion)> {
    let t = st.scn.def.testament.as_ref()?;
    let o = st.scn.office_id(t.office.as_deref()?)?;
    st.offices[o].filter(|&h| Some(h) == st.scn.char_id(&t.names))?;
    let m = Motion::ReplaceInOffice { office: o, with: nominee(st, c, o)? };
    check(st, c, &Command::Propose(m)).ok()?;
    let before = votes::forecast(st, c, m);
    let mut after = st.clone();
    after.chronicle.quiet = true;
    crate::rules::apply(&mut after, c, Command::PublishTestament).ok()?;
    Some((before, votes::forecast(&after, c, m), m))
}
