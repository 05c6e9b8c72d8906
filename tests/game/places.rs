//! Offices several hold at once (`holders: 2`) and offices an event creates or
//! abolishes (`CreateOffice`, `AbolishOffice`, `dormant`): issue 20.

use politburo::rules::chronicle::Event;
use politburo::rules::command::{Command, CommandError, Motion};
use politburo::rules::legality::check;
use politburo::rules::state::GameState;
use politburo::scenario::Scenario;
use std::sync::Arc;

fn text_1924() -> String {
    std::fs::read_to_string(politburo::scenario::default_scenario_path()).unwrap()
}

/// 1924 with two Secretaries of the Central Committee (Molotov holds one place,
/// the other is vacant) and `events` first in the calendar.
fn two_secretaries(events: &str) -> String {
    let secretary = "holder: Some(\"molotov\"),\n            action_points: 1, powers: [], prestige: 0,";
    assert!(text_1924().contains(secretary));
    text_1924()
        .replacen(secretary, "holder: Some(\"molotov\"), holders: 2,\n            action_points: 1, powers: [], prestige: 0,", 1)
        .replacen("    events: [\n", &format!("    events: [\n{events}\n"), 1)
}

fn load(text: &str) -> Scenario {
    Scenario::from_str(text, "places.ron").unwrap_or_else(|e| panic!("{}", e.render()))
}

#[test]
fn an_office_with_two_places_fills_both_refuses_a_third_and_refills_one() {
    let ev = r#"(id: "kirov_up", title: "Kirov", text: "A second secretary.", date: Some("1924-01"), effects: [GiveOffice("cc_secretary", "kirov")]),"#;
    let mut st = GameState::new(Arc::new(load(&two_secretaries(ev))), 1);
    st.chronicle.quiet = false;
    let s = st.scn.clone();
    let (stalin, molotov, kirov, uglanov) = (s.cid("stalin"), s.cid("molotov"), s.cid("kirov"), s.cid("uglanov"));
    let cs = s.oid("cc_secretary");
    let seats: Vec<_> = s.seats(cs).collect();
    assert_eq!(seats.len(), 2, "two places, each a seat");
    assert!(s.is_shared(cs) && !s.is_shared(s.oid("gensec")));
    assert_eq!(s.def.offices[seats[1]].name, s.def.offices[cs].name, "each place bears the office's name");
    assert_eq!(st.free_seat(cs), Some(seats[1]));
    st.chars[stalin].ap = 5;
    assert_eq!(check(&st, stalin, &Command::Propose(Motion::ReplaceInOffice { office: cs, with: uglanov })), Ok(()));
    // The event gives Kirov the free place; both are filled.
    st.end_turn();
    assert_eq!(st.offices[seats[1]], Some(kirov));
    assert!(st.holds_office(molotov, cs) && st.holds_office(kirov, cs));
    assert_eq!(st.holders_of(cs).collect::<Vec<_>>(), vec![molotov, kirov]);
    assert!(st.chronicle.entries.iter().any(|e| e.event == Event::OfficeFilled { who: kirov, office: seats[1], replacing: None }));
    // The third is refused, with the typed error; whichever place the motion names.
    st.chars[stalin].ap = 5;
    for office in [cs, seats[1]] {
        let third = Command::Propose(Motion::ReplaceInOffice { office, with: uglanov });
        assert!(matches!(check(&st, stalin, &third), Err(CommandError::NoFreePlace(_))), "{:?}", check(&st, stalin, &third));
    }
    let again = Command::Propose(Motion::ReplaceInOffice { office: cs, with: kirov });
    assert_eq!(check(&st, stalin, &again), Err(CommandError::AlreadyDone("he already holds it")));
    // Kirov resigns (the command names the office; he leaves his own place), and
    // the place can be filled again.
    politburo::rules::apply::apply(&mut st, kirov, Command::Resign { office: cs }).unwrap();
    assert_eq!((st.offices[cs], st.offices[seats[1]]), (Some(molotov), None));
    assert_eq!(check(&st, stalin, &Command::Propose(Motion::ReplaceInOffice { office: cs, with: uglanov })), Ok(()));
    assert_eq!(st.free_seat(cs), Some(seats[1]));
    // The list of commands names the office once, not once a place.
    let listed = politburo::rules::legality::legal_commands(&st, stalin)
        .into_iter()
        .filter(|c| matches!(c, Command::Propose(Motion::ReplaceInOffice { office, with }) if s.office_of_seat(*office) == cs && *with == uglanov))
        .count();
    assert_eq!(listed, 1);
    // Both places count in the holders' power: an office's weight for each.
    assert!(st.offices_of(molotov).any(|o| o == cs));
}

