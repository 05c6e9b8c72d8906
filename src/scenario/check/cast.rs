//! The cast and its places: characters, the seats of the bodies, offices,
//! regions and blocs (part of `check`).

use super::Checker;
use crate::scenario::schema::*;
use std::collections::BTreeMap;

/// Each character's values, traits, temperament and relations; someone playable
/// and some contender.
pub(super) fn characters(c: &mut Checker, def: &ScenarioFile) {
    for (i, ch) in def.characters.iter().enumerate() {
        c.scope = c.entry("characters", i);
        let who = format!("\"{}\"", ch.id);
        for (what, v, lo, hi) in [
            ("prestige", ch.prestige, 0, 100),
            ("health", ch.health, 0, 100),
            ("credibility", ch.credibility, 0, 100),
            ("nep", ch.nep, -100, 100),
            ("world_revolution", ch.world_revolution, -100, 100),
        ] {
            c.range(&format!("{who}'s {what}"), what, v, lo, hi);
        }
        let outer = c.scope;
        c.scope = c.src.field_open(outer, "traits");
        let t = &ch.traits;
        for (what, v) in [
            ("cunning", t.cunning),
            ("oratory", t.oratory),
            ("administration", t.administration),
            ("ruthlessness", t.ruthlessness),
            ("patience", t.patience),
        ] {
            c.range(&format!("{who}'s {what}"), what, v, 0, 10);
        }
        c.scope = c.src.field_open(outer, "temperament");
        let t = &ch.temperament;
        for (what, v) in
            [("ambition", t.ambition), ("caution", t.caution), ("loyalty", t.loyalty), ("ideology", t.ideology), ("grudges", t.grudges)]
        {
            c.range(&format!("{who}'s {what}"), what, v, 0, 10);
        }
        c.scope = c.src.field_open(outer, "relations");
        for (other, &v) in &ch.relations {
            c.char(&format!("a relation of {who}"), other);
            let at = c.src.string_in(c.scope, other, 0);
            if other == &ch.id {
                c.warn(at, format!("{who} has a relation with himself"), "the rules ignore it; remove it");
            }
            if !(-100..=100).contains(&v) {
                c.err(at, format!("{who}'s relation with \"{other}\" is {v}, outside its range"), "expected from -100 to 100");
            }
        }
    }
    c.scope = c.src.field_name(c.src.root(), "characters");
    if !def.characters.iter().any(|c| c.playable) {
        c.err(c.scope, "no character is playable, so no one can win".into(), "mark at least one character `playable: true`");
    }
    if !def.characters.iter().any(|ch| ch.contender) {
        c.err(c.scope, "no character is a contender".into(), "mark the rivals for the succession `contender: true`");
    }
}

/// The Politburo starts with no more full and candidate members than its seats.
pub(super) fn seats(c: &mut Checker, def: &ScenarioFile) {
    let b = &def.balance;
    c.scope = c.src.field_open(c.src.root(), "balance");
    for (rank, seats, field, body) in [
        (Rank::Politburo, b.politburo_seats, "politburo_seats", "full members of the Politburo"),
        (Rank::Candidate, b.candidate_seats, "candidate_seats", "candidate members of the Politburo"),
    ] {
        let members: Vec<&str> = def.characters.iter().filter(|c| c.rank == rank).map(|c| c.id.as_str()).collect();
        if members.len() as i32 > seats.max(0) {
            c.err(
                c.field(field),
                format!("{} characters start as {body} but there are {seats} seats", members.len()),
                &format!("raise `{field}` or give some of them a lower rank: {}", members.join(", ")),
            );
        }
    }
}

/// Each office's holder is a character of high enough rank; some office appoints
/// the regional secretaries.
pub(super) fn offices(c: &mut Checker, def: &ScenarioFile) {
    for (i, o) in def.offices.iter().enumerate() {
        c.scope = c.entry("offices", i);
        if let Some(h) = &o.holder {
            c.char(&format!("the holder of \"{}\"", o.id), h);
            if let Some(ch) = def.characters.iter().find(|x| &x.id == h) {
                let at = c.src.string_in(c.scope, h, 0);
                if ch.rank <= Rank::Expelled {
                    c.err(at, format!("\"{h}\" holds \"{}\" but starts {:?}: only party members hold office", o.id, ch.rank), "");
                } else if ch.rank < o.min_rank {
                    c.err(
                        at,
                        format!("\"{h}\" holds \"{}\" but ranks {:?}, below its min_rank {:?}", o.id, ch.rank, o.min_rank),
                        "raise his rank or lower the office's min_rank",
                    );
                }
            }
        }
        c.range(&format!("\"{}\"'s action_points", o.id), "action_points", o.action_points, 0, i32::MAX);
    }
    if !def.offices.iter().any(|o| o.powers.contains(&Power::AppointSecretaries)) {
        c.err(
            c.src.field_name(c.src.root(), "offices"),
            "no office has the AppointSecretaries power".into(),
            "patronage needs one office with `powers: [AppointSecretaries]`",
        );
    }
}

