//! The command line: one binary; no subcommand opens the window, subcommands run headless.

mod analyze;
mod bench;
pub mod check;
mod play;
mod soak;
mod sweep;
pub mod view;

use crate::rules::GameState;
use crate::rules::replay::SaveFile;
use crate::scenario::{CharId, Library, Scenario, default_scenario_path};
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::sync::Arc;

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
        /// The character to lead (a playable id such as `stalin` or `trotsky`).
        #[arg(long = "as", value_name = "ID")]
        as_: String,
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
        /// Print only the outcome and the hash.
        #[arg(long)]
        quiet: bool,
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
        /// How many games.
        #[arg(long, default_value_t = 1000)]
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
        #[arg(long, value_parser = parse_threads)]
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

/// Loads a scenario (a file, or an id in `lib`) or prints its errors; `Err` carries the exit code.
/// `--threads`: a whole number from 1 to `analyze::MAX_THREADS`, refused by clap
/// otherwise (a hundred thousand threads cannot all be started).
fn parse_threads(s: &str) -> Result<usize, String> {
    let n: usize = s.parse().map_err(|_| format!("`{s}` is not a whole number"))?;
    if (1..=analyze::MAX_THREADS).contains(&n) { Ok(n) } else { Err(format!("expected from 1 to {}", analyze::MAX_THREADS)) }
}

pub fn load_scenario(lib: &Library, path: Option<PathBuf>) -> Result<Arc<Scenario>, i32> {
    let path = match path {
        None => default_scenario_path(),
        Some(p) if p.is_file() => p,
        Some(p) => match lib.find(&p.to_string_lossy()) {
            Some(found) => found,
            None => {
                eprintln!(
                    "error: --scenario {}: no such file, and no scenario has that id (known: {}; `politburo scenarios` lists them)",
                    p.display(),
                    lib.known_ids().join(", ")
                );
                return Err(2);
            }
        },
    };
    lib.load(&path).map(Arc::new).map_err(|e| {
        eprintln!("{e}");
        2
    })
}

/// The character `--as ID` names in the seat, or the exit code after saying there is none.
pub(crate) fn seat_character(scn: &Scenario, id: &str) -> Result<CharId, i32> {
    scn.char_id(id).ok_or_else(|| {
        eprintln!("error: --as {id}: no such character in scenario \"{}\"", scn.def.id);
        2
    })
}

/// Plays a whole game by computer; `turns` caps its length.
pub fn simulate(scn: Arc<Scenario>, seed: u64, turns: Option<u32>, quiet: bool) -> GameState {
    let mut st = GameState::new(scn, seed);
    st.chronicle.quiet = quiet;
    while !st.is_over() && turns.is_none_or(|t| st.turn < t) {
        crate::ai::play_turn(&mut st, None);
        st.end_turn();
    }
    st
}

/// `simulate` at a difficulty, printing as it goes each turn's chronicle and,
/// with `explain`, every computer leader's choices and the reason for each.
fn simulate_explained(
    scn: Arc<Scenario>,
    seed: u64,
    turns: Option<u32>,
    quiet: bool,
    explain: bool,
    difficulty: crate::ai::Difficulty,
    seat: Option<(CharId, crate::analysis::Strategy)>,
) -> GameState {
    let mut st = GameState::new(scn, seed);
    st.chronicle.quiet = quiet;
    st.difficulty = difficulty;
    let mut own = crate::analysis::seat_rng(seed);
    // As in `analyze`: the seat is the player (the game ends if he falls), played by his strategy.
    st.player = seat.as_ref().map(|(c, _)| *c);
    let mut shown = 0;
    while !st.is_over() && turns.is_none_or(|t| st.turn < t) {
        let date = st.date;
        let choices = crate::analysis::play_turn(&mut st, seat.as_ref(), &mut own);
        if explain {
            println!("--- {}: what each leader chose, and why ---", date.long());
            for (c, list) in &choices {
                for ch in list {
                    let plan = ch.plan.map(|i| format!(" [{}]", crate::narrate::plan_intent(&st.scn, i))).unwrap_or_default();
                    println!("  {:<12} {} (score {}: {}){plan}", st.scn.short(*c), ch.command.describe(&st), ch.score, ch.why);
                }
            }
        }
        st.end_turn();
        if explain {
            for e in &st.chronicle.entries[shown..] {
                print!("{}", view::entry(&st.scn, e));
            }
            shown = st.chronicle.entries.len();
        }
    }
    st
}

