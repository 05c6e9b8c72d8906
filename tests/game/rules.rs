//! The rules through their one door: each system's behaviour, legality,
//! determinism, votes, the typed chronicle and its words, and random playouts
//! with invariants.

use crate::{game, id, scenario};
use politburo::ai;
use politburo::cli::simulate;
use politburo::narrate;
use politburo::rules::apply::apply;
use politburo::rules::chronicle::{Event, VotedWhen};
use politburo::rules::command::{Command, Motion};
use politburo::rules::legality::check;
use politburo::rules::legality::legal_commands;
use politburo::rules::state::{GameState, Proposal};
use politburo::rules::votes::{self, Body, Voter};
use politburo::rules::{expulsion, patronage};
use politburo::scenario::{BlocId, CharId, Rank, RegionId};
use rand::{RngExt, SeedableRng};

/// Patronage: a secretary appointed this turn does not sway this turn's congress,
/// but does sway the next session.
#[test]
fn an_appointment_changes_the_next_congress_not_this_one() {
    let mut st = game(3);
    let stalin = id(&st, "stalin");
    // Find a region the General Secretary can take over from someone else.
    let region = RegionId::all(st.regions.len())
        .find(|&r| {
            check(&st, stalin, &Command::Appoint { region: r, person: None }).is_ok() && st.regions[r].patron.is_some_and(|p| p != stalin)
        })
        .expect("a region to take over");
    let old_patron = st.regions[region].patron.unwrap();
    // The party's norm spent (as after many precedents), so it does not loosen the delegates' loyalty.
    st.precedents = vec![st.chars[old_patron].nep; 10];
    let prop = Proposal { motion: Motion::RemoveFromPolitburo { target: old_patron }, proposer: stalin };
    let voter = Voter::Delegation(region, st.regions[region].delegates);
    let before = votes::voter_p(&st, voter, &prop);
    let odds_before = votes::odds(&st, Body::Congress, &prop);
    apply(&mut st, stalin, Command::Appoint { region, person: None }).unwrap();
    // Same turn: the appointment is pending, the delegation still follows its old patron.
    assert_eq!(votes::voter_p(&st, voter, &prop), before);
    assert_eq!(votes::odds(&st, Body::Congress, &prop), odds_before);
    assert!(st.regions[region].pending.is_some());
    patronage::seat_appointments(&mut st);
    assert_eq!(st.regions[region].patron, Some(stalin));
    let after = votes::voter_p(&st, voter, &prop);
    assert!(after > before + 0.2, "the delegation now leans to its new patron: {before:.2} -> {after:.2}");
    let odds_after = votes::odds(&st, Body::Congress, &prop);
    assert!(odds_after > odds_before, "{odds_before} -> {odds_after}");
    // And the tally of a real vote moves with it.
    let t = votes::hold(&mut st, Body::Congress, &prop);
    let g = t.casts.iter().find(|c| matches!(c.voter, Voter::Delegation(r, _) if r == region)).unwrap();
    assert_eq!(g.patron, Some(stalin), "the tally records whom the delegation followed");
    assert!(g.yes > g.no, "the delegation votes with the General Secretary now: {g:?}");
}

/// The ban on factions: a charge needs an organised faction.
#[test]
fn a_charge_of_factionalism_needs_an_organised_bloc() {
    let mut st = game(1);
    let (stalin, kamenev, trotsky) = (id(&st, "stalin"), id(&st, "kamenev"), id(&st, "trotsky"));
    let kamenev_bloc = st.chars[kamenev].bloc;
    assert!(kamenev_bloc.is_none_or(|b| !st.blocs[b].organised));
    assert!(apply(&mut st, stalin, Command::Charge { target: kamenev }).is_err());
    let tb = st.chars[trotsky].bloc.expect("Trotsky leads the Left Opposition");
    assert!(st.blocs[tb].organised);
    st.chars[stalin].ap = 5;
    apply(&mut st, stalin, Command::Charge { target: trotsky }).unwrap();
    assert!(st.chars[trotsky].charges >= 1);
}

