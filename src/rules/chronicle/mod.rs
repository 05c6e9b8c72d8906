//! The chronicle: what happened, as typed events. The rules record facts (who,
//! what, which numbers) and never words; the text a player reads is rendered from
//! these events by `crate::narrate`, and the window's report, the terminal, the
//! tests and the analysis all read the same events.

use super::command::{CommandError, Motion, Terms};
use super::outcome::Outcome;
use super::votes::tally::Tally;
use crate::scenario::{BlocId, CharId, OfficeId, Rank, RegionId};
use serde::Serialize;

mod book;
mod filing;
mod parts;

pub use book::{Chronicle, Entry};
pub use parts::{Blow, Category, DeathCause, Judgement, MotionPut, Sitting, VotedWhen};

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
    /// The region's cells kept their leadership (a scenario event): the appointment
    /// `withdrawn` had under way there lapses, and none is made before `until`.
    OrganisationHeld {
        region: RegionId,
        withdrawn: Option<CharId>,
        until: crate::scenario::date::Date,
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
    /// An event created an office (`CreateOffice`, or a `dormant` one woken).
    OfficeCreated {
        office: OfficeId,
    },
    /// An event abolished an office; its holders' `PostLost` follow.
    OfficeAbolished {
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
        /// Who answers for the results: the line's owners, then `government`.
        owners: Vec<CharId>,
        /// Of `owners`, those who answer only as head of government, not owning the line.
        government: Vec<CharId>,
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
    /// A question put to a leader as the turn opens: he answers it during the turn,
    /// so the chronicle asks before it tells the answer.
    QuestionPut {
        chooser: CharId,
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
