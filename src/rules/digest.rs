//! The chronicle's digest: what a student of the succession needs (the sessions and
//! their votes, the posts and ranks changing hands, blocs made and broken, charges,
//! expulsions, deaths, the events of history and the choices they forced) without
//! the routine of each turn (speeches, articles, courting, attacks, a canvass that
//! changed no secretary, appointments before they are seated, deals in the making).
//! Read from the typed events, never from their wording: the window's "Digest"
//! view and `replay --history --digest` show the same entries.

use super::chronicle::Event;
use super::named::decisive;

/// How much an event weighs in the story of the game.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weight {
    /// A move of every turn: left out of the digest.
    Routine,
    /// Part of the record a student reads: a session, a vote, an event of history.
    Record,
    /// A move that changed the game's course (`named::decisive`).
    Decisive,
}

/// The weight of an event. Every kind is named, so a new kind must be weighed.
pub fn weight(e: &Event) -> Weight {
    use Event as E;
    use Weight::{Record, Routine};
    if decisive(e) {
        return Weight::Decisive;
    }
    match e {
        E::Publicity { .. }
        | E::StanceShifted { .. }
        | E::WorldStanceShifted { .. }
        | E::Courted { .. }
        | E::Attacked { .. }
        | E::Proposed { .. }
        | E::Lapsed { .. }
        | E::Appointed { .. }
        | E::SecretarySeated { .. }
        | E::LoyaltyCalledIn { .. }
        | E::SecretMeeting { .. }
        | E::DealOffered { .. }
        | E::DealLapsed { .. }
        | E::PromiseKept { .. }
        | E::DealKept { .. }
        | E::ArmyStanding { .. }
        | E::CominternStanding { .. } => Routine,
        // A canvass that changed no secretary, a refused deal, an ordinary quarter.
        E::Canvassed { elected: false, .. } | E::DealAnswered { accepted: false, .. } | E::EconomyResolved { crisis: false, .. } => Routine,
        E::Canvassed { elected: true, .. } | E::DealAnswered { accepted: true, .. } | E::EconomyResolved { crisis: true, .. } => Record,
        E::TurnOpens { .. }
        | E::SessionOpens { .. }
        | E::Voted { .. }
        | E::BlocFormed { .. }
        | E::BlocJoined { .. }
        | E::BlocLeft { .. }
        | E::PlatformPublished { .. }
        | E::PlenumCalled { .. }
        | E::CoReportAnnounced { .. }
        | E::TestamentPublished { .. }
        | E::TestamentSuppressed { .. }
        | E::Chose { .. }
        | E::OrganisationLost { .. }
        | E::OrganisationHeld { .. }
        | E::Charged { .. }
        | E::Demoted { .. }
        | E::Promoted { .. }
        | E::Readmitted { .. }
        | E::Recanted { .. }
        | E::Resigned { .. }
        | E::PostLost { .. }
        | E::OfficeCreated { .. }
        | E::OfficeAbolished { .. }
        | E::OfficeFilled { .. }
        | E::CoReportCondemned { .. }
        | E::StruckWithoutGrounds { .. }
        | E::PrecedentSet { .. }
        | E::LostTheLine { .. }
        | E::DoubleDealer { .. }
        | E::CoReportAdopted { .. }
        | E::LineSet { .. }
        | E::CrisisMotion { .. }
        | E::WorldRevolutionJudged { .. }
        | E::DoctrineSet { .. }
        | E::DoctrineConfirmed { .. }
        | E::DoctrineJudged { .. }
        | E::ScenarioEvent { .. }
        | E::ChoiceByDefault { .. }
        | E::QuestionPut { .. }
        | E::Died { .. }
        | E::Struck { .. }
        | E::HistoryNote { .. }
        | E::OffHistoricalPath { .. }
        | E::DealBroken { .. }
        | E::MeetingLeaked { .. }
        | E::GameEnds(_) => Record,
    }
}

/// Whether the digest keeps the event.
pub fn in_digest(e: &Event) -> bool {
    weight(e) != Weight::Routine
}
