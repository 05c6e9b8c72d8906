//! `politburo analyze`: many seeded games on every core, reported as a table, a
//! chart (SVG) and JSON or CSV for further work.

use super::AnalyzeFormat;
use crate::analysis::{self, GameResult, Setup, Strategy, Summary};
use crate::rules::GameState;
use crate::rules::replay::SaveFile;
use crate::scenario::Scenario;
use crate::scenario::date::Date;
use serde::Serialize;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

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

/// The report as `analyze --format json` gives it: one object on one line.
#[derive(Serialize)]
struct JsonReport<'a> {
    scenario: &'a str,
    games: u64,
    first_seed: u64,
    start: Date,
    /// The seat's character id, or null when the computer plays every side.
    seat: Option<&'a str>,
    strategy: &'a str,
    seat_fell: u64,
    wins: Vec<JsonWins<'a>>,
    decided: Vec<JsonYear>,
    milestones: Vec<JsonMilestone<'a>>,
    calibration: &'a analysis::calibration::Calibration,
}

#[derive(Serialize)]
struct JsonWins<'a> {
    id: &'a str,
    name: &'a str,
    wins: u64,
    supreme: u64,
    percent: f64,
    ci95: f64,
}

#[derive(Serialize)]
struct JsonYear {
    year: i32,
    games: u64,
}

#[derive(Serialize)]
struct JsonMilestone<'a> {
    name: &'a str,
    games: u64,
    percent: f64,
    ci95: f64,
}

/// A percentage to two decimals, as the table shows them.
fn two_places(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

fn json(setup: &Setup, sum: &Summary, a: &Args) -> String {
    let s = &setup.start.scn;
    let n = sum.games;
    let report = JsonReport {
        scenario: &s.def.id,
        games: n,
        first_seed: a.seed,
        start: setup.start.date,
        seat: setup.seat.as_ref().map(|(c, _)| s.def.characters[*c].id.as_str()),
        strategy: &a.strategy,
        seat_fell: sum.seat_fell,
        wins: sum
            .wins
            .iter()
            .map(|&(c, wins, supreme)| {
                let (p, h) = analysis::rate(wins, n);
                JsonWins { id: &s.def.characters[c].id, name: s.name(c), wins, supreme, percent: two_places(p), ci95: two_places(h) }
            })
            .collect(),
        decided: sum.years.iter().map(|&(year, games)| JsonYear { year, games }).collect(),
        milestones: sum
            .milestones
            .iter()
            .map(|(name, games)| {
                let (p, h) = analysis::rate(*games, n);
                JsonMilestone { name, games: *games, percent: two_places(p), ci95: two_places(h) }
            })
            .collect(),
        calibration: &sum.calibration,
    };
    // Only a map with non-string keys or a failing writer can fail, and neither is here.
    serde_json::to_string(&report).unwrap_or_default() + "\n"
}

/// One row a game, through a CSV writer: a milestone's name from a mod may hold
/// commas, quotes or line breaks, and they are quoted, never splitting a row.
fn csv(start: &GameState, results: &[GameResult]) -> String {
    let s = &start.scn;
    let mut w = ::csv::Writer::from_writer(vec![]);
    let mut head: Vec<String> = ["seed", "winner", "supreme", "decided"].map(String::from).to_vec();
    head.extend(s.def.milestones.iter().map(|m| m.name.clone()));
    let _ = w.write_record(&head);
    for r in results {
        let winner = r.winner.map(|c| s.def.characters[c].id.as_str()).unwrap_or("");
        let mut row = vec![r.seed.to_string(), winner.to_string(), r.supreme.to_string(), r.decided.to_string()];
        row.extend(r.milestones.iter().map(|&m| u8::from(m).to_string()));
        let _ = w.write_record(&row);
    }
    // Writing into memory cannot fail.
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// Two panels: win rates with their intervals, and the year the struggle was decided.
fn svg(setup: &Setup, sum: &Summary) -> String {
    let s = &setup.start.scn;
    let n = sum.games.max(1);
    let (w, row) = (760.0, 26.0);
    // Each winner, then the games where the seat's leader fell.
    let mut bars: Vec<(String, u64)> = sum.wins.iter().map(|&(c, w, _)| (s.name(c).to_string(), w)).collect();
    if sum.seat_fell > 0 {
        bars.push(("(the seat's leader fell)".into(), sum.seat_fell));
    }
    let rows = bars.len().max(1) as f64;
    let h1 = 60.0 + rows * row;
    let h = h1 + 240.0;
    let mut o = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" font-family=\"sans-serif\" font-size=\"13\">\n<rect width=\"100%\" height=\"100%\" fill=\"#f3e9d8\"/>\n<text x=\"16\" y=\"28\" font-size=\"18\" font-weight=\"bold\" fill=\"#1a1a1a\">Who wins: {} games of {}</text>\n",
        sum.games,
        esc_xml(&s.def.name)
    );
    let x0 = 200.0;
    let span = w - x0 - 60.0;
    for (i, (label, wins)) in bars.iter().enumerate() {
        let wins = *wins;
        let (p, hw) = analysis::rate(wins, n);
        let y = 50.0 + i as f64 * row;
        let _ = write!(
            o,
            "<text x=\"16\" y=\"{:.1}\" fill=\"#1a1a1a\">{}</text><rect x=\"{x0}\" y=\"{:.1}\" width=\"{:.1}\" height=\"16\" fill=\"#c8102e\"/>\
             <line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" fill=\"#1a1a1a\">{p:.1}% ± {hw:.1}</text>",
            y + 13.0,
            esc_xml(label),
            y,
            span * p / 100.0,
            x0 + span * (p - hw).max(0.0) / 100.0,
            x0 + span * (p + hw).min(100.0) / 100.0,
            y + 8.0,
            y + 8.0,
            x0 + span * (p + hw).min(100.0) / 100.0 + 6.0,
            y + 13.0
        );
    }
    let _ = writeln!(
        o,
        "<text x=\"16\" y=\"{:.1}\" font-size=\"18\" font-weight=\"bold\" fill=\"#1a1a1a\">When the struggle was decided</text>",
        h1 + 20.0
    );
    let most = sum.years.iter().map(|y| y.1).max().unwrap_or(1).max(1) as f64;
    let bw = (w - 60.0) / sum.years.len().max(1) as f64;
    for (i, &(y, k)) in sum.years.iter().enumerate() {
        let bh = 160.0 * k as f64 / most;
        let x = 30.0 + i as f64 * bw;
        let base = h1 + 200.0;
        let _ = writeln!(
            o,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{bh:.1}\" fill=\"#1a1a1a\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{y}</text><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#c8102e\">{:.0}%</text>",
            x + 4.0,
            base - bh,
            bw - 8.0,
            x + bw / 2.0,
            base + 18.0,
            x + bw / 2.0,
            base - bh - 6.0,
            100.0 * k as f64 / n as f64
        );
    }
    o.push_str("</svg>\n");
    o
}

fn esc_xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
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
