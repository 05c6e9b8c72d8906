//! The terminal game's turns: the board and the short list of commands once at
//! the turn's start, then the player's lines. Numbers are fixed for the whole
//! turn (a command carried out keeps its number and is marked done; one that
//! becomes possible gets the next free number), commands can be typed by name,
//! a blank line does nothing, and an irreversible move asks to be confirmed.

use super::input::Input;
use super::names::{self, Found};
use super::{ledger, prompt, view};
use crate::rules::command::Command;
use crate::rules::legality::{check, legal_commands};
use crate::rules::{GameState, apply::apply};
use crate::scenario::CharId;
use std::io::Write;

/// How the terminal game runs.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Carry out irreversible moves without asking (`play --yes`).
    pub yes: bool,
    /// Guide the first turns (`play --tutorial`).
    pub tutorial: bool,
    /// Autosave each turn in the data folder.
    pub autosave: bool,
}

/// This turn's commands, numbered once at its start.
pub struct Turn {
    pub listed: Vec<Command>,
    pub names: Vec<Vec<String>>,
    /// Each command as the list says it, word by word ("leave your bloc"): a new
    /// player types what he reads, not the short name.
    pub labels: Vec<Vec<String>>,
    pub done: Vec<bool>,
    /// The game as the turn began, for the ledger.
    pub before: ledger::Snapshot,
}

impl Turn {
    pub fn new(st: &GameState, me: CharId) -> Turn {
        let mut listed = legal_commands(st, me);
        crate::actions::sort(&mut listed);
        let names = listed.iter().map(|c| names::words(&st.scn, c)).collect();
        let labels = listed.iter().map(|c| label_words(st, c)).collect();
        let done = vec![false; listed.len()];
        Turn { listed, names, labels, done, before: ledger::Snapshot::take(st) }
    }

    /// Commands that became possible during the turn take the next numbers.
    fn refresh(&mut self, st: &GameState, me: CharId) {
        let mut new = legal_commands(st, me);
        crate::actions::sort(&mut new);
        for c in new {
            if !self.listed.contains(&c) {
                self.names.push(names::words(&st.scn, &c));
                self.labels.push(label_words(st, &c));
                self.listed.push(c);
                self.done.push(false);
            }
        }
    }

    /// `find`, and `appoint REGION` made helpful: when no cadre of the apparatus can
    /// be sent there, the best loyal candidate open (the highest regard for the
    /// player) is appointed instead; when no one can be, the rules' reason is given.
    pub fn find_for(&self, st: &GameState, me: CharId, what: &str) -> Result<usize, String> {
        let Some(region) = names::appoint_region(&st.scn, what) else { return self.find(what) };
        let cadre = Command::Appoint { region, person: None };
        let Err(why) = check(st, me, &cadre) else { return self.find(what) };
        let best = (0..self.listed.len())
            .filter(|&i| matches!(self.listed[i], Command::Appoint { region: r, person: Some(_) } if r == region))
            .filter(|&i| check(st, me, &self.listed[i]).is_ok())
            .max_by_key(|&i| match self.listed[i] {
                Command::Appoint { person: Some(p), .. } => (st.rel(p, me), std::cmp::Reverse(i)),
                _ => (i32::MIN, std::cmp::Reverse(i)),
            });
        best.ok_or_else(|| format!("You cannot appoint a secretary of {}: {why}.", st.scn.def.regions[region].name))
    }

    /// The command a number or a name points at, or what to say instead.
    pub fn find(&self, what: &str) -> Result<usize, String> {
        let what = what.trim();
        if let Ok(n) = what.parse::<usize>() {
            return if (1..=self.listed.len()).contains(&n) {
                Ok(n - 1)
            } else {
                Err(format!("No command {n} this turn: the numbers run from 1 to {} (`list` shows them).", self.listed.len()))
            };
        }
        let found = match names::find(&self.names, what) {
            Found::None => names::find(&self.labels, what),
            found => found,
        };
        match found {
            Found::One(i) => Ok(i),
            Found::Several(v) => {
                let shown: Vec<String> = v.iter().take(8).map(|&i| format!("{} ({})", self.names[i].join(" "), i + 1)).collect();
                Err(format!("\"{what}\" could be {}{}: say more.", shown.join(", "), if v.len() > 8 { ", ..." } else { "" }))
            }
            Found::None => Err(format!("\"{what}\": no command by that number or name this turn (`list` shows them, `help` the words)")),
        }
    }
}

