//! The votes phase: the Politburo's motions every turn, then the plenum or congress
//! on the calendar (or called), which decides everything waiting on its agenda.

use super::chronicle::{Event, MotionPut};
use super::command::Motion;
use super::legality::check_motion;
use super::norms::{self, waits};
use super::state::{GameState, Proposal};
use super::votes::{self, Body, Tally};
use crate::scenario::{Rank, SessionKind};

pub fn votes_phase(st: &mut GameState) {
    // A motion against a leader put this turn without surprise waits: he is owed a turn.
    let agenda = std::mem::take(&mut st.politburo_agenda);
    let (now, later): (Vec<_>, Vec<_>) = agenda.into_iter().partition(|p| !waits(st, &p.motion));
    for p in now {
        let body = votes::politburo_body(st, &p.motion);
        decide(st, body, p);
    }
    st.politburo_agenda.splice(0..0, later);
    // Several sessions can fall in one turn; each decides what was proposed for its
    // date, and its chronicle entries carry its own month.
    let turn_date = st.date;
    let sessions = st.sessions_this_turn();
    // An organisation's council dated after the turn's sessions sits at its own month, after them.
    let agenda = std::mem::take(&mut st.plenum_agenda);
    let (own, rest): (Vec<_>, Vec<_>) = agenda.into_iter().partition(|p| st.own_date(&p.motion).is_some() && !waits(st, &p.motion));
    st.plenum_agenda = rest;
    for (i, (sitting, date)) in sessions.iter().enumerate() {
        let last = i + 1 == sessions.len();
        st.date = *date;
        let due = |st: &GameState, p: &Proposal| !waits(st, &p.motion) && (last || st.not_before(&p.motion) <= *date);
        st.record(|s| {
            // A session that seats the Control Commission counts it among those present;
            // one that only the Commission's business fills (readmissions) counts it alone.
            let joint = sitting.scheduled.is_some_and(|i| s.scn.def.sessions[i].control_commission.is_some());
            let mut now = s.plenum_agenda.iter().filter(|p| due(s, p)).peekable();
            let commission_only = joint && now.peek().is_some() && now.all(|p| votes::by_commission(&s.scn, &p.motion));
            let body = match sitting.kind {
                SessionKind::Congress => Body::Congress,
                SessionKind::Plenum if commission_only => Body::ControlCommission,
                SessionKind::Plenum if joint => Body::JointPlenum,
                SessionKind::Plenum => Body::Plenum,
            };
            let seats = votes::seats(&votes::voters(s, body));
            Event::SessionOpens { sitting: *sitting, seats }
        });
        let congress = sitting.kind == SessionKind::Congress;
        if congress {
            congress_report(st);
        }
        let agenda = std::mem::take(&mut st.plenum_agenda);
        let (now, later): (Vec<_>, Vec<_>) = agenda.into_iter().partition(|p| due(st, p));
        st.plenum_agenda = later;
        for p in now {
            let body = votes::plenum_body(st, &p.motion, congress);
            decide(st, body, p);
        }
        // The events of the quarter dated after this session come now, before the next.
        let next = sessions.get(i + 1).map(|(_, d)| *d);
        super::events::resolve_until(st, next);
    }
    own_councils(st, own, turn_date);
    super::deals::drop_stale_calls(st);
    st.date = turn_date;
    st.agenda_dates.clear();
    st.fresh.clear();
}

/// The councils' own votes this turn (`GameState::own_date`), in date order, each
/// at its month: after the Central Committee's sessions, so the chronicle runs on.
fn own_councils(st: &mut GameState, own: Vec<Proposal>, turn_date: crate::scenario::date::Date) {
    st.date = turn_date;
    let mut own: Vec<_> = own.into_iter().map(|p| (st.own_date(&p.motion).unwrap_or(turn_date), p)).collect();
    own.sort_by_key(|(d, _)| *d);
    for (d, p) in own {
        st.date = d;
        let body = votes::plenum_body(st, &p.motion, false);
        decide(st, body, p);
    }
    st.date = turn_date;
}

/// Votes one motion if it is still in order, logs the tally by group, applies it.
pub fn decide(st: &mut GameState, body: Body, p: Proposal) -> Option<Tally> {
    // The congress's own report is raised by the body, not proposed, so it has no proposal to check.
    let raised_by_body = matches!(p.motion, Motion::CongressReport { .. });
    if let Err(e) = check_motion(st, p.proposer, &p.motion).or_else(|e| if raised_by_body { Ok(()) } else { Err(e) }) {
        st.record(|s| Event::Lapsed { put: MotionPut::of(s, p.proposer, p.motion), error: e });
        return None;
    }
    let cause = if raised_by_body {
        super::ledger::Cause::CongressReport
    } else {
        super::ledger::Cause::Vote { proposer: p.proposer, motion: p.motion }
    };
    st.because(cause, |st| carried(st, body, p))
}

/// Votes a motion found in order and carries out what it decided.
fn carried(st: &mut GameState, body: Body, p: Proposal) -> Option<Tally> {
    let put = MotionPut::of(st, p.proposer, p.motion);
    let tally = vote(st, body, &p);
    st.record(|_| Event::Voted { put, tally: tally.clone() });
    super::deals::after_vote(st, &p, &tally);
    if tally.passed {
        carry(st, &p, &tally);
    } else if let Motion::SetLine { .. } = p.motion {
        norms::lost_the_line(st, p.proposer);
    } else if let Some(t) = p.motion.target().filter(|_| p.motion.against_target()) {
        // A failed attack rebounds on the one who made it.
        st.add_prestige(p.proposer, -2);
        st.add_prestige(t, 2);
        st.add_rel(t, p.proposer, -10);
    }
    Some(tally)
}

