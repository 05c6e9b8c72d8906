//! Checks of offices several hold at once (`holders`, `other_holders`) and of
//! offices an event creates (`dormant`): the number of places, who holds them at
//! the start, and the posts that must stay one man's.

use super::Checker;
use crate::scenario::schema::{Power, ScenarioFile};
use crate::scenario::seats::SEAT_MARK;

/// The most places an office may have: a presidium, not a party congress.
pub const MAX_HOLDERS: u32 = 12;

pub(super) fn places(c: &mut Checker, def: &ScenarioFile) {
    for (i, o) in def.offices.iter().enumerate() {
        c.scope = c.entry("offices", i);
        let what = format!("the office \"{}\"", o.id);
        if o.id.contains(SEAT_MARK) {
            c.err(
                c.field("id"),
                format!("{what}: an office's id may not hold `{SEAT_MARK}`"),
                "the engine names an office's places `id#2`, `id#3`...",
            );
        }
        if o.holders == 0 || o.holders > MAX_HOLDERS {
            c.err(c.field("holders"), format!("{what} has {} places", o.holders), &format!("`holders` is 1 to {MAX_HOLDERS}"));
        }
        if o.other_holders.len() + 1 > o.holders.max(1) as usize {
            let places = if o.holders == 1 { "1 place".to_string() } else { format!("{} places", o.holders) };
            let hint = format!("it has {places}: `holder` and at most {} `other_holders`", o.holders.saturating_sub(1));
            c.err(c.field("other_holders"), format!("{what} has more holders than places"), &hint);
        }
        for (k, h) in o.other_holders.iter().enumerate() {
            c.char(&format!("a holder of \"{}\"", o.id), h);
            let twice = o.holder.as_ref() == Some(h) || o.other_holders[..k].contains(h);
            if twice {
                let at = c.src.string_in(c.scope, h, 0);
                c.err(at, format!("\"{h}\" holds two places of \"{}\"", o.id), "one man holds one place of an office");
            }
        }
        if (o.dormant || o.opens.is_some()) && !o.other_holders.is_empty() {
            c.err(c.field("other_holders"), format!("{what} does not exist at the start but has holders"), "give it `other_holders: []`");
        }
        if o.dormant && o.holder.is_some() {
            c.err(c.field("holder"), format!("{what} is dormant (an event creates it) but has a holder"), "give it `holder: None`");
        }
        if o.holders > 1 && o.powers.contains(&Power::AppointSecretaries) {
            c.err(
                c.field("holders"),
                format!("{what} appoints the secretaries but has several places"),
                "the apparatus has one head: `holders: 1`",
            );
        }
        if o.holders > 1 && def.regions.iter().any(|r| r.patron_office.as_ref() == Some(&o.id)) {
            let hint = "an organisation follows one patron: give that office `holders: 1`";
            c.err(c.field("holders"), format!("{what} leads an organisation but has several places"), hint);
        }
    }
}
