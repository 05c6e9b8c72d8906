//! Scheming between leaders: deals that bind votes and are remembered when broken,
//! a patron calling in his delegations, and secret meetings that leak.

use crate::{game, id};
use politburo::rules::apply::apply;
use politburo::rules::chronicle::Event;
use politburo::rules::command::{Command, CommandError, Motion};
use politburo::rules::deals::{self, Ask, DealStatus, Offer, Terms};
use politburo::rules::legality::legal_commands;
use politburo::rules::state::{GameState, Proposal};
use politburo::rules::votes::{self, Body, Lean, Voter};
use politburo::scenario::CharId;

/// A Politburo motion of Stalin's on the line, and a member leaning against it who
/// would accept protection for his yes.
fn line_motion_and_waverer(st: &mut GameState) -> (Proposal, CharId) {
    let stalin = id(st, "stalin");
    st.chars[stalin].ap = 10;
    let m = [st.line.wrapping_sub(1), st.line + 1]
        .into_iter()
        .map(|level| Motion::SetLine { level })
        .find(|m| apply(st, stalin, Command::Propose(*m)).is_ok())
        .expect("a line motion");
    let prop = Proposal { motion: m, proposer: stalin };
    // The waverer: the member least against it.
    let v = st
        .politburo()
        .filter(|&v| v != stalin)
        .map(|v| (votes::leader_inclination(st, v, &prop, &mut |_, _| {}), v))
        .filter(|&(lean, _)| lean < 0)
        .max()
        .expect("a member against it")
        .1;
    // Stalin has kept his word so far: a man to deal with.
    st.chars[stalin].trust = 100;
    (prop, v)
}

fn protection_for_yes(prop: &Proposal, v: CharId) -> Command {
    Command::OfferDeal { to: v, give: Offer::Protection, ask: Ask::Vote { motion: prop.motion, yes: true } }
}

/// Which of 200 fixed draws of the generator carry the vote.
fn passes(st: &GameState, body: Body, prop: &Proposal) -> Vec<bool> {
    (0..200u64)
        .map(|s| {
            let mut g = st.clone();
            g.rng = politburo::rules::rng::GameRng::seeded(s);
            votes::hold(&mut g, body, prop).passed
        })
        .collect()
}

#[test]
fn an_accepted_deal_binds_the_vote_and_changes_outcomes() {
    let mut st = game(4);
    let (prop, v) = line_motion_and_waverer(&mut st);
    let stalin = prop.proposer;
    let before_p = votes::voter_p(&st, Voter::Leader(v), &prop);
    let before = passes(&st, Body::Politburo, &prop);
    let offer = protection_for_yes(&prop, v);
    let terms = Terms { from: stalin, to: v, give: Offer::Protection, ask: Ask::Vote { motion: prop.motion, yes: true } };
    assert!(deals::interest(&st, &terms) > 0, "he finds protection worth his vote");
    apply(&mut st, stalin, offer).unwrap();
    assert_eq!(st.deals[0].status, DealStatus::Accepted);
    assert!(st.chronicle.entries.iter().any(|e| matches!(e.event, Event::DealAnswered { accepted: true, .. })));
    let mut leans = vec![];
    votes::leader_inclination(&st, v, &prop, &mut |l, x| leans.push((l, x)));
    assert!(leans.contains(&(Lean::Promised, st.scn.def.balance.deals.promise_weight)), "{leans:?}");
    let after_p = votes::voter_p(&st, Voter::Leader(v), &prop);
    assert!(before_p < 0.5 && after_p > 0.8, "his vote: {before_p:.2} -> {after_p:.2}");
    let after = passes(&st, Body::Politburo, &prop);
    // Same draws, same votes but his: the deal turns lost votes into carried ones, never the reverse.
    let flipped = before.iter().zip(&after).filter(|&(b, a)| !b && *a).count();
    let lost = before.iter().zip(&after).filter(|&(b, a)| *b && !a).count();
    assert!(flipped >= 5 && lost == 0, "{flipped} votes carried by the deal, {lost} lost");
    // The real vote: he keeps his word (or is found out), and the chronicle says which.
    st.end_turn();
    let kept = st.chronicle.entries.iter().any(|e| matches!(e.event, Event::PromiseKept { by, .. } if by == v));
    let broke = st.chronicle.entries.iter().any(|e| matches!(e.event, Event::DealBroken { by, .. } if by == v));
    assert!(kept != broke, "kept {kept}, broken {broke}");
}

