//! Votes as history recorded them. In the historical replay a script entry may
//! carry the real totals of the vote it causes (the 14th Congress: 559 for, 65
//! against, 41 not voting). The game's own model still decides who votes how: the
//! whole hall's mood is shifted by one factor until the expected totals meet the
//! record, then the seats are shared out by largest remainder. So the tally is
//! history's, and its split by delegation is the game's. A body of leaders voting
//! one by one (the Politburo deporting Trotsky, 6 to 3) is held the same way: the
//! men likeliest to vote yes cast the recorded yes votes, the least likely the no.

use super::state::{GameState, Proposal};
use super::votes::{self, Body, Cast, Tally, Voter};
pub use crate::scenario::script::RecordedVote;

/// Holds the vote to the recorded totals; `None` when it cannot be (a body mixing
/// leaders and delegations, or seats that no longer add up to the record because
/// the game has left the historical path), and the ordinary vote is held instead.
pub fn hold(st: &GameState, body: Body, prop: &Proposal, rec: RecordedVote) -> Option<Tally> {
    let vs = votes::voters(st, body);
    if vs.iter().all(|v| matches!(v, Voter::Leader(_))) {
        return leaders(st, body, prop, rec);
    }
    let mut blocks = vec![];
    for v in &vs {
        match *v {
            Voter::Delegation(_, w) | Voter::Control(w) => blocks.push((*v, w, votes::voter_p(st, *v, prop))),
            Voter::Leader(_) => return None,
        }
    }
    let seats = votes::seats(&vs);
    if rec.yes + rec.no + rec.abstain != seats || rec.yes < 0 || rec.no < 0 || rec.abstain < 0 {
        return None;
    }
    let weights: Vec<i32> = blocks.iter().map(|b| b.1).collect();
    let abstain = share_out(rec.abstain, &weights.iter().map(|&w| w as f64).collect::<Vec<_>>(), &weights);
    let voting: Vec<i32> = weights.iter().zip(&abstain).map(|(w, a)| w - a).collect();
    // One factor on everyone's odds, found by bisection (square roots and
    // products only, so every platform finds the same one).
    let expected = |k: f64| -> Vec<f64> {
        blocks.iter().zip(&voting).map(|(b, &v)| v as f64 * (b.2 * k / (b.2 * k + (1.0 - b.2)).max(1e-12))).collect()
    };
    let (mut lo, mut hi) = (1e-9_f64, 1e9_f64);
    for _ in 0..200 {
        let mid = (lo * hi).sqrt();
        if expected(mid).iter().sum::<f64>() < rec.yes as f64 { lo = mid } else { hi = mid }
    }
    let yes = share_out(rec.yes, &expected((lo * hi).sqrt()), &voting);
    let needed = votes::needed_percent(st, body, &prop.motion);
    let casts = blocks
        .iter()
        .enumerate()
        .map(|(i, b)| Cast {
            voter: b.0,
            bloc: None,
            patron: votes::patron_of(st, b.0),
            yes: yes[i],
            no: voting[i] - yes[i],
            abstain: abstain[i],
        })
        .collect();
    Some(Tally {
        body,
        yes: rec.yes,
        no: rec.no,
        abstain: rec.abstain,
        needed_percent: needed,
        passed: votes::passes(rec.yes, rec.no, needed),
        seats,
        yes_leaders: vec![],
        casts,
        caucus: None,
    })
}

/// A body of leaders held to its record: ranked by their chance of yes (the unity
/// norm applied, ties to the earlier voter), the first `yes` vote for, the next
/// `abstain` abstain, the rest vote against. Who is who is the game's; the totals are history's.
fn leaders(st: &GameState, body: Body, prop: &Proposal, rec: RecordedVote) -> Option<Tally> {
    let (vs, ps, _) = votes::unity::chances(st, body, prop);
    let seats = vs.len() as i32;
    if rec.yes + rec.no + rec.abstain != seats || rec.yes < 0 || rec.no < 0 || rec.abstain < 0 {
        return None;
    }
    let mut order: Vec<usize> = (0..vs.len()).collect();
    order.sort_by(|&a, &b| ps[b].partial_cmp(&ps[a]).unwrap_or(std::cmp::Ordering::Equal).then(a.cmp(&b)));
    let mut place = vec![0; vs.len()];
    for (k, &i) in order.iter().enumerate() {
        place[i] = k as i32;
    }
    let (mut casts, mut yes_leaders, mut chair_yes) = (vec![], vec![], false);
    for (i, v) in vs.iter().enumerate() {
        let Voter::Leader(c) = *v else { return None };
        let (y, a) = (place[i] < rec.yes, place[i] >= rec.yes && place[i] < rec.yes + rec.abstain);
        if y {
            yes_leaders.push(c);
            chair_yes |= st.has_power(c, crate::scenario::Power::ChairPolitburo);
        }
        let (yes, abstain) = (i32::from(y), i32::from(a));
        casts.push(Cast { voter: *v, bloc: st.chars[c].bloc, patron: None, yes, no: 1 - yes - abstain, abstain });
    }
    let needed = votes::needed_percent(st, body, &prop.motion);
    let passed = votes::passes(rec.yes, rec.no, needed) || (body == Body::Politburo && rec.yes == rec.no && chair_yes);
    let caucus = votes::caucus::settle(st, body, &votes::Poll::new(st, prop));
    Some(Tally { body, yes: rec.yes, no: rec.no, abstain: rec.abstain, needed_percent: needed, passed, seats, yes_leaders, casts, caucus })
}

/// Shares `total` among blocks in proportion to `want`, each at most its `cap`,
/// by largest remainder; ties go to the earlier block.
fn share_out(total: i32, want: &[f64], cap: &[i32]) -> Vec<i32> {
    let sum: f64 = want.iter().sum();
    let exact: Vec<f64> = want.iter().map(|w| if sum > 0.0 { w * total as f64 / sum } else { 0.0 }).collect();
    let mut out: Vec<i32> = exact.iter().zip(cap).map(|(e, &c)| (e.floor() as i32).min(c)).collect();
    let mut left = total - out.iter().sum::<i32>();
    while left > 0 {
        let best = (0..out.len()).filter(|&i| out[i] < cap[i]).max_by(|&a, &b| {
            let (ra, rb) = (exact[a] - out[a] as f64, exact[b] - out[b] as f64);
            ra.partial_cmp(&rb).unwrap_or(std::cmp::Ordering::Equal).then(b.cmp(&a))
        });
        let Some(i) = best else { break };
        out[i] += 1;
        left -= 1;
    }
    out
}
