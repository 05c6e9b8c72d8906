//! How the leader in the player's seat plays when a strategy, not the computer,
//! plays him: the measuring sticks of `analyze --as ID --strategy S`.

use crate::rules::apply::apply;
use crate::rules::command::{Command, Motion};
use crate::rules::legality::legal_commands;
use crate::rules::rng::GameRng;
use crate::rules::state::GameState;
use crate::scenario::{CharId, Rank};
use rand::RngExt;

/// How the leader in the player's seat plays, when one is named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Strategy {
    /// The computer plays him, as it plays everyone.
    Ai,
    /// Uniformly random legal commands.
    Random,
    /// The same kind of command whenever it is legal (`repeat:Speech`, `repeat:Attack`…).
    Repeat(String),
    /// Lie low: never organise a faction, recant when charged, court the
    /// Politburo, keep prestige up, and let the others tear each other apart.
    LieLow,
    /// A survivor who builds: lie low, but take every post and promotion the
    /// votes will give, and publish the Testament when it carries a motion.
    Sensible,
    /// Brute force: at the first chance, propose driving every rival down the
    /// ladder (by surprise where the Secretariat allows), then play as the computer.
    Blitz,
    /// Plans by search: each command chosen by playing the game on from it with
    /// the headless rules, over several rolls of the dice (`expert`).
    Expert,
}

impl Strategy {
    pub fn parse(s: &str) -> Result<Strategy, String> {
        match s {
            "ai" => Ok(Strategy::Ai),
            "random" => Ok(Strategy::Random),
            "lie-low" => Ok(Strategy::LieLow),
            "sensible" => Ok(Strategy::Sensible),
            "blitz" => Ok(Strategy::Blitz),
            "expert" => Ok(Strategy::Expert),
            _ => match s.strip_prefix("repeat:") {
                Some(k) if !k.is_empty() && COMMAND_KINDS.iter().any(|c| c.starts_with(k) || k.starts_with(c)) => {
                    Ok(Strategy::Repeat(k.to_string()))
                }
                Some(k) if !k.is_empty() => {
                    Err(format!("unknown command kind \"{k}\" in \"{s}\": repeat: takes one of {}", COMMAND_KINDS.join(", ")))
                }
                _ => Err(format!(
                    "unknown strategy \"{s}\": expected ai, random, lie-low, sensible, blitz, expert or repeat:KIND (a command such as repeat:Speech, repeat:Attack)"
                )),
            },
        }
    }
}

/// The kinds of command `repeat:KIND` can name (`Command`'s variants, as the
/// strategy matches them).
pub const COMMAND_KINDS: [&str; 26] = [
    "Appoint",
    "Canvass",
    "Speech",
    "Article",
    "Court",
    "Attack",
    "ShiftStance",
    "ShiftWorldStance",
    "Propose",
    "Surprise",
    "FormBloc",
    "JoinBloc",
    "LeaveBloc",
    "PublishPlatform",
    "Charge",
    "Recant",
    "CallPlenum",
    "CoReport",
    "PublishTestament",
    "SuppressTestament",
    "Resign",
    "Choose",
    "OfferDeal",
    "AnswerDeal",
    "CallInLoyalty",
    "MeetSecretly",
];