#[test]
fn a_vote_against_ones_promise_is_found_and_punished() {
    let mut st = game(4);
    let (prop, v) = line_motion_and_waverer(&mut st);
    let stalin = prop.proposer;
    apply(&mut st, stalin, protection_for_yes(&prop, v)).unwrap();
    let (regard, trust) = (st.rel(stalin, v), st.chars[v].trust);
    let bystander = st.politburo().find(|&c| c != stalin && c != v).unwrap();
    let seen = st.rel(bystander, v);
    let mut tally = votes::hold(&mut st.clone(), Body::Politburo, &prop);
    for c in &mut tally.casts {
        if c.voter == Voter::Leader(v) {
            (c.yes, c.no) = (0, 1);
        }
    }
    deals::after_vote(&mut st, &prop, &tally);
    let d = st.scn.def.balance.deals.clone();
    assert_eq!(st.deals[0].status, DealStatus::Broken { by: v });
    assert_eq!(st.rel(stalin, v), (regard - d.broken_regard).max(-100));
    assert_eq!(st.chars[v].trust, trust - d.broken_trust);
    assert_eq!(st.rel(bystander, v), (seen - d.broken_regard_others).max(-100));
    assert!(st.chronicle.entries.iter().any(|e| matches!(e.event, Event::DealBroken { by, .. } if by == v)));
    // A man who broke his word is offered less: the same deal is worth less to anyone from him.
    let other = st.politburo().find(|&c| c != stalin && c != v).unwrap();
    let terms = Terms { from: v, to: other, give: Offer::Protection, ask: Ask::JoinBloc };
    let mut honest = st.clone();
    honest.chars[v].trust = trust;
    assert!(deals::interest(&st, &terms) < deals::interest(&honest, &terms));
}

#[test]
fn moving_against_a_man_one_protects_breaks_the_deal() {
    let mut st = game(2);
    let (stalin, kamenev) = (id(&st, "stalin"), id(&st, "kamenev"));
    st.chars[stalin].ap = 10;
    st.add_rel(kamenev, stalin, 50);
    apply(&mut st, kamenev, Command::FormBloc { bloc: politburo::scenario::BlocId(0) }).ok();
    // Stalin offers protection for Kamenev's joining his bloc.
    let bloc = politburo::scenario::BlocId::all(st.blocs.len()).find(|&b| st.blocs[b].members.is_empty()).unwrap();
    apply(&mut st, stalin, Command::FormBloc { bloc }).unwrap();
    let offer = Command::OfferDeal { to: kamenev, give: Offer::Protection, ask: Ask::JoinBloc };
    apply(&mut st, stalin, offer).unwrap();
    assert_eq!(st.deals[0].status, DealStatus::Accepted, "{:?}", st.deals[0]);
    assert_eq!(st.chars[kamenev].bloc, Some(bloc), "accepting joins the bloc");
    let regard = st.rel(kamenev, stalin);
    apply(&mut st, stalin, Command::Propose(Motion::RemoveFromPolitburo { target: kamenev })).unwrap();
    assert_eq!(st.deals[0].status, DealStatus::Broken { by: stalin });
    assert!(st.rel(kamenev, stalin) < regard);
}

