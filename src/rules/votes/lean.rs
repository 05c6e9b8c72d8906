//! Why a voter leans as he does, as named reasons: the rules weigh them, the
//! breakdown the player reads puts them into words (`narrate::lean`).

/// One reason in a voter's inclination toward a motion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lean {
    ProposedIt,
    TakesHisPost,
    AimedAtHim,
    FavoursHim,
    RegardForProposer,
    ProposersBloc,
    ApparatusBacksIt,
    FeelingsAboutTarget,
    FeelingsAboutManConcerned,
    TargetsBloc,
    FeelingsAboutHolder,
    HoldersBloc,
    PostWouldBeHis,
    RegardForNominee,
    PrestigeAgainstTarget,
    Charges,
    CentralCommitteeAuthority,
    StatusQuo,
    Recanted,
    PrestigeOfManConcerned,
    PrestigeOfProposer,
    LineAgainstStance,
    LineAgainstCoReport,
    NoAlternative,
    PostVacant,
    TestamentAdvises,
    /// He promised his vote in a deal.
    Promised,
    /// A secret understanding with the proposer (or with the man a motion is aimed at).
    SecretUnderstanding,
}
