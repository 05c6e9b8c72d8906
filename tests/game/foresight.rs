//! The odds forecast what comes before the vote: the turn's scheduled events
//! resolve after every command and before the votes, so a post they fill, a man
//! they strike down, a motion they make lapse all count in the odds shown, in the
//! computer's plans and in the forecast recorded when the motion is put.

use crate::{game, id};
use politburo::rules::command::{Command, Motion};
use politburo::rules::state::Proposal;
use politburo::rules::votes::foresight::{Overtaken, overtaken_now};
use politburo::rules::votes::{forecast, motion_body};

/// January 1924: Sovnarkom stands vacant, but "Rykov heads the government" is due
/// this turn and seats Rykov before any vote. Trotsky's bid for the post must be
/// forecast against Rykov in it (it fails), not against a vacant chair.
#[test]
fn an_event_that_fills_the_post_first_is_in_the_odds_and_the_breakdown() {
    let st = game(1924);
    let (trotsky, rykov) = (id(&st, "trotsky"), id(&st, "rykov"));
    let sovnarkom = st.scn.oid("sovnarkom");
    assert_eq!(st.offices[sovnarkom], None, "the post is vacant as the game opens");
    let bid = Motion::ReplaceInOffice { office: sovnarkom, with: trotsky };
    let odds = forecast(&st, trotsky, bid);
    assert!(odds < 0.1, "the Rykov event comes first: {odds}");
    assert_eq!(overtaken_now(&st, trotsky, &bid), Some(Overtaken::PostFilled(sovnarkom, Some(rykov))));
    let why = politburo::narrate::explain(&st, motion_body(&st, &bid), &Proposal { motion: bid, proposer: trotsky }).join("\n");
    assert!(why.contains("Rykov heads the government") && why.contains("unseat him"), "{why}");
    // Rykov named to the post he is about to be given: the motion would lapse.
    let moot = Motion::ReplaceInOffice { office: sovnarkom, with: rykov };
    assert_eq!(forecast(&st, trotsky, moot), 0.0);
    assert!(matches!(overtaken_now(&st, trotsky, &moot), Some(Overtaken::Lapses(_))));
    // Reading the odds changes nothing in the game.
    let hash = st.state_hash();
    let _ = forecast(&st, trotsky, bid);
    assert_eq!(st.state_hash(), hash);
}

/// The forecast recorded when the motion is put is the one shown, and it comes true:
/// Trotsky's bid, put anyway, is voted against Rykov in the post and fails.
#[test]
fn the_recorded_forecast_is_the_one_shown_and_the_vote_meets_the_event() {
    let mut st = game(1924);
    let trotsky = id(&st, "trotsky");
    let sovnarkom = st.scn.oid("sovnarkom");
    let bid = Motion::ReplaceInOffice { office: sovnarkom, with: trotsky };
    let shown = forecast(&st, trotsky, bid);
    politburo::rules::apply(&mut st, trotsky, Command::Propose(bid)).unwrap();
    let recorded = st.chronicle.entries.iter().rev().find_map(|e| match &e.event {
        politburo::rules::chronicle::Event::Proposed { odds, .. } => Some(*odds),
        _ => None,
    });
    assert_eq!(recorded, Some(shown));
    while st.offices[sovnarkom] != Some(trotsky) && st.plenum_agenda.iter().any(|p| p.motion == bid) {
        st.end_turn();
    }
    assert_ne!(st.offices[sovnarkom], Some(trotsky), "the 0% bid does not carry");
}

/// With no event due, the odds are the plain vote's: the copy is made only when something comes first.
#[test]
fn without_events_due_nothing_is_overtaken() {
    let mut st = game(7);
    st.due_events.clear();
    let trotsky = id(&st, "trotsky");
    let bid = Motion::ReplaceInOffice { office: st.scn.oid("sovnarkom"), with: trotsky };
    assert_eq!(overtaken_now(&st, trotsky, &bid), None);
    assert!(forecast(&st, trotsky, bid) > 0.3, "a vacant post is open to him");
}
