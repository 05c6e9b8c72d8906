//! The Control Commission and the trade unions choose their own chairmen (issue 19
//! item 2): the office's `removal_body` says which body votes, the commission
//! follows its sitting chairman, and a vacant chair is filled by its own members.

use crate::{game, id};
use politburo::rules::apply::apply;
use politburo::rules::command::{Command, Motion};
use politburo::rules::legality::check;
use politburo::rules::state::{GameState, Proposal};
use politburo::rules::votes::{self, Body, Voter};
use politburo::scenario::Scenario;
use politburo::scenario::date::Date;

fn replace(st: &GameState, office: &str, with: &str) -> Proposal {
    let office = st.scn.office_id(office).unwrap();
    Proposal { motion: Motion::ReplaceInOffice { office, with: id(st, with) }, proposer: id(st, "stalin") }
}

#[test]
fn the_control_commission_elects_its_own_chairman() {
    let mut st = game(2);
    st.date = Date::new(1926, 10);
    let prop = replace(&st, "control", "ordzhonikidze");
    assert_eq!(votes::motion_body(&st, &prop.motion), Body::ControlCommission, "not the Central Committee's plenum");
    assert_eq!(votes::plenum_body(&st, &prop.motion, true), Body::ControlCommission, "not even at a congress");
    // The October 1926 joint plenum seats the commission the 14th Congress elected.
    assert_eq!(votes::voters(&st, Body::ControlCommission), vec![Voter::Control(163)]);
    // While Kuibyshev sits, his commission follows him and keeps him.
    let sitting = votes::odds(&st, Body::ControlCommission, &prop);
    assert!(sitting < 0.2, "a commission replacing its own chairman: {sitting:.2}");
    // Once he has left it for the Supreme Economic Council, it elects the Politburo's man.
    let kuibyshev = id(&st, "kuibyshev");
    let control = st.scn.office_id("control").unwrap();
    st.chars[kuibyshev].ap = 5;
    apply(&mut st, kuibyshev, Command::Resign { office: control }).unwrap();
    let vacant = votes::odds(&st, Body::ControlCommission, &prop);
    assert!(vacant > 0.9, "a vacant chair: {vacant:.2}");
    let tally = votes::hold(&mut st.clone(), Body::ControlCommission, &prop);
    assert_eq!(tally.seats, 163);
    assert!(tally.passed && tally.yes > 100, "{} for, {} against", tally.yes, tally.no);
    // The motion is put like any other and voted at the session, in the commission.
    let stalin = id(&st, "stalin");
    st.chars[stalin].ap = 5;
    assert_eq!(check(&st, stalin, &Command::Propose(prop.motion)), Ok(()));
}

#[test]
fn the_unions_council_elects_the_unions_chairman() {
    let st = game(3);
    let prop = replace(&st, "unions", "shvernik");
    let unions = st.scn.rid("trade_unions");
    assert_eq!(votes::motion_body(&st, &prop.motion), Body::Organisation(unions));
    assert_eq!(votes::voters(&st, Body::Organisation(unions)), vec![Voter::Delegation(unions, st.regions[unions].delegates)]);
    // The council keeps Tomsky while he sits; once he has resigned, it elects the man put to it.
    let sitting = votes::odds(&st, Body::Organisation(unions), &prop);
    let mut resigned = st.clone();
    let tomsky = id(&st, "tomsky");
    resigned.chars[tomsky].ap = 5;
    apply(&mut resigned, tomsky, Command::Resign { office: st.scn.office_id("unions").unwrap() }).unwrap();
    let vacant = votes::odds(&resigned, Body::Organisation(unions), &prop);
    assert!(sitting < 0.2 && vacant > 0.8, "sitting {sitting:.2}, vacant {vacant:.2}");
    let tally = votes::hold(&mut resigned, Body::Organisation(unions), &prop);
    assert_eq!(tally.seats, st.regions[unions].delegates);
    // The Politburo's other posts are still its own: the War Commissariat.
    let war = replace(&st, "war", "frunze");
    assert_eq!(votes::motion_body(&st, &war.motion), Body::Politburo);
}

#[test]
fn an_organisation_without_its_region_is_refused() {
    let text = std::fs::read_to_string(politburo::scenario::default_scenario_path()).unwrap();
    let text = text.replacen("patron_office: Some(\"unions\"),", "", 1);
    let err = Scenario::from_str(&text, "unions.ron").unwrap_err();
    assert!(
        err.0.iter().any(|e| e.message.contains("the office \"unions\" is elected by its organisation") && e.line > 0),
        "{}",
        err.render()
    );
}

#[test]
fn a_council_whose_loyalty_is_broken_removes_its_chairman_as_the_party_wishes() {
    // The historical path to April 1929: the Eighth Trade Union Congress has broken
    // the council's loyalty to Tomsky, and the Central Committee would replace him.
    let scn = std::sync::Arc::new(Scenario::load(&politburo::scenario::default_scenario_path()).unwrap());
    let (mut st, _) = politburo::rules::history::play(scn, Some(Date::new(1929, 4)), true);
    let prop = replace(&st, "unions", "dogadov");
    let unions = st.scn.rid("trade_unions");
    assert_eq!(st.offices[st.scn.office_id("unions").unwrap()], Some(id(&st, "tomsky")));
    let party = votes::odds(&st, Body::Plenum, &prop);
    let broken = votes::odds(&st, Body::Organisation(unions), &prop);
    assert!(party > 0.9 && broken > 0.9, "the plenum {party:.2}, the council {broken:.2}");
    // A council still loyal to him keeps him, whatever the Central Committee wants.
    st.regions[unions].loyalty = 100;
    let loyal = votes::odds(&st, Body::Organisation(unions), &prop);
    assert!(loyal < 0.1, "a loyal council: {loyal:.2}");
}

#[test]
fn the_unions_council_sits_at_its_own_month_after_the_central_committee() {
    use politburo::rules::chronicle::{Event, VotedWhen};
    // The replay: the script dates the council's vote June 1929, in the turn of the
    // April joint plenum; the chronicle says June, after the plenum's entries.
    let scn = std::sync::Arc::new(Scenario::load(&politburo::scenario::default_scenario_path()).unwrap());
    let (st, refused) = politburo::rules::history::play(scn, None, false);
    assert!(refused.is_empty());
    let council = |e: &&politburo::rules::chronicle::Entry| matches!(&e.event, Event::Voted { tally, .. } if matches!(tally.body, Body::Organisation(_)));
    let vote = st.chronicle.entries.iter().find(council).expect("the council's vote");
    assert_eq!(vote.date, Date::new(1929, 6));
    let put = st
        .chronicle
        .entries
        .iter()
        .find(|e| matches!(&e.event, Event::Proposed { when: VotedWhen::OwnDate(d), .. } if *d == Date::new(1929, 6)));
    assert!(put.is_some(), "the motion says when the council sits");
    let turn: Vec<_> = st.chronicle.entries.iter().filter(|e| e.turn == vote.turn).collect();
    assert!(turn.windows(2).all(|w| w[0].date <= w[1].date), "no date runs backwards within the turn");
    assert!(turn.iter().any(|e| e.date == Date::new(1929, 4) && matches!(e.event, Event::Voted { .. })), "the April plenum votes first");
    // Undated (any game but the replay): the council votes with the session of its turn.
    let mut st = game(3);
    let stalin = id(&st, "stalin");
    st.chars[stalin].ap = 10;
    let prop = replace(&st, "unions", "dogadov");
    assert_eq!(st.own_date(&prop.motion), None);
    assert!(!matches!(votes::voted_when(&st, &prop.motion), VotedWhen::OwnDate(_)));
}
