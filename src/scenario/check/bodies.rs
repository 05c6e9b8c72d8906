//! Checks of which body decides what: the scenario's `bodies` and the sessions'
//! recorded sizes, each error pointing at the offending value.

use super::Checker;
use crate::scenario::schema::{MotionKind, RemovalBody, ScenarioFile, SessionKind};

/// Motions the Politburo decides whatever the session: a congress never sees them.
const POLITBURO_ONLY: [MotionKind; 3] = [MotionKind::SetLine, MotionKind::Exile, MotionKind::Deport];

pub(super) fn bodies(c: &mut Checker, def: &ScenarioFile) {
    sizes(c, def);
    own_bodies(c, def);
    let Some(b) = &def.bodies else {
        return;
    };
    let root = c.src.root();
    c.scope = c.src.field_open(root, "bodies");
    for (field, list) in [("congress", &b.congress), ("joint", &b.joint), ("commission", &b.commission)] {
        let at = c.src.field_open(c.scope, field);
        for (i, k) in list.iter().enumerate() {
            let item = c.src.item(at, i);
            let plenum_line = *k == MotionKind::SetLine && def.line.decided_by == crate::scenario::RemovalBody::Plenum;
            if POLITBURO_ONLY.contains(k) && !plenum_line {
                c.err(
                    item,
                    format!("`{k:?}` in `bodies.{field}`: the Politburo decides it"),
                    "only motions put to a plenum or congress belong here",
                );
            } else if list[..i].contains(k) {
                c.err(item, format!("`{k:?}` is listed twice in `bodies.{field}`"), "list each kind of motion once");
            } else if field == "commission" && b.joint.contains(k) {
                c.err(
                    item,
                    format!("`{k:?}` is in both `bodies.joint` and `bodies.commission`"),
                    "the Control Commission decides it alone: remove it from `joint`",
                );
            }
        }
    }
    if !b.congress.contains(&MotionKind::ElectToCC) {
        let at = c.src.field(c.scope, "congress");
        c.err(at, "`bodies.congress` lacks `ElectToCC`".into(), "only a congress elects the Central Committee: add `ElectToCC`");
    }
}

/// A congress's recorded delegates and a session's Control Commission are sizes: a
/// plenum has no delegates, and no body has fewer than none.
fn sizes(c: &mut Checker, def: &ScenarioFile) {
    for (i, s) in def.sessions.iter().enumerate() {
        c.scope = c.entry("sessions", i);
        if let Some(d) = s.delegates {
            if s.kind != SessionKind::Congress {
                let at = c.field("delegates");
                c.err(
                    at,
                    format!("the plenum \"{}\" is given delegates", s.name),
                    "only a congress has delegates; a plenum is the Central Committee's",
                );
            } else {
                c.range(&format!("the delegates of \"{}\"", s.name), "delegates", d, 1, super::super::bounds::MAX_NUMBER as i32);
            }
        }
        if let Some(n) = s.control_commission {
            c.range(
                &format!("the Control Commission of \"{}\"", s.name),
                "control_commission",
                n,
                0,
                super::super::bounds::MAX_NUMBER as i32,
            );
        }
    }
}

/// An office its own organisation elects needs that organisation: a region whose
/// `patron_office` it is.
fn own_bodies(c: &mut Checker, def: &ScenarioFile) {
    for (i, o) in def.offices.iter().enumerate() {
        let led = def.regions.iter().any(|r| r.patron_office.as_deref() == Some(o.id.as_str()));
        if o.removal_body == RemovalBody::Organisation && !led {
            c.scope = c.entry("offices", i);
            let at = c.field("removal_body");
            c.err(
                at,
                format!("the office \"{}\" is elected by its organisation, but no region has it as `patron_office`", o.id),
                "give the region it leads `patron_office: Some(\"...\")`, or choose another `removal_body`",
            );
        }
    }
}