/// The seat's turn under a fixed strategy.
pub(super) fn play_seat(st: &mut GameState, c: CharId, strategy: &Strategy, r: &mut GameRng) {
    if *strategy == Strategy::Expert {
        return super::expert::play(st, c, super::expert::Afterwards::Sensible);
    }
    for _ in 0..12 {
        let legal = legal_commands(st, c);
        if legal.is_empty() {
            return;
        }
        // A question put to him is answered first, by every strategy.
        let choice = match strategy {
            Strategy::Sensible => legal
                .iter()
                .filter(|x| matches!(x, Command::Choose { .. }))
                .max_by_key(|x| (survivors_taste(st, c, x), std::cmp::Reverse(**x)))
                .copied(),
            _ => legal.iter().find(|x| matches!(x, Command::Choose { .. })).copied(),
        };
        let pick = match (choice, strategy) {
            (Some(x), _) => Some(x),
            (None, Strategy::Random) => Some(legal[r.random_range(0..legal.len())]),
            (None, Strategy::Repeat(kind)) => legal.iter().find(|x| format!("{x:?}").starts_with(kind.as_str())).copied(),
            (None, Strategy::LieLow) => lie_low(st, c, &legal),
            (None, Strategy::Sensible) => sensible(st, c, &legal),
            (None, Strategy::Blitz) => blitz(st, c, &legal),
            (None, Strategy::Ai | Strategy::Expert) => None,
        };
        match pick {
            Some(cmd) if apply(st, c, cmd).is_ok() => {}
            _ => return,
        }
    }
}

/// How a survivor likes an answer to a question put to him: the regard it wins
/// or costs him, his standing, and never grounds against himself (`ai::taste`).
fn survivors_taste(st: &GameState, c: CharId, cmd: &Command) -> i32 {
    let Command::Choose { event, choice } = *cmd else { return 0 };
    crate::ai::taste(st, c, &st.scn.def.events[event].choices[choice].effects)
}

/// The sensible strategy: a survivor who builds. Give the ban on factions no
/// target, and recant when a motion against him waits; take every post, promotion and secretary
/// the votes will give him; publish the Testament only when it carries a motion
/// to unseat its man; bargain (deals, his delegations called in) for the votes
/// that would save him; speak while his standing is below 70; answer a question
/// put to him as a survivor would (`survivors_taste`); otherwise lie low and win the
/// Politburo's goodwill. He
/// never attacks or charges: in this party the enemies a man makes outvote him.
fn sensible(st: &GameState, c: CharId, legal: &[Command]) -> Option<Command> {
    let me = &st.chars[c];
    let has = |x: &Command| legal.contains(x);
    let organised = me.bloc.is_some_and(|b| st.blocs[b].organised);
    // Out of an organised faction before the ban can be used against him: no
    // charge, no grounds, and the party's norm shields him.
    if organised && has(&Command::LeaveBloc) {
        return Some(Command::LeaveBloc);
    }
    // Recant only when the ladder is already moving: it costs standing and trust.
    let threatened = st.plenum_agenda.iter().chain(&st.politburo_agenda).any(|p| p.motion.target() == Some(c) && p.motion.against_target());
    if (threatened || me.rank <= Rank::Expelled) && has(&Command::Recant) {
        return Some(Command::Recant);
    }
    // He keeps his name before the party: his standing is what every vote weighs.
    if me.prestige < 70 && has(&Command::Speech) {
        return Some(Command::Speech);
    }
    // In the last year an undecided game goes to the contender with the most power:
    // every point of standing counts, whatever it already is.
    let last_year = st.date.plus_months(12) > st.scn.def.calendar.end;
    if last_year && let Some(x) = [Command::Speech, Command::Article].into_iter().find(|x| has(x)) {
        return Some(x);
    }
    if let Some(post) = best_post(st, c, legal) {
        return Some(post);
    }
    let builds = |o: &crate::ai::Choice| match o.command {
        // A fight over the line he loses gives the party grounds against him.
        Command::Propose(Motion::SetLine { level }) => crate::rules::votes::forecast(st, c, Motion::SetLine { level }) >= 0.6,
        // Every motion the computer would put: it puts only those with the odds.
        Command::Propose(_) | Command::Appoint { .. } => true,
        // The computer's own lookahead: only when Lenin's words would carry the motion.
        Command::PublishTestament => crate::ai::testament_carries(st, c).is_some(),
        // Without the Secretariat, he works the cells of his rivals' regions (the
        // computer's options leave them alone after a recantation: factional work
        // would make him a double-dealer).
        Command::Canvass { .. } => true,
        // A survivor bargains for the votes that would save him, and calls in his delegations.
        Command::OfferDeal { .. } | Command::CallInLoyalty { .. } => true,
        // And he joins the others against the front-runner, as the computer would,
        // in a bloc that is not an organised faction.
        Command::Court { .. } | Command::Speech | Command::Article | Command::MeetSecretly { .. } => true,
        Command::JoinBloc { bloc } | Command::FormBloc { bloc } => !st.blocs[bloc].organised,
        // He closes the gap with the allies he needs on world revolution.
        Command::ShiftWorldStance { .. } => true,
        _ => false,
    };
    crate::ai::options(st, c)
        .into_iter()
        .filter(|o| o.score > 0 && builds(o) && legal.contains(&o.command))
        .max_by_key(|o| (o.score, std::cmp::Reverse(o.command)))
        .map(|o| o.command)
        .or_else(|| lie_low(st, c, legal))
}

