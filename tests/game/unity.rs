//! The unity norm (issue 19): at a congress, once the majority is known, the
//! waverers vote with it; a majority in doubt moves no one, and a patron's loyal
//! men on the losing side hold out.

use crate::{game, id};
use politburo::rules::command::Motion;
use politburo::rules::state::Proposal;
use politburo::rules::votes::{Body, Poll, Voter, unity, voters};
use politburo::scenario::RegionId;

#[test]
fn a_known_majority_carries_the_waverers_and_a_doubtful_one_does_not() {
    let st = game(5);
    let vs = voters(&st, Body::Congress);
    let half = vec![0.52; vs.len()];
    assert_eq!(unity::pull(&st, Body::Congress, &vs, &half), None, "a majority in doubt moves no one");
    let clear = vec![0.8; vs.len()];
    let (strength, yes) = unity::pull(&st, Body::Congress, &vs, &clear).expect("a known majority");
    assert!(yes && strength > 0.5, "{strength}");
    let against = vec![0.2; vs.len()];
    assert_eq!(unity::pull(&st, Body::Congress, &vs, &against).map(|x| x.1), Some(false));
    // In the Central Committee the norm moves the leaders only (`unity_leaders_percent`).
    let plenum = voters(&st, Body::Plenum);
    let (s, yes) = unity::pull(&st, Body::Plenum, &plenum, &vec![0.9; plenum.len()]).expect("a known majority in the plenum");
    assert!(yes && s <= 0.6 + 1e-9, "{s}");
    // A known majority stills a congress's random swing as far as it carries it; a plenum's stays.
    assert!(unity::noise(&st, Body::Congress, Some((strength, yes))) < unity::noise(&st, Body::Congress, None));
    assert_eq!(unity::noise(&st, Body::Plenum, Some((s, yes))), unity::noise(&st, Body::Plenum, None));
}

#[test]
fn the_loyal_men_of_a_losing_patron_hold_out() {
    let st = game(6);
    let (stalin, zinoviev) = (id(&st, "stalin"), id(&st, "zinoviev"));
    // Zinoviev's Leningrad against a motion aimed at him; an apparatus region with the majority.
    let prop = Proposal { motion: Motion::ExpelFromCC { target: zinoviev }, proposer: stalin };
    let poll = Poll::new(&st, &prop);
    let leningrad = RegionId(st.scn.def.regions.iter().position(|r| r.id == "leningrad").unwrap());
    let urals = RegionId(st.scn.def.regions.iter().position(|r| r.id == "urals").unwrap());
    let vs = [Voter::Delegation(leningrad, 68), Voter::Delegation(urals, 50)];
    let mut ps = [0.3, 0.7];
    unity::apply(&poll, &st, Body::Congress, &vs, &mut ps, (1.0, true));
    assert!((ps[1] - 1.0).abs() < 1e-9, "the waverers go all the way: {ps:?}");
    let loyal = f64::from(st.regions[leningrad].loyalty) / 100.0;
    assert!((ps[0] - (0.3 + (1.0 - loyal) * 0.7)).abs() < 1e-9, "only Leningrad's unbound share moves: {ps:?}");
}

#[test]
fn a_leader_goes_with_a_known_majority_unless_he_leans_hard() {
    let st = game(6);
    let (stalin, bukharin, kalinin, rykov) = (id(&st, "stalin"), id(&st, "bukharin"), id(&st, "kalinin"), id(&st, "rykov"));
    let prop = Proposal { motion: Motion::RemoveFromPolitburo { target: bukharin }, proposer: stalin };
    let poll = Poll::new(&st, &prop);
    let leningrad = RegionId(st.scn.def.regions.iter().position(|r| r.id == "leningrad").unwrap());
    let vs = [Voter::Leader(kalinin), Voter::Leader(rykov), Voter::Leader(bukharin), Voter::Delegation(leningrad, 5)];
    // A waverer, a man against, the target himself, a delegation.
    let mut ps = [0.45, 0.1, 0.0, 0.5];
    unity::apply(&poll, &st, Body::Plenum, &vs, &mut ps, (0.6, true));
    assert!((ps[0] - (0.45 + 0.6 * 0.9 * 0.55)).abs() < 1e-9, "the waverer goes most of the way: {ps:?}");
    assert!(ps[1] > 0.1 && ps[1] < 0.25, "the man against moves a little: {ps:?}");
    assert_eq!(ps[2], 0.0, "the target holds out");
    assert_eq!(ps[3], 0.5, "outside a congress the delegations vote their own mind");
}

