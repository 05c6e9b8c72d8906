//! The one door for change: `apply` checks a command with the same legality code
//! for the player, the computer, replays and tests, spends its points, and hands
//! it to the system it belongs to (patronage, the line, factions, the ladder, the
//! Testament); a refused command changes nothing.

use super::chronicle::{Event, MotionPut};
use super::command::{Command, CommandError, Motion};
use super::legality::check;
use super::state::{GameState, Proposal};
use crate::scenario::{CharId, RemovalBody, SessionKind};

/// Applies a command: checks it, spends its points, and changes the state; on error nothing changes.
pub fn apply(st: &mut GameState, actor: CharId, cmd: Command) -> Result<(), CommandError> {
    check(st, actor, &cmd)?;
    st.because(super::ledger::Cause::Command { actor, command: cmd }, |st| carry_out(st, actor, cmd));
    Ok(())
}

/// Carries out a command already found legal.
fn carry_out(st: &mut GameState, actor: CharId, cmd: Command) {
    st.chars[actor].ap -= cmd.cost(st);
    st.log.push((st.turn, actor, cmd));
    match cmd {
        Command::Appoint { region, person } => super::patronage::appoint(st, actor, region, person),
        Command::Speech | Command::Article => super::nep::publicity(st, actor, cmd == Command::Speech),
        Command::Court { target } => super::factions::court(st, actor, target),
        Command::Attack { target } => super::factions::attack(st, actor, target),
        Command::ShiftStance { toward_nep } => super::nep::shift_stance(st, actor, toward_nep),
        Command::ShiftWorldStance { toward_world } => super::doctrine::shift_world_stance(st, actor, toward_world),
        Command::Propose(motion) => propose(st, actor, motion, false),
        Command::Surprise(motion) => propose(st, actor, motion, true),
        Command::FormBloc { bloc } => super::factions::form(st, actor, bloc),
        Command::JoinBloc { bloc } => super::factions::join(st, actor, bloc),
        Command::LeaveBloc => {
            super::deals::left_bloc(st, actor);
            super::factions::leave(st, actor, true);
        }
        Command::PublishPlatform => super::factions::publish_platform(st, actor),
        Command::Charge { target } => super::factions::charge(st, actor, target),
        Command::Recant => super::expulsion::recant(st, actor),
        Command::CallPlenum => {
            st.extraordinary = Some((SessionKind::Plenum, actor));
            st.record(|_| Event::PlenumCalled { actor });
        }
        Command::CoReport => {
            super::norms::factional_work(st, actor);
            st.co_report = Some(actor);
            st.record(|_| Event::CoReportAnnounced { actor });
        }
        Command::PublishTestament => super::events::publish_testament(st, actor),
        Command::SuppressTestament => super::events::suppress_testament(st, actor),
        Command::Resign { office } => {
            // The place he holds, for an office several hold (the script names the office).
            let office = st.seat_of(actor, office).unwrap_or(office);
            st.offices[office] = None;
            st.sync_patron_offices();
            st.record(|_| Event::Resigned { who: actor, office });
        }
        Command::Choose { event, choice } => {
            if let Some(p) = st.choices.iter_mut().find(|p| p.event == event && p.chooser == actor) {
                p.chosen = Some(choice);
            }
            st.record(|_| Event::Chose { actor, event, choice });
        }
        Command::OfferDeal { to, give, ask } => super::deals::offer(st, super::deals::Terms { from: actor, to, give, ask }),
        Command::AnswerDeal { deal, accept } => super::deals::answer(st, deal, accept),
        Command::CallInLoyalty { motion } => super::deals::call_in(st, actor, motion),
        Command::MeetSecretly { with } => super::deals::meet(st, actor, with),
        Command::Canvass { region } => super::patronage::canvass(st, actor, region),
    }
}

/// Puts a motion on its body's agenda; the party's norms weigh on the mover first.
fn propose(st: &mut GameState, actor: CharId, motion: Motion, surprise: bool) {
    super::deals::proposed(st, actor, &motion);
    super::norms::on_put(st, actor, motion, surprise);
    let p = Proposal { motion, proposer: actor };
    match motion.body(st) {
        RemovalBody::Politburo => st.politburo_agenda.push(p),
        _ => st.plenum_agenda.push(p),
    }
    st.record(|s| Event::Proposed {
        put: MotionPut::of(s, actor, motion),
        when: super::votes::voted_when(s, &motion),
        odds: super::votes::forecast(s, actor, motion),
        surprise,
    });
}