/// The post he would ask for: of the offices he does not hold, the one whose
/// weight, at the odds the vote gives him (at least even), adds most to his power.
/// Asked for whatever the computer thinks of it: a seat at the table is worth more
/// to a survivor than the goodwill a refusal costs. Measured on 600 games: a
/// sensible Trotsky won 3.8% asking only when the computer would, 15.7% so.
fn best_post(st: &GameState, c: CharId, legal: &[Command]) -> Option<Command> {
    legal
        .iter()
        .filter_map(|x| match *x {
            Command::Propose(m @ Motion::ReplaceInOffice { office, with }) if with == c => {
                let odds = crate::rules::votes::forecast(st, c, m);
                let worth = st.scn.def.offices[office].weight as f64 * odds;
                (odds >= 0.5 && worth > 0.0).then_some(((worth * 100.0) as i64, *x))
            }
            _ => None,
        })
        .max_by_key(|(k, x)| (*k, std::cmp::Reverse(*x)))
        .map(|(_, x)| x)
}

/// The blitz: every legal motion down the ladder against a rival (a contender or
/// a Politburo member), a surprise preferred to a motion that waits; when none is
/// left, the computer's own choice.
fn blitz(st: &mut GameState, c: CharId, legal: &[Command]) -> Option<Command> {
    let rival = |t: CharId| t != c && (st.scn.def.characters[t].contender || st.chars[t].rank >= Rank::Candidate);
    let strike = |cmd: &Command| match cmd {
        Command::Surprise(m) | Command::Propose(m) => {
            m.against_target() && !matches!(m, Motion::ReplaceInOffice { .. }) && m.target().is_some_and(rival)
        }
        _ => false,
    };
    legal
        .iter()
        .find(|x| matches!(x, Command::Surprise(_)) && strike(x))
        .or_else(|| legal.iter().find(|x| strike(x)))
        .copied()
        .or_else(|| crate::ai::best_choice(st, c).map(|o| o.command))
}

/// The lie-low strategy's next command.
fn lie_low(st: &GameState, c: CharId, legal: &[Command]) -> Option<Command> {
    let me = &st.chars[c];
    let has = |x: &Command| legal.contains(x);
    if (me.charges > 0 || me.bloc.is_some_and(|b| st.blocs[b].organised)) && has(&Command::Recant) {
        return Some(Command::Recant);
    }
    if me.bloc.is_some_and(|b| st.blocs[b].organised) && has(&Command::LeaveBloc) {
        return Some(Command::LeaveBloc);
    }
    // Court the least friendly member of the Politburo who is not an enemy for life.
    let court = legal
        .iter()
        .filter_map(|x| match *x {
            Command::Court { target } if st.chars[target].rank >= Rank::Candidate && st.rel(target, c) > -40 => {
                Some((st.rel(target, c), *x))
            }
            _ => None,
        })
        .min_by_key(|(r, x)| (*r, *x));
    if me.prestige < 60 && has(&Command::Speech) {
        return Some(Command::Speech);
    }
    if let Some((r, x)) = court
        && r < 30
    {
        return Some(x);
    }
    [Command::Article, Command::Speech].into_iter().find(has)
}
