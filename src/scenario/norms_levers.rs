//! The balance numbers of the party's norms and of the levers beyond the vote
//! (`balance.norms`, `balance.levers`): what striking without grounds costs, and
//! what the army, the world movement, the economy, oratory and administration do.

use serde::Deserialize;

/// The party's norms against moving on Lenin's comrades without grounds, and how
/// they wear away; see `rules::norms`.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Norms {
    /// How strongly every voter leans against a motion to remove, demote, expel or
    /// unseat a leader the party has no grounds against, at the scenario's start.
    pub strength: i32,
    /// The norm weakens by this much each year of the struggle.
    pub decay_per_year: i32,
    /// And by this much for every leader already driven down the ladder (a precedent).
    pub per_precedent: i32,
    /// A precedent licenses only like cases: it weakens the norm only against a man
    /// whose stance on the NEP lies within this many points of the fallen man's
    /// when he fell (0: against everyone). Expelling the Left did not license
    /// striking at the Right without a case of its own.
    pub like_stance: i32,
    /// At full strength, this percent of a delegation's loyalty to its patron gives
    /// way to the norm on such a motion (the delegates will not follow him that far).
    pub loyalty_percent: i32,
    /// Prestige the mover loses when he puts such a motion.
    pub prestige_cost: i32,
    /// How much the party's fear of the mover grows when he puts one.
    pub fear: i32,
    /// Fear fades by this percent each turn.
    pub fear_decay_percent: i32,
    /// Percent of the mover's fear by which the other leaders lean against a
    /// motion of his without grounds: they close ranks against the one they fear.
    pub fear_percent: i32,
    /// Prestige and fear the Secretariat's surprise (a motion without notice) costs.
    pub surprise_prestige: i32,
    pub surprise_fear: i32,
    /// How much every other leader's regard for a man falls when he recants.
    pub recant_regard: i32,
    /// How strongly voters lean toward a motion against a double-dealer (a man who
    /// recanted and went back to factional work).
    pub double_dealer: i32,
    /// Every this many turns, a man outside any organised faction sees one of his
    /// charges forgotten (0: never): lying low wears old charges away.
    pub charge_fade_turns: u32,
    /// The party believes a man's recantation this many times; after that it buys
    /// him no pardon (0: no limit). Zinoviev and Kamenev recanted in 1926 and 1928.
    pub recantations: u32,
}

impl Default for Norms {
    fn default() -> Self {
        Norms {
            strength: 0,
            decay_per_year: 0,
            per_precedent: 0,
            like_stance: 0,
            loyalty_percent: 0,
            prestige_cost: 0,
            fear: 0,
            fear_decay_percent: 20,
            fear_percent: 0,
            surprise_prestige: 0,
            surprise_fear: 0,
            recant_regard: 0,
            double_dealer: 0,
            charge_fade_turns: 0,
            recantations: 0,
        }
    }
}

/// The levers of power beyond the vote. Zero turns a lever off.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct Levers {
    /// Prestige the commander of the army (an office with the `Army` power) gains
    /// each turn, over his office's own.
    pub army_prestige: i32,
    /// Each turn every other Politburo member who thinks well of a contender who
    /// commands the army thinks this much less of him, down to indifference (0):
    /// the fear of a Bonaparte.
    pub army_fear: i32,
    /// Leaders lean this far against a motion that helps a contender who commands
    /// the army (he proposes it, or it favours him) and toward one that harms him.
    pub bonapartism: i32,
    /// Percent of the gap in world-revolution stance that counts in a leader's vote
    /// on a motion against a man or for a post: he leans to the side nearer his own.
    pub internationalism_percent: i32,
    /// Prestige to the line's owners per point the economy's result rose (or lost
    /// per point it fell) this turn, beside `prestige_per_result`.
    pub result_change: i32,
    /// Prestige the line's owners lose in each turn of a grain procurement crisis.
    pub crisis_prestige: i32,
    /// In a procurement crisis, the most prestigious Politburo member far from the
    /// line moves to change it: a motion to move the line one step toward his
    /// stance goes on the next turn's Politburo agenda.
    pub crisis_motion: bool,
    /// At a congress, the share of a delegation that follows no patron leans this
    /// many tenths of a point per point of the proposer's oratory over the
    /// target's (over 5 when no man is attacked): speeches and co-reports sway the unbound.
    pub oratory_tenths: i32,
    /// Loyalty of a newly seated secretary's delegation per point of the
    /// appointer's administration above 5 (below 5: less).
    pub administration: i32,
    /// Canvassing a region's cells: its delegation's loyalty to its patron falls by
    /// this many tenths of a point per point of the canvasser's oratory. 0: no canvassing.
    pub canvass_tenths: i32,
    /// When canvassing leaves a delegation's loyalty below this, the cells elect a
    /// secretary of the canvasser's: he becomes its patron.
    pub canvass_elect: i32,
    /// The loyalty of a delegation whose cells elected the canvasser's man.
    pub canvass_loyalty: i32,
    /// Turns the cells' choice stands before the Secretariat may appoint over him.
    pub canvass_turns: i32,
    /// How far one `ShiftWorldStance` moves a leader's world-revolution stance. 0:
    /// the stance is fixed (no such command).
    pub world_stance_step: i32,
    /// Credibility a shift of world-revolution stance costs.
    pub world_stance_cost: i32,
    /// Percent of a world event's `WorldRevolution(n)` the doctrine's owners gain
    /// when it proves their doctrine right (lose when wrong), beside their stance's share.
    pub doctrine_prestige_percent: i32,
    /// Percent added to the Comintern head's swings (`Comintern(n)`) while the party
    /// holds Permanent Revolution: the world movement is the line, and its head answers for it.
    pub permanent_comintern_percent: i32,
    /// Percent of the gap between a leader's world-revolution stance and each
    /// doctrine's that counts in his vote on a motion to adopt or abandon it.
    pub doctrine_lean_percent: i32,
}

impl Default for Levers {
    /// Every lever off, but the crisis costs what it cost before levers existed.
    fn default() -> Self {
        Levers {
            army_prestige: 0,
            army_fear: 0,
            bonapartism: 0,
            internationalism_percent: 0,
            result_change: 0,
            crisis_prestige: 3,
            crisis_motion: false,
            oratory_tenths: 0,
            administration: 0,
            canvass_tenths: 0,
            canvass_elect: 0,
            canvass_loyalty: 0,
            canvass_turns: 0,
            world_stance_step: 0,
            world_stance_cost: 0,
            doctrine_prestige_percent: 0,
            permanent_comintern_percent: 0,
            doctrine_lean_percent: 0,
        }
    }
}
