//! The doctrine abroad, a second axis: a leader shifts his stance on world
//! revolution through the one door, a body adopts Socialism in One Country, and
//! the world's events raise or sink the doctrine's owners.

use crate::{game, id, scenario};
use politburo::rules::apply::apply;
use politburo::rules::chronicle::Event;
use politburo::rules::command::{Command, CommandError, Motion};
use politburo::rules::events::apply_effects;
use politburo::rules::legality::check;
use politburo::rules::state::{GameState, Proposal};
use politburo::rules::votes::{self, Lean};
use politburo::scenario::{Effect, RemovalBody, Scenario};
use std::sync::Arc;

fn modded(f: impl FnOnce(&mut Scenario)) -> GameState {
    let mut scn = (*scenario()).clone();
    f(&mut scn);
    let mut st = GameState::new(Arc::new(scn), 1);
    st.chronicle.quiet = false;
    st
}

fn events(st: &GameState) -> Vec<&Event> {
    st.chronicle.entries.iter().map(|e| &e.event).collect()
}

#[test]
fn a_leader_shifts_his_stance_on_world_revolution_once_a_turn_for_credibility() {
    let mut st = game(1);
    let bukharin = id(&st, "bukharin");
    let l = st.scn.def.balance.levers.clone();
    assert!(l.world_stance_step > 0, "1924 lets the stance move");
    let (w, cred) = (st.chars[bukharin].world_revolution, st.chars[bukharin].credibility);
    let cmd = Command::ShiftWorldStance { toward_world: true };
    assert!(politburo::rules::legality::legal_commands(&st, bukharin).contains(&cmd), "listed among his commands");
    apply(&mut st, bukharin, cmd).unwrap();
    assert_eq!(st.chars[bukharin].world_revolution, w + l.world_stance_step);
    assert_eq!(st.chars[bukharin].credibility, cred - l.world_stance_cost);
    assert!(events(&st).iter().any(|e| matches!(e, Event::WorldStanceShifted { actor, toward: true, .. } if *actor == bukharin)));
    // Once a turn: the second is refused and changes nothing.
    let before = st.state_hash();
    assert!(matches!(apply(&mut st, bukharin, Command::ShiftWorldStance { toward_world: false }), Err(CommandError::AlreadyDone(_))));
    assert_eq!(st.state_hash(), before);
    // Trotsky at the end of the scale cannot go further.
    let trotsky = id(&st, "trotsky");
    st.chars[trotsky].world_revolution = 100;
    assert!(matches!(check(&st, trotsky, &cmd), Err(CommandError::BadTarget(_))));
    // Where the scenario fixes the stance (step 0, as in 1953 and old files) there is no such command.
    let st = modded(|s| s.def.balance.levers.world_stance_step = 0);
    assert!(matches!(check(&st, trotsky, &cmd), Err(CommandError::NotNow(_))));
}

