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
    /// The party's norm: the mover has no grounds against the man he strikes at.
    NoGrounds,
    /// The others close ranks against a mover they fear.
    FearOfProposer,
    /// The man struck at recanted and went back to factional work.
    DoubleDealer,
    /// The fear of a Bonaparte: a contender who commands the army.
    Bonapartism,
    /// The world-revolution stance: the side nearer his own.
    Internationalism,
    /// At a congress, the speakers' oratory sways the unbound delegates.
    Oratory,
    /// He promised his vote in a deal.
    Promised,
    /// A secret understanding with the proposer (or with the man a motion is aimed at).
    SecretUnderstanding,
    /// On a motion to adopt or abandon the doctrine abroad: the doctrine nearer his
    /// own stance on world revolution.
    Doctrine,
}
