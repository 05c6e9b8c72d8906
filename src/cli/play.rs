//! `politburo play`: the terminal game. Each turn shows the board, lists the legal
//! commands with costs and odds, reads the player's choices, then lets the
//! computer act and resolves the turn.

use super::view;
use crate::files::Line;
use crate::rules::apply::apply;
use crate::rules::command::Command;
use crate::rules::legality::legal_commands;
use crate::rules::state::Proposal;
use crate::rules::{GameState, victory};
use crate::scenario::CharId;
use crate::scenario::Scenario;
use std::io::Write;
use std::sync::Arc;

pub fn run(scn: Arc<Scenario>, who: &str, seed: u64, difficulty: crate::ai::Difficulty) -> i32 {
    if scn.char_id(who).filter(|&c| scn.def.characters[c].playable).is_none() {
        let playable: Vec<_> = scn.def.characters.iter().filter(|c| c.playable).map(|c| c.id.as_str()).collect();
        eprintln!("error: \"{who}\" is not a playable character of this scenario; choose one of: {}", playable.join(", "));
        return 2;
    }
    let mut st = GameState::new(scn, seed);
    st.difficulty = difficulty;
    run_from(st, who)
}

/// Plays on from any state (a new game, or a branch off the historical path) as
/// `who`; any living leader can be taken over.
pub fn run_from(mut st: GameState, who: &str) -> i32 {
    let scn = st.scn.clone();
    let Some(me) = scn.char_id(who).filter(|&c| st.active(c)) else {
        let ids: Vec<_> = st.ids().filter(|&c| st.active(c)).map(|c| scn.def.characters[c].id.as_str()).collect();
        eprintln!("error: \"{who}\" is not a leader who can still act here; choose one of: {}", ids.join(", "));
        return 2;
    };
    st.player = Some(me);
    let seed = st.seed;
    println!("You lead {}. Seed {seed}, the computer plays on {}. Type `help` for the commands.", scn.name(me), st.difficulty.name());
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut shown = 0;
    while !st.is_over() {
        print!("{}", view::situation(&st, Some(me)));
        let mut full = false;
        loop {
            let mut legal = legal_commands(&st, me);
            crate::actions::sort(&mut legal);
            print_commands(&st, me, &legal, full);
            print!("[{} AP left] > ", st.chars[me].ap);
            let _ = std::io::stdout().flush();
            // Each line through a size limit; a line too long or not text is
            // skipped with a word, and the input goes on.
            let line = match crate::files::read_line(&mut input, crate::files::MAX_LINE_BYTES) {
                Ok(Line::Text(l)) => l,
                Ok(Line::TooLong) => {
                    println!("\nThat line is longer than {} bytes: skipped.", crate::files::MAX_LINE_BYTES);
                    continue;
                }
                Ok(Line::NotText) => {
                    println!("\nThat line is not UTF-8 text: skipped.");
                    continue;
                }
                Ok(Line::Endless) => {
                    println!("\nThe input is one endless line, not commands: the game stops here.");
                    println!("{}", view::outcome_line(&st));
                    return 0;
                }
                Ok(Line::End) | Err(_) => {
                    println!("\nInput ended: the game stops here.");
                    println!("{}", view::outcome_line(&st));
                    return 0;
                }
            };
            let line = line.trim();
            match line {
                "" | "end" | "e" => break,
                "q" | "quit" => {
                    println!("{}", view::outcome_line(&st));
                    return 0;
                }
                "help" | "h" | "?" => help(),
                "all" => full = true,
                "board" | "b" => print!("{}", view::situation(&st, Some(me))),
                "agenda" => print!("{}", view::agenda(&st)),
                "history" => {
                    for l in crate::narrate::comparison_lines(&st) {
                        println!("{l}");
                    }
                }
                _ if line.starts_with("save ") => {
                    let path = std::path::Path::new(line[5..].trim());
                    match crate::rules::replay::SaveFile::from_game(&st).write(path) {
                        Ok(()) => println!("Saved to {} (replay it with `politburo replay {}`).", path.display(), path.display()),
                        Err(e) => println!("Could not save to {}: {e}", path.display()),
                    }
                }
                "power" => {
                    for c in st.ids().filter(|&c| st.active(c)) {
                        let parts: Vec<_> = victory::power_breakdown(&st, c).iter().map(|(l, v)| format!("{l} {v}")).collect();
                        println!("  {:<12} {:>4} = {}", scn.short(c), victory::power(&st, c), parts.join(" + "));
                    }
                    match victory::supremacy(&st, me) {
                        Ok(s) => println!("You would win now: {}.", crate::narrate::supreme(&st.scn, me, &s)),
                        Err(l) => println!("Not yet supreme: {}.", crate::narrate::lack(&st.scn, &l)),
                    }
                }
                _ => {
                    let (explain, num) = match line.strip_prefix("why ").or_else(|| line.strip_prefix("w ")) {
                        Some(rest) => (true, rest.trim()),
                        None => (false, line),
                    };
                    let Ok(n) = num.parse::<usize>() else {
                        println!("Type a command's number, `why N`, `end`, or `help`.");
                        continue;
                    };
                    let Some(&cmd) = legal.get(n.wrapping_sub(1)) else {
                        println!("No command {n}.");
                        continue;
                    };
                    if explain {
                        explain_command(&st, me, cmd);
                        continue;
                    }
                    let before = st.chronicle.entries.len();
                    match apply(&mut st, me, cmd) {
                        Ok(()) => {
                            for e in &st.chronicle.entries[before..] {
                                print!("{}", view::entry(&st.scn, e));
                            }
                        }
                        Err(e) => println!("Not allowed: {e}."),
                    }
                }
            }
        }
        crate::ai::play_turn(&mut st, Some(me));
        st.end_turn();
        if let Err(e) = crate::saves::autosave(&st) {
            println!("(The autosave failed: {e}.)");
        }
        println!("\n--- What happened ---");
        for e in &st.chronicle.entries[shown..] {
            print!("{}", view::entry(&st.scn, e));
        }
        shown = st.chronicle.entries.len();
    }
    println!("\n{}", view::outcome_line(&st));
    for l in crate::narrate::comparison_lines(&st) {
        println!("{l}");
    }
    let won = st.outcome.as_ref().is_some_and(|o| o.won(me));
    println!("{}", if won { "You have won." } else { "You have lost." });
    println!("final state hash: {:016x}", st.state_hash());
    0
}