#[test]
fn the_politburo_adopts_socialism_in_one_country_and_its_voters_lean_by_their_stance() {
    let stalin = id(&game(1), "stalin");
    let m = Motion::SetDoctrine { one_country: true };
    // 1924 puts the question from December 1924 only.
    assert!(matches!(check(&game(1), stalin, &Command::Propose(m)), Err(CommandError::NotNow(_))));
    let mut st = modded(|s| {
        s.def.balance.levers.doctrine_lean_percent = 100;
        s.def.doctrine.as_mut().unwrap().from = None;
    });
    assert!(!st.one_country, "1924 opens under the world revolution");
    // The lean: a voter at -80 stands 100 nearer the doctrine (-50) than its alternative (+50).
    let rykov = id(&st, "rykov");
    st.chars[rykov].world_revolution = -80;
    let prop = Proposal { motion: m, proposer: stalin };
    let mut leans = vec![];
    votes::leader_inclination(&st, rykov, &prop, &mut |l, x| leans.push((l, x)));
    assert!(leans.contains(&(Lean::Doctrine, 100)), "{leans:?}");
    // The whole Politburo turned against the world revolution: the motion carries.
    for c in st.politburo().collect::<Vec<_>>() {
        st.chars[c].world_revolution = -90;
    }
    apply(&mut st, stalin, Command::Propose(m)).unwrap();
    assert!(st.politburo_agenda.iter().any(|p| p.motion == m), "the Politburo decides it (doctrine.decided_by)");
    politburo::rules::sessions::votes_phase(&mut st);
    assert!(st.one_country);
    assert!(st.doctrine_owners.contains(&stalin) && st.doctrine_owners.len() > 1, "{:?}", st.doctrine_owners);
    assert!(events(&st).iter().any(|e| matches!(e, Event::DoctrineSet { one_country: true, by_vote: true, .. })));
    // Held now: proposing it again is refused, and reversing it waits `settled_turns`.
    assert!(matches!(check(&st, stalin, &Command::Propose(m)), Err(CommandError::AlreadyDone(_))));
    let back = Command::Propose(Motion::SetDoctrine { one_country: false });
    assert!(matches!(check(&st, stalin, &back), Err(CommandError::NotNow(_))));
    st.turn += st.scn.def.doctrine.as_ref().unwrap().settled_turns;
    assert_eq!(check(&st, stalin, &back), Ok(()));
    // A scenario that gives the doctrine to the plenum puts it on the plenum's agenda.
    let mut st = modded(|s| {
        let d = s.def.doctrine.as_mut().unwrap();
        d.decided_by = RemovalBody::Plenum;
        d.from = None;
    });
    apply(&mut st, stalin, Command::Propose(m)).unwrap();
    assert!(st.plenum_agenda.iter().any(|p| p.motion == m));
    // A scenario without a doctrine has no such motion.
    let st = modded(|s| s.def.doctrine = None);
    assert!(matches!(check(&st, stalin, &Command::Propose(m)), Err(CommandError::NoSuchThing(_))));
}

#[test]
fn the_world_events_raise_and_sink_the_doctrines_owners() {
    let mut st = game(1);
    let (stalin, zinoviev) = (id(&st, "stalin"), id(&st, "zinoviev"));
    let l = st.scn.def.balance.levers.clone();
    // Under Permanent Revolution, Zinoviev's: the Comintern's fortunes swing him further.
    let p = st.chars[zinoviev].prestige;
    apply_effects(&mut st, &[Effect::Comintern(4)]);
    let extra = 4 * l.permanent_comintern_percent / 100;
    assert!(extra > 0);
    assert_eq!(st.chars[zinoviev].prestige, p + 4 + extra);
    // December 1924: Stalin's doctrine is adopted; the Chinese disaster proves it wrong.
    apply_effects(&mut st, &[Effect::Doctrine(true, vec!["stalin".into()])]);
    assert_eq!(st.doctrine_owners, vec![stalin]);
    let (ps, pz) = (st.chars[stalin].prestige, st.chars[zinoviev].prestige);
    apply_effects(&mut st, &[Effect::WorldRevolution(4)]);
    let stance = |c: politburo::scenario::CharId| 4 * st.chars[c].world_revolution / 100;
    let judged = -4 * l.doctrine_prestige_percent / 100;
    assert_eq!(st.chars[stalin].prestige, ps + stance(stalin) + judged, "the owner loses beside his stance");
    assert_eq!(st.chars[zinoviev].prestige, pz + stance(zinoviev), "no owner: his stance alone");
    assert!(events(&st).iter().any(|e| matches!(e, Event::DoctrineJudged { one_country: true, change, .. } if *change == judged)));
    // Under Socialism in One Country the Comintern's head swings no further.
    let p = st.chars[zinoviev].prestige;
    apply_effects(&mut st, &[Effect::Comintern(4)]);
    assert_eq!(st.chars[zinoviev].prestige, p + 4);
    // Confirmation adds owners only while the doctrine is held.
    apply_effects(&mut st, &[Effect::ConfirmDoctrine(vec!["bukharin".into()])]);
    assert!(st.doctrine_owners.contains(&id(&st, "bukharin")));
    apply_effects(&mut st, &[Effect::Doctrine(false, vec!["trotsky".into()])]);
    apply_effects(&mut st, &[Effect::ConfirmDoctrine(vec!["rykov".into()])]);
    assert_eq!(st.doctrine_owners, vec![id(&st, "trotsky")]);
}
