//! The votes that decided a game, and who had appointed the secretaries of the
//! delegations that cast them: read from the typed vote records (`Event::Voted`
//! with every voter's cast) and the seatings of secretaries before each vote.

use crate::rules::GameState;
use crate::rules::chronicle::{Event, MotionPut};
use crate::rules::command::Motion;
use crate::rules::votes::tally::{Tally, Voter};
use crate::scenario::date::Date;
use crate::scenario::{CharId, RegionId};

/// A decisive vote and its delegations.
pub struct Decisive {
    pub date: Date,
    pub put: MotionPut,
    pub tally: Tally,
    /// The headline, as the chronicle gives it.
    pub headline: String,
    pub delegations: Vec<Delegation>,
}

/// One delegation's cast, its patron at the vote, and who had seated its secretary.
pub struct Delegation {
    pub region: RegionId,
    pub yes: i32,
    pub no: i32,
    pub abstain: i32,
    pub patron: Option<CharId>,
    /// Who appointed the secretary in place at the vote, and when; `None`: in place
    /// since the scenario's start (or elected by the cells: see `elected`).
    pub appointed_by: Option<(CharId, Date)>,
    pub elected: bool,
}

/// How much a vote weighs: a motion against a contender, the Secretariat, the
/// line and a congress's report decide most.
fn weight(st: &GameState, put: &MotionPut, tally: &Tally) -> i32 {
    let contender = |c: CharId| st.scn.def.characters[c].contender;
    let base = match put.motion {
        Motion::RemoveFromPolitburo { target }
        | Motion::DemoteToCandidate { target }
        | Motion::ExpelFromCC { target }
        | Motion::ExpelFromParty { target }
            if contender(target) =>
        {
            10
        }
        Motion::ReplaceInOffice { office, .. }
            if st.scn.def.offices[office].powers.iter().any(|p| matches!(p, crate::scenario::Power::AppointSecretaries)) =>
        {
            10
        }
        Motion::CongressReport { .. } => 8,
        Motion::SetLine { .. } => 6,
        Motion::Exile { .. } | Motion::Deport { .. } => 4,
        _ => 1,
    };
    // Delegations' votes show the machine at work: prefer votes they cast.
    let delegations = tally.casts.iter().any(|c| matches!(c.voter, Voter::Delegation(..)));
    base * 2 + i32::from(delegations)
}

/// The three votes that decided the game (from the chapter's opening on), in date order.
pub fn decisive(st: &GameState) -> Vec<Decisive> {
    let from = crate::rules::chapter::opened(&st.scn);
    let mut votes: Vec<(i32, usize)> = vec![];
    for (i, e) in st.chronicle.entries.iter().enumerate() {
        if let Event::Voted { put, tally } = &e.event
            && e.date >= from
        {
            votes.push((weight(st, put, tally), i));
        }
    }
    votes.sort_by_key(|&(w, i)| (std::cmp::Reverse(w), i));
    let mut pick: Vec<usize> = votes.iter().take(3).map(|&(_, i)| i).collect();
    pick.sort();
    pick.into_iter()
        .filter_map(|i| {
            let e = &st.chronicle.entries[i];
            let Event::Voted { put, tally } = &e.event else { return None };
            let delegations = tally
                .casts
                .iter()
                .filter_map(|c| match c.voter {
                    Voter::Delegation(region, _) => {
                        let (appointed_by, elected) = seated_before(st, region, i);
                        Some(Delegation { region, yes: c.yes, no: c.no, abstain: c.abstain, patron: c.patron, appointed_by, elected })
                    }
                    _ => None,
                })
                .collect();
            Some(Decisive { date: e.date, put: *put, tally: tally.clone(), headline: crate::narrate::headline(&st.scn, e), delegations })
        })
        .collect()
}

/// The last seating of a secretary in `region` before chronicle entry `before`:
/// who appointed him and when, or whether the cells elected him.
fn seated_before(st: &GameState, region: RegionId, before: usize) -> (Option<(CharId, Date)>, bool) {
    for e in st.chronicle.entries[..before].iter().rev() {
        match e.event {
            Event::SecretarySeated { region: r, by, .. } if r == region => return (Some((by, e.date)), false),
            Event::Canvassed { region: r, elected: true, .. } if r == region => return (None, true),
            _ => {}
        }
    }
    (None, false)
}
