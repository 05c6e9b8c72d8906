//! The odds of a motion, computed in advance: exact for leaders voting one by
//! one, a normal approximation for delegations voting as blocks.

use super::foresight::{Overtaken, at_the_vote, overtaken};
use super::{Body, Poll, Voter, needed_percent, passes, voters, voting_seats};
use crate::rules::command::Motion;
use crate::rules::state::{GameState, Proposal};
use crate::scenario::{CharId, Power};

/// The chance (0..1) that the motion passes in `body` if voted now. Exact for
/// leaders voting one by one, a normal approximation for delegations.
pub fn odds(st: &GameState, body: Body, prop: &Proposal) -> f64 {
    odds_with(st, body, prop, false)
}

/// Whether `body` votes on `m` at a session still to come, by when this turn's
/// appointments are seated (the Politburo votes this turn, a session meeting now
/// votes before they are, unless the motion is owed notice and waits).
pub fn ahead(st: &GameState, body: Body, m: &Motion) -> bool {
    ahead_given(body, st, crate::rules::norms::owed_notice(st, m))
}

/// `ahead`, told whether the motion is owed notice (a surprise is not).
pub fn ahead_given(body: Body, st: &GameState, notice: bool) -> bool {
    !body.of_politburo() && (st.session().is_none() || notice)
}

/// The odds of a motion proposed now, as shown to the player, planned by the
/// computer and recorded when it is put: for the body and the session that will
/// decide it, after this turn's scheduled events (`foresight`: they resolve before
/// the votes; a motion they make lapse has no chance), with this turn's
/// appointments seated if that session is still to come.
pub fn forecast(st: &GameState, proposer: CharId, motion: Motion) -> f64 {
    forecast_given(st, proposer, motion, crate::rules::norms::owed_notice(st, &motion))
}

/// The forecast of a motion put by surprise: voted this turn, without notice.
pub fn surprise_forecast(st: &GameState, proposer: CharId, motion: Motion) -> f64 {
    forecast_given(st, proposer, motion, false)
}

/// The chance that `co`'s co-report carries this turn's congress: the congress votes
/// the Central Committee's report against it, and the co-report is adopted when
/// that fails (`sessions::congress_report`). None when no one gives the report.
pub fn co_report_forecast(st: &GameState, co: CharId) -> Option<f64> {
    let seen = at_the_vote(st);
    let reporter = crate::rules::sessions::congress_reporter(&seen)?;
    let prop = Proposal { motion: Motion::CongressReport { co_reporter: Some(co) }, proposer: reporter };
    Some(1.0 - odds(&seen, Body::Congress, &prop))
}

fn forecast_given(st: &GameState, proposer: CharId, motion: Motion, notice: bool) -> f64 {
    let seen = at_the_vote(st);
    if let Some(Overtaken::Lapses(_)) = overtaken(st, &seen, proposer, &motion) {
        return 0.0;
    }
    let body = super::motion_body_given(&seen, &motion, notice);
    odds_with(&seen, body, &Proposal { motion, proposer }, ahead_given(body, &seen, notice))
}

/// A voter's chance of yes; `ahead` reads a delegation's pending secretary as seated.
pub fn voter_p_at(st: &GameState, v: Voter, prop: &Proposal, ahead: bool) -> f64 {
    voter_at(&Poll::new(st, prop), st, v, ahead)
}

/// `voter_p_at` in a poll already taken.
fn voter_at(poll: &Poll, st: &GameState, v: Voter, ahead: bool) -> f64 {
    match v {
        Voter::Delegation(r, _) if ahead => match st.regions[r].pending {
            Some(a) => {
                let (loyalty, _) = crate::rules::patronage::seated_loyalty(st, &a);
                poll.delegation(Some(a.patron), loyalty, st.scn.def.regions[r].nep_mood)
            }
            None => poll.voter(v),
        },
        _ => poll.voter(v),
    }
}

fn odds_with(st: &GameState, body: Body, prop: &Proposal, ahead: bool) -> f64 {
    let vs = voters(st, body);
    let needed = needed_percent(st, body, &prop.motion);
    let poll = Poll::new(st, prop);
    if vs.iter().all(|v| matches!(v, Voter::Leader(_))) {
        let mut ps: Vec<f64> = vs.iter().map(|v| poll.voter(*v)).collect();
        super::caucus::apply(st, body, &poll, &vs, &mut ps);
        // Exact distribution of the number of yes votes.
        let mut dist = vec![1.0f64];
        for &p in &ps {
            let mut next = vec![0.0; dist.len() + 1];
            for (k, q) in dist.iter().enumerate() {
                next[k] += q * (1.0 - p);
                next[k + 1] += q * p;
            }
            dist = next;
        }
        let n = vs.len() as i32;
        return dist
            .iter()
            .enumerate()
            .filter(|(k, _)| {
                let y = *k as i32;
                passes(y, n - y, needed) || (y == n - y && y > 0 && body.of_politburo() && chair_supports(st, &poll))
            })
            .map(|(_, q)| q)
            .sum();
    }
    let (mut mean, mut var, mut total, mut blocks) = (0.0, 0.0, 0.0, 0.0);
    let mut ps: Vec<f64> = vs.iter().map(|v| voter_at(&poll, st, *v, ahead)).collect();
    super::council::apply(st, body, &poll, &vs, &mut ps);
    super::caucus::apply(st, body, &poll, &vs, &mut ps);
    let pulled = super::unity::pull(st, body, &vs, &ps);
    if let Some(x) = pulled {
        super::unity::apply(&poll, st, body, &vs, &mut ps, x);
    }
    let noise = super::unity::noise(st, body, pulled);
    for (v, &p) in vs.iter().zip(&ps) {
        match v {
            Voter::Leader(_) => {
                mean += p;
                var += p * (1.0 - p);
                total += 1.0;
            }
            Voter::Delegation(_, w) | Voter::Control(w) => {
                let voting = voting_seats(st, *w) as f64;
                mean += voting * p;
                var += (voting * noise).powi(2) / 3.0;
                total += voting;
                // How far the hall's mood moves this delegation (`hall`'s slope at no mood).
                blocks += voting * 4.0 * p * (1.0 - p);
            }
        }
    }
    // The mood of the hall moves every delegation together (`hold`), each by its slope.
    let hall = st.scn.def.balance.vote.hall_mood as f64 / 100.0;
    var += (blocks * hall).powi(2) / 3.0;
    let k = if needed > 50 { (total * needed as f64 / 100.0).ceil() } else { (total / 2.0).floor() + 1.0 };
    let sd = var.sqrt().max(0.5);
    1.0 - normal_cdf((k - 0.5 - mean) / sd)
}

fn chair_supports(st: &GameState, poll: &Poll) -> bool {
    st.politburo().any(|c| st.has_power(c, Power::ChairPolitburo) && poll.voter(Voter::Leader(c)) > 0.5)
}

/// Standard normal CDF (Abramowitz and Stegun 7.1.26).
fn normal_cdf(x: f64) -> f64 {
    let z = x.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.3275911 * z);
    let y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * (-z * z).exp();
    if x >= 0.0 { 0.5 * (1.0 + y) } else { 0.5 * (1.0 - y) }
}
