//! The computer and Lenin's Testament: the man it names buries it, his rivals
//! publish it, most readily when the lookahead says the letter would carry the
//! motion to unseat him.

use super::Choice;
use super::options::nominee;
use crate::rules::command::{Command, Motion};
use crate::rules::legality::check;
use crate::rules::state::{GameState, TestamentStatus};
use crate::rules::votes;
use crate::scenario::CharId;

/// `c`'s options on the Testament: `major` if he weighs motions, `rivals` his rivals.
pub(super) fn options(st: &GameState, c: CharId, major: bool, rivals: &[CharId], out: &mut Vec<Choice>) {
    let s = &st.scn;
    let Some(t) = &s.def.testament else {
        return;
    };
    let (temp, traits) = (&s.def.characters[c].temperament, &s.def.characters[c].traits);
    let (ambition, ruth) = (temp.ambition, traits.ruthlessness);
    let mut push = |command: Command, score: i32, why: std::borrow::Cow<'static, str>| out.push(Choice { command, score, why, plan: None });
    let named = s.cid(&t.names);
    // What the letter's words on himself would cost him.
    let own = t.cost(&s.def.characters[c].id, st.testament == TestamentStatus::Suppressed);
    match st.testament {
        TestamentStatus::Sealed | TestamentStatus::ReadToDelegations if named == c => {
            push(Command::SuppressTestament, 12 + traits.cunning, "buries Lenin's letter".into());
        }
        TestamentStatus::Published => {}
        _ if major && rivals.contains(&named) => match testament_carries(st, c) {
            // Lenin's letter is worth most on the day it unseats its man.
            Some((before, after, m)) => push(
                Command::PublishTestament,
                20 + ruth + ambition - own,
                format!("Lenin's words carry the motion to {}: {:.0}% to pass, not {:.0}%", m.describe(st), after * 100.0, before * 100.0)
                    .into(),
            ),
            _ => push(Command::PublishTestament, 6 + ruth + ambition - own, "Lenin's own words against his rival".into()),
        },
        _ => {}
    }
}

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
    let mut after = votes::sketch::sketch(st);
    crate::rules::apply(&mut after, c, Command::PublishTestament).ok()?;
    Some((before, votes::forecast(&after, c, m), m))
}
