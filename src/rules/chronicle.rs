//! The chronicle: what happened, as typed events. The rules record facts (who,
//! what, which numbers) and never words; the text a player reads is rendered from
//! these events by `crate::narrate`, and the window's report, the terminal, the
//! tests and the analysis all read the same events.

use super::command::{CommandError, Motion, Terms};
use super::outcome::Outcome;
use super::votes::tally::Tally;
use crate::scenario::date::Date;
use crate::scenario::{BlocId, CharId, OfficeId, Rank, RegionId, SessionKind};
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

/// Everything the rules can report. Numbers are those of the moment it happened
/// ("prestige now 55"), so an entry reads the same whenever it is rendered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub enum Event {
    TurnOpens {
        turn: u32,
        session: Option<Sitting>,
    },
    // The leaders' commands.
    /// `odds`: the forecast shown when it was put (`votes::forecast`), kept to
    /// measure how well the odds forecast (`analyze --calibration`).
    Proposed {
        put: MotionPut,
        when: VotedWhen,
        odds: f64,
        /// Put without notice by the Secretariat's control of the agenda.
        surprise: bool,
    },
    Publicity {
        actor: CharId,
        speech: bool,
        gain: i32,
        prestige: i32,
    },
    StanceShifted {
        actor: CharId,
        toward: bool,
        stance: i32,
        cost: i32,
        credibility: i32,
    },
    /// A leader moved his world-revolution stance toward (or away from) world revolution.
    WorldStanceShifted {
        actor: CharId,
        toward: bool,
        stance: i32,
        cost: i32,
        credibility: i32,
    },
    /// The party adopted (or abandoned) its doctrine abroad, by a vote or outside one.
    DoctrineSet {
        one_country: bool,
        owners: Vec<CharId>,
        by_vote: bool,
    },
    /// The party confirmed the doctrine it holds: these leaders now answer for it too.
    DoctrineConfirmed {
        joined: Vec<CharId>,
    },
    /// A world event judged the doctrine the party holds: its owners gained (or lost) `change`.
    DoctrineJudged {
        one_country: bool,
        change: i32,
        owners: Vec<CharId>,
    },
    Courted {
        actor: CharId,
        target: CharId,
        gain: i32,
        regard: i32,
    },
    Attacked {
        actor: CharId,
        target: CharId,
        loss: i32,
        oratory: i32,
        credibility: i32,
        press: bool,
    },
    BlocFormed {
        actor: CharId,
        bloc: BlocId,
    },
    BlocJoined {
        actor: CharId,
        bloc: BlocId,
    },
    BlocLeft {
        actor: CharId,
        bloc: BlocId,
        dissolved: bool,
    },
    PlatformPublished {
        actor: CharId,
        bloc: BlocId,
    },
    PlenumCalled {
        actor: CharId,
    },
    CoReportAnnounced {
        actor: CharId,
    },
    /// `target`: the man it advises removing; `judged`: each judgement and its price.
    TestamentPublished {
        actor: CharId,
        target: CharId,
        judged: Vec<Judgement>,
    },
    TestamentSuppressed {
        actor: CharId,
    },
    Chose {
        actor: CharId,
        event: usize,
        choice: usize,
    },
    // Patronage.
    /// `actor` canvassed a region's cells: its delegation's loyalty to `from` fell
    /// by `lost`; if `elected`, the cells chose his man and `loyalty` is to him.
    Canvassed {
        actor: CharId,
        region: RegionId,
        from: Option<CharId>,
        lost: i32,
        loyalty: i32,
        elected: bool,
    },
    Appointed {
        by: CharId,
        region: RegionId,
        person: Option<CharId>,
        delegates: i32,
        cc_seats: i32,
    },
    /// `loyalty`: how faithfully the delegation now follows its patron, which the
    /// appointer's administration raised or lowered by `administration`.
    SecretarySeated {
        region: RegionId,
        secretary: Option<CharId>,
        by: CharId,
        loyalty: i32,
        administration: i32,
    },
    OrganisationLost {
        region: RegionId,
        secretary: CharId,
    },
    // The ladder and the posts.
    Charged {
        actor: CharId,
        target: CharId,
        weight: i32,
        backed: bool,
        charges: i32,
    },
    Demoted {
        who: CharId,
        to: Rank,
    },
    Promoted {
        who: CharId,
        to: Rank,
    },
    Readmitted {
        who: CharId,
    },
    Recanted {
        who: CharId,
        immune_turns: u32,
    },
    Resigned {
        who: CharId,
        office: OfficeId,
    },
    PostLost {
        who: CharId,
        office: OfficeId,
    },
    OfficeFilled {
        who: CharId,
        office: OfficeId,
        replacing: Option<CharId>,
    },
    CoReportCondemned {
        condemned: Vec<CharId>,
    },
    /// A motion against a leader the party has no grounds against: it cost the
    /// mover prestige and frightened the others (his fear now).
    StruckWithoutGrounds {
        mover: CharId,
        target: CharId,
        prestige_lost: i32,
        fear: i32,
        norm: i32,
    },
    /// A leader driven down the ladder: the next will be easier (the norm now).
    PrecedentSet {
        who: CharId,
        norm: i32,
    },
    /// He lost a fight over the line: grounds against him from now on.
    LostTheLine {
        who: CharId,
    },
    /// He recanted and went back to factional work.
    DoubleDealer {
        who: CharId,
    },
    // Sessions and votes.
    SessionOpens {
        sitting: Sitting,
        seats: i32,
    },
    Voted {
        put: MotionPut,
        tally: Tally,
    },
    Lapsed {
        put: MotionPut,
        error: CommandError,
    },
    CoReportAdopted {
        co_reporter: CharId,
        line: usize,
    },
    // The economy and the line.
    LineSet {
        level: usize,
    },
    EconomyResolved {
        line: usize,
        grain: i32,
        industry: i32,
        peasants: i32,
        workers: i32,
        result: i32,
        before: i32,
        /// What each owner of the line gained (or lost) in prestige: the sum of
        /// `standing` (the result against 50), `change` (its move this turn) and
        /// `crisis_hit` (a procurement crisis).
        owners_gain: i32,
        standing: i32,
        change: i32,
        crisis_hit: i32,
        crisis: bool,
        owners: Vec<CharId>,
    },
    /// A grain procurement crisis: `critic` puts a motion to move the line to
    /// `level` on the next turn's Politburo agenda, against its `owners`.
    CrisisMotion {
        critic: CharId,
        level: usize,
        owners: Vec<CharId>,
    },
    // The levers beyond the vote.
    /// The army's commander gains `gain` prestige; `fearful` (the other Politburo
    /// members who thought well of him) think up to `fear` less of a contender at
    /// its head (never below 0).
    ArmyStanding {
        commander: CharId,
        gain: i32,
        prestige: i32,
        fear: i32,
        fearful: Vec<CharId>,
    },
    /// The world movement's fortunes move the Comintern's head.
    CominternStanding {
        head: CharId,
        change: i32,
        /// The part of `change` that Permanent Revolution as the party's doctrine added.
        extra: i32,
        prestige: i32,
    },
    /// The internationalist case proved right or wrong: each leader's prestige
    /// moved by his world-revolution stance.
    WorldRevolutionJudged {
        proved_right: bool,
        moved: Vec<(CharId, i32)>,
    },
    // Events, health, history and the end.
    ScenarioEvent {
        event: usize,
    },
    ChoiceByDefault {
        chooser: CharId,
        event: usize,
        choice: usize,
    },
    Died {
        who: CharId,
        cause: DeathCause,
    },
    /// A scenario event arrested, incapacitated or restored him.
    Struck {
        who: CharId,
        blow: Blow,
    },
    /// A historical script entry carried out, with its note (its index in `script`).
    HistoryNote {
        entry: usize,
    },
    /// A historical script entry the rules refused: the game has left the path.
    OffHistoricalPath {
        entry: usize,
        error: CommandError,
    },
    // Scheming between leaders.
    DealOffered {
        deal: usize,
        terms: Terms,
    },
    DealAnswered {
        deal: usize,
        terms: Terms,
        accepted: bool,
    },
    /// An offer the player left unanswered, or whose motion is gone.
    DealLapsed {
        deal: usize,
        terms: Terms,
    },
    /// One side did what it promised (voted as promised, proposed the post).
    PromiseKept {
        deal: usize,
        terms: Terms,
        by: CharId,
    },
    /// The deal's term ran out with every promise kept.
    DealKept {
        deal: usize,
        terms: Terms,
    },
    /// `by` broke his word: the other's regard and his trust, as they now stand.
    DealBroken {
        deal: usize,
        terms: Terms,
        by: CharId,
        trust: i32,
        regard: i32,
    },
    LoyaltyCalledIn {
        patron: CharId,
        motion: Motion,
        regions: i32,
        boost: i32,
        cost: i32,
    },
    SecretMeeting {
        actor: CharId,
        with: CharId,
        turns: u32,
    },
    MeetingLeaked {
        actor: CharId,
        with: CharId,
        prestige: i32,
        charges: i32,
        actor_charges: i32,
        with_charges: i32,
    },
    GameEnds(Outcome),
}