#[test]
fn check_counts_the_places_of_an_office() {
    let text = two_secretaries("").replacen("holders: 2,", "holders: 2, other_holders: [\"kirov\", \"uglanov\"],", 1);
    let err = Scenario::from_str(&text, "places.ron").unwrap_err().to_string();
    assert!(err.contains("has more holders than places"), "{err}");
    let text = two_secretaries("").replacen("holders: 2,", "holders: 2, other_holders: [\"kirvo\"],", 1);
    let err = Scenario::from_str(&text, "places.ron").unwrap_err().to_string();
    assert!(err.contains("kirov"), "did-you-mean names Kirov: {err}");
    let st = GameState::new(Arc::new(load(&two_secretaries("").replacen("holders: 2,", "holders: 2, other_holders: [\"kirov\"],", 1))), 1);
    assert!(st.holds_office(st.scn.cid("kirov"), st.scn.oid("cc_secretary")));
    let gensec = text_1924().replacen("holder: Some(\"stalin\"),", "holder: Some(\"stalin\"), holders: 3,", 1);
    let err = Scenario::from_str(&gensec, "places.ron").unwrap_err().to_string();
    assert!(err.contains("appoints the secretaries but has several places"), "{err}");
}

#[test]
fn an_event_abolishes_an_office_and_another_creates_one() {
    let ev = r#"(id: "abolish", title: "Abolished", text: "The Soviet is dissolved.", date: Some("1924-01"), effects: [AbolishOffice("moscow_soviet")]),
        (id: "create", title: "Created", text: "The Soviet returns; a new post.", date: Some("1924-04"), effects: [CreateOffice("moscow_soviet"), CreateOffice("cc_secretary")]),"#;
    let text = two_secretaries(ev).replacen("holder: Some(\"molotov\"), holders: 2,", "holder: None, holders: 2, dormant: true,", 1);
    let mut st = GameState::new(Arc::new(load(&text)), 1);
    st.chronicle.quiet = false;
    let s = st.scn.clone();
    let (ms, cs, kamenev, stalin, zinoviev) =
        (s.oid("moscow_soviet"), s.oid("cc_secretary"), s.cid("kamenev"), s.cid("stalin"), s.cid("zinoviev"));
    assert!(st.office_exists(ms) && !st.office_exists(cs), "a dormant office waits for its event");
    st.end_turn();
    assert!(!st.office_exists(ms) && st.holder(ms).is_none());
    let pos = |e: &Event| st.chronicle.entries.iter().position(|x| x.event == *e);
    let (abolished, lost) = (pos(&Event::OfficeAbolished { office: ms }), pos(&Event::PostLost { who: kamenev, office: ms }));
    assert!(abolished.is_some() && abolished < lost, "the abolition, then its holder's loss");
    st.chars[stalin].ap = 5;
    let replace = Command::Propose(Motion::ReplaceInOffice { office: ms, with: zinoviev });
    assert_eq!(check(&st, stalin, &replace), Err(CommandError::NotNow("the office does not exist at this date")));
    let text: Vec<String> = st.chronicle.entries.iter().map(|e| politburo::narrate::headline(&st.scn, e)).collect();
    assert!(text.iter().any(|t| t.contains("is abolished")), "{text:#?}");
    st.end_turn();
    assert!(st.office_exists(ms) && st.office_exists(cs) && st.holder(ms).is_none(), "recreated, it stands vacant");
    assert!(st.chronicle.entries.iter().any(|e| e.event == Event::OfficeCreated { office: cs }));
    st.chars[stalin].ap = 5;
    assert_eq!(check(&st, stalin, &replace), Ok(()));
    // `check` knows the ids an event makes or unmakes.
    let bad = two_secretaries(r#"(id: "x", title: "X", text: "X", date: Some("1924-01"), effects: [AbolishOffice("moscow_sovet")]),"#);
    let err = Scenario::from_str(&bad, "places.ron").unwrap_err().to_string();
    assert!(err.contains("moscow_soviet"), "did-you-mean: {err}");
}