/// Each region's secretary (of one region at most), patron, patron office and values.
pub(super) fn regions(c: &mut Checker, def: &ScenarioFile) {
    let mut secretaries = BTreeMap::new();
    for (i, r) in def.regions.iter().enumerate() {
        c.scope = c.entry("regions", i);
        let what = format!("\"{}\"", r.id);
        if let Some(s) = &r.secretary {
            c.char(&format!("the secretary of {what}"), s);
            if let Some(first) = secretaries.insert(s.as_str(), r.id.as_str()) {
                let at = c.src.string_in(c.field("secretary"), s, 0);
                c.err(at, format!("\"{s}\" is secretary of two regions, \"{first}\" and \"{}\"", r.id), "a secretary runs one region");
            }
        }
        if let Some(p) = &r.patron {
            c.char(&format!("the patron of {what}"), p);
        }
        if let Some(o) = &r.patron_office {
            c.known(&format!("the patron office of {what}"), "office", o);
        }
        c.range(&format!("{what}'s delegates"), "delegates", r.delegates, 0, i32::MAX);
        c.range(&format!("{what}'s cc_seats"), "cc_seats", r.cc_seats, 0, i32::MAX);
        c.range(&format!("{what}'s loyalty"), "loyalty", r.loyalty, 0, 100);
        c.range(&format!("{what}'s nep_mood"), "nep_mood", r.nep_mood, -100, 100);
    }
}

/// Each bloc's members (in one bloc at most) and its leader among them.
pub(super) fn blocs(c: &mut Checker, def: &ScenarioFile) {
    let mut in_bloc = BTreeMap::new();
    for (i, bl) in def.blocs.iter().enumerate() {
        c.scope = c.entry("blocs", i);
        for m in &bl.members {
            c.char(&format!("a member of \"{}\"", bl.id), m);
            if let Some(first) = in_bloc.insert(m.as_str(), bl.id.as_str()) {
                let at = c.src.string_in(c.field("members"), m, 0);
                c.err(at, format!("\"{m}\" starts in two blocs, \"{first}\" and \"{}\"", bl.id), "a character belongs to one bloc at most");
            }
        }
        if let Some(l) = &bl.leader {
            c.char(&format!("the leader of \"{}\"", bl.id), l);
            if !bl.members.contains(l) {
                c.err(
                    c.field("leader"),
                    format!("bloc \"{}\": its leader \"{l}\" is not among its members", bl.id),
                    "add him to `members`",
                );
            }
        } else if !bl.members.is_empty() {
            c.err(
                c.field("leader"),
                format!("bloc \"{}\" has members but no leader", bl.id),
                "name one of its members `leader: Some(\"...\")`",
            );
        }
    }
}

/// Each caucus names known characters, its convener among its members, a known
/// event to wait for, and a discipline in 0..100.
pub(super) fn caucuses(c: &mut Checker, def: &ScenarioFile) {
    for (i, k) in def.caucuses.iter().enumerate() {
        c.scope = c.entry("caucuses", i);
        c.char(&format!("the convener of \"{}\"", k.id), &k.convener);
        for m in &k.members {
            c.char(&format!("a member of \"{}\"", k.id), m);
        }
        if !k.members.contains(&k.convener) {
            c.err(
                c.field("convener"),
                format!("caucus \"{}\": its convener \"{}\" is not among its members", k.id, k.convener),
                "add him to `members`",
            );
        }
        if let Some(e) = &k.after {
            c.known(&format!("the event \"{}\" waits for", k.id), "event", e);
        }
        if let Some(e) = &k.until {
            c.known(&format!("the event that ends \"{}\"", k.id), "event", e);
        }
        c.range(&format!("caucus \"{}\"'s discipline", k.id), "discipline", k.discipline, 0, 100);
    }
}
