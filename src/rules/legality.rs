//! Legality: whether a command may be applied now, and the list of every command a
//! leader may give. The same `check` serves the player, the computer, replays and tests.

use super::command::{Command, CommandError, Motion};
use super::state::{DONE_ARTICLE, DONE_CANVASS, DONE_SHIFT, DONE_SPEECH, GameState, Proposal, TestamentStatus, Touch};
use crate::scenario::{CharId, Power, Rank, RemovalBody, SessionKind};
use CommandError as E;

mod candidates;
mod elect;
pub use candidates::{candidate_commands, legal_commands};
use elect::{check_elect, seats_taken};

/// Whether the Testament's moment has come: the event it waits for (Lenin's death) has happened.
fn testament_due(st: &GameState, t: &crate::scenario::TestamentDef) -> bool {
    let waits = t.after.as_ref().and_then(|e| st.scn.def.events.iter().position(|x| &x.id == e));
    waits.is_none_or(|i| st.happened[i])
}

fn need(ok: bool, e: CommandError) -> Result<(), CommandError> {
    if ok { Ok(()) } else { Err(e) }
}

/// Can `actor` do `cmd` now? `Ok` means `apply` will succeed.
pub fn check(st: &GameState, actor: CharId, cmd: &Command) -> Result<(), CommandError> {
    need(!st.is_over(), E::GameOver)?;
    need(actor.0 < st.n(), E::NoSuchThing("no such character"))?;
    let me = &st.chars[actor];
    need(me.alive && me.rank > Rank::Deported && !me.incapacitated, E::NotActive)?;
    let cost = cmd.cost(st);
    need(me.ap >= cost, E::NoActionPoints { need: cost, have: me.ap })?;
    let member = me.rank >= Rank::Member;
    let scn = &st.scn;
    let n = st.n();
    let live = |c: CharId| c.0 < n && st.chars[c].alive;
    match *cmd {
        Command::Appoint { region, person } => {
            need(region.0 < st.regions.len(), E::NoSuchThing("no such region"))?;
            need(st.has_power(actor, Power::AppointSecretaries), E::LacksPower("only the General Secretary appoints secretaries"))?;
            let r = &st.regions[region];
            need(
                scn.def.regions[region].patron_office.is_none(),
                E::BadTarget("this organisation follows its office, not the Secretariat"),
            )?;
            need(r.pending.is_none(), E::AlreadyDone("an appointment here is already under way"))?;
            need(st.turn >= r.elected_until, E::NotNow("its secretary was elected by the cells: his term has not run out"))?;
            if let Some(s) = r.secretary {
                // A Politburo member's fief is his own until the party has condemned him.
                need(
                    !(st.chars[s].alive && st.chars[s].rank == Rank::Politburo && st.chars[s].charges == 0),
                    E::BadTarget("the secretary sits in the Politburo and stands uncondemned"),
                )?;
            }
            match person {
                None => need(!(r.secretary.is_none() && r.patron == Some(actor)), E::AlreadyDone("already run by your cadres"))?,
                Some(p) => {
                    need(
                        live(p) && st.chars[p].rank >= Rank::CentralCommittee,
                        E::BadTarget("only a living Central Committee member can be sent"),
                    )?;
                    need(st.chars[p].rank != Rank::Politburo, E::BadTarget("a Politburo member cannot be sent to a province"))?;
                    need(r.secretary != Some(p), E::AlreadyDone("he already runs it"))?;
                    let busy = st.regions.iter().any(|x| x.secretary == Some(p) || x.pending.is_some_and(|a| a.secretary == Some(p)));
                    need(!busy, E::BadTarget("he already runs another region"))?;
                }
            }
        }
        Command::Speech => {
            need(member, E::RankTooLow("only party members speak"))?;
            need(me.done & DONE_SPEECH == 0, E::AlreadyDone("one speech a turn"))?;
        }
        Command::Article => need(me.done & DONE_ARTICLE == 0, E::AlreadyDone("one article a turn"))?,
        Command::Court { target } | Command::Attack { target } => {
            need(live(target) && target != actor, E::BadTarget("choose another living leader"))?;
            need(me.rank >= Rank::Expelled, E::RankTooLow("too far from Moscow"))?;
            if matches!(cmd, Command::Attack { .. }) {
                need(member, E::RankTooLow("only party members attack in the press"))?;
            }
            let kind = if matches!(cmd, Command::Court { .. }) { Touch::Courted } else { Touch::Attacked };
            need(!st.touched.contains(&(actor, target, kind)), E::AlreadyDone("once a turn per leader"))?;
        }
        Command::ShiftStance { toward_nep } => {
            need(member, E::RankTooLow("only party members"))?;
            need(me.done & DONE_SHIFT == 0, E::AlreadyDone("one shift a turn"))?;
            need(if toward_nep { me.nep < 100 } else { me.nep > -100 }, E::BadTarget("the stance cannot go further"))?;
        }
        Command::ShiftWorldStance { toward_world } => super::doctrine::check_shift(st, actor, toward_world)?,
        Command::Propose(m) => check_motion(st, actor, &m)?,
        Command::Surprise(m) => check_surprise(st, actor, &m)?,
        Command::FormBloc { bloc } => {
            need(bloc.0 < st.blocs.len(), E::NoSuchThing("no such bloc"))?;
            need(me.rank >= Rank::CentralCommittee, E::RankTooLow("only Central Committee members form blocs"))?;
            need(st.blocs[bloc].members.is_empty(), E::AlreadyDone("this bloc already exists"))?;
        }
        Command::JoinBloc { bloc } => {
            need(bloc.0 < st.blocs.len(), E::NoSuchThing("no such bloc"))?;
            need(member, E::RankTooLow("only party members"))?;
            let b = &st.blocs[bloc];
            need(!b.members.is_empty(), E::BadTarget("this bloc does not exist yet"))?;
            need(me.bloc != Some(bloc), E::AlreadyDone("already a member"))?;
            let leader = b.leader.unwrap_or(b.members[0]);
            need(st.rel(leader, actor) >= 0, E::BadTarget("its leader does not trust you"))?;
        }
        Command::LeaveBloc => need(me.bloc.is_some(), E::BadTarget("you are in no bloc"))?,
        Command::PublishPlatform => {
            let b = me.bloc.ok_or(E::BadTarget("you are in no bloc"))?;
            need(st.blocs[b].leader == Some(actor), E::BadTarget("only the bloc's leader"))?;
            need(!st.blocs[b].organised, E::AlreadyDone("already organised"))?;
        }
        Command::Charge { target } => {
            need(live(target) && target != actor, E::BadTarget("choose another living leader"))?;
            need(me.rank >= Rank::CentralCommittee, E::RankTooLow("only Central Committee members bring charges"))?;
            let t = &st.chars[target];
            need(t.rank >= Rank::Member, E::BadTarget("he is no longer in the party"))?;
            let organised = t.bloc.is_some_and(|b| st.blocs[b].organised);
            need(organised, E::BadTarget("the ban on factions needs an organised faction to charge"))?;
            need(!st.same_bloc(actor, target), E::BadTarget("he is in your own faction"))?;
            need(!st.immune(target), E::BadTarget("he recanted: the party has accepted it for now"))?;
            let heard = st.touched.iter().any(|&(_, t, k)| t == target && k == Touch::Charged);
            need(!heard, E::AlreadyDone("the Control Commission hears one charge against him a turn"))?;
        }
        Command::Recant => {
            let exposed = me.charges > 0
                || me.rank <= Rank::Expelled
                || me.bloc.is_some_and(|b| st.blocs[b].organised)
                || st
                    .plenum_agenda
                    .iter()
                    .chain(&st.politburo_agenda)
                    .any(|p| p.motion.target() == Some(actor) && p.motion.against_target());
            need(exposed, E::NotNow("nothing to recant"))?;
            need(!me.double_dealer, E::NotNow("the party no longer believes your recantations"))?;
            need(!st.immune(actor), E::AlreadyDone("you recanted recently"))?;
            let limit = st.scn.def.balance.norms.recantations as usize;
            let times = || st.log.iter().filter(|&&(_, a, cmd)| a == actor && cmd == Command::Recant).count();
            need(limit == 0 || times() < limit, E::NotNow("the party has heard your recantations before"))?;
        }
        Command::CallPlenum => {
            need(me.rank == Rank::Politburo, E::RankTooLow("only a full Politburo member calls a plenum"))?;
            need(st.session().is_none(), E::NotNow("a session already meets this turn"))?;
        }
        Command::CoReport => {
            need(st.session().is_some_and(|s| s.kind == SessionKind::Congress), E::NotNow("only at a congress"))?;
            let b = me.bloc.ok_or(E::BadTarget("a co-report needs an organised faction behind it"))?;
            need(st.blocs[b].organised && st.blocs[b].leader == Some(actor), E::BadTarget("only the leader of an organised faction"))?;
            need(st.co_report.is_none(), E::AlreadyDone("a co-report is already on the agenda"))?;
            need(st.gensec_holder() != Some(actor), E::BadTarget("the General Secretary gives the report itself"))?;
        }
        Command::PublishTestament => {
            let t = scn.def.testament.as_ref().ok_or(E::NoSuchThing("this scenario has no Testament"))?;
            need(member, E::RankTooLow("only party members"))?;
            need(scn.cid(&t.names) != actor, E::BadTarget("it condemns you"))?;
            need(st.testament != TestamentStatus::Published, E::AlreadyDone("already published"))?;
            need(testament_due(st, t), E::NotNow("not yet: it cannot be published before its author's death"))?;
            let keeper = scn.cid(&t.keeper);
            need(actor == keeper || st.rel(keeper, actor) >= 20, E::BadTarget("its keeper must trust you to hand it over"))?;
        }
        Command::SuppressTestament => {
            let t = scn.def.testament.as_ref().ok_or(E::NoSuchThing("this scenario has no Testament"))?;
            need(
                scn.cid(&t.names) == actor || st.gensec_holder() == Some(actor),
                E::LacksPower("only its target or the General Secretary"),
            )?;
            need(
                matches!(st.testament, TestamentStatus::Sealed | TestamentStatus::ReadToDelegations),
                E::NotNow("it is no longer sealed"),
            )?;
            need(testament_due(st, t), E::NotNow("not yet: it is no one's to suppress before its author's death"))?;
        }
        Command::Resign { office } => {
            need(office.0 < st.offices.len(), E::NoSuchThing("no such office"))?;
            need(st.holds_office(actor, office), E::BadTarget("you do not hold it"))?;
        }
        Command::Choose { event, choice } => {
            let p =
                st.choices.iter().find(|p| p.event == event && p.chooser == actor).ok_or(E::NotNow("no such question is put to you"))?;
            need(p.chosen.is_none(), E::AlreadyDone("already decided"))?;
            need(super::conditions::choice_open(st, event, choice), E::NotNow("that answer no longer makes sense here"))?;
            need(choice < scn.def.events[event].choices.len(), E::NoSuchThing("no such choice"))?;
        }
        Command::OfferDeal { to, give, ask } => {
            super::deals::offer_ok(st, &super::command::Terms { from: actor, to, give, ask })?;
            if let super::command::Offer::Post { office } = give {
                check_motion(st, actor, &Motion::ReplaceInOffice { office, with: to })?;
            }
        }
        Command::AnswerDeal { deal, .. } => super::deals::answer_ok(st, actor, deal)?,
        Command::CallInLoyalty { motion } => super::deals::call_in_ok(st, actor, &motion)?,
        Command::MeetSecretly { with } => super::deals::meet_ok(st, actor, with)?,
        Command::Canvass { region } => {
            need(region.0 < st.regions.len(), E::NoSuchThing("no such region"))?;
            need(st.scn.def.balance.levers.canvass_tenths > 0, E::NotNow("this scenario has no canvassing of the cells"))?;
            need(me.rank >= Rank::CentralCommittee, E::RankTooLow("only a member of the Central Committee is heard in the cells"))?;
            need(me.done & DONE_CANVASS == 0, E::AlreadyDone("one canvass a turn"))?;
            let r = &st.regions[region];
            need(r.patron != Some(actor), E::AlreadyDone("its delegation already follows you"))?;
            need(r.canvassed != Some(st.turn), E::AlreadyDone("its cells have heard a canvasser this turn"))?;
            need(r.loyalty > 0, E::NotNow("its delegation follows no one"))?;
            need(
                scn.def.regions[region].patron_office.is_none(),
                E::BadTarget("its delegation follows the holder of an office, not a secretary"),
            )?;
        }
    }
    Ok(())
}

