//! What the terminal game's prompt understands: a command's number or name, `why`,
//! `help`, the views of the board, `save`, `end`. See `session` for the turn.

use super::input::Input;
use super::session::{Options, Turn, carry_out, irreversible, possible};
use super::view;
use crate::narrate::help;
use crate::rules::command::Command;
use crate::rules::state::Proposal;
use crate::rules::{GameState, victory};
use crate::scenario::CharId;
use std::io::Write;

/// What the turn does after a line.
pub enum Next {
    Stay,
    Acted,
    EndTurn,
    Quit,
}

/// Handles one line of the player's.
pub fn dispatch(
    st: &mut GameState,
    me: CharId,
    turn: &mut Turn,
    line: &str,
    input: &mut dyn Input,
    out: &mut dyn Write,
    opts: &Options,
) -> Next {
    let (word, rest) = line.split_once(' ').map_or((line, ""), |(w, r)| (w, r.trim()));
    match (word, rest) {
        ("", _) => {}
        ("end" | "e", "") => return Next::EndTurn,
        ("quit" | "q", "") => return Next::Quit,
        ("help" | "h" | "?", "") => say(out, &st.scn.speak(&general_help())),
        ("help" | "h" | "?", "glossary") | ("glossary", "") => {
            for (term, text) in help::glossary(&st.scn) {
                say(out, &format!("  {term}: {text}"));
            }
        }
        ("help" | "h" | "?", what) => match help::action(&st.scn, what)
            .or_else(|| turn.find_for(st, me, what).ok().and_then(|i| help::action(&st.scn, help::kind(&turn.listed[i]))))
        {
            Some(h) => say(out, &h.lines().join("\n")),
            None => say(out, &format!("No help on \"{what}\". Ask `help glossary`, or `help` with one of: {}.", help::KINDS.join(", "))),
        },
        ("list" | "l", "") => print_commands(st, me, turn, false, out),
        ("all", "") => print_commands(st, me, turn, true, out),
        ("board" | "b", "") => say(out, view::situation(st, Some(me)).trim_end()),
        ("agenda", "") => say(out, view::agenda(st).trim_end()),
        ("agenda", n) => say(out, view::agenda_motion(st, n).trim_end()),
        ("history", "") => say(out, &crate::narrate::comparison_lines(st).join("\n")),
        ("power", "") => power(st, me, out),
        ("plans" | "reasons", "") => plans(st, me, out),
        ("ledger", "") => say(out, super::ledger::report(st, me, &turn.before).trim_end()),
        ("save", "") => say(out, "`save` needs a file to write: `save FILE` (e.g. `save mygame.ron`); `politburo replay FILE` replays it."),
        ("save", file) => {
            let path = std::path::Path::new(file);
            match crate::rules::replay::SaveFile::from_game(st).write(path) {
                Ok(()) => say(out, &format!("Saved to {} (replay it with `politburo replay {}`).", path.display(), path.display())),
                Err(e) => say(out, &format!("Could not save to {}: {e}", path.display())),
            }
        }
        ("why" | "w", "") => say(out, "`why` needs a command: its number or its name, e.g. `why 3` or `why court kamenev`."),
        ("why" | "w", what) => match turn.find_for(st, me, what) {
            Ok(i) => explain_command(st, me, turn.listed[i], out),
            Err(e) => say(out, &format!("why {what}: {e}")),
        },
        _ => return act(st, me, turn, line, input, out, opts),
    }
    Next::Stay
}

/// A command by number or name; a `!` at the end confirms an irreversible one.
fn act(st: &mut GameState, me: CharId, turn: &mut Turn, line: &str, input: &mut dyn Input, out: &mut dyn Write, opts: &Options) -> Next {
    let (what, confirmed) = match line.strip_suffix('!') {
        Some(w) => (w.trim(), true),
        None => (line, false),
    };
    let i = match turn.find_for(st, me, what) {
        Ok(i) => i,
        Err(e) => {
            say(out, &format!("{e} Type `help` for the commands."));
            return Next::Stay;
        }
    };
    let cmd = turn.listed[i];
    if turn.done[i] && possible(st, me, &cmd).is_err() {
        say(out, &format!("Command {} was already carried out this turn.", i + 1));
        return Next::Stay;
    }
    if let Err(e) = possible(st, me, &cmd) {
        say(out, &format!("Command {} ({}) is no longer possible: {}.", i + 1, cmd.describe(st), st.scn.speak(&e)));
        return Next::Stay;
    }
    if irreversible(&cmd) && !confirmed && !opts.yes {
        say(out, &format!("{}: this cannot be undone. Confirm with `yes` (or type `{}!` next time).", cmd.describe(st), i + 1));
        let answer = super::session::read(input, out, "Confirm? [yes/no] > ").unwrap_or_default();
        match answer.trim().to_lowercase().as_str() {
            "yes" | "y" => {}
            "" | "no" | "n" => {
                say(out, "Not done.");
                return Next::Stay;
            }
            other => {
                say(out, "Not done.");
                let other = other.to_string();
                return dispatch(st, me, turn, &other, input, out, opts);
            }
        }
    }
    if carry_out(st, me, cmd, out) {
        turn.done[i] = true;
        return Next::Acted;
    }
    Next::Stay
}

