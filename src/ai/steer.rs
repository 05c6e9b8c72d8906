//! How a plan steers a leader's choices: the moves that serve it score higher, the
//! ones that betray it lower, a few it needs are added, and the moves that would
//! make him thrash (leave a bloc he just joined, rejoin one he just left or
//! recanted from, sit with the man he means to isolate) are barred.

use super::coalition::{View, common_enemy_given};
use super::memory::{Memory, recall};
use super::plans::outlawed;
use super::{Choice, Difficulty};
use crate::rules::command::{Command, Motion};
use crate::rules::legality::check;
use crate::rules::plan::{Intent, Plan};
use crate::rules::state::GameState;
use crate::rules::victory::loyal_to;
use crate::rules::votes;
use crate::scenario::{BlocId, CharId, Rank};

/// A barred move's score: never chosen.
pub const BARRED: i32 = -1000;

/// Adds the plan's own moves to `options` and weighs every option by the plan.
/// The view's front-runner is found once by the caller.
pub fn steer(st: &GameState, c: CharId, intent: Intent, view: &View<'_>, options: &mut Vec<Choice>) {
    let target = intent.plan.target();
    // His memory of bloc moves is read from the log only when a move needs it.
    let cell = std::cell::OnceCell::new();
    let mem = || cell.get_or_init(|| recall(st, c, |b, after| cause_to_go(st, c, b, target, after)));
    let enemy = |x: CharId| common_enemy_given(st, x, view);
    // On easy the computer keeps to its plans but does not think of what a plan
    // against the player needs; its plans against one another it pursues in full.
    if st.difficulty != Difficulty::Easy || target.is_none() || target != st.player {
        needs(st, c, intent, &mem, &enemy, options);
    }
    for o in options.iter_mut() {
        if matches!(o.command, Command::Choose { .. }) {
            continue;
        }
        o.score = match barred(st, intent, &mem, o.command) {
            true => BARRED,
            false => o.score + weight(st, c, intent.plan, &enemy, o.command),
        };
    }
}

/// A typed event since he joined bloc `b` that gives him cause to go within his
/// commitment: the man his plan aims at joined it, or he was charged in an organised one.
fn cause_to_go(st: &GameState, c: CharId, b: BlocId, target: Option<CharId>, after: &[(u32, CharId, Command)]) -> bool {
    let joined = |f: CharId| after.iter().any(|&(_, a, cmd)| a == f && matches!(cmd, Command::JoinBloc { bloc } if bloc == b));
    let charged = after.iter().any(|&(_, _, cmd)| matches!(cmd, Command::Charge { target } if target == c));
    target.is_some_and(|f| st.blocs[b].members.contains(&f) && joined(f)) || (charged && st.blocs[b].organised)
}

/// The moves that would make him thrash, or betray his plan outright.
fn barred<'m>(st: &GameState, intent: Intent, mem: &dyn Fn() -> &'m Memory, cmd: Command) -> bool {
    let with_target = |b: BlocId| intent.plan.target().is_some_and(|f| st.blocs[b].members.contains(&f));
    match cmd {
        Command::JoinBloc { bloc } => mem().bound || mem().barred.contains(&bloc) || with_target(bloc) || outlawed(st, bloc),
        Command::FormBloc { bloc } => mem().bound || mem().barred.contains(&bloc),
        Command::LeaveBloc => mem().bound,
        Command::PublishPlatform => intent.plan == Plan::LieLow,
        Command::Attack { target } | Command::Charge { target } => intent.plan == Plan::Follow(target),
        _ => false,
    }
}