/// Removal from the Central Committee needs two thirds of a joint plenum.
#[test]
fn expulsion_from_the_cc_fails_without_a_qualified_majority() {
    let mut found_simple_but_not_qualified = false;
    for seed in 0..400 {
        let mut st = game(seed);
        let (stalin, trotsky) = (id(&st, "stalin"), id(&st, "trotsky"));
        st.chars[trotsky].rank = Rank::CentralCommittee;
        st.chars[trotsky].charges = 1;
        // Without the army: the fear of a Bonaparte would carry every vote against him.
        st.offices[st.scn.oid("war")] = None;
        st.sync_patron_offices();
        // Vary the climate so that some votes land between a half and two thirds.
        let mut r = rand::rngs::ChaCha8Rng::seed_from_u64(seed);
        st.chars[trotsky].prestige = r.random_range(20..100);
        st.chars[stalin].prestige = r.random_range(0..90);
        let prop = Proposal { motion: Motion::ExpelFromCC { target: trotsky }, proposer: stalin };
        assert_eq!(votes::plenum_body(&st, &prop.motion, false), Body::JointPlenum);
        let t = votes::hold(&mut st, Body::JointPlenum, &prop);
        assert_eq!(t.needed_percent, 67);
        let share = t.yes * 100 / (t.yes + t.no).max(1);
        assert_eq!(t.passed, t.yes * 100 >= 67 * (t.yes + t.no), "seed {seed}: {t:?}");
        if t.yes > t.no && share < 67 {
            assert!(!t.passed);
            found_simple_but_not_qualified = true;
        }
    }
    assert!(found_simple_but_not_qualified, "some vote had a simple but not a qualified majority");
}

/// An expelled member neither votes nor holds office, and leaves his bloc and region.
#[test]
fn the_expelled_neither_vote_nor_hold_office() {
    let mut st = game(1);
    let zinoviev = id(&st, "zinoviev");
    assert!(st.offices_of(zinoviev).count() > 0);
    expulsion::demote(&mut st, zinoviev, Rank::Expelled);
    expulsion::phase(&mut st);
    assert_eq!(st.offices_of(zinoviev).count(), 0);
    assert_eq!(st.chars[zinoviev].bloc, None);
    assert!(st.regions.iter().all(|r| r.secretary != Some(zinoviev) && r.patron != Some(zinoviev)));
    for body in [Body::Politburo, Body::Plenum, Body::JointPlenum, Body::Congress] {
        assert!(!votes::voters(&st, body).contains(&Voter::Leader(zinoviev)));
    }
    // And he cannot propose anything.
    assert!(check(&st, zinoviev, &Command::Propose(Motion::SetLine { level: 1 })).is_err());
}

/// Recanting stops the slide: the motion against him is withdrawn and no new one
/// is allowed; but the charges stay on his record, and it costs him standing and
/// the others' trust. A recanter who goes back to faction work is a double-dealer:
/// no recantation saves him again, and the votes lean against him.
#[test]
fn recanting_stops_the_slide() {
    let mut st = game(1);
    let (stalin, zinoviev) = (id(&st, "stalin"), id(&st, "zinoviev"));
    st.chars[zinoviev].rank = Rank::Member;
    st.chars[zinoviev].charges = 3;
    st.chars[stalin].ap = 10;
    let expel = Command::Propose(Motion::ExpelFromParty { target: zinoviev });
    apply(&mut st, stalin, expel).unwrap();
    assert_eq!(st.plenum_agenda.len(), 1);
    st.chars[zinoviev].ap = 5;
    let prestige = st.chars[zinoviev].prestige;
    let kamenev = id(&st, "kamenev");
    let regard = st.rel(kamenev, zinoviev);
    apply(&mut st, zinoviev, Command::Recant).unwrap();
    assert!(st.plenum_agenda.is_empty());
    assert_eq!(st.chars[zinoviev].charges, 3, "the charges stay on his record");
    assert!(st.chars[zinoviev].prestige <= prestige - st.scn.def.balance.recant_prestige);
    assert_eq!(st.rel(kamenev, zinoviev), regard - st.scn.def.balance.norms.recant_regard, "the others trust him less");
    assert!(apply(&mut st, stalin, expel).is_err());
    assert!(check(&st, stalin, &Command::Charge { target: zinoviev }).is_err());
    assert_eq!(st.chars[zinoviev].rank, Rank::Member);

    // Back at faction work: a double-dealer.
    let bloc = st.chars[id(&st, "trotsky")].bloc.expect("Trotsky's bloc");
    st.blocs[bloc].organised = true;
    let prop = Proposal { motion: Motion::ExpelFromParty { target: zinoviev }, proposer: stalin };
    let before = votes::voter_p(&st, Voter::Leader(kamenev), &prop);
    st.chars[zinoviev].immune_until = 0;
    politburo::rules::factions::join(&mut st, zinoviev, bloc);
    assert!(st.chars[zinoviev].double_dealer);
    assert!(votes::voter_p(&st, Voter::Leader(kamenev), &prop) > before, "the votes lean against a double-dealer");
    assert!(check(&st, zinoviev, &Command::Recant).is_err(), "no recantation saves him again");
}

