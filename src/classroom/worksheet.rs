//! The for-and-against worksheet, exported from a game's evidence log: for each
//! contender a column of evidence for his claim to lead and a column against,
//! each item dated, with its reason and the scenario's source where there is one.
//! As a printable HTML page, or as CSV (one column for and one against per leader)
//! for a spreadsheet.

use super::esc;
use super::evidence::{Evidence, log};
use crate::rules::GameState;
use crate::scenario::CharId;
use std::fmt::Write;

const STYLE: &str = r#"
@page { size: A4; margin: 12mm; }
body { font-family: "PT Serif", Georgia, serif; font-size: 9.5pt; color: #111; max-width: 186mm; margin: 0 auto; }
h1 { font-size: 15pt; color: #7a0f0f; margin: 0 0 1mm; }
h2 { font-size: 11pt; color: #7a0f0f; border-bottom: 1px solid #7a0f0f; margin: 4mm 0 1mm; break-after: avoid; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; break-inside: auto; }
th { text-align: left; font-size: 9pt; background: #f6efe6; padding: 1mm; }
td { vertical-align: top; padding: 0.8mm 1mm; border-bottom: 0.5px solid #ccc; }
tr { break-inside: avoid; }
.src { font-style: italic; color: #333; display: block; margin-top: 0.5mm; }
.cite { font-style: normal; color: #666; font-size: 8pt; }
.date { color: #666; font-size: 8pt; }
.verdict td { height: 14mm; }
.sub { color: #444; }
@media print { .noprint { display: none; } }
"#;

/// One item as a line of text: "1926-10: the vote on removing Trotsky ... carried".
fn item_text(st: &GameState, e: &Evidence) -> String {
    let mut s = format!("{}: {} ({})", e.date.iso(), e.reason, e.what);
    if let Some(src) = e.source.and_then(|i| st.scn.def.sources.get(i)) {
        s.push_str(&format!(" Source: \"{}\" ({})", src.text, src.cite));
    }
    s
}

fn item_html(st: &GameState, e: &Evidence) -> String {
    let mut s = format!("<span class=\"date\">{}</span> {} <span class=\"date\">({})</span>", e.date.long(), esc(&e.reason), esc(&e.what));
    if let Some(src) = e.source.and_then(|i| st.scn.def.sources.get(i)) {
        s.push_str(&format!("<span class=\"src\">“{}” <span class=\"cite\">{}</span></span>", esc(&src.text), esc(&src.cite)));
    }
    s
}

/// The evidence about one leader: (for, against).
pub fn split(all: &[Evidence], c: CharId) -> (Vec<&Evidence>, Vec<&Evidence>) {
    all.iter().filter(|e| e.leader == c).partition(|e| e.for_claim)
}

/// The worksheet as a printable page.
pub fn html(st: &GameState) -> String {
    let s = &st.scn;
    let all = log(st);
    let mut o = String::new();
    let _ = write!(
        o,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>For and against: {}</title><style>{STYLE}</style></head><body>",
        esc(&s.def.name)
    );
    o.push_str("<p class=\"noprint\"><button onclick=\"window.print()\">Print this page</button></p>");
    let _ = write!(
        o,
        "<h1>For and against: who should lead the party?</h1><p class=\"sub\">{} · seed {} · {} to {}. Each item is something that happened in your game, read as evidence for or against a leader's claim to lead.</p>",
        esc(&s.def.name),
        st.seed,
        crate::rules::chapter::opened(s).long(),
        st.date.long()
    );
    for c in super::contenders(st) {
        let (pro, con) = split(&all, c);
        let _ = write!(o, "<h2>{}</h2><table><tr><th>For his claim to lead</th><th>Against it</th></tr>", esc(s.name(c)));
        for i in 0..pro.len().max(con.len()) {
            let cell = |v: &[&Evidence]| v.get(i).map_or(String::new(), |e| item_html(st, e));
            let _ = write!(o, "<tr><td>{}</td><td>{}</td></tr>", cell(&pro), cell(&con));
        }
        o.push_str("<tr class=\"verdict\"><td colspan=\"2\"><b>Your verdict, from the evidence:</b></td></tr></table>");
    }
    o.push_str("</body></html>");
    o
}

/// The worksheet as CSV: a "for" and an "against" column per leader, one item a cell.
pub fn csv(st: &GameState) -> String {
    let all = log(st);
    let who = super::contenders(st);
    let cols: Vec<(Vec<&Evidence>, Vec<&Evidence>)> = who.iter().map(|&c| split(&all, c)).collect();
    let mut w = csv::Writer::from_writer(vec![]);
    let head: Vec<String> =
        who.iter().flat_map(|&c| [format!("{} for", st.scn.short(c)), format!("{} against", st.scn.short(c))]).collect();
    let _ = w.write_record(&head);
    let rows = cols.iter().map(|(p, c)| p.len().max(c.len())).max().unwrap_or(0);
    for i in 0..rows {
        let row: Vec<String> = cols
            .iter()
            .flat_map(|(p, c)| {
                [p.get(i).map(|e| item_text(st, e)).unwrap_or_default(), c.get(i).map(|e| item_text(st, e)).unwrap_or_default()]
            })
            .collect();
        let _ = w.write_record(&row);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
