//! The numbers of scheming between leaders (`balance.deals`): deals, calling in
//! loyalty, secret meetings. Every field may be left out.

use serde::Deserialize;

/// The numbers of the leaders' schemes (MODDING.md §4).
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct DealsBalance {
    /// Action points to offer a deal.
    pub offer_cost: i32,
    /// Turns a deal binds both sides after it is made.
    pub term_turns: u32,
    /// Every leader's trust at the start, 0..100.
    pub start_trust: i32,
    /// A promised vote's lean (`Lean::Promised`), in the votes' units.
    pub promise_weight: i32,
    /// The wronged side's regard for a promise-breaker falls by this.
    pub broken_regard: i32,
    /// Every other active leader's regard for him falls by this.
    pub broken_regard_others: i32,
    /// His trust falls by this.
    pub broken_trust: i32,
    /// A promise kept, and a deal kept to its term, raise trust by this.
    pub kept_trust: i32,
    /// A promised post is worth this percent of the office's weight.
    pub post_percent: i32,
    /// Support on the line is worth this, times the distance of his stance from the line over 100.
    pub line_value: i32,
    /// Protection is worth this much, plus `protection_threat` per motion against him and per charge.
    pub protection_value: i32,
    pub protection_threat: i32,
    /// Joining a bloc costs this, plus a quarter of the stance distance to the one who offers.
    pub join_cost: i32,
    /// A vote costs this percent of his lean against it.
    pub vote_cost_percent: i32,
    /// The answer counts this percent of his regard for the one who offers...
    pub regard_percent: i32,
    /// ...and this percent of that man's trust above 50.
    pub trust_percent: i32,
    /// Action points to call in one's delegations on a motion.
    pub call_in_cost: i32,
    /// Loyalty the called-in delegations add on that vote (capped at 100).
    pub call_in_loyalty: i32,
    /// Loyalty each of his regions loses after the vote.
    pub call_in_loyalty_cost: i32,
    /// Action points for a secret meeting.
    pub meet_cost: i32,
    /// Mutual regard a meeting adds.
    pub meet_regard: i32,
    /// Turns the understanding lasts after the meeting's.
    pub meet_turns: u32,
    /// Lean toward the other's motions (and against motions aimed at him) meanwhile.
    pub meet_cohesion: i32,
    /// The other must regard you at least this much to come.
    pub meet_min_regard: i32,
    /// Percent chance, drawn at the end of the meeting's turn, that it leaks.
    pub leak_percent: i32,
    /// A leak costs each of the two this prestige...
    pub leak_prestige: i32,
    /// ...and adds this many charges of factionalism to each.
    pub leak_charges: i32,
}

impl Default for DealsBalance {
    fn default() -> Self {
        DealsBalance {
            offer_cost: 1,
            term_turns: 4,
            start_trust: 50,
            promise_weight: 150,
            broken_regard: 30,
            broken_regard_others: 5,
            broken_trust: 25,
            kept_trust: 5,
            post_percent: 100,
            line_value: 30,
            protection_value: 20,
            protection_threat: 30,
            join_cost: 30,
            vote_cost_percent: 100,
            regard_percent: 50,
            trust_percent: 50,
            call_in_cost: 2,
            call_in_loyalty: 40,
            call_in_loyalty_cost: 10,
            meet_cost: 1,
            meet_regard: 15,
            meet_turns: 2,
            meet_cohesion: 40,
            meet_min_regard: -20,
            leak_percent: 25,
            leak_prestige: 6,
            leak_charges: 1,
        }
    }
}