#[test]
fn illegal_commands_return_a_typed_error_and_change_nothing() {
    let mut st = game(5);
    let (stalin, trotsky) = (id(&st, "stalin"), id(&st, "trotsky"));
    let hash = st.state_hash();
    let entries = st.chronicle.entries.len();
    let bukharin = id(&st, "bukharin");
    let cases = [
        (trotsky, Command::Appoint { region: RegionId(0), person: None }),
        (trotsky, Command::Propose(Motion::RemoveFromPolitburo { target: trotsky })),
        (stalin, Command::Propose(Motion::ExpelFromParty { target: trotsky })),
        (trotsky, Command::SuppressTestament),
        (bukharin, Command::LeaveBloc),
        (stalin, Command::JoinBloc { bloc: BlocId(999) }),
        (stalin, Command::Choose { event: 0, choice: 0 }),
        (stalin, Command::Court { target: stalin }),
        (CharId(999), Command::Speech),
    ];
    for (who, cmd) in cases {
        let e = apply(&mut st, who, cmd).expect_err(&format!("{cmd:?} should be illegal"));
        assert!(!e.to_string().is_empty());
        assert_eq!(st.state_hash(), hash, "{cmd:?} failed but changed the state");
    }
    assert_eq!(st.chronicle.entries.len(), entries);
    // Out of action points: even a speech fails.
    st.chars[trotsky].ap = 0;
    assert!(matches!(apply(&mut st, trotsky, Command::Speech), Err(politburo::rules::CommandError::NoActionPoints { .. })));
}

#[test]
fn every_listed_command_is_legal_and_applies() {
    let st = game(9);
    for c in st.ids() {
        for cmd in legal_commands(&st, c) {
            let mut copy = st.clone();
            apply(&mut copy, c, cmd).unwrap_or_else(|e| panic!("{cmd:?} was listed but failed: {e}"));
        }
    }
    let stalin = id(&st, "stalin");
    let list = legal_commands(&st, stalin);
    assert!(list.iter().any(|c| matches!(c, Command::Appoint { .. })), "the General Secretary appoints");
    let trotsky = id(&st, "trotsky");
    assert!(!legal_commands(&st, trotsky).iter().any(|c| matches!(c, Command::Appoint { .. })));
}

#[test]
fn same_seed_same_game_different_seed_different_game() {
    let a = simulate(scenario(), 7, None, false);
    let b = simulate(scenario(), 7, None, false);
    assert_eq!(a.state_hash(), b.state_hash());
    assert_eq!(a.chronicle.entries, b.chronicle.entries, "the same events in the same order");
    let c = simulate(scenario(), 8, None, false);
    assert_ne!(a.state_hash(), c.state_hash());
    assert!(a.outcome.is_some(), "a full game ends");
    // Quiet games (no chronicle) play the same game.
    let q = simulate(scenario(), 7, None, true);
    assert_eq!(q.state_hash(), a.state_hash());
}

fn check_invariants(st: &GameState, seed: u64) {
    let v = politburo::rules::invariants::violations(st);
    assert!(v.is_empty(), "seed {seed}, turn {}: {}", st.turn, v.join("; "));
}