#[test]
fn a_promised_post_never_proposed_is_a_broken_promise() {
    for propose in [false, true] {
        let mut st = game(3);
        let stalin = id(&st, "stalin");
        st.chars[stalin].ap = 10;
        let bloc = politburo::scenario::BlocId::all(st.blocs.len()).find(|&b| st.blocs[b].members.is_empty()).unwrap();
        apply(&mut st, stalin, Command::FormBloc { bloc }).unwrap();
        let (v, office) = st
            .ids()
            .filter(|&v| v != stalin && st.active(v) && st.chars[v].bloc.is_none())
            .flat_map(|v| politburo::scenario::OfficeId::all(st.offices.len()).map(move |o| (v, o)))
            .find(|&(v, office)| {
                let cmd = Command::OfferDeal { to: v, give: Offer::Post { office }, ask: Ask::JoinBloc };
                let t = Terms { from: stalin, to: v, give: Offer::Post { office }, ask: Ask::JoinBloc };
                politburo::rules::legality::check(&st, stalin, &cmd).is_ok() && deals::interest(&st, &t) > 0
            })
            .expect("a post someone would join Stalin's bloc for");
        apply(&mut st, stalin, Command::OfferDeal { to: v, give: Offer::Post { office }, ask: Ask::JoinBloc }).unwrap();
        assert_eq!(st.deals[0].status, DealStatus::Accepted);
        if propose {
            apply(&mut st, stalin, Command::Propose(Motion::ReplaceInOffice { office, with: v })).unwrap();
            assert!(st.deals[0].post_proposed);
        }
        let trust = st.chars[stalin].trust;
        for _ in 0..=st.scn.def.balance.deals.term_turns {
            st.end_turn();
        }
        if propose {
            assert_eq!(st.deals[0].status, DealStatus::Kept);
            assert!(st.chars[stalin].trust > trust);
        } else {
            assert_eq!(st.deals[0].status, DealStatus::Broken { by: stalin });
            assert!(st.chars[stalin].trust < trust);
        }
    }
}

#[test]
fn an_offer_to_the_player_is_a_question_he_answers() {
    let mut st = game(5);
    let (stalin, bukharin) = (id(&st, "stalin"), id(&st, "bukharin"));
    st.player = Some(bukharin);
    st.chars[stalin].ap = 10;
    let bloc = politburo::scenario::BlocId::all(st.blocs.len()).find(|&b| st.blocs[b].members.is_empty()).unwrap();
    apply(&mut st, stalin, Command::FormBloc { bloc }).unwrap();
    apply(&mut st, stalin, Command::OfferDeal { to: bukharin, give: Offer::Line, ask: Ask::JoinBloc }).unwrap();
    assert_eq!(st.deals[0].status, DealStatus::Offered);
    let legal = legal_commands(&st, bukharin);
    assert!(legal.contains(&Command::AnswerDeal { deal: 0, accept: true }));
    assert!(legal.contains(&Command::AnswerDeal { deal: 0, accept: false }));
    let text = Command::AnswerDeal { deal: 0, accept: true }.describe(&st);
    assert!(text.contains("Accept Stalin's deal") && text.contains("joining his bloc"), "{text}");
    // Stalin cannot answer for him.
    assert_eq!(
        apply(&mut st, stalin, Command::AnswerDeal { deal: 0, accept: true }),
        Err(CommandError::NotNow("no such offer waits for you"))
    );
    apply(&mut st, bukharin, Command::AnswerDeal { deal: 0, accept: true }).unwrap();
    assert_eq!(st.deals[0].status, DealStatus::Accepted);
    assert_eq!(st.chars[bukharin].bloc, Some(bloc));
    // Leaving the bloc within the term breaks his word.
    apply(&mut st, bukharin, Command::LeaveBloc).unwrap();
    assert_eq!(st.deals[0].status, DealStatus::Broken { by: bukharin });
}

#[test]
fn an_unanswered_offer_lapses_and_an_illegal_one_changes_nothing() {
    let mut st = game(6);
    let (stalin, trotsky) = (id(&st, "stalin"), id(&st, "trotsky"));
    st.player = Some(trotsky);
    st.chars[stalin].ap = 10;
    let before = st.state_hash();
    assert!(apply(&mut st, stalin, Command::OfferDeal { to: stalin, give: Offer::Protection, ask: Ask::JoinBloc }).is_err());
    let not_pending = Ask::Vote { motion: Motion::RemoveFromPolitburo { target: trotsky }, yes: true };
    assert_eq!(
        apply(&mut st, stalin, Command::OfferDeal { to: trotsky, give: Offer::Protection, ask: not_pending }),
        Err(CommandError::NoSuchThing("that motion is not on the agenda"))
    );
    assert_eq!(st.state_hash(), before);
    let bloc = politburo::scenario::BlocId::all(st.blocs.len()).find(|&b| st.blocs[b].members.is_empty()).unwrap();
    apply(&mut st, stalin, Command::FormBloc { bloc }).unwrap();
    apply(&mut st, stalin, Command::OfferDeal { to: trotsky, give: Offer::Protection, ask: Ask::JoinBloc }).unwrap();
    st.end_turn();
    assert_eq!(st.deals[0].status, DealStatus::Offered, "he has the next turn to answer");
    st.end_turn();
    assert_eq!(st.deals[0].status, DealStatus::Refused);
    assert!(st.chronicle.entries.iter().any(|e| matches!(e.event, Event::DealLapsed { deal: 0, .. })));
}

