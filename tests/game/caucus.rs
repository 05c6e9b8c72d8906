//! The Seven (issue 19 item 4): the majority's caucus settles the Politburo's
//! motions beforehand and its members vote the verdict through; it meets after its
//! event, seats only members in no bloc or the convener's, and needs a majority of
//! them. And a Politburo vote held to its recorded totals (Trotsky's deportation).

use crate::{game, id};
use politburo::rules::command::Motion;
use politburo::rules::recorded::{self, RecordedVote};
use politburo::rules::state::{GameState, Proposal};
use politburo::rules::votes::{self, Body, Poll, Voter, caucus, unity};
use politburo::scenario::BlocId;

/// A game in which the Seven has met (its event has happened).
fn with_the_seven(seed: u64) -> GameState {
    let mut st = game(seed);
    let e = st.scn.def.events.iter().position(|e| e.id == "the_seven").expect("the 1924 scenario has the Seven");
    st.happened[e] = true;
    st
}

/// Trotsky moves the line toward planned industry: the Seven settles it against.
fn trotskys_motion(st: &GameState) -> Proposal {
    Proposal { motion: Motion::SetLine { level: st.line.saturating_sub(1) }, proposer: id(st, "trotsky") }
}

#[test]
fn the_seven_meets_after_its_event_and_settles_the_politburos_motions() {
    let before = game(11);
    let prop = trotskys_motion(&before);
    assert_eq!(caucus::settle(&before, Body::Politburo, &Poll::new(&before, &prop)), None, "not before August 1924");
    let st = with_the_seven(11);
    let settled = caucus::settle(&st, Body::Politburo, &Poll::new(&st, &prop)).expect("the Seven settles it");
    assert!(!settled.yes, "the majority settles Trotsky's motion against him");
    let names: Vec<&str> = settled.members.iter().map(|&c| st.scn.def.characters[c].id.as_str()).collect();
    assert_eq!(names, ["stalin", "zinoviev", "kamenev", "bukharin", "rykov", "tomsky", "kuibyshev"]);
    // Only the Politburo's votes: a plenum decides by its own lights.
    assert_eq!(caucus::settle(&st, Body::Plenum, &Poll::new(&st, &prop)), None);
    // In the vote its members go 90% of the way to its verdict; Trotsky, the mover, does not.
    let vs = votes::voters(&st, Body::Politburo);
    let poll = Poll::new(&st, &prop);
    let own: Vec<f64> = vs.iter().map(|&v| poll.voter(v)).collect();
    let (_, bound, _) = unity::chances(&st, Body::Politburo, &prop);
    for ((v, p0), p1) in vs.iter().zip(&own).zip(&bound) {
        let Voter::Leader(c) = *v else { continue };
        if c == prop.proposer {
            assert!(*p1 > 0.9, "the mover votes his motion");
        } else if settled.members.contains(&c) {
            assert!(*p1 <= p0 * 0.1 + 1e-9, "{} bound: {p0:.2} -> {p1:.2}", st.scn.short(c));
        }
    }
    // The vote carries the verdict, and the chronicle says so first.
    let tally = votes::hold(&mut st.clone(), Body::Politburo, &prop);
    assert_eq!(tally.caucus.as_ref().map(|k| k.yes), Some(false));
    let lines = politburo::narrate::vote_detail(&st.scn, &tally);
    assert!(lines[0].starts_with("The Seven settled it beforehand: against (Stalin, Zinoviev"), "{lines:?}");
    // The odds the computer plans by know it too.
    assert!(votes::odds(&st, Body::Politburo, &prop) < 0.05);
    // The grain crisis (Stalin's Siberian trip) ends it.
    let mut after = st.clone();
    let trip = st.scn.def.events.iter().position(|e| e.id == "siberian_trip").unwrap();
    after.happened[trip] = true;
    assert_eq!(caucus::settle(&after, Body::Politburo, &Poll::new(&after, &prop)), None);
}

#[test]
fn members_in_another_bloc_leave_the_seven_and_without_a_majority_it_stops_meeting() {
    let mut st = with_the_seven(12);
    let prop = trotskys_motion(&st);
    // Zinoviev and Kamenev in a bloc without Stalin (the New Opposition): they leave it.
    let other = BlocId(st.scn.def.blocs.iter().position(|b| b.id == "new_opposition").unwrap());
    for m in ["zinoviev", "kamenev"] {
        let c = id(&st, m);
        st.chars[c].bloc = Some(other);
    }
    let five = caucus::settle(&st, Body::Politburo, &Poll::new(&st, &prop)).expect("five of seven still meet");
    assert_eq!(five.members.len(), 5);
    assert!(!five.members.contains(&id(&st, "zinoviev")));
    // Bukharin, Rykov and Tomsky form the Right: two of seven left, it no longer meets.
    let right = BlocId(st.scn.def.blocs.iter().position(|b| b.id == "right").unwrap());
    for m in ["bukharin", "rykov", "tomsky"] {
        let c = id(&st, m);
        st.chars[c].bloc = Some(right);
    }
    assert!(caucus::seated(&st, 0).is_empty());
    assert_eq!(caucus::settle(&st, Body::Politburo, &Poll::new(&st, &prop)), None);
}

#[test]
fn a_politburo_vote_is_held_to_its_recorded_totals_the_least_willing_voting_no() {
    let st = game(13);
    let (stalin, trotsky) = (id(&st, "stalin"), id(&st, "trotsky"));
    let prop = Proposal { motion: Motion::RemoveFromPolitburo { target: trotsky }, proposer: stalin };
    let (vs, ps, _) = unity::chances(&st, Body::Politburo, &prop);
    let n = vs.len() as i32;
    let rec = RecordedVote { yes: n - 2, no: 2, abstain: 0 };
    let tally = recorded::hold(&st, Body::Politburo, &prop, rec).expect("a body of leaders is held to its record");
    assert_eq!((tally.yes, tally.no, tally.abstain, tally.seats), (n - 2, 2, 0, n));
    assert!(tally.passed);
    // The two against are the two least likely to vote for it.
    let mut order: Vec<usize> = (0..vs.len()).collect();
    order.sort_by(|&a, &b| ps[a].partial_cmp(&ps[b]).unwrap());
    let against: Vec<Voter> = tally.casts.iter().filter(|c| c.no == 1).map(|c| c.voter).collect();
    assert_eq!(against.len(), 2);
    assert!(against.contains(&vs[order[0]]) && against.contains(&vs[order[1]]), "{against:?}");
    assert!(against.contains(&Voter::Leader(trotsky)), "the man it strikes at votes against");
    // Totals that no longer add up to the body (the game has left the path): the ordinary vote.
    assert_eq!(recorded::hold(&st, Body::Politburo, &prop, RecordedVote { yes: n, no: 1, abstain: 0 }), None);
}
