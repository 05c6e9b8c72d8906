//! Checks of the numbers: the economy's values and every balance value in its
//! range (the costs, the vote's weights, the levers), each at its field.

use super::Checker;
use crate::scenario::schema::ScenarioFile;

/// The ranges of the economy's and the balance's values, the costs included.
pub(super) fn economy_and_balance(c: &mut Checker, def: &ScenarioFile) {
    let root = c.src.root();
    c.scope = c.src.field_open(root, "economy");
    let e = &def.economy;
    for (what, v) in [("grain", e.grain), ("industry", e.industry), ("peasant_mood", e.peasant_mood), ("worker_mood", e.worker_mood)] {
        c.range(&format!("economy.{what}"), what, v, 0, 100);
    }
    c.range("economy.reversion_percent", "reversion_percent", e.reversion_percent, 0, 100);
    c.range("economy.noise", "noise", e.noise, 0, 100);
    c.range("economy.crisis_grain", "crisis_grain", e.crisis_grain, 0, 100);
    c.scope = c.src.field_open(root, "balance");
    let b = &def.balance;
    c.range("balance.politburo_seats", "politburo_seats", b.politburo_seats, 1, i32::MAX);
    c.range("balance.candidate_seats", "candidate_seats", b.candidate_seats, 0, i32::MAX);
    // Seats, so never fewer than none: a negative count once broke the joint plenum's tally.
    c.range("balance.control_commission_seats", "control_commission_seats", b.control_commission_seats, 0, i32::MAX);
    c.range("balance.qualified_majority_percent", "qualified_majority_percent", b.qualified_majority_percent, 1, 100);
    c.range("balance.base_action_points", "base_action_points", b.base_action_points, 0, i32::MAX);
    c.range("balance.prestige_decay_percent", "prestige_decay_percent", b.prestige_decay_percent, 0, 100);
    c.scope = c.src.field_open(c.src.field_open(root, "balance"), "vote");
    c.range("balance.vote.abstain_percent", "abstain_percent", b.vote.abstain_percent, 0, 100);
    c.range("balance.vote.hall_mood", "hall_mood", b.vote.hall_mood, 0, 45);
    c.range("balance.vote.unity_percent", "unity_percent", b.vote.unity_percent, 0, 100);
    c.range("balance.vote.unity_doubt", "unity_doubt", b.vote.unity_doubt, 0, 49);
    c.range("balance.vote.unity_leaders_percent", "unity_leaders_percent", b.vote.unity_leaders_percent, 0, 100);
    c.range("balance.vote.unity_bloc_percent", "unity_bloc_percent", b.vote.unity_bloc_percent, 0, 100);
    c.scope = c.src.field_open(c.src.field_open(root, "balance"), "costs");
    let k = &b.costs;
    for (what, v) in [
        ("appoint", k.appoint),
        ("speech", k.speech),
        ("article", k.article),
        ("court", k.court),
        ("attack", k.attack),
        ("shift_stance", k.shift_stance),
        ("propose", k.propose),
        ("form_bloc", k.form_bloc),
        ("join_bloc", k.join_bloc),
        ("leave_bloc", k.leave_bloc),
        ("publish_platform", k.publish_platform),
        ("charge", k.charge),
        ("recant", k.recant),
        ("call_plenum", k.call_plenum),
        ("co_report", k.co_report),
        ("publish_testament", k.publish_testament),
        ("suppress_testament", k.suppress_testament),
    ] {
        c.range(&format!("the cost of {what}"), what, v, 0, i32::MAX);
    }
    levers(c, def);
}

/// The levers' numbers: all counted up from 0, the percent to 100.
fn levers(c: &mut Checker, def: &ScenarioFile) {
    let root = c.src.root();
    c.scope = c.src.field_open(c.src.field_open(root, "balance"), "levers");
    let l = &def.balance.levers;
    for (what, v, hi) in [
        ("army_prestige", l.army_prestige, 100),
        ("army_fear", l.army_fear, 100),
        ("bonapartism", l.bonapartism, 1000),
        ("internationalism_percent", l.internationalism_percent, 100),
        ("result_change", l.result_change, 100),
        ("crisis_prestige", l.crisis_prestige, 100),
        ("oratory_tenths", l.oratory_tenths, 1000),
        ("administration", l.administration, 20),
        ("canvass_tenths", l.canvass_tenths, 1000),
        ("canvass_elect", l.canvass_elect, 100),
        ("canvass_loyalty", l.canvass_loyalty, 100),
        ("canvass_turns", l.canvass_turns, 100),
        ("world_stance_step", l.world_stance_step, 200),
        ("world_stance_cost", l.world_stance_cost, 100),
        ("doctrine_prestige_percent", l.doctrine_prestige_percent, 1000),
        ("permanent_comintern_percent", l.permanent_comintern_percent, 1000),
        ("doctrine_lean_percent", l.doctrine_lean_percent, 100),
    ] {
        c.range(&format!("balance.levers.{what}"), what, v, 0, hi);
    }
    // Trust is kept from 0 to 100 by the rules: it must start there.
    c.scope = c.src.field_open(c.src.field_open(root, "balance"), "deals");
    c.range("balance.deals.start_trust", "start_trust", def.balance.deals.start_trust, 0, 100);
}
