//! Winning: the seat of power, loyal majorities in the Politburo and the Central
//! Committee, and no rival left in the Politburo. Also the power score the charts show.

use super::chronicle::Event;
use super::outcome::{Lack, Supreme};
use super::state::{GameState, Outcome};
use crate::scenario::{CharId, Rank};

/// Does `m` count as loyal to `x`?
pub fn loyal_to(st: &GameState, m: CharId, x: CharId) -> bool {
    m == x || st.same_bloc(m, x) || st.rel(m, x) >= st.scn.def.victory.loyal_relation
}

/// Percent of full Politburo members loyal to `x`.
pub fn politburo_loyal(st: &GameState, x: CharId) -> i32 {
    let (mut loyal, mut all) = (0, 0);
    for m in st.politburo() {
        all += 1;
        loyal += i32::from(loyal_to(st, m, x));
    }
    if all == 0 { 0 } else { loyal * 100 / all }
}

/// Percent of Central Committee votes loyal to `x`: named members and the seats of
/// regions whose patron is loyal to him.
pub fn cc_loyal(st: &GameState, x: CharId) -> i32 {
    let (mut loyal, mut all) = (0, 0);
    for m in st.ids() {
        if st.chars[m].alive && st.chars[m].rank >= Rank::CentralCommittee {
            all += 1;
            loyal += i32::from(loyal_to(st, m, x));
        }
    }
    for r in &st.regions {
        all += r.cc_seats;
        if r.patron.is_some_and(|p| st.chars[p].alive && loyal_to(st, p, x)) {
            loyal += r.cc_seats;
        }
    }
    if all == 0 { 0 } else { loyal * 100 / all }
}

/// The power score and where it comes from.
pub fn power_breakdown(st: &GameState, x: CharId) -> Vec<(String, i32)> {
    if !st.active(x) {
        return vec![("out of the party or dead".into(), 0)];
    }
    let mut v = vec![("prestige".to_string(), st.chars[x].prestige)];
    for o in st.offices_of(x) {
        v.push((st.scn.def.offices[o].name.clone(), st.scn.def.offices[o].weight));
    }
    let w = st.scn.words();
    v.push((format!("loyal {} (quarter of %)", w.politburo), politburo_loyal(st, x) / 4));
    v.push((format!("loyal {} (quarter of %)", w.central_committee), cc_loyal(st, x) / 4));
    v
}

/// The sum of `power_breakdown`, without building its labels: the computer asks it often.
pub fn power(st: &GameState, x: CharId) -> i32 {
    powers(st, &[x])[0]
}

/// `power` of each of `xs`, in one pass over the Politburo, the Central Committee
/// and the regions for all of them: the same numbers as `politburo_loyal` and
/// `cc_loyal` give, for a fraction of the reading when several are asked at once.
pub fn powers(st: &GameState, xs: &[CharId]) -> Vec<i32> {
    let (mut pb, mut cc) = (vec![0; xs.len()], vec![0; xs.len()]);
    let (mut pb_all, mut cc_all) = (0, 0);
    for m in st.ids() {
        let ch = &st.chars[m];
        if !ch.alive || ch.rank < Rank::CentralCommittee {
            continue;
        }
        let full = ch.rank == Rank::Politburo;
        cc_all += 1;
        pb_all += i32::from(full);
        for (i, &x) in xs.iter().enumerate() {
            let loyal = i32::from(loyal_to(st, m, x));
            cc[i] += loyal;
            pb[i] += if full { loyal } else { 0 };
        }
    }
    for r in &st.regions {
        cc_all += r.cc_seats;
        if let Some(p) = r.patron.filter(|&p| st.chars[p].alive) {
            for (i, &x) in xs.iter().enumerate() {
                cc[i] += if loyal_to(st, p, x) { r.cc_seats } else { 0 };
            }
        }
    }
    let percent = |loyal: i32, all: i32| if all == 0 { 0 } else { loyal * 100 / all };
    let one = |i: usize, x: CharId| {
        if !st.active(x) {
            return 0;
        }
        let offices: i32 = st.offices_of(x).map(|o| st.scn.def.offices[o].weight).sum();
        st.chars[x].prestige + offices + percent(pb[i], pb_all) / 4 + percent(cc[i], cc_all) / 4
    };
    xs.iter().enumerate().map(|(i, &x)| one(i, x)).collect()
}

/// Whether `x` is supreme, or the first condition he still lacks.
pub fn supremacy(st: &GameState, x: CharId) -> Result<Supreme, Lack> {
    let v = &st.scn.def.victory;
    let s = &st.scn;
    if !st.chars[x].alive || st.chars[x].rank != Rank::Politburo {
        return Err(Lack::NotFullMember);
    }
    let seat = v.seat_offices.iter().flat_map(|o| s.seats(s.oid(o))).find(|&o| st.holds(x, o)).ok_or(Lack::NoSeat)?;
    let pb = politburo_loyal(st, x);
    if pb <= v.politburo_loyal_percent {
        return Err(Lack::PolitburoLoyal { have: pb, need: v.politburo_loyal_percent });
    }
    let cc = cc_loyal(st, x);
    if cc <= v.cc_loyal_percent {
        return Err(Lack::CcLoyal { have: cc, need: v.cc_loyal_percent });
    }
    let rivals: Vec<_> =
        st.ids().filter(|&r| r != x && s.def.characters[r].contender && st.chars[r].alive && st.chars[r].rank >= Rank::Candidate).collect();
    if !rivals.is_empty() {
        return Err(Lack::Rivals(rivals));
    }
    if st.date < v.earliest {
        return Err(Lack::TooEarly(v.earliest));
    }
    Ok(Supreme { seat, politburo_loyal: pb, cc_loyal: cc })
}

/// The victory check that closes a turn; `last` is set on the final turn.
pub fn check(st: &mut GameState, last: bool) {
    if st.outcome.is_some() {
        return;
    }
    if let Some(p) = st.player {
        let ch = &st.chars[p];
        if !ch.alive || ch.rank <= Rank::Expelled {
            st.outcome = Some(Outcome::PlayerFell { who: p, died: !ch.alive });
        }
    }
    if st.outcome.is_none() {
        for x in st.ids() {
            if st.scn.def.characters[x].contender
                && let Ok(s) = supremacy(st, x)
            {
                st.outcome = Some(Outcome::Supremacy { winner: x, seat: s.seat, politburo_loyal: s.politburo_loyal, cc_loyal: s.cc_loyal });
                break;
            }
        }
    }
    if st.outcome.is_none() && last {
        let leader = st
            .ids()
            .filter(|&c| st.scn.def.characters[c].contender && st.active(c))
            .max_by_key(|&c| (power(st, c), std::cmp::Reverse(c)))
            .or_else(|| st.ids().filter(|&c| st.active(c)).max_by_key(|&c| (power(st, c), std::cmp::Reverse(c))))
            .or(Some(CharId(0)));
        if let Some(leader) = leader {
            st.outcome = Some(Outcome::EndDate { leader, power: power(st, leader) });
        }
    }
    if let Some(o) = st.outcome.clone() {
        // Dated, like the outcome, at the close of the turn: after its sessions.
        let end = ended_on(st);
        let turn_date = std::mem::replace(&mut st.date, end);
        st.record(|_| Event::GameEnds(o));
        st.date = turn_date;
    }
}

/// The month a game ended: the last month of its final turn (never past the
/// calendar's end), after every session of that turn.
pub fn ended_on(st: &GameState) -> crate::scenario::date::Date {
    let cal = &st.scn.def.calendar;
    st.date.plus_months(cal.months_per_turn as i32 - 1).min(cal.end)
}