/// What the plan adds to a move's score.
fn weight(st: &GameState, c: CharId, plan: Plan, enemy: &dyn Fn(CharId) -> Option<CharId>, cmd: Command) -> i32 {
    let against = |m: Motion, f: CharId| match m {
        Motion::ReplaceInOffice { office, .. } => st.offices[office] == Some(f),
        m => m.target() == Some(f) && m.against_target(),
    };
    match (plan, cmd) {
        (Plan::LieLow, Command::Attack { .. } | Command::Charge { .. }) => -8,
        (Plan::LieLow, Command::Speech | Command::Article) => 3,
        (Plan::LieLow, Command::Court { .. }) => 4,
        (Plan::IsolateFrontRunner(f) | Plan::StrikeAtCongress(f), cmd) => match cmd {
            Command::Court { target } if target == f => -12,
            Command::Court { target } if st.scn.is_contender(target) => 5,
            Command::Attack { target } | Command::Charge { target } if target == f => 8,
            // Fire on the front-runner's other enemies only divides the coalition.
            Command::Charge { target } if enemy(target) == Some(f) => -10,
            Command::Attack { target } if enemy(target) == Some(f) => -6,
            Command::Propose(m) if against(m, f) => 10,
            Command::CoReport if co_report_stands(st, c) => 25,
            // A hopeless co-report condemns him and his bloc: the front-runner's ladder.
            Command::CoReport => BARRED,
            Command::PublishPlatform if matches!(plan, Plan::StrikeAtCongress(_)) => 12,
            _ => 0,
        },
        (Plan::ClearTheField(f), Command::Propose(m) | Command::Surprise(m)) if against(m, f) => 15,
        (Plan::ClearTheField(f), Command::Attack { target } | Command::Charge { target }) if target == f => 6,
        (Plan::ClearTheField(_), Command::Propose(Motion::Promote { target })) if st.scn.is_contender(target) => BARRED,
        (Plan::WinThePolitburo, Command::Court { target }) if hostile_member(st, c, target) => 6,
        (Plan::WinThePolitburo, Command::Propose(Motion::Promote { target } | Motion::Elect { target, .. }))
            if st.scn.is_contender(target) =>
        {
            BARRED
        }
        (Plan::WinThePolitburo, Command::Propose(Motion::Promote { target })) if loyal_to(st, target, c) => 12,
        (Plan::WinThePolitburo, Command::Propose(m) | Command::Surprise(m))
            if m.against_target() && m.target().is_some_and(|t| hostile_member(st, c, t)) =>
        {
            10
        }
        (Plan::WinThePolitburo, Command::Appoint { .. }) => 4,
        (Plan::SeizeTheApparatus, Command::Appoint { .. }) => 6,
        (Plan::SeizeTheApparatus, Command::Propose(Motion::ReplaceInOffice { .. })) => 5,
        (Plan::SeizeTheApparatus, Command::Propose(Motion::Promote { .. })) => 3,
        (Plan::DefendTheLine, Command::Propose(Motion::SetLine { .. })) => 6,
        (Plan::DefendTheLine, Command::ShiftStance { .. }) => -6,
        (Plan::BuildBloc, Command::JoinBloc { .. } | Command::FormBloc { .. }) => 8,
        (Plan::BuildBloc, Command::Court { .. }) => 2,
        (Plan::Follow(p), Command::JoinBloc { bloc }) if st.blocs[bloc].members.contains(&p) => 15,
        (Plan::Follow(p), Command::LeaveBloc) if st.same_bloc(c, p) => -20,
        _ => 0,
    }
}

/// Moves the plan needs that his temperament alone would not offer.
fn needs<'m>(
    st: &GameState,
    c: CharId,
    intent: Intent,
    mem: &dyn Fn() -> &'m Memory,
    enemy: &dyn Fn(CharId) -> Option<CharId>,
    out: &mut Vec<Choice>,
) {
    let me = &st.chars[c];
    let organised = me.bloc.is_some_and(|b| st.blocs[b].organised);
    let mut push = |command, score, why: &'static str| out.push(Choice { command, score, why: why.into(), plan: None });
    match intent.plan {
        Plan::LieLow => {
            let threatened =
                st.plenum_agenda.iter().chain(&st.politburo_agenda).any(|p| p.motion.target() == Some(c) && p.motion.against_target());
            // A proud man submits once, and the second time he fights; a believer,
            // for whom no one can be right against the party, submits twice.
            let times = 1 + usize::from(st.scn.def.characters[c].temperament.ideology >= 8);
            if threatened && st.log.iter().filter(|&&(_, a, cmd)| a == c && cmd == Command::Recant).count() < times {
                push(Command::Recant, 30, "submits before the ladder");
            }
            if organised && !mem().bound {
                push(Command::LeaveBloc, 26, "gives the ban on factions no target");
            }
        }
        Plan::IsolateFrontRunner(f) | Plan::StrikeAtCongress(f) => {
            if st.same_bloc(c, f) && !mem().bound {
                push(Command::LeaveBloc, 40, "no bloc with the man he means to isolate");
            }
            if me.bloc.is_none() {
                // The front-runner's other enemies' bloc, whatever the old quarrels.
                let ally = BlocId::all(st.blocs.len())
                    .filter(|&b| !st.blocs[b].members.contains(&f) && !mem().barred.contains(&b))
                    .filter_map(|b| st.blocs[b].leader.map(|l| (b, l)))
                    .filter(|&(_, l)| st.rel(l, c) >= 0 && enemy(l) == Some(f))
                    .max_by_key(|&(b, l)| (st.rel(l, c), std::cmp::Reverse(b)));
                let empty = BlocId::all(st.blocs.len()).find(|&b| st.blocs[b].members.is_empty() && !mem().barred.contains(&b));
                match (ally, empty) {
                    (Some((b, _)), _) => push(Command::JoinBloc { bloc: b }, 22, "joins the front-runner's enemies"),
                    (None, Some(b)) if me.rank >= Rank::CentralCommittee => {
                        push(Command::FormBloc { bloc: b }, 18, "a bloc against the front-runner")
                    }
                    _ => {}
                }
            }
            if matches!(intent.plan, Plan::StrikeAtCongress(_)) {
                let leader = me.bloc.is_some_and(|b| st.blocs[b].leader == Some(c));
                if leader && organised && co_report_stands(st, c) {
                    push(Command::CoReport, 30, "takes the fight to the congress");
                }
            }
        }
        Plan::WinThePolitburo => win_the_politburo(st, c, &mut push),
        Plan::ClearTheField(f) => {
            if st.same_bloc(c, f) && !mem().bound {
                push(Command::LeaveBloc, 40, "no bloc with the man he means to bring down");
            }
            // The last blows, whether or not the man is worn down: at the first
            // session with the votes, and by surprise where the agenda is his.
            // The others who stand in his way too: the one the vote would carry against
            // goes first, whoever is the strongest.
            let standing = st.scn.contenders().filter(|&r| r != c && st.active(r) && st.chars[r].rank >= Rank::Candidate);
            for m in standing.filter_map(|r| ladder(st, r)) {
                for cmd in [Command::Propose(m), Command::Surprise(m)] {
                    if check(st, c, &cmd).is_ok() {
                        let odds = match cmd {
                            Command::Surprise(_) => votes::surprise_forecast(st, c, m),
                            _ => votes::forecast(st, c, m),
                        };
                        if odds >= 0.5 + super::timidity(st, c, m.target()) {
                            push(cmd, (30.0 * odds) as i32, "the last blow at a rival");
                        }
                    }
                }
            }
        }
        _ => {}
    }
}

