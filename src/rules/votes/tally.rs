//! What a vote produced: every voter's cast and the totals, with the groups a
//! tally is shown by. Plain types, so the chronicle can carry a vote whole.

use crate::scenario::{BlocId, CharId, RegionId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Body {
    Politburo,
    Plenum,
    /// Central Committee with the Control Commission: needed to expel.
    JointPlenum,
    Congress,
    /// The Control Commission alone, electing its chairman.
    ControlCommission,
    /// An organisation's own council (a region's delegation), electing its head.
    Organisation(RegionId),
    /// The scenario's standing committee, inside the Politburo (`votes::standing`).
    StandingCommittee,
}

impl Body {
    /// The Politburo or its standing committee: voting at the end of the turn,
    /// leader by leader, a tie carried by the chairman's vote.
    pub fn of_politburo(self) -> bool {
        matches!(self, Body::Politburo | Body::StandingCommittee)
    }
}

/// A voter: a leader with one vote, or a delegation voting as a block of seats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Voter {
    Leader(CharId),
    Delegation(RegionId, i32),
    /// The Control Commission's seats in a joint plenum, following its chair.
    Control(i32),
}

/// How one voter cast his seats, with what the tally needs to group him: a
/// leader's bloc and a delegation's patron as they were at the vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Cast {
    pub voter: Voter,
    pub bloc: Option<BlocId>,
    pub patron: Option<CharId>,
    pub yes: i32,
    pub no: i32,
    pub abstain: i32,
}

/// The groups a tally is shown by: leaders by bloc, delegations one by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Group {
    Bloc(BlocId),
    Unaligned,
    Delegation { region: RegionId, patron: Option<CharId> },
    Control,
}

/// What a caucus (`votes::caucus`) settled before a vote: which caucus, its
/// verdict, the members it bound.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Settled {
    pub caucus: usize,
    pub yes: bool,
    pub members: Vec<CharId>,
}

/// The outcome of one vote.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Tally {
    pub body: Body,
    pub yes: i32,
    pub no: i32,
    pub abstain: i32,
    pub needed_percent: i32,
    pub passed: bool,
    /// Every seat in the body when the vote was held.
    pub seats: i32,
    /// Leaders who voted yes.
    pub yes_leaders: Vec<CharId>,
    /// What a caucus (the Seven) settled beforehand, for the Politburo's votes.
    pub caucus: Option<Settled>,
    /// Every voter's vote, in the order they voted.
    pub casts: Vec<Cast>,
}

impl Tally {
    /// (group, yes, no, abstain) in the order the groups first voted: leaders by
    /// bloc, delegations and the Control Commission one by one.
    pub fn groups(&self) -> Vec<(Group, i32, i32, i32)> {
        let mut out: Vec<(Group, i32, i32, i32)> = vec![];
        for c in &self.casts {
            let g = match c.voter {
                Voter::Leader(_) => c.bloc.map_or(Group::Unaligned, Group::Bloc),
                Voter::Delegation(region, _) => Group::Delegation { region, patron: c.patron },
                Voter::Control(_) => Group::Control,
            };
            match out.iter_mut().find(|x| x.0 == g && matches!(g, Group::Bloc(_) | Group::Unaligned)) {
                Some(x) => {
                    x.1 += c.yes;
                    x.2 += c.no;
                    x.3 += c.abstain;
                }
                None => out.push((g, c.yes, c.no, c.abstain)),
            }
        }
        out
    }

    /// Every voting member is counted once: yes + no + abstain.
    pub fn total(&self) -> i32 {
        self.yes + self.no + self.abstain
    }
}
