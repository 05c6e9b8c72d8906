//! The party's norms and the notice a leader is owed: a motion against a leader
//! waits a turn unless the Secretariat springs it; striking without grounds
//! costs the mover and fails in 1924; grounds, the years and precedents wear the
//! norm away.

use crate::{game, id};
use politburo::rules::apply::apply;
use politburo::rules::chronicle::{Event, VotedWhen};
use politburo::rules::command::{Command, CommandError, Motion};
use politburo::rules::legality::check;
use politburo::rules::norms;
use politburo::rules::state::GameState;
use politburo::rules::votes;

/// Skips to the first turn a scheduled session meets.
fn to_session_turn(st: &mut GameState) {
    while st.session().is_none() {
        st.end_turn();
    }
}

/// A motion against a leader put in the turn its session meets is not voted
/// then: he gets a turn to answer it. The same motion put by surprise is voted
/// at once, and the surprise costs the General Secretary points, prestige and fear.
#[test]
fn a_leader_is_owed_a_turn_unless_the_secretariat_springs_it() {
    let mut st = game(2);
    st.chronicle.quiet = true;
    to_session_turn(&mut st);
    let (stalin, zinoviev, trotsky) = (id(&st, "stalin"), id(&st, "zinoviev"), id(&st, "trotsky"));
    st.chars[trotsky].charges = 2;
    st.chars[zinoviev].ap = 5;
    let m = Motion::RemoveFromPolitburo { target: trotsky };
    apply(&mut st, zinoviev, Command::Propose(m)).unwrap();
    assert!(matches!(votes::voted_when(&st, &m), VotedWhen::Waits(_)), "{:?}", votes::voted_when(&st, &m));
    // Zinoviev holds no Secretariat: he cannot spring a motion.
    let other = Motion::DemoteToCandidate { target: trotsky };
    assert_eq!(check(&st, zinoviev, &Command::Surprise(other)), Err(CommandError::LacksPower("only the Secretariat sets the agenda")));
    let turn = st.turn;
    st.end_turn();
    assert_eq!(st.turn, turn + 1);
    assert!(st.plenum_agenda.iter().any(|p| p.motion == m), "the motion waits for the next session");
    assert_eq!(st.chars[trotsky].rank, politburo::scenario::Rank::Politburo, "and he is still in the Politburo");

    // The Secretariat's surprise: voted the turn it is put.
    let mut st = game(2);
    to_session_turn(&mut st);
    st.chars[trotsky].charges = 2;
    st.chars[stalin].ap = 10;
    let (prestige, fear) = (st.chars[stalin].prestige, st.chars[stalin].fear);
    apply(&mut st, stalin, Command::Surprise(m)).unwrap();
    assert!(matches!(votes::voted_when(&st, &m), VotedWhen::ThisTurn(_)));
    let b = &st.scn.def.balance;
    assert_eq!(st.chars[stalin].prestige, prestige - b.norms.surprise_prestige);
    assert_eq!(st.chars[stalin].fear, fear + b.norms.surprise_fear);
    assert_eq!(st.chars[stalin].ap, 10 - b.costs.surprise);
    st.end_turn();
    let voted = st.chronicle.entries.iter().any(|e| matches!(&e.event, Event::Voted { put, .. } if put.motion == m));
    assert!(voted, "the surprise is voted in the turn it was put");
}

/// In January 1924 a motion to remove a Politburo member the party has no
/// grounds against is hopeless even for the General Secretary, and costs him
/// prestige and the others' fear; once the target stands charged, the same
/// motion has a real chance. Two years and two precedents later, the norm is
/// far weaker.
#[test]
fn striking_without_grounds_fails_and_costs_the_mover() {
    let mut st = game(4);
    let (stalin, zinoviev) = (id(&st, "stalin"), id(&st, "zinoviev"));
    assert_eq!(norms::grounds(&st, zinoviev), None);
    let m = Motion::RemoveFromPolitburo { target: zinoviev };
    let bare = votes::forecast(&st, stalin, m);
    assert!(bare < 0.05, "without grounds: {bare:.2}");
    st.chars[zinoviev].charges = 1;
    let charged = votes::forecast(&st, stalin, m);
    assert!(charged > bare + 0.3, "with a charge upheld: {bare:.2} -> {charged:.2}");
    st.chars[zinoviev].charges = 0;

    let (prestige, fear) = (st.chars[stalin].prestige, st.chars[stalin].fear);
    apply(&mut st, stalin, Command::Propose(m)).unwrap();
    let n = &st.scn.def.balance.norms;
    assert_eq!(st.chars[stalin].prestige, prestige - n.prestige_cost);
    assert_eq!(st.chars[stalin].fear, fear + n.fear);
    let struck = st
        .chronicle
        .entries
        .iter()
        .any(|e| matches!(e.event, Event::StruckWithoutGrounds { mover, target, .. } if mover == stalin && target == zinoviev));
    assert!(struck, "the chronicle says the party had no grounds");
    // The others close ranks against the man they fear.
    let prop = politburo::rules::state::Proposal { motion: m, proposer: stalin };
    let mut leans = vec![];
    votes::leader_inclination(&st, id(&st, "bukharin"), &prop, &mut |l, x| leans.push((l, x)));
    assert!(leans.iter().any(|&(l, x)| l == votes::Lean::NoGrounds && x == -norms::strength(&st)));
    assert!(leans.iter().any(|&(l, x)| l == votes::Lean::FearOfProposer && x < 0));

    // The years and the precedents wear it away.
    let at_start = norms::strength(&st);
    while st.date < politburo::scenario::date::Date::new(1926, 1) {
        st.end_turn();
    }
    let later = norms::strength(&st);
    assert_eq!(later, at_start - 2 * st.scn.def.balance.norms.decay_per_year);
    st.precedents.extend([0, 0]);
    assert_eq!(norms::strength(&st), (later - 2 * st.scn.def.balance.norms.per_precedent).max(0));
}