/// The odds a General Secretary wants before he takes a full seat from a member who
/// is no rival: a seat taken without grounds alarms the party, and a failed motion
/// makes an enemy of the man. At 0.55 he packed the Politburo so readily that an
/// expert Stalin won 32 of analyze's 40 games; at 0.75, 30, and the computer's
/// Trotsky kept his 5.8% (never, 4.6%).
const SEAT_TAKEN_ODDS: f64 = 0.75;

/// A full member of the Politburo not loyal to `c`: a vote his supremacy lacks.
fn hostile_member(st: &GameState, c: CharId, t: CharId) -> bool {
    t != c && st.chars[t].alive && st.chars[t].rank == Rank::Politburo && !loyal_to(st, t, c)
}

/// What winning the Politburo needs: court the hostile member nearest to loyalty,
/// raise the most loyal friend into it, and take a full seat from the most hostile
/// member who is no contender (the contenders are his rivals' ladder's business).
/// At most two forecasts.
fn win_the_politburo(st: &GameState, c: CharId, push: &mut dyn FnMut(Command, i32, &'static str)) {
    let s = &st.scn;
    let hostile: Vec<CharId> = st.politburo().filter(|&m| hostile_member(st, c, m) && !s.is_contender(m)).collect();
    if let Some(&m) = hostile.iter().max_by_key(|&&m| (st.rel(m, c), std::cmp::Reverse(m))) {
        push(Command::Court { target: m }, 14, "courts a Politburo vote he lacks");
    }
    let raised = |t: CharId| match st.chars[t].rank {
        Rank::Candidate => Some(Motion::Promote { target: t }),
        Rank::CentralCommittee => Some(Motion::Elect { target: t, to: Rank::Politburo }),
        _ => None,
    };
    let friend = st
        .ids()
        .filter(|&t| t != c && st.chars[t].alive && !s.is_contender(t) && loyal_to(st, t, c))
        .filter_map(|t| raised(t).map(|m| (t, m)))
        .filter(|&(_, m)| check(st, c, &Command::Propose(m)).is_ok())
        .max_by_key(|&(t, _)| (st.chars[t].rank, st.rel(t, c), std::cmp::Reverse(t)));
    if let Some((_, m)) = friend {
        let odds = votes::forecast(st, c, m);
        if odds >= 0.5 + super::timidity(st, c, None) {
            push(Command::Propose(m), (26.0 * odds) as i32, "raises a friend into the Politburo");
        }
    }
    let foe = hostile.iter().copied().min_by_key(|&m| (st.rel(m, c), m)).map(|t| Motion::DemoteToCandidate { target: t });
    if let Some(m) = foe.filter(|&m| check(st, c, &Command::Propose(m)).is_ok()) {
        let odds = votes::forecast(st, c, m);
        if odds >= SEAT_TAKEN_ODDS + super::timidity(st, c, m.target()) {
            push(Command::Propose(m), (24.0 * odds) as i32, "takes a full seat from a hostile member");
        }
    }
}

/// The next rung down the ladder for `t`, within the Politburo's reach.
fn ladder(st: &GameState, t: CharId) -> Option<Motion> {
    match st.chars[t].rank {
        Rank::Politburo | Rank::Candidate => Some(Motion::RemoveFromPolitburo { target: t }),
        _ => None,
    }
}

/// The least chance of carrying the congress for which a leader gives a co-report:
/// a failed one condemns him and his whole bloc (a charge each), the ladder the
/// front-runner wants; Zinoviev's of 1925 was his ruin.
const CO_REPORT_ODDS: f64 = 0.3;

/// Would a co-report by `c` stand a fighting chance at this congress?
pub(super) fn co_report_stands(st: &GameState, c: CharId) -> bool {
    votes::co_report_forecast(st, c).is_some_and(|p| p >= CO_REPORT_ODDS)
}