/// 200 seeded games, some leaders playing random legal commands and the rest the
/// computer, with the invariants checked after every turn.
#[test]
fn random_playouts_keep_the_invariants() {
    let scn = scenario();
    for seed in 0..200u64 {
        let mut st = GameState::new(scn.clone(), seed);
        st.chronicle.quiet = true;
        let mut r = rand::rngs::ChaCha8Rng::seed_from_u64(seed ^ 0xfeed);
        let randoms: Vec<CharId> = st.ids().filter(|_| r.random_bool(0.4)).collect();
        while !st.is_over() {
            for &c in &randoms {
                for _ in 0..4 {
                    let legal = legal_commands(&st, c);
                    if legal.is_empty() {
                        break;
                    }
                    let cmd = legal[r.random_range(0..legal.len())];
                    apply(&mut st, c, cmd).unwrap();
                }
            }
            for c in st.ids() {
                if !randoms.contains(&c) {
                    ai::act(&mut st, c);
                }
            }
            st.end_turn();
            check_invariants(&st, seed);
        }
        assert!(st.outcome.is_some());
    }
}

/// Lenin's letter advises taking the General Secretary's post from Stalin: once it is
/// published, a vote to do so leans further toward yes, the breakdown says why, and a
/// computer rival who weighs publishing it sees the odds it would give his motion.
#[test]
fn the_testament_advises_unseating_stalin() {
    use politburo::rules::state::TestamentStatus;
    let mut st = game(3);
    let kamenev = id(&st, "kamenev");
    let gensec = st.scn.office_id("gensec").unwrap();
    let prop = Proposal { motion: Motion::ReplaceInOffice { office: gensec, with: kamenev }, proposer: kamenev };
    let lean = |st: &GameState| {
        let mut advice = 0;
        let total = votes::leader_inclination(st, id(st, "bukharin"), &prop, &mut |l, x| {
            if l == votes::Lean::TestamentAdvises {
                advice += x
            }
        });
        (total, advice)
    };
    let (before, none) = lean(&st);
    assert_eq!(none, 0, "no advice while the letter is sealed");
    st.testament = TestamentStatus::ReadToDelegations;
    let (_, half) = lean(&st);
    st.testament = TestamentStatus::Published;
    let (after, full) = lean(&st);
    assert!(full > 0 && half == full / 2, "advice: read {half}, published {full}");
    assert_eq!(after - before, full);
    let odds_before = {
        let mut s = st.clone();
        s.testament = TestamentStatus::Sealed;
        votes::odds(&s, Body::Plenum, &prop)
    };
    assert!(votes::odds(&st, Body::Plenum, &prop) > odds_before);
    assert!(narrate::explain(&st, Body::Plenum, &prop).iter().any(|l| l.contains("Lenin's Testament advises it")));
    // Not for another post, nor for another holder.
    let war = st.scn.office_id("war").unwrap();
    let other = Proposal { motion: Motion::ReplaceInOffice { office: war, with: kamenev }, proposer: kamenev };
    let mut found = 0;
    votes::leader_inclination(&st, id(&st, "bukharin"), &other, &mut |l, _| found += i32::from(l == votes::Lean::TestamentAdvises));
    assert_eq!(found, 0);
    // His own delegations hold to him less firmly on that post once the letter is out.
    let ukraine = st.scn.rid("ukraine");
    assert_eq!(st.regions[ukraine].patron, Some(id(&st, "stalin")));
    let delegation = votes::Voter::Delegation(ukraine, st.regions[ukraine].cc_seats);
    let mut sealed = st.clone();
    sealed.testament = TestamentStatus::Sealed;
    assert!(
        votes::voter_p(&st, delegation, &prop) > votes::voter_p(&sealed, delegation, &prop) + 0.05,
        "Ukraine: {:.2} published, {:.2} sealed",
        votes::voter_p(&st, delegation, &prop),
        votes::voter_p(&sealed, delegation, &prop)
    );
    assert!(narrate::explain(&st, Body::Plenum, &prop).iter().any(|l| l.contains("less on his own post by Lenin's Testament")));
    st.offices[gensec] = Some(kamenev);
    let (_, moved) = lean(&st);
    assert_eq!(moved, 0, "the letter names Stalin, not whoever holds the post");
}