/// A command's label in the list, lower case, word by word, without punctuation.
fn label_words(st: &GameState, c: &Command) -> Vec<String> {
    let text = crate::narrate::command(&st.scn, c, None).to_lowercase();
    text.split(|ch: char| !ch.is_alphanumeric() && ch != '-' && ch != '\'').filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// Irreversible moves: asked to be confirmed.
pub fn irreversible(c: &Command) -> bool {
    matches!(
        c,
        Command::Recant | Command::PublishPlatform | Command::Resign { .. } | Command::PublishTestament | Command::SuppressTestament
    )
}

/// How the game ended for the player, as the README's rules have it: he loses
/// only when expelled, exiled or dead.
pub fn verdict(st: &GameState, me: CharId) -> String {
    use crate::rules::outcome::Outcome;
    let s = &st.scn;
    match &st.outcome {
        Some(o) if o.won(me) => "You have won.".into(),
        Some(Outcome::PlayerFell { .. }) => "You have lost.".into(),
        Some(o) => {
            let posts: Vec<&str> = st.offices_of(me).map(|x| s.def.offices[x].name.as_str()).collect();
            use crate::scenario::Rank;
            let w = s.words();
            let rank = match st.chars[me].rank {
                Rank::Politburo => format!("a full member of the {}", w.politburo),
                Rank::Candidate => format!("a candidate member of the {}", w.politburo),
                Rank::CentralCommittee => format!("a member of the {}", w.central_committee),
                _ => "a rank-and-file member of the party".into(),
            };
            let by = match o {
                Outcome::Supremacy { winner, .. } => format!("{} is supreme", s.short(*winner)),
                Outcome::EndDate { leader, .. } => format!("{} leads the collective leadership", s.short(*leader)),
                Outcome::PlayerFell { .. } => unreachable!(),
            };
            format!(
                "The game is over, and you have not won: {by}. You have not lost either (only expulsion, exile or death lose): you end it as {rank}{}.",
                if posts.is_empty() { String::new() } else { format!(", holding {}", posts.join(", ")) }
            )
        }
        None => format!("Unfinished: {}.", view::outcome_line(st)),
    }
}

/// Plays `me` from `st` to the end or until the input ends; returns the exit code.
pub fn play(st: &mut GameState, me: CharId, input: &mut dyn Input, out: &mut dyn Write, opts: &Options) -> i32 {
    st.player = Some(me);
    st.chronicle.ledger = true;
    let mut shown = st.chronicle.entries.len();
    let mut coach = opts.tutorial.then(super::tutorial::Coach::default);
    let tag = crate::saves::new_game_tag(st);
    while !st.is_over() {
        let mut turn = Turn::new(st, me);
        let _ = write!(out, "{}", view::situation(st, Some(me)));
        prompt::print_commands(st, me, &turn, false, out);
        if let Some(c) = coach.as_mut() {
            c.lesson(st, me, &turn, out);
        }
        input.set_names(turn.names.clone());
        loop {
            let p = format!("[{} AP left] > ", st.chars[me].ap);
            let Some(line) = read(input, out, &p) else {
                let _ = writeln!(out, "Input ended: the game stops here.\n{}", view::outcome_line(st));
                return 0;
            };
            match prompt::dispatch(st, me, &mut turn, line.trim(), input, out, opts) {
                prompt::Next::Stay => {}
                prompt::Next::EndTurn => break,
                prompt::Next::Quit => {
                    let _ = writeln!(out, "\n{}", view::outcome_line(st));
                    return 0;
                }
                prompt::Next::Acted => {
                    turn.refresh(st, me);
                    input.set_names(turn.names.clone());
                    if st.chars[me].ap == 0 {
                        let _ = writeln!(out, "No action points left: `end` ends the turn.");
                    }
                }
            }
        }
        let before = turn.before.clone();
        crate::analysis::computer_turn(st, Some(me));
        st.end_turn();
        if opts.autosave
            && let Err(e) = crate::saves::autosave_tagged(&crate::saves::autosave_dir(), st, &tag)
        {
            let _ = writeln!(out, "(The autosave failed: {e}.)");
        }
        let _ = writeln!(out, "\n--- What happened ---");
        for e in &st.chronicle.entries[shown..] {
            let _ = write!(out, "{}", view::entry(&st.scn, e));
        }
        shown = st.chronicle.entries.len();
        let _ = write!(out, "{}", ledger::report(st, me, &before));
    }
    let _ = writeln!(out, "\n{}", view::outcome_line(st));
    for l in crate::narrate::comparison_lines(st) {
        let _ = writeln!(out, "{l}");
    }
    let _ = writeln!(out, "{}", verdict(st, me));
    let _ = writeln!(out, "final state hash: {:016x}", st.state_hash());
    0
}

/// Reads a line after `prompt`: from a pipe, the prompt and the line are printed
/// (a transcript reads as a session); at a terminal the editor shows both.
pub fn read(input: &mut dyn Input, out: &mut dyn Write, prompt: &str) -> Option<String> {
    if input.interactive() {
        return input.line(prompt);
    }
    let _ = write!(out, "{prompt}");
    let _ = out.flush();
    let line = input.line(prompt);
    let _ = writeln!(out, "{}", line.as_deref().unwrap_or(""));
    line
}

/// Whether `cmd` is still possible, and why not.
pub fn possible(st: &GameState, me: CharId, cmd: &Command) -> Result<(), String> {
    check(st, me, cmd).map_err(|e| e.to_string())
}

/// Carries out `cmd` through the one door and prints what it did.
pub fn carry_out(st: &mut GameState, me: CharId, cmd: Command, out: &mut dyn Write) -> bool {
    let before = st.chronicle.entries.len();
    match apply(st, me, cmd) {
        Ok(()) => {
            for e in &st.chronicle.entries[before..] {
                let _ = write!(out, "{}", view::entry(&st.scn, e));
            }
            true
        }
        Err(e) => {
            let _ = writeln!(out, "Not allowed: {e}.");
            false
        }
    }
}
