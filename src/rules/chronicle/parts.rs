//! The small types the chronicle's events carry: how an entry is filed, a
//! session, a motion as it stood, when it will be voted, a Testament's judgement,
//! what struck a leader and why he died.

use crate::rules::command::Motion;
use crate::scenario::{CharId, Rank, SessionKind};
use serde::Serialize;

/// How an entry is filed: the tag it wears in the chronicle and the page of the
/// turn report it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Category {
    Turn,
    Command,
    Event,
    Economy,
    Vote,
    Ladder,
    Patronage,
    Health,
    Outcome,
    /// A note from the historical script.
    History,
}

/// A session of a body: one on the scenario's calendar (its index in `sessions`),
/// or an extraordinary one called during the game.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sitting {
    pub kind: SessionKind,
    pub scheduled: Option<usize>,
}

/// A motion as it stood when it was put or voted. `target_rank` is the target's
/// rank then, which says what a promotion promotes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MotionPut {
    pub proposer: CharId,
    pub motion: Motion,
    pub target_rank: Option<Rank>,
}

/// When a proposed motion will be voted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum VotedWhen {
    /// By the Politburo at the end of this turn.
    PolitburoThisTurn,
    /// By the Politburo at the end of next turn: the leader it is aimed at is owed notice.
    PolitburoNextTurn,
    /// By a session meeting this turn.
    ThisTurn(Sitting),
    /// By an organisation's own council, sitting on its own date later this turn
    /// (the unions' council, June 1929, in the turn of the April plenum).
    OwnDate(crate::scenario::date::Date),
    /// It waits for a scheduled session (its index in `sessions`).
    Waits(usize),
    /// It waits for a plenum that is not yet on the calendar.
    WaitsForPlenum,
}

/// One judgement of a published Testament: its index in the scenario's list (for
/// its words), the character it is about (none for a man outside the cast) and the
/// prestige it cost him.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Judgement {
    pub judgement: usize,
    pub who: Option<CharId>,
    pub loss: i32,
}

/// What an event did to a leader beside killing him (`Effect::Arrest`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Blow {
    /// Arrested: out of the party, his posts lost.
    Arrested,
    /// Too ill or too closely watched to act, though he keeps his rank.
    Incapacitated,
    /// Able to act again, and back in the party if he was out of it.
    Restored,
}

/// Why a leader died.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DeathCause {
    Illness,
    /// A scenario event's `Die` effect.
    Event,
}
