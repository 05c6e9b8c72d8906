//! The analysis for further work: JSON (the figures whole), CSV (one row a game)
//! and an SVG chart of who wins and when.

use crate::analysis::{self, GameResult, Setup, Summary};
use crate::rules::GameState;
use crate::scenario::date::Date;
use serde::Serialize;
use std::fmt::Write as _;

use super::Args;

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

pub(super) fn json(setup: &Setup, sum: &Summary, a: &Args) -> String {
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
pub(super) fn csv(start: &GameState, results: &[GameResult]) -> String {
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
pub(super) fn svg(setup: &Setup, sum: &Summary) -> String {
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
