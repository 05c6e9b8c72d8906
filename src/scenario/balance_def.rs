//! A scenario's balance as written: the numbers that tune the rules, the votes,
//! the computer's judgement and the costs of commands (part of `schema`).

use super::norms_levers::{Levers, Norms};
use serde::Deserialize;

/// Every balancing number the rules use.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Balance {
    pub base_action_points: i32,
    pub costs: Costs,
    pub speech_prestige: i32,
    pub article_prestige: i32,
    pub attack_prestige: i32,
    pub attack_relation: i32,
    pub court_relation: i32,
    pub stance_step: i32,
    pub stance_credibility_cost: i32,
    pub credibility_recovery: i32,
    pub appointee_loyalty: i32,
    pub charge_prestige: i32,
    pub charges_to_expel_from_cc: i32,
    pub charges_to_expel_from_party: i32,
    pub recant_prestige: i32,
    pub recant_immunity_turns: u32,
    pub qualified_majority_percent: i32,
    pub politburo_seats: i32,
    pub candidate_seats: i32,
    pub vote: VoteWeights,
    pub health: HealthDef,
    pub bloc_cohesion: i32,
    pub organised_cohesion: i32,
    pub co_report_prestige: i32,
    /// Each turn prestige drifts this percent of the way back toward 40: fame fades.
    #[serde(default)]
    pub prestige_decay_percent: i32,
    /// Each turn, contenders who both sit in the Politburo think this much less of each other.
    #[serde(default)]
    pub contender_rivalry: i32,
    /// Seats of the Control Commission in a joint plenum; they follow its chair.
    #[serde(default)]
    pub control_commission_seats: i32,
    /// How the computer leaders judge: thresholds of their schemes, not rules.
    #[serde(default)]
    pub ai: AiBalance,
    /// The levers beyond the vote: the army, the world movement, the economy,
    /// oratory and administration.
    #[serde(default)]
    pub levers: Levers,
    /// The party's norms: what striking at a leader without grounds costs.
    #[serde(default)]
    pub norms: Norms,
    /// Scheming between leaders: deals, calling in loyalty, secret meetings.
    #[serde(default)]
    pub deals: super::deals_balance::DealsBalance,
}

/// The computer's judgement, in numbers a modder can tune without code.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct AiBalance {
    /// The lead in power (before temperament: +2 per point of caution, -2 per
    /// point of ambition) at which the other contenders unite against the front-runner.
    pub coalition_alarm: i32,
    /// Each contender's alarm is raised by a number from 0 to this, drawn for the
    /// game from its seed: some wake to the danger late.
    pub coalition_spread: i32,
    /// A contender publishes his platform only when his bloc holds at least this
    /// percent of the Central Committee's votes, or a congress is at hand.
    pub platform_cc_percent: i32,
    /// With a congress at hand, the share of the Central Committee his bloc needs
    /// for the appeal to the delegates to be worth the charges: a bloc of two with
    /// a city each does not publish on the eve of a congress the apparatus holds.
    pub platform_congress_percent: i32,
    /// Percent of a contender's fear (earned by striking without grounds) that
    /// counts with his power when the others judge who menaces them most.
    pub fear_menace_percent: i32,
    /// Each computer leader's nerve for the game, drawn from its seed: the odds he
    /// wants before he puts a motion move by up to this many points either way.
    pub nerve_spread: i32,
    /// A lead in power that alarms every contender, whatever his temperament and
    /// suspicion: the front-runner is running away with the game.
    pub runaway_lead: i32,
    /// A contender the front-runner leads gives his speech before any courtship
    /// while his prestige is under this: his standing is what every vote weighs.
    pub speaks_first_below: i32,
}