impl Event {
    pub fn category(&self) -> Category {
        use Event as E;
        match self {
            E::TurnOpens { .. } => Category::Turn,
            E::Proposed { .. }
            | E::Publicity { .. }
            | E::StanceShifted { .. }
            | E::WorldStanceShifted { .. }
            | E::Courted { .. }
            | E::Attacked { .. }
            | E::BlocFormed { .. }
            | E::BlocJoined { .. }
            | E::BlocLeft { .. }
            | E::PlatformPublished { .. }
            | E::PlenumCalled { .. }
            | E::CoReportAnnounced { .. }
            | E::TestamentPublished { .. }
            | E::TestamentSuppressed { .. }
            | E::Chose { .. }
            | E::DealOffered { .. }
            | E::DealAnswered { .. }
            | E::DealLapsed { .. }
            | E::PromiseKept { .. }
            | E::DealKept { .. }
            | E::DealBroken { .. }
            | E::LoyaltyCalledIn { .. }
            | E::SecretMeeting { .. }
            | E::MeetingLeaked { .. } => Category::Command,
            E::Appointed { .. } | E::SecretarySeated { .. } | E::OrganisationLost { .. } | E::Canvassed { .. } => Category::Patronage,
            E::Charged { .. }
            | E::Demoted { .. }
            | E::Promoted { .. }
            | E::Readmitted { .. }
            | E::Recanted { .. }
            | E::Resigned { .. }
            | E::PostLost { .. }
            | E::OfficeFilled { .. }
            | E::CoReportCondemned { .. }
            | E::StruckWithoutGrounds { .. }
            | E::PrecedentSet { .. }
            | E::LostTheLine { .. }
            | E::DoubleDealer { .. }
            | E::Struck { .. } => Category::Ladder,
            E::SessionOpens { .. } | E::Voted { .. } | E::Lapsed { .. } | E::CoReportAdopted { .. } => Category::Vote,
            E::LineSet { .. } | E::EconomyResolved { .. } | E::CrisisMotion { .. } => Category::Economy,
            E::ScenarioEvent { .. }
            | E::ChoiceByDefault { .. }
            | E::ArmyStanding { .. }
            | E::CominternStanding { .. }
            | E::WorldRevolutionJudged { .. }
            | E::DoctrineSet { .. }
            | E::DoctrineConfirmed { .. }
            | E::DoctrineJudged { .. } => Category::Event,
            E::Died { .. } => Category::Health,
            E::HistoryNote { .. } | E::OffHistoricalPath { .. } => Category::History,
            E::GameEnds(_) => Category::Outcome,
        }
    }

    /// A leader's small act (a speech, an article, courting, an attack, a change
    /// of bloc): the turn report sums these up rather than giving each a line.
    pub fn is_minor(&self) -> bool {
        use Event as E;
        matches!(
            self,
            E::Publicity { .. }
                | E::StanceShifted { .. }
                | E::Courted { .. }
                | E::Attacked { .. }
                | E::BlocFormed { .. }
                | E::BlocJoined { .. }
                | E::BlocLeft { .. }
                | E::Chose { .. }
        )
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub date: Date,
    pub turn: u32,
    pub event: Event,
}

impl Entry {
    pub fn category(&self) -> Category {
        self.event.category()
    }
}

#[derive(Debug, Clone, Default)]
pub struct Chronicle {
    pub entries: Vec<Entry>,
    /// When set, nothing is kept (benchmarks, mass analysis, the computer's lookahead).
    pub quiet: bool,
    /// Keep the ledger too (`GameState::ledger`: every change with its cause), unless quiet.
    /// Off by default: only a player's game reads it, and the many games of the
    /// analysis would carry it into every lookahead copy.
    pub ledger: bool,
}