/// The vote itself: held to its recorded totals when the historical script
/// recorded them (and the hall still adds up to the record), drawn otherwise.
fn vote(st: &mut GameState, body: Body, p: &Proposal) -> Tally {
    if let Some(i) = st.recorded.iter().position(|r| r.0 == p.motion) {
        let (_, rec) = st.recorded.remove(i);
        if let Some(t) = super::recorded::hold(st, body, p, rec) {
            return t;
        }
    }
    votes::hold(st, body, p)
}

fn carry(st: &mut GameState, p: &Proposal, tally: &Tally) {
    match p.motion {
        Motion::SetLine { level } => {
            st.line = level;
            let mut owners: Vec<_> = tally.yes_leaders.clone();
            if !owners.contains(&p.proposer) {
                owners.push(p.proposer);
            }
            owners.sort_unstable();
            // Who lost the fight: the old owners it leaves behind, and those who voted against it.
            let against = tally.casts.iter().filter_map(|c| match c.voter {
                votes::Voter::Leader(l) if c.no > 0 => Some(l),
                _ => None,
            });
            let mut losers: Vec<_> = st.line_owners.iter().copied().filter(|o| !owners.contains(o)).chain(against).collect();
            losers.sort_unstable();
            losers.dedup();
            st.line_owners = owners;
            st.record(|_| Event::LineSet { level });
            for o in losers {
                norms::lost_the_line(st, o);
            }
        }
        Motion::SetDoctrine { one_country } => super::doctrine::carried(st, one_country, p.proposer, tally),
        Motion::ReplaceInOffice { office, with } => {
            // An office several hold: a free place of it (legality kept one free).
            let office = st.free_seat(office).unwrap_or(office);
            let old = st.offices[office];
            st.offices[office] = Some(with);
            st.sync_patron_offices();
            if let Some(o) = old {
                st.add_rel(o, p.proposer, -20);
            }
            st.record(|_| Event::OfficeFilled { who: with, office, replacing: old });
        }
        Motion::RemoveFromPolitburo { target } => super::expulsion::demote(st, target, Rank::CentralCommittee),
        Motion::DemoteToCandidate { target } => super::expulsion::demote(st, target, Rank::Candidate),
        Motion::Promote { target } => {
            let to = if st.chars[target].rank == Rank::Candidate { Rank::Politburo } else { Rank::Candidate };
            st.chars[target].rank = to;
            st.add_rel(target, p.proposer, 15);
            st.record(|_| Event::Promoted { who: target, to });
        }
        Motion::Elect { target, to } => {
            st.chars[target].rank = to;
            st.add_rel(target, p.proposer, 15);
            st.record(|_| Event::Promoted { who: target, to });
        }
        Motion::ExpelFromCC { target } => super::expulsion::demote(st, target, Rank::Member),
        Motion::ExpelFromParty { target } => super::expulsion::demote(st, target, Rank::Expelled),
        Motion::Exile { target } => super::expulsion::demote(st, target, Rank::Exiled),
        Motion::Deport { target } => super::expulsion::demote(st, target, Rank::Deported),
        Motion::Readmit { target } => {
            st.chars[target].rank = Rank::Member;
            st.chars[target].charges = 0;
            st.record(|_| Event::Readmitted { who: target });
        }
        Motion::CongressReport { .. } => {}
    }
}

/// Who gives the Central Committee's report to a congress: the General Secretary,
/// else the first owner of the line.
pub fn congress_reporter(st: &GameState) -> Option<crate::scenario::CharId> {
    st.gensec_holder().or(st.line_owners.first().copied())
}

/// The congress votes on the Central Committee's report; a co-report, if given, is
/// the opposition's one chance to carry the congress.
fn congress_report(st: &mut GameState) {
    let Some(reporter) = congress_reporter(st) else {
        return;
    };
    let co = st.co_report.filter(|&c| st.active(c));
    let p = Proposal { motion: Motion::CongressReport { co_reporter: co }, proposer: reporter };
    let Some(tally) = decide(st, Body::Congress, p) else {
        return;
    };
    let b = st.scn.def.balance.co_report_prestige;
    match (co, tally.passed) {
        (None, _) => st.add_prestige(reporter, b / 2),
        (Some(c), true) => {
            st.add_prestige(reporter, b);
            let bloc = st.chars[c].bloc;
            let condemned: Vec<_> = st.ids().filter(|&m| m == c || bloc.is_some() && st.chars[m].bloc == bloc).collect();
            for &m in &condemned {
                st.add_prestige(m, -b);
                if st.chars[m].rank >= Rank::Member {
                    st.chars[m].charges += 1;
                }
            }
            st.record(|_| Event::CoReportCondemned { condemned });
        }
        (Some(c), false) => {
            st.add_prestige(c, 2 * b);
            st.add_prestige(reporter, -2 * b);
            norms::lost_the_line(st, reporter);
            let target = st.chars[c].nep;
            let cur = st.scn.line_value(st.line);
            if target < cur && st.line > 0 {
                st.line -= 1;
            } else if target > cur && st.line + 1 < st.scn.def.line.levels.len() {
                st.line += 1;
            }
            st.line_owners = vec![c];
            st.record(|s| Event::CoReportAdopted { co_reporter: c, line: s.line });
            if let Some(g) = st.scn.gensec
                && st.offices[g] != Some(c)
                && st.chars[c].rank >= st.scn.def.offices[g].min_rank
            {
                decide(st, Body::Congress, Proposal { motion: Motion::ReplaceInOffice { office: g, with: c }, proposer: c });
            }
        }
    }
}