impl Default for AiBalance {
    fn default() -> Self {
        AiBalance {
            coalition_alarm: 0,
            coalition_spread: 30,
            platform_cc_percent: 35,
            platform_congress_percent: 0,
            fear_menace_percent: 50,
            nerve_spread: 12,
            runaway_lead: 30,
            speaks_first_below: 60,
        }
    }
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Costs {
    pub appoint: i32,
    pub speech: i32,
    pub article: i32,
    pub court: i32,
    pub attack: i32,
    pub shift_stance: i32,
    pub propose: i32,
    pub form_bloc: i32,
    pub join_bloc: i32,
    pub leave_bloc: i32,
    pub publish_platform: i32,
    pub charge: i32,
    pub recant: i32,
    pub call_plenum: i32,
    pub co_report: i32,
    pub publish_testament: i32,
    pub suppress_testament: i32,
    /// Putting a motion without notice (needs the `SetAgenda` power).
    #[serde(default = "default_surprise_cost")]
    pub surprise: i32,
    /// Canvassing a region's party cells (`levers.canvass_tenths`).
    #[serde(default = "default_surprise_cost")]
    pub canvass: i32,
}

fn default_surprise_cost() -> i32 {
    2
}

/// How a voter's inclination is built; see `votes::inclination`.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct VoteWeights {
    /// Percent of relation (-100..100) that counts.
    pub relation_percent: i32,
    /// Same bloc as the proposer (+) or target (-).
    pub bloc: i32,
    /// Percent of the prestige gap between proposer and target.
    pub prestige_percent: i32,
    /// Per charge of factionalism against the target.
    pub per_charge: i32,
    /// Against a target who recanted.
    pub recanted: i32,
    /// Every motion against a man or a post-holder starts this far behind: bodies
    /// prefer things as they are.
    #[serde(default)]
    pub status_quo: i32,
    /// Charges beyond this many add nothing more.
    #[serde(default = "super::schema::three")]
    pub max_charges_counted: i32,
    /// For a motion the General Secretary proposes: the apparatus' weight.
    pub apparatus: i32,
    /// Per point of stance distance (0..200) between voter and a proposed line.
    pub line_distance_percent: i32,
    /// Inclination that gives 75% yes.
    pub scale: i32,
    /// Delegations' share swings by this many percent either way.
    pub delegation_noise: i32,
    /// Percent of delegates who abstain.
    pub abstain_percent: i32,
    /// How strongly a delegation votes as one (1: each delegate alone; 3: a
    /// 75% leaning becomes 96% of the delegation).
    #[serde(default = "super::schema::one")]
    pub delegation_discipline: i32,
    /// The mood of the hall: at each vote of a plenum or congress every delegation
    /// leans the same way at once, a divided one by up to this many percent, a
    /// decided one hardly at all (`votes::hall`). No one knows before the vote
    /// which way the room will turn, so a motion at the edge of a majority is a
    /// gamble rather than a certainty, while a foregone vote stays foregone.
    #[serde(default)]
    pub hall_mood: i32,
    /// The unity norm at a congress: how far (percent) the waverers go with a
    /// known majority; 0 for none.
    #[serde(default)]
    pub unity_percent: i32,
    /// A majority within this many points of half is in doubt: the norm moves no one.
    #[serde(default)]
    pub unity_doubt: i32,
    /// The unity norm among the leaders, at every body (the Politburo, a plenum, a
    /// congress): 0 to 100, how far a leader who does not lean hard goes with a known
    /// majority. A man who leans hard (or is its target, its mover, its nominee) holds out.
    #[serde(default)]
    pub unity_leaders_percent: i32,
    /// The unity norm within the mover's own camp: 0 to 100, how far a member of his
    /// bloc who does not lean against it goes with his motion once a majority for it is
    /// known, in a plenum, a joint session or a congress (dissent from one's own
    /// camp's winning motion before the Central Committee marked a man as an
    /// oppositionist: the Stalinist Centre voted solidly in the plenums); in the
    /// Politburo, where the majority argued behind closed doors, only his followers,
    /// not a contender of his camp (Bukharin, 1928).
    /// A vote in doubt moves no one, so close votes stay close; 0 for none.
    #[serde(default)]
    pub unity_bloc_percent: i32,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct HealthDef {
    /// Age from which health declines.
    pub decline_age: i32,
    /// Health lost per turn per 10 years above that age.
    pub decline_per_decade: i32,
    /// Random extra loss, 0..this, per turn.
    pub noise: i32,
    /// Below this health, each turn risks death: (threshold - health) percent.
    pub danger: i32,
}