fn help() {
    println!(
        "Commands:\n  N        carry out command N from the list\n  why N    explain command N: its odds and every voter's lean\n  all      list every legal command (named appointments and nominations too)\n  board    show the board again\n  agenda   every motion waiting for a vote, with its odds and who leans for it\n  power    the power scores and what you still lack to win\n  history  where this game stands against history at this date
  save F   save the game to file F (replay it with `politburo replay F`)
  end      end the turn (the computer acts, then the turn resolves)\n  quit     stop playing\n\nThe last {} turns are autosaved in {}.",
        crate::saves::AUTOSAVES_KEPT,
        crate::saves::autosave_dir().display()
    );
}

fn print_commands(st: &GameState, me: CharId, legal: &[Command], full: bool) {
    let mut last = "";
    let mut hidden = 0;
    for (i, c) in legal.iter().enumerate() {
        if !full && !crate::actions::shortlisted(st, me, c) {
            hidden += 1;
            continue;
        }
        let g = crate::actions::group(c);
        if g != last {
            println!("  {g}:");
            last = g;
        }
        let odds = match c {
            Command::Propose(m) => format!("  ({:.0}% to pass)", crate::rules::votes::forecast(st, me, *m) * 100.0),
            Command::Surprise(m) => format!("  ({:.0}% to pass this turn)", crate::rules::votes::surprise_forecast(st, me, *m) * 100.0),
            _ => String::new(),
        };
        println!("   {:>3}. {} [{} AP]{odds}", i + 1, c.describe(st), c.cost(st));
    }
    if hidden > 0 {
        println!("  ({hidden} more: type `all`)");
    }
}

fn explain_command(st: &GameState, me: CharId, cmd: Command) {
    match cmd {
        Command::Propose(m) | Command::Surprise(m) => {
            let surprise = matches!(cmd, Command::Surprise(_));
            let notice = !surprise && crate::rules::norms::owed_notice(st, &m);
            let body = crate::rules::votes::motion_body_given(st, &m, notice);
            if surprise {
                println!("Put without notice: the {} votes on it this turn, before he can answer.", body.name());
            } else {
                println!("Voted by {}.", crate::narrate::when(&st.scn, crate::rules::votes::voted_when(st, &m)));
            }
            if crate::rules::votes::ahead_given(body, st, notice) {
                println!("Were it voted today:");
            }
            for l in crate::narrate::explain(st, body, &Proposal { motion: m, proposer: me }) {
                println!("{l}");
            }
        }
        Command::Appoint { region, .. } => {
            let r = &st.regions[region];
            println!(
                "{} sends {} delegates to a congress and holds {} Central Committee seats; they follow their patron with loyalty {}. A new secretary is seated at the end of the turn, so this changes the next session's vote, not this one's.",
                st.scn.def.regions[region].name, r.delegates, r.cc_seats, r.loyalty
            );
        }
        Command::OfferDeal { to, give, ask } => {
            let terms = crate::rules::deals::Terms { from: me, to, give, ask };
            let worth = crate::rules::deals::interest(st, &terms);
            println!(
                "By the rules' reckoning the deal is worth {worth:+} to {} (his regard for you {}, your trust {}): he would {}. An accepted deal binds you both for {} turns; a broken promise costs regard and trust.",
                st.scn.short(to),
                st.rel(to, me),
                st.chars[me].trust,
                if worth > 0 { "accept" } else { "refuse" },
                st.scn.def.balance.deals.term_turns
            );
        }
        other => println!(
            "{}: costs {} action points. See `help` and the README for what each command does.",
            other.describe(st),
            other.cost(st)
        ),
    }
}
