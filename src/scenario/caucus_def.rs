//! A standing caucus of the Politburo's majority (the Seven of August 1924: the
//! full members without Trotsky, and Kuibyshev): it meets the evening before and
//! settles each motion, which its members then vote through as one. Not a body of
//! the party: it decides nothing itself, it binds its members' votes.

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaucusDef {
    pub id: String,
    /// As the chronicle and the vote breakdown name it: "The Seven".
    pub name: String,
    /// The man who gathers it: it meets while he is in the party, and a member sits
    /// in it while he is in no bloc or in the convener's.
    pub convener: String,
    /// Its members, the convener among them; some need not sit in the body whose
    /// votes it settles (Kuibyshev, the Control Commission's chairman).
    pub members: Vec<String>,
    /// The event after which it meets (`the_seven`); without one, from the start.
    #[serde(default)]
    pub after: Option<String>,
    /// The event after which it no longer meets (`siberian_trip`: the grain crisis
    /// split the majority); without one, it meets while its members sit.
    #[serde(default)]
    pub until: Option<String>,
    /// How far, 0..100, a member who does not lean hard goes with its decision.
    pub discipline: i32,
}