/// A lost fight over the line is grounds: those who voted against a line that
/// carried, and the owners it left behind, can be moved against without the norm.
#[test]
fn losing_the_line_gives_grounds() {
    let mut st = game(6);
    let stalin = id(&st, "stalin");
    let level = if st.line > 0 { st.line - 1 } else { st.line + 1 };
    st.chars[stalin].ap = 5;
    apply(&mut st, stalin, Command::Propose(Motion::SetLine { level })).unwrap();
    st.end_turn();
    let lost: Vec<_> = st
        .chronicle
        .entries
        .iter()
        .filter_map(|e| match e.event {
            Event::LostTheLine { who } => Some(who),
            _ => None,
        })
        .collect();
    let carried = st.line == level;
    if carried {
        assert!(!lost.is_empty(), "someone lost the fight over the line");
    } else {
        assert_eq!(lost, vec![stalin], "the proposer of a defeated line lost it");
    }
    for &c in &lost {
        assert!(norms::grounds(&st, c).is_some());
        assert_eq!(norms::against(&st, stalin, &Motion::RemoveFromPolitburo { target: c }), 0);
    }
}

/// The party believes a man's recantation only `norms.recantations` times (2 in
/// 1924); and a motion the Secretariat springs is voted even if its target
/// recants the same turn: his submission is heard too late.
#[test]
fn recanting_has_limits_and_comes_too_late_for_a_surprise() {
    let mut st = game(2);
    to_session_turn(&mut st);
    let (stalin, trotsky) = (id(&st, "stalin"), id(&st, "trotsky"));
    assert_eq!(st.scn.def.balance.norms.recantations, 2);
    st.chars[trotsky].charges = 2;
    st.chars[stalin].ap = 10;
    st.chars[trotsky].ap = 10;
    let m = Motion::RemoveFromPolitburo { target: trotsky };
    apply(&mut st, stalin, Command::Surprise(m)).unwrap();
    apply(&mut st, trotsky, Command::Recant).unwrap();
    assert!(st.plenum_agenda.iter().chain(&st.politburo_agenda).any(|p| p.motion == m), "the sprung motion stands");
    st.end_turn();
    let voted = st.chronicle.entries.iter().any(|e| matches!(&e.event, Event::Voted { put, .. } if put.motion == m));
    assert!(voted, "and is voted, though he recanted: {:?}", st.chronicle.entries.iter().rev().take(5).collect::<Vec<_>>());

    // Twice believed, the third time refused, whatever the danger.
    let mut st = game(3);
    st.chronicle.quiet = true;
    let zinoviev = id(&st, "zinoviev");
    for _ in 0..2 {
        st.chars[zinoviev].charges = 1;
        st.chars[zinoviev].ap = 5;
        st.chars[zinoviev].immune_until = 0;
        apply(&mut st, zinoviev, Command::Recant).unwrap();
    }
    st.chars[zinoviev].charges = 1;
    st.chars[zinoviev].immune_until = 0;
    let before = st.clone();
    assert_eq!(apply(&mut st, zinoviev, Command::Recant), Err(CommandError::NotNow("the party has heard your recantations before")));
    assert_eq!(st.chars[zinoviev].prestige, before.chars[zinoviev].prestige, "an illegal command changes nothing");
}

/// A precedent licenses only like cases: the fall of a man of the Left wears the
/// norm away against the next man of the Left, not against the Right, which the
/// party shields until it has a case (1924: `like_stance`).
#[test]
fn a_precedent_licenses_only_like_cases() {
    let mut st = game(4);
    st.chronicle.quiet = true;
    let (stalin, trotsky, bukharin) = (id(&st, "stalin"), id(&st, "trotsky"), id(&st, "bukharin"));
    let n = st.scn.def.balance.norms.clone();
    assert!(n.like_stance > 0 && (st.chars[trotsky].nep - st.chars[bukharin].nep).abs() > n.like_stance);
    let (left, right) = (norms::strength_against(&st, trotsky), norms::strength_against(&st, bukharin));
    // Preobrazhensky's fall: a precedent of the Left.
    let preobrazhensky = id(&st, "preobrazhensky");
    norms::precedent(&mut st, preobrazhensky);
    assert_eq!(norms::strength_against(&st, trotsky), (left - n.per_precedent).max(0));
    assert_eq!(norms::strength_against(&st, bukharin), right);
    // Every precedent counted, as the old rule had it.
    assert_eq!(norms::strength(&st), (right - n.per_precedent).max(0));
    // A vote to remove Bukharin without grounds still meets the norm's full weight.
    let m = Motion::RemoveFromPolitburo { target: bukharin };
    assert!(norms::grounds(&st, bukharin).is_none());
    assert_eq!(norms::against(&st, stalin, &m), right);
}
