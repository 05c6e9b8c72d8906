//! Patronage: the General Secretary names regional secretaries; secretaries pick the
//! delegates. A new secretary is seated at the end of the turn, so an appointment
//! changes the next plenum's or congress's vote, never the current one.

use super::chronicle::Event;
use super::state::{Appointment, GameState};
use crate::scenario::{CharId, Rank, RegionId};

pub fn appoint(st: &mut GameState, actor: CharId, region: RegionId, person: Option<CharId>) {
    let patron = person.unwrap_or(actor);
    st.regions[region].pending = Some(Appointment { secretary: person, patron, by: actor });
    st.record(|s| Event::Appointed {
        by: actor,
        region,
        person,
        delegates: s.regions[region].delegates,
        cc_seats: s.regions[region].cc_seats,
    });
}

/// An appointment by whoever holds `office`, outside his own commands (a scenario
/// event): not over one already under way, nor where his cadres already rule, and
/// not while the cells' own choice holds (`hold`).
pub fn appoint_for_office(st: &mut GameState, office: crate::scenario::OfficeId, region: RegionId) {
    let Some(by) = st.offices[office].filter(|&c| st.active(c)) else {
        return;
    };
    let r = &st.regions[region];
    if r.pending.is_some() || st.turn < r.elected_until || (r.secretary.is_none() && r.patron == Some(by)) {
        return;
    }
    appoint(st, by, region, None);
}

/// The cells stand by their leadership for `turns` turns: the appointment under
/// way there, if any, is withdrawn, and none may be made until then.
pub fn hold(st: &mut GameState, region: RegionId, turns: u32) {
    let withdrawn = st.regions[region].pending.take().map(|a| a.by);
    let until = st.turn + turns;
    st.regions[region].elected_until = st.regions[region].elected_until.max(until);
    let date = st.date.plus_months((turns * st.scn.def.calendar.months_per_turn) as i32);
    st.record(|_| Event::OrganisationHeld { region, withdrawn, until: date });
}

/// Canvassing a region's cells: its delegation's loyalty to its patron falls with
/// the canvasser's oratory; below `canvass_elect` the cells elect a man of his, and
/// he becomes the patron. Work among the cells is factional work: a man who
/// recanted before becomes a double-dealer.
pub fn canvass(st: &mut GameState, actor: CharId, region: RegionId) {
    let l = &st.scn.def.balance.levers;
    let (tenths, elect, seated, term) = (l.canvass_tenths, l.canvass_elect, l.canvass_loyalty, l.canvass_turns);
    let drop = (tenths * st.scn.def.characters[actor].traits.oratory / 10).max(1);
    let before = st.regions[region].loyalty;
    let after = (before - drop).max(0);
    st.set_loyalty(region, after);
    st.chars[actor].done |= super::state::DONE_CANVASS;
    st.regions[region].canvassed = Some(st.turn);
    super::norms::factional_work(st, actor);
    let from = st.regions[region].patron;
    let elected = after < elect;
    if elected {
        let reg = &mut st.regions[region];
        reg.secretary = None;
        reg.patron = Some(actor);
        reg.pending = None;
        reg.elected_until = st.turn + term.max(0) as u32;
        st.set_loyalty(region, seated);
    }
    st.record(|s| Event::Canvassed { actor, region, from, lost: before - after, loyalty: s.regions[region].loyalty, elected });
}

/// Seats this turn's appointments (after the votes).
pub fn seat_appointments(st: &mut GameState) {
    for r in RegionId::all(st.regions.len()) {
        if let Some(a) = st.regions[r].pending.take() {
            let (loyalty, administration) = seated_loyalty(st, &a);
            let reg = &mut st.regions[r];
            reg.secretary = a.secretary;
            reg.patron = Some(a.patron);
            st.set_loyalty(r, loyalty);
            st.record(|_| Event::SecretarySeated { region: r, secretary: a.secretary, by: a.by, loyalty, administration });
        }
    }
}

/// The loyalty a delegation starts with under a new secretary (a named man 90, a
/// cadre `appointee_loyalty`), moved by the appointer's administration: a good
/// organiser's appointments stick. Returns it and the administration's part.
pub fn seated_loyalty(st: &GameState, a: &Appointment) -> (i32, i32) {
    let b = &st.scn.def.balance;
    let base = if a.secretary.is_some() { 90 } else { b.appointee_loyalty };
    let admin = (st.scn.def.characters[a.by].traits.administration - 5) * b.levers.administration;
    let loyalty = (base + admin).clamp(0, 100);
    (loyalty, loyalty - base)
}

/// A secretary who falls or dies leaves his region to the apparatus: a cadre whose
/// patron is the General Secretary, if there is one.
pub fn vacate_secretary(st: &mut GameState, c: CharId) {
    let gs = st.gensec_holder().filter(|&g| g != c);
    for r in RegionId::all(st.regions.len()) {
        if st.regions[r].secretary == Some(c) {
            st.regions[r].secretary = None;
            st.regions[r].patron = gs;
            st.because(super::ledger::Cause::Seated, |st| st.set_loyalty(r, 50));
            st.record(|_| Event::OrganisationLost { region: r, secretary: c });
        }
        if st.regions[r].pending.is_some_and(|a| a.secretary == Some(c) || a.by == c && !st.chars[c].alive) {
            st.regions[r].pending = None;
        }
        if st.regions[r].patron == Some(c) && (!st.chars[c].alive || st.chars[c].rank < Rank::Member) {
            st.regions[r].patron = gs;
        }
    }
}

/// Delegates (or CC seats when `cc` is set) whose patron is `c`.
pub fn delegates_of(st: &GameState, c: CharId, cc: bool) -> i32 {
    st.regions.iter().filter(|r| r.patron == Some(c)).map(|r| if cc { r.cc_seats } else { r.delegates }).sum()
}
