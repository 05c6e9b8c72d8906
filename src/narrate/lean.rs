//! A voter's reasons in words, for the vote breakdowns.

use crate::rules::votes::Lean;

pub fn lean(l: Lean) -> &'static str {
    match l {
        Lean::ProposedIt => "proposed it",
        Lean::TakesHisPost => "it takes his post from him",
        Lean::AimedAtHim => "it is aimed at him",
        Lean::FavoursHim => "it favours him",
        Lean::RegardForProposer => "his regard for the proposer",
        Lean::ProposersBloc => "the proposer's bloc",
        Lean::ApparatusBacksIt => "the apparatus backs it",
        Lean::FeelingsAboutTarget => "his feelings about the target (a yes harms him)",
        Lean::FeelingsAboutManConcerned => "his feelings about the man concerned",
        Lean::TargetsBloc => "the target's bloc",
        Lean::FeelingsAboutHolder => "his feelings about the holder (a yes unseats him)",
        Lean::HoldersBloc => "the holder's bloc",
        Lean::PostWouldBeHis => "the post would be his",
        Lean::RegardForNominee => "his regard for the nominee",
        Lean::PrestigeAgainstTarget => "prestige of proposer against target",
        Lean::Charges => "charges of factionalism",
        Lean::CentralCommitteeAuthority => "the Central Committee's authority",
        Lean::StatusQuo => "the body prefers things as they are",
        Lean::Recanted => "he recanted",
        Lean::PrestigeOfManConcerned => "prestige of the man concerned",
        Lean::PrestigeOfProposer => "prestige of the proposer",
        Lean::LineAgainstStance => "the line against his stance",
        Lean::LineAgainstCoReport => "the line against the co-report's",
        Lean::NoAlternative => "no alternative is offered",
        Lean::PostVacant => "the post is vacant",
        Lean::TestamentAdvises => "Lenin's Testament advises it",
        Lean::NoGrounds => "the party's norm: no grounds against the man struck at",
        Lean::FearOfProposer => "fear of the proposer: the others close ranks",
        Lean::DoubleDealer => "he is a double-dealer: he recanted and went back to faction work",
        Lean::Bonapartism => "fear of a Bonaparte at the head of the army",
        Lean::Internationalism => "his stance on world revolution",
        Lean::Doctrine => "his stance on world revolution against the doctrine's",
        Lean::Oratory => "the speeches at the congress",
        Lean::Promised => "he promised his vote in a deal",
        Lean::SecretUnderstanding => "a secret understanding",
    }
}