/// May `actor` spring motion `m` on this turn's session (points aside)? The one
/// answer for the command and for the historical script.
pub(crate) fn check_surprise(st: &GameState, actor: CharId, m: &Motion) -> Result<(), CommandError> {
    need(st.has_power(actor, Power::SetAgenda), E::LacksPower("only the Secretariat sets the agenda"))?;
    check_motion(st, actor, m)?;
    need(super::norms::struck(st, m).is_some(), E::NotNow("only a motion against a leader waits for notice"))?;
    need(
        m.body(st) == RemovalBody::Politburo || st.session().is_some(),
        E::NotNow("no session meets this turn: the motion would wait all the same"),
    )
}

pub(crate) fn check_motion(st: &GameState, actor: CharId, m: &Motion) -> Result<(), CommandError> {
    let me = &st.chars[actor];
    let scn = &st.scn;
    let n = st.n();
    let body = match m {
        Motion::ReplaceInOffice { office, .. } if office.0 >= st.offices.len() => {
            return Err(E::NoSuchThing("no such office"));
        }
        _ => m.body(st),
    };
    match body {
        RemovalBody::Politburo => need(me.rank >= Rank::Candidate, E::RankTooLow("only Politburo members propose there"))?,
        _ => need(me.rank >= Rank::CentralCommittee, E::RankTooLow("only Central Committee members propose there"))?,
    }
    let pending = st.politburo_agenda.iter().chain(&st.plenum_agenda).any(|p| p.motion == *m);
    need(!pending, E::AlreadyDone("already on the agenda"))?;
    if let Some(t) = m.target() {
        need(t.0 < n && st.chars[t].alive, E::BadTarget("no such living leader"))?;
        need(t != actor, E::BadTarget("not against yourself"))?;
        if m.against_target() && !super::norms::sprung(st, m) {
            need(!st.immune(t), E::BadTarget("he recanted: the party has accepted it for now"))?;
        }
        let same_kind = |p: &Proposal| p.motion.target() == Some(t) && std::mem::discriminant(&p.motion) == std::mem::discriminant(m);
        let dup = st.politburo_agenda.iter().chain(&st.plenum_agenda).any(same_kind);
        need(!dup, E::AlreadyDone("such a motion about him is already on the agenda"))?;
    }
    let b = &scn.def.balance;
    match *m {
        Motion::CongressReport { .. } => {
            return Err(E::NotNow("the congress raises its report itself"));
        }
        Motion::SetLine { level } => {
            need(level < scn.def.line.levels.len(), E::NoSuchThing("no such line"))?;
            need(level != st.line, E::AlreadyDone("that is already the line"))?;
            need(level.abs_diff(st.line) == 1, E::BadTarget("the line moves one step at a time"))?;
            let any = st.politburo_agenda.iter().chain(&st.plenum_agenda).any(|p| matches!(p.motion, Motion::SetLine { .. }));
            need(!any, E::AlreadyDone("a line is already proposed this turn"))?;
        }
        Motion::SetDoctrine { one_country } => super::doctrine::check_motion(st, one_country)?,
        Motion::ReplaceInOffice { office, with } => {
            need(st.office_exists(office), E::NotNow("the office does not exist at this date"))?;
            need(with.0 < n && st.chars[with].alive, E::BadTarget("no such living leader"))?;
            need(!st.holds_office(with, office), E::AlreadyDone("he already holds it"))?;
            need(st.free_seat(office).is_some(), E::NoFreePlace("every place of the office is filled: one must be vacated first"))?;
            need(st.chars[with].rank >= scn.def.offices[office].min_rank, E::BadTarget("his rank is too low for the office"))?;
            let any = st.politburo_agenda.iter().chain(&st.plenum_agenda).any(
                |p| matches!(p.motion, Motion::ReplaceInOffice { office: o, .. } if scn.office_of_seat(o) == scn.office_of_seat(office)),
            );
            need(!any, E::AlreadyDone("a change of this office is already proposed"))?;
        }
        Motion::RemoveFromPolitburo { target } => {
            need(st.chars[target].rank >= Rank::Candidate, E::BadTarget("he is not in the Politburo"))?;
        }
        Motion::DemoteToCandidate { target } => {
            need(st.chars[target].rank == Rank::Politburo, E::BadTarget("he is not a full member"))?;
            need(st.count_rank(Rank::Candidate) < b.candidate_seats, E::NotNow("no free candidate seat"))?;
        }
        Motion::Promote { target } => match st.chars[target].rank {
            Rank::Candidate => need(seats_taken(st, Rank::Politburo) < b.politburo_seats, E::NotNow("no free Politburo seat"))?,
            Rank::CentralCommittee => need(seats_taken(st, Rank::Candidate) < b.candidate_seats, E::NotNow("no free candidate seat"))?,
            _ => {
                return Err(E::BadTarget("only a candidate or a Central Committee member can be promoted"));
            }
        },
        Motion::Elect { target, to } => check_elect(st, target, to)?,
        Motion::ExpelFromCC { target } => {
            need(
                st.chars[target].rank == Rank::CentralCommittee,
                E::BadTarget("he must be off the Politburo first and in the Central Committee"),
            )?;
            need(
                st.chars[target].charges >= b.charges_to_expel_from_cc,
                E::NotNow("expulsion needs a charge of factionalism upheld first"),
            )?;
        }
        Motion::ExpelFromParty { target } => {
            // The next rung may be proposed together with the one before it; it lapses if that one fails.
            let cc_expulsion_pending = st.plenum_agenda.iter().any(|p| p.motion == Motion::ExpelFromCC { target });
            let rank = st.chars[target].rank;
            need(
                rank == Rank::Member || rank == Rank::CentralCommittee && cc_expulsion_pending,
                E::BadTarget("he must be off the Central Committee first"),
            )?;
            need(
                st.chars[target].charges >= b.charges_to_expel_from_party,
                E::NotNow("expulsion from the party needs more charges upheld"),
            )?;
        }
        Motion::Exile { target } => need(st.chars[target].rank == Rank::Expelled, E::BadTarget("only the expelled are exiled"))?,
        Motion::Deport { target } => need(st.chars[target].rank == Rank::Exiled, E::BadTarget("only the exiled are deported"))?,
        Motion::Readmit { target } => {
            need(
                st.chars[target].rank == Rank::Expelled && st.chars[target].recanted,
                E::BadTarget("only an expelled member who recanted"),
            )?;
        }
    }
    Ok(())
}

