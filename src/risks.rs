//! What a move can cost its mover beyond its price, and what a row of the action
//! list promises: its odds, or why there is no vote. Plain rules, no rendering
//! (the window draws them), read off the rules rather than written per action: the move
//! is applied to a copy of the game and the copy is asked what changed (the
//! party's fear of the mover and his prestige, whether the ban on factions now
//! lets others charge him, whether he became a double-dealer, a meeting that may
//! leak, a co-report the congress may condemn).

use crate::rules::command::Command;
use crate::rules::state::GameState;
use crate::rules::votes;
use crate::scenario::CharId;

/// One way a move can backfire on its mover.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Risk {
    /// The party's norms: the move costs prestige at once and makes the others
    /// fear him, and they close ranks against his later motions.
    Feared { prestige: i32, fear: i32 },
    /// After it, this many leaders may charge him with factionalism under the ban
    /// on factions (they could not before).
    Chargeable { by: usize },
    /// A recanted man back at faction work: a double-dealer, grounds for ever.
    DoubleDealer,
    /// The congress may stand by the Central Committee and condemn the co-report:
    /// a charge and lost prestige for him and every member of his bloc.
    Condemned { carry: Option<f64>, prestige: i32 },
    /// A secret meeting may leak at the turn's end: prestige and charges for both.
    Leak { percent: i32, prestige: i32, charges: i32 },
}

impl Risk {
    /// A few words for the action row, after the RISK mark.
    pub fn short(&self) -> String {
        match *self {
            Risk::Feared { prestige, .. } if prestige > 0 => format!("−{prestige} prestige, feared"),
            Risk::Feared { .. } => "the others fear you".into(),
            Risk::Chargeable { .. } => "open to charges".into(),
            Risk::DoubleDealer => "double-dealer".into(),
            Risk::Condemned { carry: Some(c), .. } => format!("{:.0}% condemned", (1.0 - c) * 100.0),
            Risk::Condemned { .. } => "may be condemned".into(),
            Risk::Leak { percent, .. } => format!("{percent}% it leaks"),
        }
    }

    /// The risk in a sentence, for the details panel and the terminal.
    pub fn explain(&self) -> String {
        use crate::narrate::count;
        match *self {
            Risk::Feared { prestige, fear } => format!(
                "The party's norms: it costs you {prestige} prestige at once and the others' fear of you rises to {fear}; they close ranks against your later motions."
            ),
            Risk::Chargeable { by } => format!(
                "It breaks the ban on factions: {} could then charge you with factionalism, and charges lead down the ladder.",
                count(by, "leader", "leaders")
            ),
            Risk::DoubleDealer => {
                "You recanted: going back to faction work makes you a double-dealer, grounds against you for ever.".into()
            }
            Risk::Condemned { carry, prestige } => format!(
                "{}If the congress stands by the Central Committee, it condemns the co-report as factional: a charge and {prestige} prestige lost for you and every member of your bloc.",
                carry.map(|c| format!("{:.0}% to carry the congress as it stands. ", c * 100.0)).unwrap_or_default()
            ),
            Risk::Leak { percent, prestige, charges } => format!(
                "{percent}% chance it leaks at the turn's end: both of you lose {prestige} prestige and take {}.",
                count(charges, "charge", "charges")
            ),
        }
    }
}

/// The game as a base for trying moves: no chronicle to copy, and every leader
/// with points to spare, so that "could he charge me?" asks the rules, not his purse.
fn sandbox(st: &GameState) -> GameState {
    let mut base = st.clone();
    base.chronicle.entries.clear();
    base.chronicle.quiet = true;
    base.chronicle.ledger = false;
    for c in base.ids().collect::<Vec<_>>() {
        base.chars[c].ap = base.chars[c].ap.max(1000);
    }
    base
}

/// How many leaders may charge `me` now.
fn chargers(st: &GameState, me: CharId) -> usize {
    st.ids().filter(|&c| c != me && crate::rules::check(st, c, &Command::Charge { target: me }).is_ok()).count()
}

/// The risks of each command, for `me`, in order (an empty list: none).
pub fn risks_all(st: &GameState, me: CharId, cmds: &[Command]) -> Vec<Vec<Risk>> {
    if cmds.is_empty() {
        return vec![];
    }
    let base = sandbox(st);
    let exposed = chargers(&base, me);
    cmds.iter().map(|c| risks_in(&base, exposed, me, c)).collect()
}

