//! Checks of the standing committee inside the Politburo: its members are full
//! members of the Politburo at the start, its ex officio offices exist, and it
//! decides something.

use super::Checker;
use crate::scenario::Rank;
use crate::scenario::schema::ScenarioFile;

pub(super) fn standing(c: &mut Checker, def: &ScenarioFile) {
    let Some(sc) = &def.standing_committee else { return };
    c.scope = c.src.field_open(c.src.root(), "standing_committee");
    for m in &sc.members {
        c.char("a member of the standing committee", m);
        if let Some(ch) = def.characters.iter().find(|x| &x.id == m).filter(|ch| ch.rank != Rank::Politburo) {
            let at = c.src.string_in(c.scope, m, 0);
            let msg = format!("\"{m}\" sits in the standing committee but starts {:?}", ch.rank);
            c.err(at, msg, "the standing committee is drawn from the full members of the Politburo: give him `rank: Politburo`");
        }
    }
    for o in &sc.ex_officio {
        c.known("an ex officio office of the standing committee", "office", o);
    }
    if sc.decides.is_empty() {
        c.warn(
            c.field("decides"),
            "the standing committee decides nothing".into(),
            "name the kinds of motion it decides, e.g. `decides: [SetLine]`",
        );
    }
    if sc.members.is_empty() && sc.ex_officio.is_empty() {
        c.err(c.field("members"), "the standing committee has no members".into(), "list its `members`, or its `ex_officio` offices");
    }
}