impl Motion {
    /// Decided by the Politburo this turn, or by the next plenum or congress.
    pub fn body(&self, st: &GameState) -> RemovalBody {
        match *self {
            Motion::SetLine { .. } => st.scn.def.line.decided_by,
            Motion::SetDoctrine { .. } => st.scn.def.doctrine.as_ref().map_or(RemovalBody::Politburo, |d| d.decided_by),
            Motion::Exile { .. } | Motion::Deport { .. } => RemovalBody::Politburo,
            Motion::ReplaceInOffice { office, .. } => st.scn.def.offices[office].removal_body,
            _ => RemovalBody::Plenum,
        }
    }
}

impl Command {
    /// Action points the command costs.
    pub fn cost(&self, st: &GameState) -> i32 {
        let c = &st.scn.def.balance.costs;
        match self {
            Command::Appoint { .. } => c.appoint,
            Command::Speech => c.speech,
            Command::Article => c.article,
            Command::Court { .. } => c.court,
            Command::Attack { .. } => c.attack,
            Command::ShiftStance { .. } | Command::ShiftWorldStance { .. } => c.shift_stance,
            Command::Propose(_) => c.propose,
            Command::Surprise(_) => c.surprise,
            Command::FormBloc { .. } => c.form_bloc,
            Command::JoinBloc { .. } => c.join_bloc,
            Command::LeaveBloc => c.leave_bloc,
            Command::PublishPlatform => c.publish_platform,
            Command::Charge { .. } => c.charge,
            Command::Recant => c.recant,
            Command::CallPlenum => c.call_plenum,
            Command::CoReport => c.co_report,
            Command::PublishTestament => c.publish_testament,
            Command::SuppressTestament => c.suppress_testament,
            Command::Choose { .. } | Command::Resign { .. } | Command::AnswerDeal { .. } => 0,
            Command::OfferDeal { .. } => st.scn.def.balance.deals.offer_cost,
            Command::CallInLoyalty { .. } => st.scn.def.balance.deals.call_in_cost,
            Command::MeetSecretly { .. } => st.scn.def.balance.deals.meet_cost,
            Command::Canvass { .. } => c.canvass,
        }
    }
}
