//! Which body decides what (issue 19): the congress elects the Central Committee,
//! the plenum after it the Politburo, the joint session expels from the Central
//! Committee; recorded sizes seat the real congress; `check` names bad data.

use crate::{game, id};
use politburo::rules::command::{Command, Motion};
use politburo::rules::legality::check;
use politburo::rules::state::{GameState, Proposal};
use politburo::rules::votes::{self, Body};
use politburo::scenario::date::Date;
use politburo::scenario::{Rank, Scenario};

fn at(seed: u64, year: i32, month: u32) -> GameState {
    let mut st = game(seed);
    st.date = Date::new(year, month);
    st
}

#[test]
fn a_congress_elects_the_cc_and_the_plenum_after_it_the_politburo() {
    let st = at(1, 1927, 10);
    let (krupskaya, kuibyshev, kamenev) = (id(&st, "krupskaya"), id(&st, "kuibyshev"), id(&st, "kamenev"));
    let body = |m: Motion| votes::plenum_body(&st, &m, true);
    assert_eq!(body(Motion::Elect { target: krupskaya, to: Rank::CentralCommittee }), Body::Congress);
    assert_eq!(body(Motion::ExpelFromParty { target: kamenev }), Body::Congress);
    assert_eq!(body(Motion::Elect { target: kuibyshev, to: Rank::Politburo }), Body::Plenum);
    assert_eq!(body(Motion::Promote { target: kuibyshev }), Body::Plenum);
    assert_eq!(body(Motion::RemoveFromPolitburo { target: kamenev }), Body::Plenum);
    // The joint session expels from the Central Committee even in a congress's quarter.
    assert_eq!(body(Motion::ExpelFromCC { target: kamenev }), Body::JointPlenum);
    assert_eq!(votes::plenum_body(&st, &Motion::ExpelFromParty { target: kamenev }, false), Body::JointPlenum);
}

#[test]
fn only_a_congress_elects_to_the_central_committee() {
    let mut st = at(2, 1927, 7);
    let (stalin, krupskaya) = (id(&st, "stalin"), id(&st, "krupskaya"));
    st.chars[stalin].ap = 5;
    let elect = Command::Propose(Motion::Elect { target: krupskaya, to: Rank::CentralCommittee });
    assert!(check(&st, stalin, &elect).unwrap_err().to_string().contains("only a congress"));
    st.date = Date::new(1927, 10);
    assert_eq!(check(&st, stalin, &elect), Ok(()));
    // A Central Committee member is not elected to it again, and no one is elected to be expelled.
    let molotov = id(&st, "molotov");
    assert!(check(&st, stalin, &Command::Propose(Motion::Elect { target: molotov, to: Rank::CentralCommittee })).is_err());
    assert!(check(&st, stalin, &Command::Propose(Motion::Elect { target: krupskaya, to: Rank::Expelled })).is_err());
}

#[test]
fn the_fifteenth_congress_seats_its_898_delegates_and_the_joint_session_its_control_commission() {
    let st = at(3, 1927, 12);
    let stalin = id(&st, "stalin");
    let prop = Proposal { motion: Motion::CongressReport { co_reporter: None }, proposer: stalin };
    assert_eq!(votes::seats(&votes::voters(&st, Body::Congress)), 898);
    let mut probe = st.clone();
    assert_eq!(votes::hold(&mut probe, Body::Congress, &prop).seats, 898);
    // The joint session of November 1927: the Control Commission outnumbers the Central Committee.
    let st = at(3, 1927, 11);
    let plenum = votes::seats(&votes::voters(&st, Body::Plenum));
    assert_eq!(votes::control_seats(&st), 163);
    assert!(votes::control_seats(&st) > plenum, "{plenum}");
    // Outside the recorded sessions the regions' own delegates sit.
    let st = at(3, 1924, 4);
    assert_eq!(votes::seats(&votes::voters(&st, Body::Congress)), st.regions.iter().map(|r| r.delegates).sum::<i32>());
}

fn shipped() -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios/1924.ron")).unwrap()
}