/// A plenum motion of a patron's own that his delegations, called in, would carry:
/// (the game with it proposed, the motion, odds before, odds after calling them in).
fn close_plenum_vote(seed: u64) -> Option<(GameState, Proposal, f64, f64)> {
    // Under statutes without `bodies` the 13th Congress decides it: large delegations.
    let mut statutes = (*crate::scenario()).clone();
    statutes.def.bodies = None;
    let mut st = GameState::new(std::sync::Arc::new(statutes), seed);
    st.chronicle.quiet = false;
    // Trotsky fights for the army's Political Directorate: its delegation stays his to call in.
    let (trotsky, ev) = (id(&st, "trotsky"), st.scn.def.events.iter().position(|e| e.id == "political_directorate").unwrap());
    apply(&mut st, trotsky, Command::Choose { event: ev, choice: 1 }).unwrap();
    let st = st;
    for p in st.ids().filter(|&p| st.active(p) && st.regions.iter().any(|r| r.patron == Some(p) && r.cc_seats > 0)) {
        for cmd in legal_commands(&st, p) {
            let Command::Propose(m) = cmd else { continue };
            if m.body(&st) != politburo::scenario::RemovalBody::Plenum {
                continue;
            }
            let mut g = st.clone();
            g.chars[p].ap = 10;
            apply(&mut g, p, cmd).unwrap();
            let before = votes::forecast(&g, p, m);
            let mut called = g.clone();
            apply(&mut called, p, Command::CallInLoyalty { motion: m }).unwrap();
            let after = votes::forecast(&called, p, m);
            if before < 0.5 && after > 0.5 {
                return Some((g, Proposal { motion: m, proposer: p }, before, after));
            }
        }
    }
    None
}

#[test]
fn calling_in_loyalty_carries_a_close_vote_and_costs_loyalty() {
    let (mut st, prop, before, after) = (1..6).find_map(close_plenum_vote).expect("a close plenum vote a patron's delegations decide");
    let p = prop.proposer;
    let fiefs: Vec<usize> = (0..st.regions.len()).filter(|&r| st.regions[r].patron == Some(p)).collect();
    let r = fiefs[0];
    let voter = Voter::Delegation(politburo::scenario::RegionId(r), st.regions[r].cc_seats);
    let d_before = votes::voter_p(&st, voter, &prop);
    let ap = st.chars[p].ap;
    apply(&mut st, p, Command::CallInLoyalty { motion: prop.motion }).unwrap();
    assert_eq!(st.chars[p].ap, ap - st.scn.def.balance.deals.call_in_cost);
    let d_after = votes::voter_p(&st, voter, &prop);
    assert!(d_after > d_before, "his delegation follows him more tightly: {d_before:.2} -> {d_after:.2}");
    assert!(before < 0.5 && votes::forecast(&st, p, prop.motion) == after && after > 0.5, "{before:.2} -> {after:.2}");
    assert!(st.chronicle.entries.iter().any(|e| matches!(e.event, Event::LoyaltyCalledIn { patron, .. } if patron == p)));
    assert!(apply(&mut st, p, Command::CallInLoyalty { motion: prop.motion }).is_err(), "once per motion");
    // After the vote the call is spent and his regions resent it.
    let loyalty: Vec<i32> = fiefs.iter().map(|&r| st.regions[r].loyalty).collect();
    let tally = votes::hold(&mut st.clone(), Body::Plenum, &prop);
    deals::after_vote(&mut st, &prop, &tally);
    let cost = st.scn.def.balance.deals.call_in_loyalty_cost;
    for (i, &r) in fiefs.iter().enumerate() {
        assert_eq!(st.regions[r].loyalty, (loyalty[i] - cost).max(0));
    }
    assert!(st.called_in.is_empty());
}

