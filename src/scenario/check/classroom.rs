//! Checks of the classroom's data: a chapter's dates lie in the calendar and in
//! order, its leader is playable, its conditions name what exists, it has an
//! ending; each source is keyed on a kind of evidence or an event that exists.

use super::Checker;
use crate::scenario::classroom::EVIDENCE_KINDS;
use crate::scenario::schema::ScenarioFile;

pub(super) fn classroom(c: &mut Checker, def: &ScenarioFile) {
    let root = c.src.root();
    if let Some(ch) = &def.chapter {
        c.scope = c.src.field_open(root, "chapter");
        let cal = def.calendar.clone();
        c.in_calendar("the chapter's opening", "opens", ch.opens, &cal);
        c.in_calendar("the chapter's end", "ends", ch.ends, &cal);
        if ch.ends < ch.opens {
            c.err(
                c.field("ends"),
                format!("the chapter ends ({}) before it opens ({})", ch.ends.iso(), ch.opens.iso()),
                "`ends` must not be before `opens`",
            );
        }
        if let Some(lead) = &ch.lead {
            c.char("the chapter's leader", lead);
            if def.characters.iter().any(|x| &x.id == lead && !x.playable) {
                c.err(
                    c.field("lead"),
                    format!("the chapter's leader \"{lead}\" is not playable"),
                    "mark him `playable: true`, or name a playable leader",
                );
            }
        }
        if ch.question.trim().is_empty() {
            c.err(c.field("question"), "the chapter asks no question".into(), "write the question it asks: \"Can Trotsky keep his seat?\"");
        }
        if let Some(d) = &ch.decided {
            c.condition(d);
        }
        if !ch.endings.iter().any(|e| e.when.is_none()) {
            c.err(c.field("endings"), "no ending of the chapter always holds".into(), "end the list with an ending without `when`");
        }
        for e in &ch.endings {
            if let Some(w) = &e.when {
                c.condition(w);
            }
        }
    }
    for (i, s) in def.sources.iter().enumerate() {
        c.scope = c.entry("sources", i);
        if let Some(w) = &s.who {
            c.char("a source's leader", w);
        }
        let known = match s.on.strip_prefix("event:") {
            Some(ev) => def.events.iter().any(|e| e.id == ev),
            None => EVIDENCE_KINDS.contains(&s.on.as_str()),
        };
        if !known {
            let hint = super::did_you_mean(&s.on, EVIDENCE_KINDS.iter().copied())
                .unwrap_or_else(|| format!("one of {}, or event:ID for a scenario event", EVIDENCE_KINDS.join(", ")));
            c.err(c.field("on"), format!("a source is keyed on \"{}\", which is no kind of evidence or event", s.on), &hint);
        }
    }
}
