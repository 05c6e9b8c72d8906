//! `politburo analyze`: many seeded games on every core, reported as a table, a
//! chart (SVG) and JSON or CSV for further work.

use super::AnalyzeFormat;
use crate::analysis::{self, Setup, Strategy, Summary};
use crate::rules::GameState;
use crate::rules::replay::SaveFile;
use crate::scenario::Scenario;
use crate::scenario::date::Date;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

mod export;
use export::{csv, json, svg};

/// The command line's choices.
pub struct Args {
    pub games: u64,
    pub seed: u64,
    pub from: Option<PathBuf>,
    pub history_at: Option<Date>,
    pub as_: Option<String>,
    pub strategy: String,
    pub format: AnalyzeFormat,
    pub chart: Option<PathBuf>,
    pub threads: Option<usize>,
    pub difficulty: crate::ai::Difficulty,
    pub calibration: bool,
    /// `PATH=V1,V2` sweeps, and the percent of a sweep of every number.
    pub sweeps: Vec<String>,
    pub sweep_all: Option<u32>,
    /// Every balance target in one run.
    pub balance: bool,
}

pub fn run(scn: Arc<Scenario>, a: Args) -> i32 {
    if a.balance {
        return super::balance::run(&scn, &a);
    }
    if !a.sweeps.is_empty() || a.sweep_all.is_some() {
        return super::sweep::run(&scn, &a);
    }
    let start = match starting_position(&scn, &a) {
        Ok(st) => st,
        Err(e) => {
            eprintln!("error: {e}");
            return 2;
        }
    };
    let seat = match seat_of(&scn, &a) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let threads = threads_of(&a);
    let mut start = start;
    start.difficulty = a.difficulty;
    let setup = Setup { start, seat };
    let clock = std::time::Instant::now();
    let games = a.games;
    let results = analysis::run(&setup, games, a.seed, threads, &|n| {
        if n.is_multiple_of(50) || n == games {
            let width = 30;
            let filled = (n * width / games.max(1)) as usize;
            eprint!("\r  [{}{}] {n}/{games} games", "#".repeat(filled), "-".repeat(width as usize - filled));
        }
    });
    eprintln!();
    let results = match results {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    let secs = clock.elapsed().as_secs_f64();
    let sum = analysis::summarise(&setup.start, &results);
    match a.format {
        AnalyzeFormat::Json => print!("{}", json(&setup, &sum, &a)),
        AnalyzeFormat::Csv => print!("{}", csv(&setup.start, &results)),
        AnalyzeFormat::Table => print!("{}", table(&setup, &sum, &a, secs, threads)),
    }
    if let Some(path) = &a.chart {
        if let Err(e) = crate::files::write_atomic(path, svg(&setup, &sum).as_bytes()) {
            eprintln!("error: cannot write {}: {e}", path.display());
            return 1;
        }
        eprintln!("chart written to {}", path.display());
    }
    0
}

/// The threads to play on: as asked (`--threads` refuses more than `MAX_THREADS`),
/// or one a core; never more than the games, since a thread without a game is waste.
pub(super) fn threads_of(a: &Args) -> usize {
    let n = a.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    n.clamp(1, MAX_THREADS).min(a.games.max(1).try_into().unwrap_or(MAX_THREADS))
}

/// The most threads `analyze` starts: more would only wait on the cores.
pub const MAX_THREADS: usize = 256;

/// The seat named by `--as` and `--strategy`, or an exit code.
pub(super) fn seat_of(scn: &Scenario, a: &Args) -> Result<Option<(crate::scenario::CharId, Strategy)>, i32> {
    let Some(id) = &a.as_ else {
        return Ok(None);
    };
    let c = super::seat_character(scn, id)?;
    match Strategy::parse(&a.strategy) {
        Ok(s) => Ok(Some((c, s))),
        Err(e) => {
            eprintln!("error: --strategy: {e}");
            Err(2)
        }
    }
}

/// A new game, a saved one, or the historical path up to a date.
pub(super) fn starting_position(scn: &Arc<Scenario>, a: &Args) -> Result<GameState, String> {
    if let Some(path) = &a.from {
        let save = SaveFile::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut st = save.replay(scn.clone(), true).map_err(|e| format!("{}: {e}", path.display()))?;
        st.player = None;
        if st.is_over() {
            return Err(format!("{}: that game is already over", path.display()));
        }
        return Ok(st);
    }
    if let Some(date) = a.history_at {
        if scn.def.script.is_empty() {
            return Err(format!("the scenario \"{}\" has no historical script", scn.def.id));
        }
        crate::rules::history::in_range(scn, date).map_err(|e| format!("--history-at {e}"))?;
        let (mut st, _) = crate::rules::history::play(scn.clone(), Some(date), true);
        st.history_until = None;
        return Ok(st);
    }
    Ok(GameState::new(scn.clone(), a.seed))
}

fn heading(setup: &Setup, a: &Args) -> String {
    let st = &setup.start;
    let s = &st.scn;
    let from = if a.from.is_some() || a.history_at.is_some() {
        format!("from {} ({})", st.date.long(), if a.from.is_some() { "a saved game" } else { "the historical path" })
    } else {
        format!("from the start, {}", st.date.long())
    };
    let seat = match &setup.seat {
        Some((c, _)) => format!("; {} plays by the strategy \"{}\"", s.name(*c), a.strategy),
        None => "; the computer plays every side".into(),
    };
    format!("{from}{seat}; the computer on {}", st.difficulty.name())
}

fn table(setup: &Setup, sum: &Summary, a: &Args, secs: f64, threads: usize) -> String {
    let s = &setup.start.scn;
    let n = sum.games;
    let mut o = String::new();
    let _ = writeln!(
        o,
        "{n} games of \"{}\" {}, seeds {}..{}",
        s.def.name,
        heading(setup, a),
        a.seed,
        a.seed.wrapping_add(n.saturating_sub(1))
    );
    let _ = writeln!(o, "played in {secs:.1} s on {threads} threads ({:.0} games/s)\n", n as f64 / secs.max(1e-9));
    let _ = writeln!(o, "Who wins (95% confidence interval)        wins   of which supreme");
    for &(c, w, sup) in &sum.wins {
        let (p, h) = analysis::rate(w, n);
        let _ = writeln!(o, "  {:<22} {:>5.1}% ± {:<5.1}       {:>5}   {:>5}", s.name(c), p, h, w, sup);
    }
    if sum.seat_fell > 0 {
        let (p, h) = analysis::rate(sum.seat_fell, n);
        let _ = writeln!(o, "  {:<22} {:>5.1}% ± {:<5.1}       {:>5}", "(the seat's leader fell)", p, h, sum.seat_fell);
    }
    let _ = writeln!(o, "\nWhen the struggle was decided");
    let most = sum.years.iter().map(|y| y.1).max().unwrap_or(1).max(1);
    for &(y, k) in &sum.years {
        let bar = "#".repeat((k * 40 / most) as usize);
        let _ = writeln!(o, "  {y}  {:>5.1}%  {bar}", 100.0 * k as f64 / n.max(1) as f64);
    }
    if !sum.milestones.is_empty() {
        let _ = writeln!(o, "\nHistorical milestones: how often the game passed through them");
        for (name, k) in &sum.milestones {
            let (p, h) = analysis::rate(*k, n);
            let _ = writeln!(o, "  {:>5.1}% ± {:<4.1}  {name}", p, h);
        }
    }
    if let Some(ch) = s.def.chapter.as_ref().map(|c| &c.question) {
        let _ = writeln!(o, "\nThe chapter's question: {ch}");
        for (title, k) in &sum.endings {
            let (p, h) = analysis::rate(*k, n);
            let _ = writeln!(o, "  {:>5.1}% ± {:<4.1}  {title}", p, h);
        }
    }
    if a.calibration {
        o.push_str(&calibration_table(&sum.calibration));
    }
    o
}

/// The reliability table: for each tenth of the odds shown, how often such motions carried.
fn calibration_table(c: &analysis::calibration::Calibration) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "\nHow well the odds forecast: {} motions voted, mean error {:.1} points", c.motions, c.error_pp);
    let _ = writeln!(o, "  odds shown     motions   mean shown   carried");
    for d in c.deciles.iter().filter(|d| d.motions > 0) {
        let _ = writeln!(
            o,
            "  {:>3.0}%–{:>3.0}%   {:>8}   {:>9.1}%   {:>6.1}%",
            d.from * 100.0,
            d.to * 100.0,
            d.motions,
            d.predicted,
            d.carried
        );
    }
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A mod's milestone may be named anything: quotes and a newline come back whole.
    #[test]
    fn the_json_report_round_trips_a_milestone_with_quotes_and_a_newline() {
        let scn = Arc::new(Scenario::load(&crate::scenario::default_scenario_path()).unwrap());
        let setup = Setup { start: GameState::new(scn.clone(), 0), seat: Some((scn.cid("trotsky"), Strategy::Random)) };
        let name = "Trotsky \"the Demon\" falls\nfrom the Politburo \\ by 1926";
        let sum = Summary {
            games: 3,
            wins: vec![(scn.cid("stalin"), 2, 1)],
            seat_fell: 1,
            years: vec![(1927, 2), (1929, 1)],
            milestones: vec![(name.to_string(), 1)],
            calibration: analysis::calibration::calibrate([(0.9, true), (0.25, false)]),
            endings: vec![],
        };
        let a = Args {
            games: 3,
            seed: 5,
            from: None,
            history_at: None,
            as_: Some("trotsky".into()),
            strategy: "random".into(),
            format: AnalyzeFormat::Json,
            chart: None,
            threads: None,
            difficulty: Default::default(),
            calibration: false,
            sweeps: vec![],
            sweep_all: None,
            balance: false,
        };
        let text = json(&setup, &sum, &a);
        assert_eq!(text.lines().count(), 1, "{text}");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["milestones"][0]["name"], name);
        assert_eq!(v["calibration"]["motions"], 2);
        assert!(v["calibration"]["error_pp"].as_f64().is_some_and(|e| (e - 17.5).abs() < 1e-9), "{}", v["calibration"]);
        assert_eq!(v["milestones"][0]["games"], 1);
        assert_eq!(v["milestones"][0]["percent"], 33.33);
        assert_eq!(v["scenario"], "1924");
        assert_eq!(v["start"], "1924-01");
        assert_eq!(v["seat"], "trotsky");
        assert_eq!(v["first_seed"], 5);
        assert_eq!(v["wins"][0]["id"], "stalin");
        assert_eq!(v["wins"][0]["supreme"], 1);
        assert_eq!(v["decided"][1]["year"], 1929);
        assert_eq!(v["seat_fell"], 1);
    }
}