#[test]
fn the_movers_camp_goes_with_his_winning_motion_and_in_the_politburo_only_his_followers() {
    // January 1926 on the historical path: Stalin's Centre has formed.
    let scn = std::sync::Arc::new(politburo::scenario::Scenario::load(&politburo::scenario::default_scenario_path()).unwrap());
    let (st, _) = politburo::rules::history::play(scn, Some(politburo::scenario::date::Date::new(1926, 1)), true);
    let (stalin, kamenev, molotov, kalinin) = (id(&st, "stalin"), id(&st, "kamenev"), id(&st, "molotov"), id(&st, "kalinin"));
    let rykov = id(&st, "rykov");
    assert!(st.chars[molotov].bloc.is_some() && st.chars[molotov].bloc == st.chars[stalin].bloc);
    assert!(st.chars[kalinin].bloc == st.chars[stalin].bloc && st.chars[rykov].bloc != st.chars[stalin].bloc);
    let prop = Proposal { motion: Motion::DemoteToCandidate { target: kamenev }, proposer: stalin };
    let poll = Poll::new(&st, &prop);
    let vs = [Voter::Leader(molotov), Voter::Leader(kalinin), Voter::Leader(rykov)];
    // A camp member for it, a camp member against it, a man outside the camp.
    let start = [0.7, 0.4, 0.7];
    let mut ps = start;
    unity::apply(&poll, &st, Body::Plenum, &vs, &mut ps, (0.5, true));
    let led = |p: f64| p + 0.5 * (1.0 - (2.0 * p - 1.0).abs()) * (1.0 - p);
    let bloc = f64::from(st.scn.def.balance.vote.unity_bloc_percent) / 100.0;
    assert!(bloc > 0.0);
    assert!((ps[0] - (led(0.7) + bloc * (1.0 - led(0.7)))).abs() < 1e-9, "the camp goes with its leader: {ps:?}");
    assert!((ps[1] - led(0.4)).abs() < 1e-9, "a camp member against it keeps his no: {ps:?}");
    assert!((ps[2] - led(0.7)).abs() < 1e-9, "outside the camp only the leaders' norm: {ps:?}");
    // Against a known majority, and in the Politburo, the camp is not bound.
    let mut no = start;
    unity::apply(&poll, &st, Body::Plenum, &vs, &mut no, (0.5, false));
    assert!(no[0] < 0.7, "{no:?}");
    // In the Politburo his followers go with him; a contender of his camp argues.
    let bukharin = id(&st, "bukharin");
    assert!(st.chars[bukharin].bloc == st.chars[stalin].bloc && st.scn.is_contender(bukharin));
    let vs = [Voter::Leader(molotov), Voter::Leader(bukharin), Voter::Leader(kalinin)];
    let mut pb = start;
    unity::apply(&poll, &st, Body::Politburo, &vs, &mut pb, (0.5, true));
    assert!((pb[0] - (led(0.7) + bloc * (1.0 - led(0.7)))).abs() < 1e-9, "a follower goes with his leader: {pb:?}");
    assert!((pb[1] - led(0.4)).abs() < 1e-9, "a contender keeps his own counsel in the Politburo: {pb:?}");
    let mut pb = [0.7, 0.7, 0.4];
    unity::apply(&poll, &st, Body::Politburo, &vs, &mut pb, (0.5, true));
    assert!((pb[1] - led(0.7)).abs() < 1e-9, "even leaning for it: {pb:?}");
    assert!((pb[2] - led(0.4)).abs() < 1e-9, "a follower against it keeps his no: {pb:?}");
}

#[test]
fn a_man_of_the_struck_mans_bloc_does_not_desert_him() {
    // October 1927 on the historical path: the United Opposition still stands.
    let scn = std::sync::Arc::new(politburo::scenario::Scenario::load(&politburo::scenario::default_scenario_path()).unwrap());
    let (st, _) = politburo::rules::history::play(scn, Some(politburo::scenario::date::Date::new(1927, 10)), true);
    let (stalin, zinoviev, kamenev, rykov) = (id(&st, "stalin"), id(&st, "zinoviev"), id(&st, "kamenev"), id(&st, "rykov"));
    assert!(st.chars[kamenev].bloc.is_some() && st.chars[kamenev].bloc == st.chars[zinoviev].bloc);
    let prop = Proposal { motion: Motion::ExpelFromCC { target: zinoviev }, proposer: stalin };
    let poll = Poll::new(&st, &prop);
    let vs = [Voter::Leader(kamenev), Voter::Leader(rykov)];
    let mut ps = [0.3, 0.3];
    unity::apply(&poll, &st, Body::JointPlenum, &vs, &mut ps, (0.6, true));
    assert_eq!(ps[0], 0.3, "his comrade keeps his own mind: {ps:?}");
    assert!(ps[1] > 0.3, "a man outside the bloc goes with the majority: {ps:?}");
}