/// A motion to hand a post to another man takes it from its holder: he votes
/// against it whoever proposes it, even his friend, and his delegations follow him.
#[test]
fn the_holder_votes_to_keep_his_post() {
    let st = game(3);
    let (stalin, zinoviev) = (id(&st, "stalin"), id(&st, "zinoviev"));
    assert!(st.rel(stalin, zinoviev) > 0, "the test wants Zinoviev to be Stalin's friend");
    let gensec = st.scn.office_id("gensec").unwrap();
    let prop = Proposal { motion: Motion::ReplaceInOffice { office: gensec, with: zinoviev }, proposer: zinoviev };
    let mut reasons = vec![];
    let lean = votes::leader_inclination(&st, stalin, &prop, &mut |l, x| reasons.push((l, x)));
    assert!(lean <= -1000, "Stalin leans {lean}: {reasons:?}");
    assert!(reasons.iter().any(|(l, _)| *l == votes::Lean::TakesHisPost));
    assert_eq!(narrate::lean(votes::Lean::TakesHisPost), "it takes his post from him");
    assert!(votes::voter_p(&st, votes::Voter::Leader(stalin), &prop) < 0.05);
    // Handing the post to himself is his own business.
    let own = Proposal { motion: Motion::ReplaceInOffice { office: gensec, with: stalin }, proposer: zinoviev };
    assert!(votes::leader_inclination(&st, stalin, &own, &mut |_, _| {}) > 0);
    // The friend's motion fails in the plenum while Stalin's machine stands behind him.
    assert!(votes::odds(&st, Body::Plenum, &prop) < 0.05, "{:.2}", votes::odds(&st, Body::Plenum, &prop));
}

/// A motion put between sessions is decided at the next one: in January 1924 that is
/// the 13th Congress, which leaves a post to the plenum it elects (the scenario's
/// `bodies`), so its odds are that plenum's; without `bodies` the congress's.
#[test]
fn a_motion_waits_for_the_body_that_will_decide_it() {
    let st = game(3);
    assert!(st.session().is_none(), "January 1924 has no session of its own");
    assert_eq!(st.next_session().map(|n| n.kind), Some(politburo::scenario::SessionKind::Congress));
    let gensec = st.scn.office_id("gensec").unwrap();
    let m = Motion::ReplaceInOffice { office: gensec, with: id(&st, "kamenev") };
    assert_eq!(votes::motion_body(&st, &m), Body::Plenum);
    let mut statutes = (*st.scn).clone();
    statutes.def.bodies = None;
    let old = GameState::new(std::sync::Arc::new(statutes), 3);
    assert_eq!(votes::motion_body(&old, &m), Body::Congress);
    // A congress is its delegates alone, and the breakdown's summary says so.
    let prop = Proposal { motion: m, proposer: id(&st, "kamenev") };
    let summary = narrate::expected_line(&st, Body::Congress, &prop);
    assert!(summary.contains("delegates voting") && !summary.contains("leaders"), "{summary}");
    let summary = narrate::expected_line(&st, Body::Plenum, &prop);
    assert!(summary.contains("leaders") && summary.contains("in all"), "{summary}");
    let line = Motion::SetLine { level: 0 };
    assert_eq!(votes::motion_body(&st, &line), Body::Politburo);
}

