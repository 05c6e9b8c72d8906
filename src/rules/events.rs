//! Scenario events: announced when the turn opens (so a chooser can decide during
//! the turn), resolved in the events phase after the commands.

use super::chronicle::{DeathCause, Event, Judgement};
use super::ledger::Cause;
use super::state::{GameState, PendingChoice, TestamentStatus};
use crate::scenario::{CharId, Chooser, Effect, Judged};
use rand::RngExt;

pub use super::conditions::{choice_open, holds};

/// Decides which events fall in this turn, and puts their questions to their choosers.
pub fn announce(st: &mut GameState) {
    st.due_events.clear();
    st.choices.clear();
    let end = st.date.plus_months(st.scn.def.calendar.months_per_turn as i32);
    for i in 0..st.scn.def.events.len() {
        if st.fired[i] {
            continue;
        }
        let scn = st.scn.clone();
        let e = &scn.def.events[i];
        let due = match e.date {
            Some(d) => d >= st.date && d < end,
            None => true,
        };
        if !due || !e.condition.as_ref().is_none_or(|c| holds(st, c)) {
            if e.date.is_some_and(|d| d < end) {
                st.fired[i] = true; // its moment passed without it
            }
            continue;
        }
        st.fired[i] = true;
        if e.chance < 100 && st.rng.random_range(0..100) >= e.chance {
            continue;
        }
        st.due_events.push(i);
        let chooser = match &e.chooser {
            Some(Chooser::Character(c)) => Some(scn.cid(c)),
            Some(Chooser::Office(o)) => st.holders_of(scn.oid(o)).next(),
            None => None,
        };
        if let Some(c) = chooser.filter(|&c| st.chars[c].alive && !e.choices.is_empty()) {
            st.choices.push(PendingChoice { event: i, chooser: c, chosen: None });
            st.record(|_| Event::QuestionPut { chooser: c, event: i });
        }
    }
}

/// Resolves the turn's due events that fall before its first session (all of them
/// when none sits); those dated after it wait for their session (`resolve_until`).
pub fn resolve(st: &mut GameState) {
    let first = first_cut(st);
    resolve_until(st, first);
}

/// The month before which (inclusive) the turn's due events resolve with the events
/// phase: its first session's, or none when no session sits this turn.
pub fn first_cut(st: &GameState) -> Option<crate::scenario::date::Date> {
    st.sessions_this_turn().first().map(|(_, d)| *d)
}

/// Whether due event `i` resolves in the events phase, before the turn's first session.
pub fn early(st: &GameState, i: usize) -> bool {
    comes_by(st, i, first_cut(st))
}

fn comes_by(st: &GameState, i: usize, until: Option<crate::scenario::date::Date>) -> bool {
    until.is_none_or(|u| st.scn.def.events[i].date.is_none_or(|d| d <= u))
}

/// Resolves the due events dated on or before `until` (every one with `None`): an
/// event later in the quarter than a session is told, and acts, after it (the Fifth
/// Comintern Congress of June 1924 after the 13th Party Congress of May). The
/// questions close when the last has resolved.
pub fn resolve_until(st: &mut GameState, until: Option<crate::scenario::date::Date>) {
    let due = std::mem::take(&mut st.due_events);
    let (now, later): (Vec<usize>, Vec<usize>) = due.into_iter().partition(|&i| comes_by(st, i, until));
    st.due_events = later;
    resolve_these(st, now);
    if st.due_events.is_empty() {
        st.choices.clear();
    }
}

/// Resolves now, before a later command of the historical script, the turn's due
/// events dated before `date` that ask nobody a question: a successor is proposed
/// after the death that opens the post, an answer after the essay it answers.
pub fn resolve_before(st: &mut GameState, date: crate::scenario::date::Date) {
    let scn = st.scn.clone();
    let early = |i: &usize| scn.def.events[*i].date.is_some_and(|d| d < date) && scn.def.events[*i].choices.is_empty();
    let (now, later): (Vec<usize>, Vec<usize>) = std::mem::take(&mut st.due_events).into_iter().partition(early);
    st.due_events = later;
    resolve_these(st, now);
}

