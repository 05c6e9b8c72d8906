//! The risks and odds of the action list, read off the rules: each test sets up
//! the situation the warning is about and checks the warning follows from it.

use super::*;
use crate::rules::legality::legal_commands;
use crate::scenario::{BlocId, Scenario, default_scenario_path};
use std::sync::Arc;

fn game(who: &str) -> (GameState, CharId) {
    let scn = Arc::new(Scenario::load(&default_scenario_path()).unwrap());
    let me = scn.char_id(who).unwrap();
    (GameState::new(scn, 7), me)
}

/// Stalin leads a bloc of his own (formed on the spot, with points to spare).
fn leading_a_bloc(st: &mut GameState, me: CharId) -> BlocId {
    st.chars[me].ap = 100;
    let form = legal_commands(st, me).into_iter().find(|c| matches!(c, Command::FormBloc { .. })).expect("a bloc to form");
    crate::rules::apply(st, me, form).unwrap();
    st.chars[me].bloc.unwrap()
}

#[test]
fn a_motion_without_grounds_warns_of_the_norms_price_and_one_with_grounds_does_not() {
    let (mut st, me) = game("stalin");
    st.chars[me].ap = 100;
    let trotsky = st.scn.char_id("trotsky").unwrap();
    let strike = legal_commands(&st, me)
        .into_iter()
        .find(|c| matches!(c, Command::Propose(m) if m.target() == Some(trotsky) && m.against_target()))
        .expect("a motion against Trotsky");
    let Command::Propose(m) = strike else { unreachable!() };
    assert!(crate::rules::norms::against(&st, me, &m) > 0, "no grounds against Trotsky in January 1924");
    let r = risks(&st, me, &strike);
    assert!(matches!(r.as_slice(), [Risk::Feared { prestige, fear }] if *prestige > 0 && *fear > 0), "{r:?}");
    assert!(r[0].explain().contains("prestige"));
    // Grounds (a charge upheld) remove the norm's price, and the warning with it.
    st.chars[trotsky].charges = 2;
    assert_eq!(crate::rules::norms::against(&st, me, &m), 0);
    assert!(risks(&st, me, &strike).is_empty(), "{:?}", risks(&st, me, &strike));
}

#[test]
fn a_platform_opens_its_author_to_charges_and_an_informal_bloc_does_not() {
    let (mut st, me) = game("trotsky");
    st.chars[me].ap = 100;
    let form = legal_commands(&st, me).into_iter().find(|c| matches!(c, Command::FormBloc { .. })).unwrap();
    assert!(risks(&st, me, &form).is_empty(), "an informal bloc breaks no ban");
    leading_a_bloc(&mut st, me);
    let r = risks(&st, me, &Command::PublishPlatform);
    assert!(r.iter().any(|x| matches!(x, Risk::Chargeable { by } if *by > 0)), "{r:?}");
    assert!(risky(&st, me, &Command::PublishPlatform));
    assert!(!risky(&st, me, &Command::Speech));
    // After a recantation the same platform also makes him a double-dealer.
    st.chars[me].recanted = true;
    assert!(risks(&st, me, &Command::PublishPlatform).contains(&Risk::DoubleDealer));
}

#[test]
fn joining_a_bloc_warns_only_when_the_bloc_is_an_organised_faction() {
    // Bukharin is in no bloc in January 1924: nothing exposes him yet.
    let (mut st, bukharin) = game("bukharin");
    assert!(st.chars[bukharin].bloc.is_none());
    let zinoviev = st.scn.char_id("zinoviev").unwrap();
    let bloc = leading_a_bloc(&mut st, zinoviev);
    st.add_rel(zinoviev, bukharin, 100);
    st.chars[bukharin].ap = 100;
    let join = Command::JoinBloc { bloc };
    assert!(crate::rules::check(&st, bukharin, &join).is_ok());
    assert!(risks(&st, bukharin, &join).is_empty(), "an informal bloc: {:?}", risks(&st, bukharin, &join));
    st.blocs[bloc].organised = true;
    let r = risks(&st, bukharin, &join);
    assert!(r.iter().any(|x| matches!(x, Risk::Chargeable { .. })), "joining an organised faction: {r:?}");
    // A man already in an organised faction is exposed already: no new warning.
    let trotsky = st.scn.char_id("trotsky").unwrap();
    assert!(st.chars[trotsky].bloc.is_some_and(|b| st.blocs[b].organised));
    st.add_rel(zinoviev, trotsky, 100);
    st.chars[trotsky].ap = 100;
    assert!(!risks(&st, trotsky, &join).iter().any(|x| matches!(x, Risk::Chargeable { .. })));
}

#[test]
fn a_secret_meeting_warns_of_its_leak_with_the_scenarios_numbers() {
    let (mut st, me) = game("stalin");
    st.chars[me].ap = 100;
    let Some(meet) = legal_commands(&st, me).into_iter().find(|c| matches!(c, Command::MeetSecretly { .. })) else {
        panic!("no secret meeting open to Stalin");
    };
    let d = &st.scn.def.balance.deals;
    let want = Risk::Leak { percent: d.leak_percent, prestige: d.leak_prestige, charges: d.leak_charges };
    assert_eq!(risks(&st, me, &meet), vec![want]);
    assert!(want.short().ends_with("% it leaks"));
}

#[test]
fn every_motion_row_has_odds_and_every_other_row_says_why_it_has_none() {
    let (mut st, me) = game("stalin");
    st.chars[me].ap = 100;
    let cmds = legal_commands(&st, me);
    assert!(cmds.iter().any(|c| matches!(c, Command::Appoint { .. })));
    for c in &cmds {
        match (c, odds(&st, me, c)) {
            (Command::Propose(_) | Command::Surprise(_), Odds::Vote(p)) => assert!((0.0..=1.0).contains(&p)),
            (Command::Propose(_) | Command::Surprise(_), o) => panic!("a motion without odds: {c:?} {o:?}"),
            (Command::Appoint { .. }, o) => assert_eq!(o, Odds::NoVote(NoVote::Appointed)),
            (_, Odds::NoVote(n)) => assert!(!n.short().is_empty() && n.explain().starts_with("No vote")),
            (_, Odds::Vote(_)) => assert!(matches!(c, Command::CoReport)),
        }
    }
}
