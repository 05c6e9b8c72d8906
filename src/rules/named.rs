//! Whom an event concerns, and which events decide the game: read from the typed
//! events, so the window can put the player's own fate first in a turn's report
//! and list the decisive moves without reading the chronicle's wording.

use super::chronicle::Event;
use super::command::Terms;
use crate::scenario::CharId;

/// The leaders an event names: who acted, who was struck or favoured, whose post
/// or standing moved. An event about the party or the economy at large names none,
/// except the owners of the line when its fortunes move their prestige.
pub fn named(e: &Event) -> Vec<CharId> {
    use Event as E;
    let terms = |t: &Terms| vec![t.from, t.to];
    match e {
        E::TurnOpens { .. }
        | E::SessionOpens { .. }
        | E::LineSet { .. }
        | E::ScenarioEvent { .. }
        | E::HistoryNote { .. }
        | E::OffHistoricalPath { .. } => vec![],
        E::Proposed { put, .. } | E::Voted { put, .. } | E::Lapsed { put, .. } => {
            let mut v = vec![put.proposer];
            v.extend(put.motion.target());
            v
        }
        E::Publicity { actor, .. }
        | E::StanceShifted { actor, .. }
        | E::WorldStanceShifted { actor, .. }
        | E::BlocFormed { actor, .. }
        | E::BlocJoined { actor, .. }
        | E::BlocLeft { actor, .. }
        | E::PlatformPublished { actor, .. }
        | E::PlenumCalled { actor }
        | E::CoReportAnnounced { actor }
        | E::TestamentSuppressed { actor }
        | E::Chose { actor, .. } => vec![*actor],
        E::Courted { actor, target, .. } | E::Attacked { actor, target, .. } | E::Charged { actor, target, .. } => vec![*actor, *target],
        E::StruckWithoutGrounds { mover, target, .. } => vec![*mover, *target],
        E::TestamentPublished { actor, target, judged } => {
            let mut v = vec![*actor, *target];
            v.extend(judged.iter().filter_map(|j| j.who).filter(|c| !v.contains(c)).collect::<Vec<_>>());
            v
        }
        E::Appointed { by, person, .. } => std::iter::once(*by).chain(*person).collect(),
        E::Canvassed { actor, from, .. } => std::iter::once(*actor).chain(*from).collect(),
        E::SecretarySeated { by, secretary, .. } => std::iter::once(*by).chain(*secretary).collect(),
        E::OrganisationLost { secretary, .. } => vec![*secretary],
        E::OrganisationHeld { withdrawn, .. } => withdrawn.iter().copied().collect(),
        E::Demoted { who, .. }
        | E::Promoted { who, .. }
        | E::Readmitted { who }
        | E::Recanted { who, .. }
        | E::Resigned { who, .. }
        | E::PostLost { who, .. }
        | E::PrecedentSet { who, .. }
        | E::LostTheLine { who }
        | E::DoubleDealer { who }
        | E::Struck { who, .. }
        | E::Died { who, .. } => vec![*who],
        E::OfficeCreated { .. } | E::OfficeAbolished { .. } => vec![],
        E::OfficeFilled { who, replacing, .. } => std::iter::once(*who).chain(*replacing).collect(),
        E::CoReportCondemned { condemned } => condemned.clone(),
        E::CoReportAdopted { co_reporter, .. } => vec![*co_reporter],
        E::EconomyResolved { owners, owners_gain, .. } if *owners_gain != 0 => owners.clone(),
        E::EconomyResolved { .. } => vec![],
        E::CrisisMotion { critic, owners, .. } => std::iter::once(*critic).chain(owners.iter().copied()).collect(),
        E::ArmyStanding { commander, .. } => vec![*commander],
        E::CominternStanding { head, .. } => vec![*head],
        E::DoctrineSet { owners, .. } | E::DoctrineJudged { owners, .. } => owners.clone(),
        E::DoctrineConfirmed { joined } => joined.clone(),
        E::WorldRevolutionJudged { moved, .. } => moved.iter().filter(|(_, d)| *d != 0).map(|(c, _)| *c).collect(),
        E::ChoiceByDefault { chooser, .. } | E::QuestionPut { chooser, .. } => vec![*chooser],
        E::DealOffered { terms: t, .. }
        | E::DealAnswered { terms: t, .. }
        | E::DealLapsed { terms: t, .. }
        | E::PromiseKept { terms: t, .. }
        | E::DealKept { terms: t, .. }
        | E::DealBroken { terms: t, .. } => terms(t),
        E::LoyaltyCalledIn { patron, motion, .. } => std::iter::once(*patron).chain(motion.target()).collect(),
        E::SecretMeeting { actor, with, .. } | E::MeetingLeaked { actor, with, .. } => vec![*actor, *with],
        E::GameEnds(_) => vec![],
    }
}

/// Whether the event concerns `c`.
pub fn concerns(e: &Event, c: CharId) -> bool {
    matches!(e, Event::GameEnds(_)) || named(e).contains(&c)
}

/// A move that changes the game's course, whoever made it: the Testament, blocs
/// formed and broken, platforms, charges, posts and ranks changing hands, deaths,
/// co-reports, broken deals and leaks, the line moved. The turn's report lists
/// them on a page of their own, since several (blocs) are otherwise summed up.
pub fn decisive(e: &Event) -> bool {
    use Event as E;
    match e {
        E::BlocLeft { dissolved, .. } => *dissolved,
        E::TestamentPublished { .. }
        | E::TestamentSuppressed { .. }
        | E::BlocFormed { .. }
        | E::PlatformPublished { .. }
        | E::CoReportAnnounced { .. }
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
        | E::CoReportAdopted { .. }
        | E::DoubleDealer { .. }
        | E::LineSet { .. }
        | E::CrisisMotion { .. }
        | E::DealBroken { .. }
        | E::MeetingLeaked { .. }
        | E::Died { .. }
        | E::Struck { .. }
        | E::GameEnds(_) => true,
        _ => false,
    }
}