/// Runs a parsed command line's subcommand; returns the process exit code. The
/// window (no subcommand) is opened by `main`, the one place above both `cli` and `ui`.
pub fn run(cli: Cli) -> i32 {
    let lib = cli.library();
    match cli.command {
        None => {
            eprintln!("this build has no window (built without the `gui` feature); try `politburo --help`");
            2
        }
        Some(Cmd::Simulate { seed, scenario, turns, quiet, save, explain, difficulty, as_, strategy }) => {
            let scn = match load_scenario(&lib, scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let seat = match (as_, strategy) {
                (Some(id), Some(s)) => match seat_character(&scn, &id) {
                    Ok(c) => Some((c, s)),
                    Err(code) => return code,
                },
                _ => None,
            };
            let st = if explain || difficulty != crate::ai::Difficulty::Normal || seat.is_some() {
                simulate_explained(scn, seed, turns, quiet, explain, difficulty, seat)
            } else {
                simulate(scn, seed, turns, quiet)
            };
            print_game(&st, quiet || explain);
            if let Some(path) = save {
                if let Err(e) = SaveFile::from_game(&st).write(&path) {
                    eprintln!("error: cannot save to {}: {e}", path.display());
                    return 1;
                }
                println!("saved to {}", path.display());
            }
            0
        }
        Some(Cmd::Replay { history: true, branch_at, as_, scenario, quiet, .. }) => {
            let scn = match load_scenario(&lib, scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            if scn.def.script.is_empty() {
                eprintln!("error: the scenario \"{}\" has no historical script", scn.def.id);
                return 2;
            }
            match (branch_at, as_) {
                (Some(date), Some(who)) => {
                    let (st, _) = crate::rules::history::play(scn.clone(), Some(date), false);
                    for e in &st.chronicle.entries {
                        print!("{}", view::entry(&st.scn, e));
                    }
                    println!("\n--- The historical path ends here: {} ---", st.date.long());
                    play::run_from(st, &who)
                }
                (Some(_), None) => {
                    eprintln!("error: --branch-at needs --as ID: the leader you take over");
                    2
                }
                _ => {
                    let (st, refused) = crate::rules::history::play(scn, None, quiet);
                    print_game(&st, quiet);
                    if refused.is_empty() {
                        println!("the historical script played through: every entry was legal");
                    } else {
                        println!("{} script entries were refused by the rules:", refused.len());
                        for (entry, error) in &refused {
                            println!("  {}", crate::narrate::refused(&st.scn, *entry, error));
                        }
                    }
                    0
                }
            }
        }
        Some(Cmd::Replay { file, scenario, quiet, .. }) => {
            let Some(file) = file else { return 2 };
            let save = match SaveFile::read(&file) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!("error: {}: {e}", file.display());
                    return 1;
                }
            };
            let scn = match load_scenario(&lib, scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            match save.replay(scn, quiet) {
                Ok(st) => {
                    print_game(&st, quiet);
                    println!("replay verified: the hash matches the file");
                    0
                }
                Err(e) => {
                    eprintln!("error: {}: {e}", file.display());
                    1
                }
            }
        }
        Some(Cmd::Play { as_, seed, scenario, difficulty }) => {
            let scn = match load_scenario(&lib, scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            play::run(scn, &as_, seed, difficulty)
        }
        Some(Cmd::Check { paths, format }) => check::run(&lib, &paths, format),
        Some(Cmd::Scenarios) => scenarios(&lib),
        Some(Cmd::Analyze {
            games,
            seed,
            from,
            history_at,
            as_,
            strategy,
            format,
            chart,
            threads,
            difficulty,
            calibration,
            sweep,
            sweep_all,
            scenario,
        }) => {
            let args = analyze::Args {
                games,
                seed,
                from,
                history_at,
                as_,
                strategy,
                format,
                chart,
                threads,
                difficulty,
                calibration,
                sweeps: sweep,
                sweep_all,
            };
            match load_scenario(&lib, scenario) {
                Ok(scn) => analyze::run(scn, args),
                Err(code) => code,
            }
        }
        Some(Cmd::Soak { games, seed, scenario }) => match load_scenario(&lib, scenario) {
            Ok(scn) => soak::run(scn, games, seed),
            Err(code) => code,
        },
        Some(Cmd::Bench { games, cast, scenario }) => {
            let scn = match load_scenario(&lib, scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            bench::run(scn, games, cast);
            0
        }
    }
}

fn parse_date(s: &str) -> Result<crate::scenario::date::Date, String> {
    crate::scenario::date::Date::parse(s).ok_or_else(|| format!("expected a date written YYYY-MM, such as 1926-07, found \"{s}\""))
}

/// Prints a finished game; a closed pipe (`| head`) just stops the output.
fn print_game(st: &GameState, quiet: bool) {
    use std::io::Write;
    let mut out = String::new();
    if !quiet {
        for e in &st.chronicle.entries {
            out.push_str(&view::entry(&st.scn, e));
        }
        out.push_str(&view::situation(st, None));
        out.push('\n');
    }
    out.push_str(&format!("{}\nfinal state hash: {:016x}\n", view::outcome_line(st), st.state_hash()));
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
}

/// `politburo scenarios`: what the menu would offer, and why some cannot be played.
fn scenarios(lib: &Library) -> i32 {
    let all = lib.catalog();
    for (dir, origin) in lib.scenario_dirs() {
        let here: Vec<_> = all.iter().filter(|e| e.origin == origin && e.path.parent() == Some(dir.as_path())).collect();
        if here.is_empty() {
            continue;
        }
        println!("{} ({}):", dir.display(), origin);
        for e in here {
            match &e.error {
                None => println!("  {:<28} {}  [play as: {}]", e.id, e.name, e.playable.join(", ")),
                Some(err) => println!("  {:<28} {}  DOES NOT LOAD: {err}", e.id, e.name),
            }
        }
    }
    println!("Your own mods go in {} (one folder a mod); --mods DIR adds another.", crate::saves::mods_dir().display());
    i32::from(all.iter().any(|e| e.error.is_some())) * 2
}

/// `--difficulty easy|normal|hard`: the rules' setting, listed and checked by clap.
impl clap::ValueEnum for crate::rules::difficulty::Difficulty {
    fn value_variants<'a>() -> &'a [Self] {
        use crate::rules::difficulty::Difficulty as D;
        &[D::Easy, D::Normal, D::Hard]
    }
    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        use crate::rules::difficulty::Difficulty as D;
        let help = match self {
            D::Easy => "erratic choices, timid motions, no ganging up on the player",
            D::Normal => "the level the game's balance is measured at",
            D::Hard => "sharp choices, bolder motions, and every rival's fire turned on the player",
        };
        Some(clap::builder::PossibleValue::new(self.name()).help(help))
    }
}
