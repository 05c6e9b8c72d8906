//! Where the terminal game reads the player's lines: a line editor with
//! completion and history when a person sits at a terminal (`rustyline`), or
//! plain lines from a pipe or a test, read without prompts of their own.

use std::io::BufRead;

/// A source of the player's lines.
pub trait Input {
    /// The next line (without its end), or `None` when the input has ended.
    fn line(&mut self, prompt: &str) -> Option<String>;
    /// A person at a terminal (the editor shows the prompt itself).
    fn interactive(&self) -> bool {
        false
    }
    /// What may be completed now: the names of this turn's commands, word by word.
    fn set_names(&mut self, _names: Vec<Vec<String>>) {}
}

/// Lines from a pipe, a file or a test.
pub struct Piped<R: BufRead>(pub R);

impl<R: BufRead> Input for Piped<R> {
    /// Each line through a size limit; a line too long or not text is skipped
    /// with a word, and the input goes on.
    fn line(&mut self, _prompt: &str) -> Option<String> {
        use crate::files::{Line, MAX_LINE_BYTES, read_line};
        loop {
            match read_line(&mut self.0, MAX_LINE_BYTES) {
                Ok(Line::Text(l)) => return Some(l),
                Ok(Line::TooLong) => println!("\nThat line is longer than {MAX_LINE_BYTES} bytes: skipped."),
                Ok(Line::NotText) => println!("\nThat line is not UTF-8 text: skipped."),
                Ok(Line::Endless) => {
                    println!("\nThe input is one endless line, not commands.");
                    return None;
                }
                Ok(Line::End) | Err(_) => return None,
            }
        }
    }
}

/// Lines given in advance (tests).
impl Input for std::collections::VecDeque<String> {
    fn line(&mut self, _prompt: &str) -> Option<String> {
        self.pop_front()
    }
}

/// The words the prompt itself understands, completed besides the commands' names.
const WORDS: [&str; 16] = [
    "help", "why", "all", "list", "board", "agenda", "power", "plans", "history", "ledger", "save", "end", "quit", "glossary", "yes", "no",
];

/// Completion of the commands' names and the prompt's words.
struct Completion {
    names: Vec<Vec<String>>,
}

impl rustyline::completion::Completer for Completion {
    type Candidate = String;
    fn complete(&self, line: &str, pos: usize, _: &rustyline::Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let line = &line[..pos];
        let start = line.rfind(' ').map_or(0, |i| i + 1);
        let mut names = self.names.clone();
        names.extend(WORDS.iter().map(|w| vec![w.to_string()]));
        // `why` and `help` take a command's name after them.
        let (prefix, rest) = match line.split_once(' ') {
            Some((w @ ("why" | "help"), rest)) => (w.len() + 1, rest),
            _ => (0, line),
        };
        let mut found = super::names::complete(&names, rest);
        if prefix > 0 && !rest.contains(' ') && line.starts_with("help") {
            found.extend(crate::narrate::help::KINDS.iter().filter(|k| k.starts_with(&line[start..])).map(|k| k.to_string()));
            found.sort();
            found.dedup();
        }
        Ok((start, found))
    }
}
impl rustyline::hint::Hinter for Completion {
    type Hint = String;
}
impl rustyline::highlight::Highlighter for Completion {}
impl rustyline::validate::Validator for Completion {}
impl rustyline::Helper for Completion {}

/// A person at a terminal: line editing, Tab completion, and the turn's history (arrow keys).
pub struct Terminal {
    editor: rustyline::Editor<Completion, rustyline::history::DefaultHistory>,
}

impl Terminal {
    /// The editor, when stdin and stdout are both a terminal.
    pub fn open() -> Option<Terminal> {
        use std::io::IsTerminal;
        if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
            return None;
        }
        let mut editor = rustyline::Editor::new().ok()?;
        editor.set_helper(Some(Completion { names: vec![] }));
        Some(Terminal { editor })
    }
}

impl Input for Terminal {
    fn line(&mut self, prompt: &str) -> Option<String> {
        match self.editor.readline(prompt) {
            Ok(l) => {
                if !l.trim().is_empty() {
                    let _ = self.editor.add_history_entry(l.as_str());
                }
                Some(l)
            }
            // Ctrl-C abandons the line being typed, not the game.
            Err(rustyline::error::ReadlineError::Interrupted) => Some(String::new()),
            Err(_) => None,
        }
    }
    fn interactive(&self) -> bool {
        true
    }
    fn set_names(&mut self, names: Vec<Vec<String>>) {
        if let Some(h) = self.editor.helper_mut() {
            h.names = names;
        }
    }
}