fn resolve_these(st: &mut GameState, due: Vec<usize>) {
    let scn = st.scn.clone();
    for i in due {
        let e = &scn.def.events[i];
        st.record(|_| Event::ScenarioEvent { event: i });
        st.happened[i] = true;
        st.because(Cause::Event(i), |st| apply_effects(st, &e.effects));
        if let Some(p) = st.choices.iter().find(|p| p.event == i).cloned() {
            // Unanswered: the computer's favourite of the answers open now.
            let open = |k: &usize| choice_open(st, i, *k) || (0..e.choices.len()).all(|j| !choice_open(st, i, j));
            let pick = p.chosen.unwrap_or_else(|| {
                (0..e.choices.len()).filter(open).max_by_key(|&k| (e.choices[k].ai_weight, std::cmp::Reverse(k))).unwrap_or(0)
            });
            if p.chosen.is_none() {
                st.record(|_| Event::ChoiceByDefault { chooser: p.chooser, event: i, choice: pick });
            }
            st.answered[i] = Some(pick);
            st.because(Cause::Choice { event: i, choice: pick }, |st| apply_effects(st, &e.choices[pick].effects));
        }
    }
}

pub fn apply_effects(st: &mut GameState, effects: &[Effect]) {
    let s = st.scn.clone();
    for eff in effects {
        match eff {
            Effect::Prestige(c, d) => st.add_prestige(s.cid(c), *d),
            Effect::Health(c, d) => {
                let h = &mut st.chars[s.cid(c)].health;
                *h = (*h + d).clamp(0, 100);
            }
            Effect::Credibility(c, d) => {
                let h = &mut st.chars[s.cid(c)].credibility;
                *h = (*h + d).clamp(0, 100);
            }
            Effect::Die(c) => super::expulsion::die(st, s.cid(c), DeathCause::Event),
            Effect::Discredit(c) => st.chars[s.cid(c)].discredited += 1,
            Effect::Relation(a, b, d) => st.add_rel(s.cid(a), s.cid(b), *d),
            Effect::Stance(c, d) => {
                let n = &mut st.chars[s.cid(c)].nep;
                *n = (*n + d).clamp(-100, 100);
            }
            Effect::ActionPoints(c, d) => st.chars[s.cid(c)].ap_bonus += d,
            Effect::Grain(d) => st.economy.grain = (st.economy.grain + d).clamp(0, 100),
            Effect::Industry(d) => st.economy.industry = (st.economy.industry + d).clamp(0, 100),
            Effect::PeasantMood(d) => st.economy.peasant_mood = (st.economy.peasant_mood + d).clamp(0, 100),
            Effect::WorkerMood(d) => st.economy.worker_mood = (st.economy.worker_mood + d).clamp(0, 100),
            Effect::Delegates(r, d) => {
                let reg = &mut st.regions[s.rid(r)];
                reg.delegates = (reg.delegates + d).max(0);
            }
            Effect::Loyalty(r, d) => {
                let r = s.rid(r);
                st.set_loyalty(r, st.regions[r].loyalty + d);
            }
            Effect::EnrolForOffice(o, d) => {
                if let Some(h) = st.offices[s.oid(o)] {
                    for reg in st.regions.iter_mut().filter(|r| r.patron == Some(h)) {
                        // A purge of the rolls can empty a delegation, never make it owe delegates.
                        reg.delegates = (reg.delegates + d).max(0);
                    }
                }
            }
            Effect::LoyaltyForOffice(o, d) => {
                if let Some(h) = st.offices[s.oid(o)] {
                    let led: Vec<usize> = (0..st.regions.len()).filter(|&r| st.regions[r].patron == Some(h)).collect();
                    for r in led {
                        let r = crate::scenario::RegionId(r);
                        st.set_loyalty(r, st.regions[r].loyalty + d);
                    }
                }
            }
            Effect::AppointForOffice(o, r) => super::patronage::appoint_for_office(st, s.oid(o), s.rid(r)),
            Effect::HoldOrganisation(r, turns) => super::patronage::hold(st, s.rid(r), *turns),
            Effect::Office(o, Some(c)) => give_office(st, s.oid(o), s.cid(c)),
            Effect::Office(o, None) => office(st, s.oid(o), None),
            Effect::DisownLine(c) => {
                let c = s.cid(c);
                st.line_owners.retain(|&o| o != c);
            }
            Effect::LineOwnersPrestige(d) => {
                for c in st.line_owners.clone() {
                    st.add_prestige(c, *d);
                }
            }
            Effect::StancePrestige(side, d) => {
                for c in st.ids() {
                    if st.active(c) && st.chars[c].nep.signum() == side.signum() && st.chars[c].nep != 0 {
                        st.add_prestige(c, *d);
                    }
                }
            }
            Effect::Comintern(d) => super::levers::comintern(st, *d),
            Effect::WorldRevolution(d) => super::levers::world_revolution(st, *d),
            Effect::Doctrine(adopt, who) => {
                let owners = who.iter().map(|c| s.cid(c)).filter(|&c| st.active(c)).collect();
                super::doctrine::set(st, *adopt, owners, false);
            }
            Effect::ConfirmDoctrine(who) => super::doctrine::confirm(st, &who.iter().map(|c| s.cid(c)).collect::<Vec<_>>()),
            Effect::SetRank(c, r) => super::struck::set_rank(st, s.cid(c), *r),
            Effect::GiveOffice(o, c) => give_office(st, s.oid(o), s.cid(c)),
            Effect::TakeOffice(o) => {
                for seat in s.seats(s.oid(o)).collect::<Vec<_>>() {
                    office(st, seat, None);
                }
            }
            Effect::CreateOffice(o) => super::tenure::make_office(st, s.oid(o), true),
            Effect::AbolishOffice(o) => super::tenure::make_office(st, s.oid(o), false),
            Effect::Incapacitate(c) => super::struck::incapacitate(st, s.cid(c)),
            Effect::Restore(c) => super::struck::restore(st, s.cid(c)),
            Effect::Arrest(c) => super::struck::arrest(st, s.cid(c)),
            Effect::TestamentRead => {
                if st.testament == TestamentStatus::Sealed {
                    st.testament = TestamentStatus::ReadToDelegations;
                }
            }
        }
    }
}