#[test]
fn check_names_bad_bodies_precisely() {
    let text = shipped().replacen("congress: [ElectToCC, ExpelFromParty],", "congress: [ExpelFromParty, SetLine, ExpelFromParty],", 1);
    let err = Scenario::from_str(&text, "bodies.ron").unwrap_err();
    let said = |s: &str| err.0.iter().any(|e| e.message.contains(s) && e.line > 0);
    assert!(said("`SetLine` in `bodies.congress`: the Politburo decides it"), "{}", err.render());
    assert!(said("`ExpelFromParty` is listed twice in `bodies.congress`"), "{}", err.render());
    assert!(said("`bodies.congress` lacks `ElectToCC`"), "{}", err.render());
    let text = shipped().replacen("name: \"April 1926 plenum\"", "name: \"April 1926 plenum\", delegates: Some(500)", 1);
    let err = Scenario::from_str(&text, "plenum.ron").unwrap_err();
    assert!(err.0.iter().any(|e| e.message.contains("the plenum \"April 1926 plenum\" is given delegates")), "{}", err.render());
    let text = shipped().replacen("delegates: Some(898)", "delegates: Some(-3)", 1);
    assert!(Scenario::from_str(&text, "neg.ron").is_err());
}

#[test]
fn a_motion_dated_for_a_later_session_of_the_quarter_is_said_to_be_voted_there() {
    use politburo::rules::chronicle::VotedWhen;
    // The last quarter of 1927: the October joint plenum, the joint session of 14
    // November and the 15th Congress. Undated, a motion goes to the first of them.
    let mut st = at(4, 1927, 10);
    let krupskaya = id(&st, "krupskaya");
    let m = Motion::Elect { target: krupskaya, to: Rank::CentralCommittee };
    let session = |name: &str| st.scn.def.sessions.iter().position(|s| s.name == name).unwrap();
    let (october, congress) = (session("October 1927 joint plenum"), session("15th Party Congress"));
    let scheduled = |w: VotedWhen| match w {
        VotedWhen::ThisTurn(s) => s.scheduled,
        _ => None,
    };
    assert_eq!(scheduled(votes::voted_when(&st, &m)), Some(october));
    // Put for December (the script's date), it is the congress's, and the chronicle says so.
    st.agenda_dates.push((m, Date::new(1927, 12)));
    assert_eq!(scheduled(votes::voted_when(&st, &m)), Some(congress));
}

/// 1924 with a troika inside the Politburo deciding the line, exile and removals.
fn with_troika(extra: &str) -> Scenario {
    let text = std::fs::read_to_string(politburo::scenario::default_scenario_path()).unwrap().replacen(
        "    calendar:",
        &format!(
            "    standing_committee: Some((name: \"Troika\", members: [\"zinoviev\", \"kamenev\"{extra}], ex_officio: [\"gensec\"], decides: [SetLine, Exile, RemoveFromPolitburo])),\n    calendar:"
        ),
        1,
    );
    Scenario::from_str(&text, "troika.ron").unwrap_or_else(|e| panic!("{}", e.render()))
}

#[test]
fn a_standing_committee_inside_the_politburo_decides_what_the_scenario_gives_it() {
    let mut st = GameState::new(std::sync::Arc::new(with_troika("")), 1);
    let (stalin, zinoviev, kamenev, trotsky) = (id(&st, "stalin"), id(&st, "zinoviev"), id(&st, "kamenev"), id(&st, "trotsky"));
    let line = Motion::SetLine { level: st.line + 1 };
    let exile = Motion::Exile { target: trotsky };
    assert_eq!(votes::motion_body(&st, &line), Body::StandingCommittee);
    assert_eq!(votes::motion_body(&st, &exile), Body::StandingCommittee);
    // A kind a plenum decides stays the plenum's, even when the committee names it.
    assert_eq!(votes::motion_body(&st, &Motion::RemoveFromPolitburo { target: trotsky }), Body::Plenum);
    let war = Motion::ReplaceInOffice { office: st.scn.oid("war"), with: id(&st, "frunze") };
    assert_eq!(votes::motion_body(&st, &war), Body::Politburo, "the rest stays the Politburo's");
    // Its members: the listed ones and the General Secretary, ex officio.
    let voters = |st: &GameState| votes::voters(st, Body::StandingCommittee);
    assert_eq!(voters(&st), [stalin, zinoviev, kamenev].map(votes::Voter::Leader).to_vec());
    assert_eq!(politburo::narrate::body(&st.scn, Body::StandingCommittee), "Troika");
    // A member who leaves the full Politburo leaves it; the vote is held there.
    st.chars[kamenev].rank = Rank::Candidate;
    assert_eq!(voters(&st).len(), 2);
    st.chars[stalin].ap = 5;
    politburo::rules::apply::apply(&mut st, stalin, Command::Propose(line)).unwrap();
    let t = votes::hold(&mut st.clone(), Body::StandingCommittee, &Proposal { motion: line, proposer: stalin });
    assert_eq!(t.total(), 2, "two votes in the troika");
    st.end_turn();
    let held = st.chronicle.entries.iter().find_map(|e| match &e.event {
        politburo::rules::chronicle::Event::Voted { tally, .. } if tally.body == Body::StandingCommittee => Some(tally.total()),
        _ => None,
    });
    assert_eq!(held, Some(2), "the line was voted in the troika");
    // Emptied, it leaves the Politburo its votes.
    for c in [stalin, zinoviev] {
        st.chars[c].rank = Rank::CentralCommittee;
    }
    assert_eq!(votes::motion_body(&st, &line), Body::Politburo);
    // `check` wants its members full members, its offices known.
    let err = std::panic::catch_unwind(|| with_troika(", \"molotov\"")).is_err();
    assert!(err, "Molotov, a candidate, cannot sit in it");
    let text = std::fs::read_to_string(politburo::scenario::default_scenario_path()).unwrap().replacen(
        "    calendar:",
        "    standing_committee: Some((name: \"T\", members: [\"stalni\"], decides: [SetLine])),\n    calendar:",
        1,
    );
    let e = Scenario::from_str(&text, "troika.ron").unwrap_err().to_string();
    assert!(e.contains("stalin") && e.contains("standing committee"), "{e}");
}