#[test]
fn a_secret_meeting_leaks_on_some_seeds_and_becomes_charges() {
    let (mut leaks, mut quiet) = (0, 0);
    for seed in 0..40 {
        let mut st = game(seed);
        let (bukharin, kamenev) = (id(&st, "bukharin"), id(&st, "kamenev"));
        let regard = st.rel(kamenev, bukharin);
        apply(&mut st, bukharin, Command::MeetSecretly { with: kamenev }).unwrap();
        let d = st.scn.def.balance.deals.clone();
        assert_eq!(st.rel(kamenev, bukharin), (regard + d.meet_regard).min(100));
        // Meanwhile each leans toward the other's motions.
        let prop = Proposal { motion: Motion::Promote { target: id(&st, "tomsky") }, proposer: kamenev };
        let mut leans = vec![];
        votes::leader_inclination(&st, bukharin, &prop, &mut |l, x| leans.push((l, x)));
        assert!(leans.contains(&(Lean::SecretUnderstanding, d.meet_cohesion)));
        // Whether it leaks is drawn at the end of the turn, not when it is held.
        assert!(!st.chronicle.entries.iter().any(|e| matches!(e.event, Event::MeetingLeaked { .. })));
        let charges = st.chars[bukharin].charges;
        let mut again = st.clone();
        st.end_turn();
        let leak = st.chronicle.entries.iter().find_map(|e| match e.event {
            Event::MeetingLeaked { actor, actor_charges, .. } => Some((actor, actor_charges)),
            _ => None,
        });
        match leak {
            Some((actor, now)) => {
                leaks += 1;
                assert_eq!((actor, now), (bukharin, charges + d.leak_charges));
            }
            None => quiet += 1,
        }
        // The draw is the game's: the same seed leaks the same way.
        again.end_turn();
        assert_eq!(again.state_hash(), st.state_hash());
    }
    assert!(leaks >= 4 && quiet >= 20, "{leaks} leaks, {quiet} kept secret of 40");
}

#[test]
fn the_schemes_read_in_words() {
    let mut st = game(4);
    let (prop, v) = line_motion_and_waverer(&mut st);
    let stalin = prop.proposer;
    let offer = protection_for_yes(&prop, v);
    assert!(offer.describe(&st).starts_with(&format!("Offer {} your protection for a yes on the motion to set the line", st.scn.name(v))));
    assert_eq!(politburo::actions::group(&offer), "Schemes");
    apply(&mut st, stalin, offer).unwrap();
    let words: Vec<String> = st.chronicle.entries.iter().map(|e| politburo::narrate::headline(&st.scn, e)).collect();
    assert!(words.iter().any(|w| w.contains("Deal no. 0: Joseph Stalin offers") && w.contains("his protection")), "{words:?}");
    assert!(words.iter().any(|w| w.contains("accepts deal no. 0 with Stalin")), "{words:?}");
    assert!(politburo::narrate::leader_reason(&st, v, &prop).contains("he promised his vote in a deal +"));
    let meet = Command::MeetSecretly { with: v };
    assert_eq!(meet.describe(&st), format!("Meet {} in secret", st.scn.name(v)));
}

/// The historical script can hold a secret meeting, with a disgraced man readmitted on probation.
#[test]
fn the_script_can_hold_a_secret_meeting() {
    use politburo::scenario::ScriptCommand;
    let mut st = game(1);
    let (bukharin, kamenev) = (id(&st, "bukharin"), id(&st, "kamenev"));
    let cmd = politburo::rules::history::to_command(&st.scn, &ScriptCommand::MeetSecretly("kamenev".into()));
    assert_eq!(cmd, Command::MeetSecretly { with: kamenev });
    st.chars[kamenev].rank = politburo::scenario::Rank::Member;
    apply(&mut st, bukharin, cmd).unwrap();
    assert_eq!(st.meetings.len(), 1);
}