/// A post filled or emptied by an event: only a living holder of the office's rank takes it.
/// The post passes to him: for an office several hold, a free place of it (none
/// free, or he holds one already: nothing happens).
fn give_office(st: &mut GameState, office: crate::scenario::OfficeId, who: CharId) {
    if !st.scn.is_shared(office) {
        return self::office(st, office, Some(who));
    }
    if !st.holds_office(who, office)
        && let Some(seat) = st.free_seat(office)
    {
        self::office(st, seat, Some(who));
    }
}

fn office(st: &mut GameState, office: crate::scenario::OfficeId, who: Option<CharId>) {
    let old = st.offices[office];
    match who {
        Some(c)
            if st.active(c) && st.chars[c].rank >= st.scn.def.offices[office].min_rank && old != Some(c) && st.office_exists(office) =>
        {
            st.offices[office] = Some(c);
            st.sync_patron_offices();
            st.record(|_| Event::OfficeFilled { who: c, office, replacing: old });
        }
        None => {
            if let Some(h) = old {
                st.offices[office] = None;
                st.sync_patron_offices();
                st.record(|_| Event::PostLost { who: h, office });
            }
        }
        _ => {}
    }
}

/// Lenin's letter made public: every man it judges pays for its words on him (less
/// if it had been suppressed), and the man it advises removing turns on the publisher.
pub fn publish_testament(st: &mut GameState, actor: CharId) {
    let Some(t) = st.scn.def.testament.clone() else {
        return;
    };
    let target = st.scn.cid(&t.names);
    let suppressed = st.testament == TestamentStatus::Suppressed;
    st.testament = TestamentStatus::Published;
    let mut judged = vec![];
    for (i, j) in t.judged().iter().enumerate() {
        let who = match &j.about {
            Judged::Leader(c) => Some(st.scn.cid(c)),
            Judged::Outsider(_) => None,
        };
        let loss = if suppressed { j.suppressed } else { j.prestige };
        if let Some(c) = who.filter(|&c| st.chars[c].alive) {
            st.add_prestige(c, -loss);
        }
        judged.push(Judgement { judgement: i, who, loss });
    }
    st.add_rel(target, actor, -40);
    st.record(move |_| Event::TestamentPublished { actor, target, judged });
}

pub fn suppress_testament(st: &mut GameState, actor: CharId) {
    let Some(t) = st.scn.def.testament.clone() else {
        return;
    };
    let keeper = st.scn.cid(&t.keeper);
    st.testament = TestamentStatus::Suppressed;
    st.add_rel(keeper, actor, -20);
    let c = &mut st.chars[actor].credibility;
    *c = (*c - 5).max(0);
    st.record(|_| Event::TestamentSuppressed { actor });
}
