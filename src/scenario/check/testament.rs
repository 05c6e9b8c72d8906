//! Checks of the scenario's Testament: its keeper and target, the event it waits
//! for, its values, and each judgement it passes, errors pointing at the value.

use super::Checker;
use crate::scenario::schema::{Judged, ScenarioFile};

pub(super) fn testament(c: &mut Checker, def: &ScenarioFile) {
    let root = c.src.root();
    c.scope = c.src.field_open(root, "testament");
    let Some(t) = &def.testament else {
        return;
    };
    c.char("the Testament's keeper", &t.keeper);
    c.char("the Testament's target", &t.names);
    c.range("testament.prestige_loss", "prestige_loss", t.prestige_loss, 0, 100);
    c.range("testament.suppressed_loss", "suppressed_loss", t.suppressed_loss, 0, 100);
    if let Some(o) = &t.office {
        c.known("the office the Testament advises taking", "office", o);
    }
    if let Some(e) = &t.after {
        c.known("the event the Testament waits for", "event", e);
    }
    c.range("testament.advice", "advice", t.advice, 0, 1000);
    c.range("testament.loosens", "loosens", t.loosens, 0, 100);
    c.range("testament.spread", "spread", t.spread, 0, 100);
    if t.title.trim().is_empty() {
        c.err(c.field("title"), "the Testament's title is empty".into(), "name it as the chronicle should: \"Lenin's Testament\"");
    }
    if !t.judgements.is_empty() && (t.prestige_loss != 0 || t.suppressed_loss != 0) {
        let at = c.field("prestige_loss").or(c.field("suppressed_loss"));
        c.warn(
            at,
            "`prestige_loss` and `suppressed_loss` are unused when `judgements` are given".into(),
            "give each judgement its `prestige` and `suppressed`",
        );
    }
    judgements(c, def);
}

/// Each judgement names a character once (or a man outside the cast), quotes the
/// letter's words, and costs 0 to 100 prestige.
fn judgements(c: &mut Checker, def: &ScenarioFile) {
    let Some(t) = &def.testament else {
        return;
    };
    let outer = c.scope;
    let list = c.src.field_open(outer, "judgements");
    for (i, j) in t.judgements.iter().enumerate() {
        c.scope = c.src.item(list, i).or(outer);
        match &j.about {
            Judged::Leader(id) => {
                c.char("a judgement of the Testament", id);
                if t.judgements[..i].iter().any(|k| k.about == j.about) {
                    c.err(c.field("about"), format!("the Testament judges \"{id}\" twice"), "give each man one judgement");
                }
            }
            Judged::Outsider(name) if name.trim().is_empty() => {
                c.err(c.field("about"), "a judgement of the Testament names no one".into(), "`Outsider(\"Pyatakov\")`: the man's name");
            }
            Judged::Outsider(_) => {}
        }
        if j.words.trim().is_empty() {
            c.err(c.field("words"), "a judgement of the Testament has no words".into(), "quote what the letter says of him");
        }
        c.range("a judgement's prestige", "prestige", j.prestige, 0, 100);
        c.range("a judgement's suppressed", "suppressed", j.suppressed, 0, 100);
    }
    c.scope = outer;
}