fn say(out: &mut dyn Write, text: &str) {
    let _ = writeln!(out, "{text}");
}

fn general_help() -> String {
    format!(
        "Commands (numbers stay the same for the whole turn):
  N or NAME     carry out command N, or by name: `court kamenev`, `appoint moscow`,
                `propose remove trotsky` (Tab completes names at a terminal);
                `appoint REGION` sends a cadre, else your most loyal candidate
  N! or NAME!   the same, confirming an irreversible move (recant, a platform,
                resigning, the Testament) without being asked
  why N         what command N would do: a vote's odds voter by voter, else its rules
  help ACTION   what an action does, its cost, its effects and the rule behind it
                ({})
  help glossary offices, bodies, the ladder, the Testament
  list / all    the short list of commands again / every legal command
  board         the board again;  agenda: every motion waiting for a vote
  agenda N      motion N of the agenda, its odds voter by voter
  power         the power scores and what you still lack to win
  plans         what each rival is working toward, and why; who has united against whom
  ledger        what changed since the turn began, and why (shown after each turn)
  history       where this game stands against history at this date
  save FILE     save the game (replay it with `politburo replay FILE`)
  end           END THE TURN: the computer acts, then the turn resolves
                (a blank line does nothing)
  quit          stop playing
The terminal game autosaves the last {} turns of each game in {}.",
        help::KINDS.join(", "),
        crate::saves::AUTOSAVES_KEPT,
        crate::saves::autosave_dir().display()
    )
}

fn power(st: &GameState, me: CharId, out: &mut dyn Write) {
    let scn = &st.scn;
    for c in st.ids().filter(|&c| st.active(c)) {
        let parts: Vec<_> = victory::power_breakdown(st, c).iter().map(|(l, v)| format!("{l} {v}")).collect();
        say(out, &format!("  {:<12} {:>4} = {}", scn.short(c), victory::power(st, c), parts.join(" + ")));
    }
    match victory::supremacy(st, me) {
        Ok(s) => say(out, &format!("You would win now: {}.", crate::narrate::supreme(&st.scn, me, &s))),
        Err(l) => say(out, &format!("Not yet supreme: {}.", crate::narrate::lack(&st.scn, &l))),
    }
}

/// The opponents' intentions, as the window's reasons panel gives them: the
/// front-runner, who has united against him, and each rival's plan and its cause.
fn plans(st: &GameState, me: CharId, out: &mut dyn Write) {
    let s = &st.scn;
    let front = crate::ai::front_runner(st).map(|(f, lead)| (f, lead, crate::ai::united_against(st, f, me)));
    say(out, &crate::narrate::coalition(s, me, front));
    // The contenders first, then the rest of the Politburo: the men whose plans decide votes.
    let mut rows: Vec<CharId> = st.ids().filter(|&c| c != me && st.active(c) && s.is_contender(c)).collect();
    rows.extend(st.politburo().filter(|&c| c != me && !s.is_contender(c)));
    for c in rows {
        say(out, &format!("  {:<12} {}", s.short(c), crate::narrate::plan_intent(s, crate::ai::plan_of(st, c))));
    }
    say(out, "A leader keeps his plan until what made him choose it changes; `simulate --explain` shows every move it chose.");
}