/// The risks of one command, for `me`.
pub fn risks(st: &GameState, me: CharId, c: &Command) -> Vec<Risk> {
    risks_all(st, me, std::slice::from_ref(c)).pop().unwrap_or_default()
}

/// Whether a move can backfire at all.
pub fn risky(st: &GameState, me: CharId, c: &Command) -> bool {
    !risks(st, me, c).is_empty()
}

fn risks_in(base: &GameState, exposed: usize, me: CharId, c: &Command) -> Vec<Risk> {
    if matches!(c, Command::Choose { .. }) || crate::rules::check(base, me, c).is_err() {
        return vec![];
    }
    let mut copy = base.clone();
    if crate::rules::apply(&mut copy, me, *c).is_err() {
        return vec![];
    }
    let (was, now) = (&base.chars[me], &copy.chars[me]);
    let mut out = vec![];
    if now.fear > was.fear {
        out.push(Risk::Feared { prestige: (was.prestige - now.prestige).max(0), fear: now.fear });
    }
    let by = chargers(&copy, me);
    if by > exposed {
        out.push(Risk::Chargeable { by });
    }
    if now.double_dealer && !was.double_dealer {
        out.push(Risk::DoubleDealer);
    }
    if copy.co_report == Some(me) && base.co_report != Some(me) {
        let carry = votes::co_report_forecast(base, me);
        out.push(Risk::Condemned { carry, prestige: base.scn.def.balance.co_report_prestige });
    }
    let d = &base.scn.def.balance.deals;
    let met = |s: &GameState| s.meetings.iter().filter(|m| m.made == s.turn && (m.a == me || m.b == me)).count();
    if met(&copy) > met(base) && d.leak_percent > 0 {
        out.push(Risk::Leak { percent: d.leak_percent, prestige: d.leak_prestige, charges: d.leak_charges });
    }
    out
}

/// What a row of the action list shows in its odds column: a motion's (or a
/// co-report's) odds of passing, or why the move is not put to a vote.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Odds {
    /// Voted: the forecast chance it passes (a co-report: that it carries the congress).
    Vote(f64),
    /// Not voted: it takes effect when given (or, for an appointment, at the turn's end).
    NoVote(NoVote),
}

/// Why a move has no vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoVote {
    /// The General Secretary appoints; the secretary is seated at the turn's end.
    Appointed,
    /// The other man answers it by his own interest.
    Answered,
    /// The co-report's congress has no reporter to answer yet.
    NoCongress,
    /// It takes effect at once.
    AtOnce,
}

impl NoVote {
    /// The odds column's words.
    pub fn short(self) -> &'static str {
        match self {
            NoVote::Appointed => "no vote",
            NoVote::Answered => "he answers",
            NoVote::NoCongress => "no vote yet",
            NoVote::AtOnce => "no vote",
        }
    }
    /// Why, in a sentence.
    pub fn explain(self) -> &'static str {
        match self {
            NoVote::Appointed => "No vote: the General Secretary appoints, and the secretary is seated at the end of the turn.",
            NoVote::Answered => "No vote: he accepts or refuses by his own interest.",
            NoVote::NoCongress => "No vote yet: the congress has no report to answer.",
            NoVote::AtOnce => "No vote: it takes effect as soon as it is given.",
        }
    }
}

/// A row's odds, or why it has none.
pub fn odds(st: &GameState, me: CharId, c: &Command) -> Odds {
    match *c {
        Command::Propose(m) => Odds::Vote(votes::forecast(st, me, m)),
        Command::Surprise(m) => Odds::Vote(votes::surprise_forecast(st, me, m)),
        Command::CoReport => votes::co_report_forecast(st, me).map_or(Odds::NoVote(NoVote::NoCongress), Odds::Vote),
        Command::Appoint { .. } => Odds::NoVote(NoVote::Appointed),
        Command::OfferDeal { .. } => Odds::NoVote(NoVote::Answered),
        _ => Odds::NoVote(NoVote::AtOnce),
    }
}

#[cfg(test)]
mod tests;
