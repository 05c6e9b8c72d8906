//! The command line's arguments: the subcommands and their options, parsed by clap.

use super::parse_date;
use crate::scenario::Library;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "politburo",
    version,
    about = "Politburo: the struggle to succeed Lenin, 1924-1929.\n\nWithout a subcommand the game opens in a window."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Cmd>,
    /// A folder of mods (or one mod's folder) to search for scenarios, besides
    /// the data folder's `mods/`; may be given more than once.
    #[arg(long, global = true, value_name = "DIR")]
    pub mods: Vec<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Cmd {
    /// Play in the terminal as one leader; every other leader is the computer's.
    Play {
        /// The character to lead (a playable id such as `stalin` or `trotsky`; with --tutorial, Stalin unless given).
        #[arg(long = "as", value_name = "ID", required_unless_present = "tutorial")]
        as_: Option<String>,
        /// A guided first game: each of the first turns opens with a lesson.
        #[arg(long)]
        tutorial: bool,
        /// Carry out irreversible moves (recanting, a platform, resigning, the Testament) without asking to confirm.
        #[arg(long)]
        yes: bool,
        /// Seed of the game's random generator (same seed and choices, same game).
        #[arg(long, default_value_t = 1924)]
        seed: u64,
        /// Scenario file, or the id of one in the scenario and mod folders (default: the 1924 scenario).
        #[arg(long, value_name = "PATH")]
        scenario: Option<PathBuf>,
        /// How well the computer plays: easy, normal or hard (never the rules).
        #[arg(long, value_enum, default_value_t = crate::ai::Difficulty::Normal)]
        difficulty: crate::ai::Difficulty,
    },
    /// Let the computer play every side and print the chronicle, outcome and state hash.
    Simulate {
        /// Seed of the game's random generator.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Scenario file, or the id of one in the scenario and mod folders (default: the 1924 scenario).
        #[arg(long, value_name = "PATH")]
        scenario: Option<PathBuf>,
        /// Stop after this many turns (default: play to the end).
        #[arg(long)]
        turns: Option<u32>,
        /// Print only the outcome and the hash.
        #[arg(long)]
        quiet: bool,
        /// Print the chronicle's digest: sessions and votes, posts and ranks, blocs,
        /// charges, deaths and the events of history, without each turn's routine.
        #[arg(long, conflicts_with_all = ["quiet", "explain"])]
        digest: bool,
        /// Save the game (scenario, seed, every command, final hash) to this file.
        #[arg(long, value_name = "FILE")]
        save: Option<PathBuf>,
        /// Print each turn's chronicle with every computer leader's choices and his reasons.
        #[arg(long, conflicts_with = "quiet")]
        explain: bool,
        /// How well the computer plays: easy, normal or hard.
        #[arg(long, value_enum, default_value_t = crate::ai::Difficulty::Normal)]
        difficulty: crate::ai::Difficulty,
        /// A leader the computer does not play: he follows --strategy, as in `analyze`
        /// (the same seed gives the same game `analyze` counted).
        #[arg(long = "as", value_name = "ID", requires = "strategy")]
        as_: Option<String>,
        /// How the --as leader plays: ai, random, lie-low, sensible, blitz, expert (plans each turn by search) or repeat:KIND.
        #[arg(long, requires = "as_", value_parser = crate::analysis::Strategy::parse)]
        strategy: Option<crate::analysis::Strategy>,
    },
    /// Replay a saved game, print its chronicle and check its final state hash.
    ///
    /// `replay --history` plays the scenario's historical script instead; with
    /// `--branch-at YYYY-MM --as ID` you take over a leader at that date and play on.
    Replay {
        /// A save file written by `simulate --save` or by `save` while playing.
        #[arg(value_name = "FILE", required_unless_present = "history")]
        file: Option<PathBuf>,
        /// Replay the historical path of the scenario.
        #[arg(long, conflicts_with = "file")]
        history: bool,
        /// With --history: stop the script at this date (YYYY-MM) and play on.
        #[arg(long, value_name = "YYYY-MM", requires = "history", value_parser = parse_date)]
        branch_at: Option<crate::scenario::date::Date>,
        /// With --branch-at: the leader you take over.
        #[arg(long = "as", value_name = "ID", requires = "branch_at")]
        as_: Option<String>,
        /// Scenario file, or the id of one in the scenario and mod folders (default: the 1924 scenario).
        #[arg(long, value_name = "PATH")]
        scenario: Option<PathBuf>,
        /// With --history: play the script with this seed instead of the scenario's
        /// `history_seed` (to search for one; see docs/history-seed.md).
        #[arg(long, requires = "history", conflicts_with = "branch_at")]
        seed: Option<u64>,
        /// Print only the outcome and the hash.
        #[arg(long)]
        quiet: bool,
        /// Print the chronicle's digest: sessions and votes, posts and ranks, blocs,
        /// charges, deaths and the events of history, without each turn's routine
        /// (speeches, courting, appointments, minor canvassing, deals in the making).
        #[arg(long, conflicts_with = "quiet")]
        digest: bool,
    },
    /// Validate scenario files: every problem with file:line:column, the line
    /// with the offending text underlined, and a hint. Exits 2 when any file has an error.
    Check {
        /// Scenario files to check.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// human (rustc-style, the default) or json (an array of
        /// {file, line, column, severity, message, hint, excerpt}).
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
    },
    /// Play many games on every core and report who wins how often (with 95%
    /// confidence intervals), when the struggle is decided, and how often the
    /// historical milestones happen. From a saved game or a date of history it
    /// answers "what were his chances from there?".
    Analyze {
        /// How many games (at least 1).
        #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(1..))]
        games: u64,
        /// The first game's seed; the others follow it.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Start from this saved game instead of the beginning.
        #[arg(long, value_name = "SAVEFILE", conflicts_with = "history_at")]
        from: Option<PathBuf>,
        /// Start from the historical path at this date (YYYY-MM).
        #[arg(long, value_name = "YYYY-MM", value_parser = parse_date)]
        history_at: Option<crate::scenario::date::Date>,
        /// The leader in the player's seat (with --strategy); without it the computer plays all.
        #[arg(long = "as", value_name = "ID")]
        as_: Option<String>,
        /// How the seat plays: ai, random, lie-low, sensible (a survivor who lies low but takes every post the votes will give), blitz (moves against every rival at once), expert (weighs each turn's plans by playing the game on two years with the rules, several rolls of the dice each), or repeat:KIND (e.g. repeat:Speech).
        #[arg(long, default_value = "ai", requires = "as_")]
        strategy: String,
        /// table, json or csv (one row a game).
        #[arg(long, value_enum, default_value_t = AnalyzeFormat::Table)]
        format: AnalyzeFormat,
        /// Also write an SVG chart of the win rates and the years of decision.
        #[arg(long, value_name = "FILE.svg")]
        chart: Option<PathBuf>,
        /// Threads (default: every core), 1 to 256.
        #[arg(long, value_parser = super::parse_threads)]
        threads: Option<usize>,
        /// How well the computer plays: easy, normal or hard.
        #[arg(long, value_enum, default_value_t = crate::ai::Difficulty::Normal)]
        difficulty: crate::ai::Difficulty,
        /// Also print how well the odds forecast: each motion's odds when put
        /// against whether it carried, by decile, with the mean error in points
        /// (always in the JSON, under `calibration`).
        #[arg(long)]
        calibration: bool,
        /// Play the games again with one number of the scenario moved, for each
        /// value (e.g. balance.norms.strength=80,120), and print how far the
        /// leading winner's share moves. May be given more than once.
        #[arg(long, value_name = "PATH=V1,V2")]
        sweep: Vec<String>,
        /// Sweep every number of the balance, the economy and the Testament by
        /// this percent down and up.
        #[arg(long, value_name = "PERCENT")]
        sweep_all: Option<u32>,
        /// Measure the 1924 balance against every target in one run: the computer
        /// on every side (--games games), scripted, blitz and expert seats, the
        /// expert at each difficulty, every number moved by a tenth, and speed.
        #[arg(long)]
        balance: bool,
        /// Scenario file, or the id of one in the scenario and mod folders (default: the 1924 scenario).
        #[arg(long, value_name = "PATH")]
        scenario: Option<PathBuf>,
    },
    /// The long-run test: many games with random and computer players, every
    /// invariant checked after every turn, illegal commands tried, saves replayed.
    Soak {
        /// How many games to play.
        #[arg(long, default_value_t = 10_000)]
        games: u64,
        /// The first game's seed; the others follow it.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Scenario file, or the id of one in the scenario and mod folders (default: the 1924 scenario).
        #[arg(long, value_name = "PATH")]
        scenario: Option<PathBuf>,
    },
    /// List every scenario the game finds, shipped and in mods, with its id,
    /// its playable leaders, and the first error of any that does not load.
    Scenarios,
    /// Write the printable debrief of a saved game (HTML, A4): its path beside
    /// history, the three votes that decided it and who had appointed the
    /// secretaries of the delegations that cast them, each leader's rise and fall,
    /// and the scenario's questions for discussion.
    Debrief {
        /// A save file (`save` while playing, `simulate --save`, an autosave).
        #[arg(value_name = "SAVE")]
        file: PathBuf,
        /// Where to write the page.
        #[arg(long, value_name = "FILE.html")]
        out: PathBuf,
    },
    /// Export a saved game's for-and-against evidence log as a worksheet: a column
    /// for and a column against each contender's claim to lead. `.csv` for a
    /// spreadsheet, anything else a printable HTML page.
    Evidence {
        #[arg(value_name = "SAVE")]
        file: PathBuf,
        /// Where to write it: FILE.html or FILE.csv.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Measure how many full computer-only games one core plays per second.
    Bench {
        /// How many games to play.
        #[arg(long, default_value_t = 500)]
        games: u64,
        /// Also measure with the cast grown: every minor figure copied until the
        /// cast is each of these multiples of the scenario's (e.g. --cast 2,4,8).
        #[arg(long, value_delimiter = ',', value_name = "N,...")]
        cast: Vec<usize>,
        /// Scenario file, or the id of one in the scenario and mod folders (default: the 1924 scenario).
        #[arg(long, value_name = "PATH")]
        scenario: Option<PathBuf>,
    },
}

/// How `check` prints its problems.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckFormat {
    /// rustc-style: the position, the line with a caret under the culprit, a hint.
    Human,
    /// An array of {file, line, column, severity, message, hint, excerpt}.
    Json,
}

/// How `analyze` prints its report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum AnalyzeFormat {
    /// Who wins, when, and how often the milestones happen, with their intervals.
    Table,
    /// The same figures as one JSON object.
    Json,
    /// One row a game: seed, winner, supreme, decided, each milestone.
    Csv,
}

impl Cli {
    /// Where this run finds scenarios: shipped, the data folder's `mods/`, then each `--mods DIR`.
    pub fn library(&self) -> Library {
        Library::new(std::iter::once(crate::saves::mods_dir()).chain(self.mods.iter().cloned()))
    }
}