/// The list of commands with their fixed numbers: the short list, or `full`. A
/// move that can backfire carries the window's RISK words (`risks`); `why N` explains them.
pub fn print_commands(st: &GameState, me: CharId, turn: &Turn, full: bool, out: &mut dyn Write) {
    let mut last = "";
    let (mut hidden, mut gone, mut folded) = (0, 0, 0);
    let mut rows = vec![];
    for (i, c) in turn.listed.iter().enumerate() {
        let now = possible(st, me, c).is_ok();
        if !now && !turn.done[i] {
            gone += 1;
            continue;
        }
        if !full && !crate::actions::shortlisted(st, me, c) {
            hidden += 1;
            continue;
        }
        // A motion's odds, read once: for folding it and for the row.
        let vote = match c {
            Command::Propose(_) | Command::Surprise(_) if now => Some(crate::risks::odds(st, me, c)),
            _ => None,
        };
        // As in the window: a motion with no chance is folded away, not listed at 0%.
        if !full && !turn.done[i] && vote.as_ref().is_some_and(crate::actions::hopeless_odds) {
            folded += 1;
            continue;
        }
        rows.push((i, c, now, vote));
    }
    let open: Vec<Command> = rows.iter().filter(|(i, _, now, _)| *now && !turn.done[*i]).map(|(_, c, _, _)| **c).collect();
    let mut risks = crate::risks::risks_all(st, me, &open).into_iter();
    // The game as this turn's events leave it, once for every motion listed.
    let seen = crate::rules::votes::foresight::at_the_vote(st);
    for (i, c, now, vote) in rows {
        let risk = if now && !turn.done[i] { risk_words(&risks.next().unwrap_or_default()) } else { String::new() };
        let g = crate::actions::group(c);
        if g != last {
            say(out, &format!("  {g}:"));
            last = g;
        }
        let odds = match (c, vote) {
            (Command::Propose(m), Some(crate::risks::Odds::Vote(o))) => {
                // An event of this turn that settles the motion first is said beside its odds.
                let first = crate::narrate::foresight::overtaken_short(st, &seen, me, m);
                let first = if first.is_empty() { String::new() } else { format!("; {first}") };
                format!("  ({:.0}% to pass{first})", o * 100.0)
            }
            (Command::Surprise(_), Some(crate::risks::Odds::Vote(o))) => format!("  ({:.0}% to pass this turn)", o * 100.0),
            _ => String::new(),
        };
        let mark = if turn.done[i] { "  -- done" } else { "" };
        say(out, &format!("   {:>3}. {} [{} AP]{odds}{risk}{mark}", i + 1, c.describe(st), c.cost(st)));
    }
    match (hidden, folded) {
        (0, 0) => {}
        (h, 0) => say(out, &format!("  ({h} more: type `all`)")),
        (h, f) => say(out, &format!("  ({} more, {f} of them motions with no chance of passing: type `all`)", h + f)),
    }
    if gone > 0 {
        say(out, &format!("  ({gone} no longer possible this turn)"));
    }
}

/// The RISK mark and its few words, as the window's action list shows them; empty
/// for a move that cannot backfire.
fn risk_words(risks: &[crate::risks::Risk]) -> String {
    if risks.is_empty() {
        return String::new();
    }
    let words: Vec<String> = risks.iter().map(crate::risks::Risk::short).collect();
    format!("  RISK: {}", words.join(" · "))
}

/// `why N`: a vote's odds voter by voter, a deal's reckoning, or the action's rules,
/// and how the move can backfire.
pub fn explain_command(st: &GameState, me: CharId, cmd: Command, out: &mut dyn Write) {
    let risks = crate::risks::risks(st, me, &cmd);
    if !risks.is_empty() {
        let why: Vec<String> = risks.iter().map(crate::risks::Risk::explain).collect();
        say(out, &format!("RISK: it can backfire. {}", why.join(" ")));
    }
    match cmd {
        Command::Propose(m) | Command::Surprise(m) => {
            let surprise = matches!(cmd, Command::Surprise(_));
            let notice = !surprise && crate::rules::norms::owed_notice(st, &m);
            let body = crate::rules::votes::motion_body_given(st, &m, notice);
            if surprise {
                say(out, &format!("Put without notice: the {} votes on it this turn, before he can answer.", body.name(&st.scn)));
            } else {
                say(out, &format!("Voted by {}.", crate::narrate::voted_by(&st.scn, &m, crate::rules::votes::voted_when(st, &m))));
            }
            if crate::rules::votes::ahead_given(body, st, notice) {
                say(out, "Were it voted today:");
            }
            for l in crate::narrate::explain(st, body, &Proposal { motion: m, proposer: me }) {
                say(out, &l);
            }
        }
        Command::Appoint { region, .. } => {
            let r = &st.regions[region];
            say(
                out,
                &st.scn.speak(&format!(
                    "{} sends {} delegates to a congress and holds {} Central Committee seats; they follow their patron with loyalty {}. A new secretary is seated at the end of the turn, so this changes the next session's vote, not this one's.",
                    st.scn.def.regions[region].name, r.delegates, r.cc_seats, r.loyalty
                )),
            );
        }
        Command::OfferDeal { to, give, ask } => {
            let terms = crate::rules::deals::Terms { from: me, to, give, ask };
            let worth = crate::rules::deals::interest(st, &terms);
            say(
                out,
                &format!(
                    "By the rules' reckoning the deal is worth {worth:+} to {} ({}'s regard for you {}, your trust {}): he would {}. An accepted deal binds you both for {} turns; a broken promise costs regard and trust.",
                    st.scn.short(to),
                    st.scn.short(to),
                    st.rel(to, me),
                    st.chars[me].trust,
                    if worth > 0 { "accept" } else { "refuse" },
                    st.scn.def.balance.deals.term_turns
                ),
            );
        }
        _ => {}
    }
    if let Some(h) = help::action(&st.scn, help::kind(&cmd)) {
        say(out, &format!("{} [{} AP now]", cmd.describe(st), cmd.cost(st)));
        for l in h.lines().into_iter().skip(1) {
            say(out, &l);
        }
    }
}