/// One vote followed from the command that put it, through its typed events, to
/// the words of the chronicle: nothing on the way is a parsed string.
#[test]
fn a_vote_is_told_from_its_typed_events() {
    let mut st = game(3);
    let stalin = id(&st, "stalin");
    let motion = Motion::SetLine { level: st.line + 1 };
    apply(&mut st, stalin, Command::Propose(motion)).unwrap();
    let proposed = st.chronicle.entries.last().unwrap().clone();
    let shown = votes::forecast(&game(3), stalin, motion);
    assert!(
        matches!(&proposed.event, Event::Proposed { put, when: VotedWhen::PolitburoThisTurn, odds, .. } if put.motion == motion && put.proposer == stalin && *odds == shown),
        "the event keeps the odds the player was shown"
    );
    st.end_turn();
    let (put, tally) = st
        .chronicle
        .entries
        .iter()
        .find_map(|e| match &e.event {
            Event::Voted { put, tally } if put.motion == motion => Some((put, tally)),
            _ => None,
        })
        .expect("the Politburo votes on it at the end of the turn");
    assert_eq!(put.proposer, stalin);
    assert_eq!(tally.body, Body::Politburo);
    // Every voter is in the tally once, and the groups add up to the totals.
    let seats = votes::seats(&votes::voters(&st, Body::Politburo));
    assert_eq!(tally.total(), tally.casts.iter().map(|c| c.yes + c.no + c.abstain).sum::<i32>());
    assert!(tally.total() <= seats + 1, "{} votes in a Politburo of {seats}", tally.total());
    let groups = tally.groups();
    assert_eq!(groups.iter().map(|g| g.1).sum::<i32>(), tally.yes);
    assert_eq!(groups.iter().map(|g| g.2).sum::<i32>(), tally.no);
    assert!(tally.casts.iter().any(|c| c.voter == Voter::Leader(stalin) && c.yes == 1), "the proposer votes for his motion");
    // The carried line is its own event, after the vote.
    if tally.passed {
        assert!(st.chronicle.entries.iter().any(|e| e.event == Event::LineSet { level: motion_level(&motion) }));
        assert_eq!(st.line, motion_level(&motion));
    }
    // The words come from the event: the headline carries the tally's numbers.
    let vote_entry = st.chronicle.entries.iter().find(|e| matches!(&e.event, Event::Voted { put, .. } if put.motion == motion)).unwrap();
    let line = narrate::entry(&st.scn, vote_entry);
    assert!(line.text.contains(&format!("{} for, {} against", tally.yes, tally.no)), "{}", line.text);
    assert_eq!(line.detail.len(), groups.len(), "one line per bloc: {:?}", line.detail);
}

fn motion_level(m: &Motion) -> usize {
    match m {
        Motion::SetLine { level } => *level,
        _ => unreachable!(),
    }
}

/// Every event of many whole games has words, and a game's events are the same
/// whether or not the words are ever rendered.
#[test]
fn every_event_of_a_game_has_words() {
    let scn = scenario();
    let mut kinds = std::collections::BTreeSet::new();
    for seed in 0..12 {
        let st = simulate(scn.clone(), seed, None, false);
        assert!(matches!(st.chronicle.entries.last().map(|e| &e.event), Some(Event::GameEnds(_))), "a game's last event is its end");
        for e in &st.chronicle.entries {
            let line = narrate::entry(&st.scn, e);
            assert!(!line.text.trim().is_empty(), "no words for {:?}", e.event);
            kinds.insert(format!("{:?}", e.event).split([' ', '(', '{']).next().unwrap().to_string());
        }
    }
    assert!(kinds.len() >= 15, "a dozen games show most kinds of event: {kinds:?}");
}

/// The open agenda: a motion put between sessions waits on it with the session
/// that will decide it and the odds it would be shown, until that session votes.
#[test]
fn a_waiting_motion_is_on_the_open_agenda_with_its_session_and_odds() {
    let mut st = game(5);
    let (stalin, trotsky) = (id(&st, "stalin"), id(&st, "trotsky"));
    assert!(votes::agenda(&st).is_empty());
    let m = Motion::RemoveFromPolitburo { target: trotsky };
    let shown = votes::forecast(&st, stalin, m);
    apply(&mut st, stalin, Command::Propose(m)).unwrap();
    let items = votes::agenda(&st);
    assert_eq!(items.len(), 1);
    let item = &items[0];
    // The 13th Congress leaves the Politburo to the plenum it elects.
    assert_eq!((item.proposal.motion, item.proposal.proposer, item.body), (m, stalin, Body::Plenum));
    let VotedWhen::Waits(session) = item.when else { panic!("it waits for a scheduled session: {:?}", item.when) };
    assert_eq!(st.scn.def.sessions[session].name, "13th Party Congress");
    assert!((item.odds - shown).abs() < 1e-12, "the agenda shows the odds the proposer was shown");
    let line = narrate::agenda_item(&st, item);
    assert!(line.contains("13th Party Congress") && line.contains("to pass"), "{line}");
    // It stays on the agenda until the congress meets, then it is voted and gone.
    while st.session().is_none() {
        st.end_turn();
        assert!(votes::agenda(&st).iter().any(|i| i.proposal.motion == m) || st.chars[trotsky].rank < Rank::Politburo);
    }
    st.end_turn();
    assert!(votes::agenda(&st).iter().all(|i| i.proposal.motion != m));
    assert!(st.chronicle.entries.iter().any(|e| matches!(&e.event, Event::Voted { put, .. } if put.motion == m)));
}
