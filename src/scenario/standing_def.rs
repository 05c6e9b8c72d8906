//! A standing committee inside the Politburo, in the scenario format: a smaller
//! body drawn from the full members (the troika of 1923, a presidium's bureau)
//! that decides in the Politburo's place the kinds of motion the scenario names.

use super::statutes::MotionKind;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StandingCommitteeDef {
    /// Its name in the chronicle and the window: "Standing Committee", "Bureau".
    pub name: String,
    /// Who sits in it at the start: full members of the Politburo. A member who
    /// leaves the full Politburo (or dies) leaves it too.
    #[serde(default)]
    pub members: Vec<String>,
    /// Offices whose holders sit in it while they are full members of the
    /// Politburo, whoever they are (the premier, the first secretary).
    #[serde(default)]
    pub ex_officio: Vec<String>,
    /// The kinds of motion it decides where the Politburo would (at the end of the
    /// turn); a kind decided by a plenum or a congress stays theirs.
    pub decides: Vec<MotionKind>,
}
