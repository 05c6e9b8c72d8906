//! A scenario's events as written: when they fall, the question they may put,
//! the conditions they wait for and the effects they have (part of `schema`).

use crate::scenario::Rank;
use crate::scenario::date::Date;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventDef {
    pub id: String,
    pub title: String,
    pub text: String,
    /// Fires in the turn containing this date; without a date, the first turn
    /// its condition holds.
    pub date: Option<Date>,
    #[serde(default)]
    pub condition: Option<Condition>,
    /// Percent chance when due.
    #[serde(default = "hundred")]
    pub chance: i32,
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// Who decides, when there are choices; an office id resolves to its holder.
    #[serde(default)]
    pub chooser: Option<Chooser>,
    #[serde(default)]
    pub choices: Vec<ChoiceDef>,
    /// A note for teachers: what really happened.
    #[serde(default)]
    pub note: String,
}

fn hundred() -> i32 {
    100
}

#[derive(Debug, Clone, Deserialize)]
pub enum Chooser {
    Character(String),
    Office(String),
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceDef {
    pub label: String,
    #[serde(default)]
    pub effects: Vec<Effect>,
    /// How much a computer leader likes this choice.
    #[serde(default)]
    pub ai_weight: i32,
    /// When this answer may be given (always, if none).
    #[serde(default)]
    pub condition: Option<Condition>,
}

#[derive(Debug, Clone, Deserialize)]
pub enum Condition {
    All(Vec<Condition>),
    Any(Vec<Condition>),
    Not(Box<Condition>),
    Alive(String),
    HoldsOffice(String, String),
    RankAtLeast(String, Rank),
    LineAtLeast(i32),
    LineAtMost(i32),
    GrainBelow(i32),
    IndustryBelow(i32),
    After(Date),
    /// Lenin's Testament (the scenario's `testament`) has been published.
    TestamentPublished,
    /// The question of event `id` was answered with choice `k` (counted from 0):
    /// what follows a decision can depend on it.
    Chose(String, usize),
    /// The event with this id has happened (resolved, not merely fallen due).
    Happened(String),
}

#[derive(Debug, Clone, Deserialize)]
pub enum Effect {
    Prestige(String, i32),
    Health(String, i32),
    Credibility(String, i32),
    Die(String),
    Relation(String, String, i32),
    Stance(String, i32),
    ActionPoints(String, i32),
    Grain(i32),
    Industry(i32),
    PeasantMood(i32),
    WorkerMood(i32),
    Delegates(String, i32),
    Loyalty(String, i32),
    /// Every region whose patron is the holder of this office gains delegates.
    EnrolForOffice(String, i32),
    /// Every region whose patron is the holder of this office gains loyalty: the
    /// new members his apparatus promoted owe it their places.
    LoyaltyForOffice(String, i32),
    /// The holder of this office names a cadre of his to the region's organisation,
    /// as his `Appoint` would (seated at the end of the turn): an appointment made
    /// outside the Secretariat's usual round (1924: the Orgburo takes the army's
    /// Political Directorate). Nothing if the office is vacant, an appointment there
    /// is already under way, or his cadres already run it.
    AppointForOffice(String, String),
    /// The region's cells stand by their leadership: an appointment under way there
    /// is withdrawn, and none may be made for this many turns.
    HoldOrganisation(String, u32),
    /// A post changes hands by a decision outside the party's bodies (the state's
    /// appointments): the office passes to this character, or stands vacant for one
    /// who is no character of the scenario. Ignored if he is dead or ranks too low.
    Office(String, Option<String>),
    /// He stops answering for the line (he has turned against it): no longer one of its owners.
    DisownLine(String),
    /// The line's owners gain (or lose) prestige.
    LineOwnersPrestige(i32),
    /// Characters whose stance is on this side of 0 (negative: left) gain prestige.
    StancePrestige(i32, i32),
    /// Sets the Testament's state.
    TestamentRead,
    /// Gives the party grounds against him (a case made, a scandal): the norm
    /// no longer shields him.
    Discredit(String),
    /// The world movement's fortunes: the Comintern's head gains (or loses) this much prestige.
    Comintern(i32),
    /// The internationalist case proved right (+) or wrong (-): every active leader
    /// gains this much times his world-revolution stance / 100 (the internationalists
    /// gain, the men of Socialism in One Country lose, or the other way round).
    WorldRevolution(i32),
    /// The party adopts (true) or abandons the doctrine outside a vote (an article,
    /// a conference's resolution): the listed leaders answer for what it now holds.
    Doctrine(bool, Vec<String>),
    /// If the party holds the doctrine, the listed leaders join its owners (a congress confirms it).
    ConfirmDoctrine(Vec<String>),
    /// Sets his rank, up or down, outside the party's votes (a coup, a decree, a
    /// rehabilitation); a rise needs a free seat at that rank, or nothing happens.
    SetRank(String, Rank),
    /// The post passes to him (as `Office(o, Some(c))`).
    GiveOffice(String, String),
    /// The post is taken from its holder and stands vacant (as `Office(o, None)`).
    TakeOffice(String),
    /// He is struck down (a stroke, house arrest): he keeps his rank and posts
    /// but gives no commands until `Restore`d.
    Incapacitate(String),
    /// He can act again, and is readmitted to the party if he was out of it.
    Restore(String),
    /// He is arrested: expelled from the party, every post lost, he acts no more.
    Arrest(String),
    /// The office is created now (a `dormant` one, or one abolished before): it
    /// stands vacant until filled.
    CreateOffice(String),
    /// The office is abolished now: its holders lose it, and it can no longer be
    /// filled unless a later `CreateOffice` brings it back.
    AbolishOffice(String),
}
