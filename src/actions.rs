//! How a player's commands are grouped, ordered and short-listed: shared by the
//! terminal and the window so they agree.

use crate::rules::command::{Command, CommandError, Motion};
use crate::rules::state::GameState;
use crate::scenario::{CharId, Rank};

/// The groups in the order they are listed.
pub const GROUP_ORDER: [&str; 11] = [
    "Decide",
    "Voice and stance",
    "Patronage",
    "The line",
    "The doctrine abroad",
    "Motions",
    "Schemes",
    "Leaders",
    "Blocs",
    "Charges and the ladder",
    "Lenin's Testament",
];

pub fn group(c: &Command) -> &'static str {
    match c {
        Command::Choose { .. } | Command::AnswerDeal { .. } => "Decide",
        Command::OfferDeal { .. } | Command::CallInLoyalty { .. } | Command::MeetSecretly { .. } => "Schemes",
        Command::Appoint { .. } | Command::Canvass { .. } => "Patronage",
        Command::Speech | Command::Article | Command::ShiftStance { .. } => "Voice and stance",
        Command::ShiftWorldStance { .. } | Command::Propose(Motion::SetDoctrine { .. }) => "The doctrine abroad",
        Command::Court { .. } | Command::Attack { .. } => "Leaders",
        Command::Propose(Motion::SetLine { .. }) => "The line",
        Command::Propose(_) | Command::Surprise(_) | Command::CallPlenum | Command::CoReport => "Motions",
        Command::FormBloc { .. } | Command::JoinBloc { .. } | Command::LeaveBloc | Command::PublishPlatform => "Blocs",
        Command::Charge { .. } | Command::Recant | Command::Resign { .. } => "Charges and the ladder",
        Command::PublishTestament | Command::SuppressTestament => "Lenin's Testament",
    }
}

/// Sorts commands into display order, keeping their order within a group.
pub fn sort(cmds: &mut [Command]) {
    cmds.sort_by_key(|c| GROUP_ORDER.iter().position(|g| *g == group(c)));
}

/// The short list hides the long tail: named appointments, nominations of
/// non-allies to posts held by friends, promotions of strangers, minor figures,
/// the cells of small regions and of friends.
pub fn shortlisted(st: &GameState, me: CharId, c: &Command) -> bool {
    // A chapter offers its own short list (scenario data); questions are always answered.
    if let Some(ch) = st.scn.def.chapter.as_ref().filter(|ch| !ch.actions.is_empty())
        && !matches!(c, Command::Choose { .. } | Command::AnswerDeal { .. })
    {
        return crate::scenario::classroom::action_rank(&ch.actions, &crate::narrate::names::words(&st.scn, c)).is_some();
    }
    match c {
        Command::Appoint { person, .. } => person.is_none(),
        Command::Propose(Motion::ReplaceInOffice { office, with }) => {
            let holder = st.offices[*office];
            let open = holder.is_none_or(|h| h != me && st.rel(h, me) < 0);
            open && (*with == me || st.rel(*with, me) >= 60)
        }
        Command::Propose(Motion::Promote { target }) => st.rel(*target, me) >= 30,
        Command::Court { target } | Command::Attack { target } => {
            st.chars[*target].rank >= Rank::Candidate || st.scn.def.characters[*target].contender
        }
        Command::Surprise(m) => shortlisted(st, me, &Command::Propose(*m)),
        // Deals: to a full Politburo member, protection (or the line, if he cares for
        // it), for the vote you want on a motion of yours or against you, or for your bloc.
        Command::OfferDeal { to, give, ask } => {
            use crate::rules::deals::{Ask, Offer};
            let mine = match ask {
                Ask::Vote { motion, yes } => st.politburo_agenda.iter().chain(&st.plenum_agenda).any(|p| {
                    p.motion == *motion && (p.proposer == me && *yes || motion.target() == Some(me) && motion.against_target() && !*yes)
                }),
                Ask::JoinBloc => st.chars[*to].bloc.is_none() && st.rel(*to, me) >= 0,
            };
            let worth = match give {
                Offer::Protection => true,
                Offer::Line => (st.chars[*to].nep - st.scn.line_value(st.line)).abs() >= 50,
                Offer::Post { .. } => false,
            };
            mine && worth && st.chars[*to].rank == Rank::Politburo
        }
        Command::MeetSecretly { with } => st.chars[*with].rank >= Rank::Candidate,
        // The cells worth working: a large region held by a contender you are against.
        Command::Canvass { region } => {
            st.regions[*region].delegates >= 60
                && st.regions[*region].patron.is_some_and(|p| st.scn.def.characters[p].contender && st.rel(me, p) < 0)
        }
        _ => true,
    }
}

/// A motion with no chance (under half a percent): folded away from the short
/// list, in the window and the terminal alike; `all` still shows it.
pub fn hopeless(st: &GameState, me: CharId, c: &Command) -> bool {
    matches!(c, Command::Propose(_) | Command::Surprise(_)) && hopeless_odds(&crate::risks::odds(st, me, c))
}

/// Odds of a vote too slim to list (`hopeless`), for a caller that already has them.
pub fn hopeless_odds(odds: &crate::risks::Odds) -> bool {
    matches!(odds, crate::risks::Odds::Vote(o) if *o < 0.005)
}

/// Why each command is closed (None: open), giving the deeper reason first: a
/// speech already given this turn is closed by "one speech a turn", not by the
/// action points it would also lack. The rules check the points first; this asks
/// them again with points to spare (on one copy of the game for the whole list),
/// and falls back to the points when nothing else stands in the way.
pub fn closed_reasons(st: &GameState, me: CharId, cmds: &[Command]) -> Vec<Option<CommandError>> {
    let mut rich: Option<GameState> = None;
    cmds.iter()
        .map(|c| {
            let err = crate::rules::check(st, me, c).err()?;
            if !matches!(err, CommandError::NoActionPoints { .. }) {
                return Some(err);
            }
            let rich = rich.get_or_insert_with(|| {
                let mut r = st.clone();
                r.chars[me].ap = 1000;
                r
            });
            Some(crate::rules::check(rich, me, c).err().unwrap_or(err))
        })
        .collect()
}
