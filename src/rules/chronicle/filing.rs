//! How each event is filed: its category (the tag it wears and the page of the
//! turn report it belongs to).

use super::{Category, Event};

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
            E::Appointed { .. }
            | E::SecretarySeated { .. }
            | E::OrganisationLost { .. }
            | E::OrganisationHeld { .. }
            | E::Canvassed { .. } => Category::Patronage,
            E::Charged { .. }
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
            | E::Struck { .. } => Category::Ladder,
            E::SessionOpens { .. } | E::Voted { .. } | E::Lapsed { .. } | E::CoReportAdopted { .. } => Category::Vote,
            E::LineSet { .. } | E::EconomyResolved { .. } | E::CrisisMotion { .. } => Category::Economy,
            E::ScenarioEvent { .. }
            | E::ChoiceByDefault { .. }
            | E::QuestionPut { .. }
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