#[test]
fn a_tied_politburo_says_the_chair_settled_it() {
    use politburo::narrate::vote_headline;
    use politburo::rules::chronicle::MotionPut;
    use politburo::rules::votes::Tally;
    let st = game(1);
    let put =
        MotionPut { proposer: id(&st, "stalin"), motion: Motion::RemoveFromPolitburo { target: id(&st, "trotsky") }, target_rank: None };
    let tie = |passed| Tally {
        body: Body::Politburo,
        yes: 3,
        no: 3,
        abstain: 0,
        needed_percent: 50,
        passed,
        seats: 6,
        yes_leaders: vec![],
        caucus: None,
        casts: vec![],
    };
    let carried = vote_headline(&st.scn, &put, &tie(true));
    assert!(carried.contains("carried, 3 for, 3 against") && carried.contains("casting vote carried it"), "{carried}");
    let fell = vote_headline(&st.scn, &put, &tie(false));
    assert!(fell.contains("defeated") && fell.contains("a tie, so it fell"), "{fell}");
}

#[test]
fn the_control_commission_readmits_alone() {
    // June 1928: the commission's own session readmits those who recanted.
    let st = at(4, 1928, 4);
    let (stalin, zinoviev) = (id(&st, "stalin"), id(&st, "zinoviev"));
    let readmit = Motion::Readmit { target: zinoviev };
    assert!(votes::by_commission(&st.scn, &readmit), "`bodies.commission` lists `Readmit`");
    assert_eq!(votes::motion_body(&st, &readmit), Body::ControlCommission, "not the Central Committee");
    assert_eq!(votes::plenum_body(&st, &readmit, true), Body::ControlCommission, "not a congress either");
    // Expulsion is still the joint session's, and promotion the plenum's.
    assert_eq!(votes::plenum_body(&st, &Motion::ExpelFromCC { target: zinoviev }, false), Body::JointPlenum);
    assert_eq!(votes::plenum_body(&st, &Motion::Promote { target: stalin }, false), Body::Plenum);
    // Without the list the plenum readmits, as before.
    let text = shipped().replacen("        commission: [Readmit],\n", "", 1);
    let plain = std::sync::Arc::new(Scenario::from_str(&text, "plain.ron").unwrap());
    let st = politburo::rules::state::GameState::new(plain, 4);
    assert_eq!(votes::plenum_body(&st, &readmit, false), Body::Plenum);
    // A kind the commission decides alone cannot also need the joint session.
    let text = shipped().replacen("commission: [Readmit]", "commission: [ExpelFromCC]", 1);
    let err = Scenario::from_str(&text, "both.ron").unwrap_err();
    assert!(
        err.0.iter().any(|e| e.message.contains("`ExpelFromCC` is in both `bodies.joint` and `bodies.commission`") && e.line > 0),
        "{}",
        err.render()
    );
}
