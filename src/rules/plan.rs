//! The computer leaders' intentions as plain types, below both the computer that
//! holds them (`ai::plan_of`) and the words that say them (`narrate::plan`). Like
//! `difficulty`, the rules never read them: a replay applies the logged commands
//! and never asks the computer what it meant.

use crate::scenario::CharId;

/// What a computer leader is working toward over several turns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Plan {
    /// Gather a following: form or join a bloc, court the uncommitted.
    BuildBloc,
    /// Unite the others against the man ahead, and never sit in his bloc.
    IsolateFrontRunner(CharId),
    /// Take the fight against this man to the coming congress.
    StrikeAtCongress(CharId),
    /// Give the ban on factions no target until the danger passes.
    LieLow,
    /// Hold the party's line and the majority behind it.
    DefendTheLine,
    /// Fill the regions with his cadres and the posts with his men.
    SeizeTheApparatus,
    /// Work and vote with his patron.
    Follow(CharId),
    /// Master of the apparatus and the majorities: drive this last rival off the Politburo.
    ClearTheField(CharId),
    /// In the seat of power without the Politburo's majority: court its members,
    /// raise his friends into it, drive the hostile off it (Stalin's 1926–1927).
    WinThePolitburo,
}

/// What in the situation put the plan in his head: the plan changes only when its cause does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Cause {
    /// He faces this many charges of factionalism.
    Charged(i32),
    /// A motion to put him down the ladder waits on an agenda.
    Threatened,
    /// He recanted, and the party's pardon lasts until this turn.
    Recanted { until: u32 },
    /// His faction is organised, and too weak to survive the ban.
    OutlawedFaction,
    /// Lenin's letter names him and has not yet been dealt with.
    TestamentPending,
    /// The front-runner leads him by this much power.
    Ahead { lead: i32 },
    /// A congress sits within this many months.
    CongressNear { months: i32 },
    /// He is the front-runner, by this lead.
    Leading { lead: i32 },
    /// He has no bloc behind him.
    NoFollowing,
    /// He is one of the line's owners.
    OwnsTheLine,
    /// He holds the power to appoint the regions' secretaries.
    HoldsTheApparatus,
    /// He holds the seat of power and both majorities; this many rivals still sit.
    RivalsRemain(usize),
    /// He holds the seat of power, but only `have` percent of the Politburo is loyal
    /// to him, and supremacy wants more than `need`.
    PolitburoShort { have: i32, need: i32 },
    /// His patron, the contender he regards most.
    Patron,
    /// Nothing presses: he builds.
    NothingPressing,
}

/// A plan with its cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Intent {
    pub plan: Plan,
    pub cause: Cause,
}

impl Plan {
    /// The man the plan is aimed at, if any.
    pub fn target(self) -> Option<CharId> {
        match self {
            Plan::IsolateFrontRunner(f) | Plan::StrikeAtCongress(f) | Plan::ClearTheField(f) => Some(f),
            _ => None,
        }
    }
}
