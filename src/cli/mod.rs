//! The command line: one binary; no subcommand opens the window, subcommands run headless.

mod analyze;
mod args;
mod balance;
pub mod bench;
pub mod check;
mod classroom;
pub mod input;
pub mod ledger;
pub mod names;
pub mod play;
mod prompt;
pub mod session;
mod soak;
mod sweep;
pub mod tutorial;
pub mod view;

pub use args::{AnalyzeFormat, CheckFormat, Cli, Cmd};

use crate::rules::GameState;
use crate::rules::replay::SaveFile;
use crate::scenario::{CharId, Library, Scenario, default_scenario_path};
use std::path::PathBuf;
use std::sync::Arc;

/// `--threads`: a whole number from 1 to `analyze::MAX_THREADS`, refused by clap
/// otherwise (a hundred thousand threads cannot all be started).
pub(crate) fn parse_threads(s: &str) -> Result<usize, String> {
    let n: usize = s.parse().map_err(|_| format!("`{s}` is not a whole number"))?;
    if (1..=analyze::MAX_THREADS).contains(&n) { Ok(n) } else { Err(format!("expected from 1 to {}", analyze::MAX_THREADS)) }
}

/// Loads a scenario (a file, or an id in `lib`) or prints its errors; `Err` carries the exit code.
pub fn load_scenario(lib: &Library, path: Option<PathBuf>) -> Result<Arc<Scenario>, i32> {
    let path = match path {
        None => default_scenario_path(),
        Some(p) if p.is_file() => p,
        Some(p) if p.is_dir() => {
            eprintln!(
                "error: --scenario {}: is a folder, not a scenario file; give a .ron file (such as {}) or a scenario's id (`politburo scenarios` lists them)",
                p.display(),
                default_scenario_path().display()
            );
            return Err(2);
        }
        Some(p) if p.exists() => {
            eprintln!("error: --scenario {}: not a regular file (a scenario is a .ron file, or a scenario's id)", p.display());
            return Err(2);
        }
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
        Some(Cmd::Simulate { seed, scenario, turns, quiet, digest, save, explain, difficulty, as_, strategy }) => {
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
            print_game(&st, quiet || explain, digest);
            if let Some(path) = save {
                if let Err(e) = SaveFile::from_game(&st).write(&path) {
                    eprintln!("error: cannot save to {}: {e}", path.display());
                    return 1;
                }
                println!("saved to {}", path.display());
            }
            0
        }
        Some(Cmd::Replay { history: true, branch_at, as_, scenario, quiet, digest, seed, .. }) => {
            let scn = match load_scenario(&lib, scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            // Another seed for the script's dice: the search for the history seed.
            let scn = match seed {
                Some(seed) => {
                    let mut s = (*scn).clone();
                    s.def.history_seed = seed;
                    std::sync::Arc::new(s)
                }
                None => scn,
            };
            if scn.def.script.is_empty() {
                eprintln!("error: the scenario \"{}\" has no historical script", scn.def.id);
                return 2;
            }
            match (branch_at, as_) {
                (Some(date), Some(who)) => {
                    if let Err(e) = crate::rules::history::in_range(&scn, date) {
                        eprintln!("error: --branch-at {e}");
                        return 2;
                    }
                    let (st, _) = crate::rules::history::play(scn.clone(), Some(date), false);
                    // Refused before the chronicle is printed, not after it.
                    if let Err(e) = play::can_lead(&st, &who) {
                        eprintln!("{e}");
                        return 2;
                    }
                    print!("{}", chronicle_text(&st, digest));
                    println!("\n--- The historical path ends here: {} ---", st.date.long());
                    play::run_from(st, &who, session::Options { autosave: true, ..Default::default() })
                }
                (Some(_), None) => {
                    eprintln!("error: --branch-at needs --as ID: the leader you take over");
                    2
                }
                _ => {
                    let (st, refused) = crate::rules::history::play(scn, None, quiet);
                    print_game(&st, quiet, digest);
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
        Some(Cmd::Replay { file, scenario, quiet, digest, .. }) => {
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
                    print_game(&st, quiet, digest);
                    println!("replay verified: the hash matches the file");
                    0
                }
                Err(e) => {
                    eprintln!("error: {}: {e}", file.display());
                    1
                }
            }
        }
        Some(Cmd::Play { as_, tutorial, yes, seed, scenario, difficulty }) => {
            let scn = match load_scenario(&lib, scenario) {
                Ok(s) => s,
                Err(code) => return code,
            };
            let who = as_.unwrap_or_else(|| "stalin".into());
            play::run(scn, &who, seed, difficulty, session::Options { yes, tutorial, autosave: true })
        }
        Some(Cmd::Check { paths, format }) => check::run(&lib, &paths, format),
        Some(Cmd::Scenarios) => scenarios(&lib),
        Some(Cmd::Debrief { file, out }) => classroom::debrief(&lib, &file, &out),
        Some(Cmd::Evidence { file, out }) => classroom::evidence(&lib, &file, &out),
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
            balance,
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
                balance,
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
/// The chronicle as text: every entry, or the digest's (`rules::digest`).
pub fn chronicle_text(st: &GameState, digest: bool) -> String {
    let mut out = String::new();
    for e in st.chronicle.entries.iter().filter(|e| !digest || crate::rules::digest::in_digest(&e.event)) {
        out.push_str(&view::entry(&st.scn, e));
    }
    out
}

fn print_game(st: &GameState, quiet: bool, digest: bool) {
    use std::io::Write;
    let mut out = String::new();
    if !quiet {
        out.push_str(&chronicle_text(st, digest));
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
            D::Easy => "faltering and timid against the player, slow to see him coming, no ganging up on him",
            D::Normal => "the level the game's balance is measured at",
            D::Hard => "sharp choices, bolder motions, every rival's fire turned on the player, and his chief rival planning by search",
        };
        Some(clap::builder::PossibleValue::new(self.name()).help(help))
    }
}
