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
    // Only a congress: in the Central Committee every vote is still its own.
    let plenum = voters(&st, Body::Plenum);
    assert_eq!(unity::pull(&st, Body::Plenum, &plenum, &vec![0.9; plenum.len()]), None);
    // A known majority stills the delegations' random swing as far as it carries them.
    assert!(unity::noise(&st, Some((strength, yes))) < unity::noise(&st, None));
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
    unity::apply(&poll, &st, &vs, &mut ps, (1.0, true));
    assert!((ps[1] - 1.0).abs() < 1e-9, "the waverers go all the way: {ps:?}");
    let loyal = f64::from(st.regions[leningrad].loyalty) / 100.0;
    assert!((ps[0] - (0.3 + (1.0 - loyal) * 0.7)).abs() < 1e-9, "only Leningrad's unbound share moves: {ps:?}");
}
