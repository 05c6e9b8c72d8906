//! The debrief: one printable A4 page after a game (or from any save) for a
//! lesson: this game's path beside history, the three votes that decided it with
//! who had appointed the secretaries of the delegations that cast them, each
//! contender's rise and fall on a chart, and the scenario's questions for
//! discussion. Hand-written HTML with print styles, no template crate.

use super::decisive::{Decisive, decisive};
use super::esc;
use crate::rules::GameState;
use crate::rules::history;
use crate::scenario::date::Date;
use crate::scenario::{CharId, Rank};
use std::fmt::Write;

const STYLE: &str = r#"
@page { size: A4; margin: 9mm 11mm; }
* { box-sizing: border-box; }
body { font-family: "PT Serif", Georgia, serif; font-size: 9pt; color: #111; margin: 0 auto; max-width: 188mm; line-height: 1.2; }
h1 { font-size: 15pt; margin: 0 0 1mm; color: #7a0f0f; }
h2 { font-size: 10.5pt; margin: 3mm 0 1mm; border-bottom: 1px solid #7a0f0f; color: #7a0f0f; text-transform: uppercase; letter-spacing: 0.04em; }
p { margin: 0.8mm 0; }
.sub { color: #444; }
.answer { border-left: 3px solid #7a0f0f; padding: 1mm 2mm; background: #f6efe6; margin: 1.5mm 0; }
table { border-collapse: collapse; width: 100%; }
td, th { padding: 0.4mm 1.2mm; text-align: left; vertical-align: top; border-bottom: 0.5px solid #ccc; }
th { font-size: 8.5pt; color: #444; }
.cols { display: grid; grid-template-columns: 1.15fr 1fr; gap: 4mm; font-size: 8.4pt; }
.votes { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 3mm; }
.vote { font-size: 7.6pt; break-inside: avoid; }
.vote h3 { font-size: 8.4pt; margin: 0 0 0.8mm; }
.vote td, .vote th { padding: 0.1mm 0.6mm; white-space: nowrap; }
.vote td:first-child { white-space: normal; }
.yes { color: #1b5e20; } .no { color: #b71c1c; }
.chart { width: 100%; height: auto; }
ol { margin: 0.5mm 0 0 5mm; padding: 0; } li { margin: 0.6mm 0; }
.foot { font-size: 7.5pt; color: #666; margin-top: 2mm; }
.noprint { margin: 2mm 0; }
@media print { .noprint { display: none; } body { max-width: none; } }
"#;

/// The whole page. `hash` is the save's final state hash, printed at the foot so a
/// teacher can check the page against the student's file.
pub fn page(st: &GameState) -> String {
    let s = &st.scn;
    let mut o = String::new();
    let who = st.player.map_or("the computer on every side".to_string(), |p| s.name(p).to_string());
    let _ = write!(
        o,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Debrief: {}</title>{}<style>{STYLE}</style></head><body>",
        esc(&s.def.name),
        result_meta(st)
    );
    o.push_str("<p class=\"noprint\"><button onclick=\"window.print()\">Print this page</button></p>");
    let _ = write!(o, "<h1>Debrief: {}</h1>", esc(&s.def.name));
    let _ = write!(
        o,
        "<p class=\"sub\">Played as {} · {} to {} · seed {}</p>",
        esc(&who),
        crate::rules::chapter::opened(s).long(),
        crate::rules::victory::ended_on(st).long(),
        st.seed
    );
    if let Some(ch) = &s.def.chapter {
        let _ = write!(o, "<p><b>The question:</b> {}</p>", esc(&ch.question));
    }
    let outcome =
        st.outcome.as_ref().map_or("The game is unfinished.".to_string(), |x| capitalised(&format!("{}.", crate::narrate::outcome(s, x))));
    let answer = crate::narrate::chapter::answer(st).map(|a| format!("<br><b>{}</b>", esc(&a))).unwrap_or_default();
    let _ = write!(o, "<div class=\"answer\">{}{answer}</div>", esc(&outcome));
    o.push_str("<div class=\"cols\"><div>");
    beside_history(&mut o, st);
    o.push_str("</div><div><h2>Rise and fall</h2>");
    o.push_str(&super::chart::power_chart(st, 420.0, 190.0));
    o.push_str("<p class=\"sub\">Each contender's power at the close of each turn: his prestige, his posts, and the loyal members of the Politburo and the Central Committee behind him.</p></div></div>");
    votes(&mut o, st);
    discussion(&mut o, st);
    let _ = write!(
        o,
        "<p class=\"foot\">Made by <code>politburo debrief</code> from scenario \"{}\" version {}, seed {}, {} commands; final state hash {:016x}.</p></body></html>",
        esc(&s.def.id),
        s.def.version,
        st.seed,
        st.log.len(),
        st.state_hash()
    );
    o
}

/// One machine-readable line for a class results table (docs/teaching): the
/// scenario, who played, who came out strongest, the chapter's answer and whether
/// it was history's, separated by `|`.
pub fn result_meta(st: &GameState) -> String {
    let s = &st.scn;
    let played = st.player.map_or("computer", |p| s.def.characters[p].id.as_str());
    let leader = match &st.outcome {
        Some(crate::rules::Outcome::Supremacy { winner, .. }) => s.def.characters[*winner].id.as_str(),
        Some(crate::rules::Outcome::EndDate { leader, .. }) => s.def.characters[*leader].id.as_str(),
        _ => "none",
    };
    let (answer, historical) = match crate::rules::chapter::ending(st) {
        Some(e) => (e.title.as_str(), if e.historical { "history" } else { "not history" }),
        None => ("", ""),
    };
    let field = |x: &str| esc(&x.replace('|', "/"));
    format!(
        "<meta name=\"politburo:result\" content=\"{}|{}|{}|{}|{}\">",
        field(&s.def.id),
        field(played),
        field(leader),
        field(answer),
        historical
    )
}

/// The milestones' dates in history and in this game, and where the contenders stand.
fn beside_history(o: &mut String, st: &GameState) {
    let s = &st.scn;
    o.push_str("<h2>This game beside history</h2>");
    let (hist, _) = history::play(st.scn.clone(), None, true);
    if !s.def.milestones.is_empty() {
        o.push_str("<table><tr><th>Turning point</th><th>History</th><th>This game</th></tr>");
        for m in &s.def.milestones {
            let c = s.cid(&m.who);
            let h = fell(&hist, c, m.at_most).filter(|d| *d <= m.by);
            let g = fell(st, c, m.at_most).filter(|d| *d <= m.by);
            let cell = |d: Option<Date>| d.map_or("no".to_string(), |d| d.long());
            let _ = write!(o, "<tr><td>{}</td><td>{}</td><td>{}</td></tr>", esc(&m.name), cell(h), cell(g));
        }
        o.push_str("</table>");
    }
    if let Some(cmp) = history::comparison(st) {
        let _ = write!(o, "<p class=\"sub\">At the end ({}):</p>", crate::rules::victory::ended_on(st).long());
        o.push_str("<table><tr><th>Leader</th><th>In this game</th><th>In history</th></tr>");
        for (c, a, b) in cmp.rows.iter().filter(|(c, _, _)| s.def.characters[*c].contender) {
            let mark = if a != b { " style=\"font-weight:bold\"" } else { "" };
            let _ = write!(
                o,
                "<tr{mark}><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(s.short(*c)),
                esc(&crate::narrate::standing(s, a, true)),
                esc(&crate::narrate::standing(s, b, true))
            );
        }
        o.push_str("</table>");
        if let Some((d, who)) = &cmp.first_divergence {
            let names: Vec<&str> = who.iter().map(|&c| s.short(c)).collect();
            let _ = write!(o, "<p class=\"sub\">This game first left history's path in {} ({}).</p>", d.long(), esc(&names.join(", ")));
        }
    }
}

/// The first turn's date at which `c` had fallen to `at_most` or below (or died).
fn fell(st: &GameState, c: CharId, at_most: Rank) -> Option<Date> {
    let cal = &st.scn.def.calendar;
    st.rank_history.iter().position(|row| row[c.0] <= at_most).map(|t| cal.start.plus_months(t as i32 * cal.months_per_turn as i32))
}

/// The three decisive votes, side by side, each with its delegations.
fn votes(o: &mut String, st: &GameState) {
    let s = &st.scn;
    let list = decisive(st);
    o.push_str("<h2>The votes that decided it</h2>");
    if list.is_empty() {
        o.push_str("<p>No vote was held.</p>");
        return;
    }
    o.push_str("<div class=\"votes\">");
    for d in &list {
        vote(o, st, d);
    }
    o.push_str("</div>");
    let _ = s;
}

fn vote(o: &mut String, st: &GameState, d: &Decisive) {
    let s = &st.scn;
    let t = &d.tally;
    let _ = write!(
        o,
        "<div class=\"vote\"><h3>{} · {}</h3><p><span class=\"yes\">{} for</span>, <span class=\"no\">{} against</span>, {} abstaining{}.</p>",
        d.date.long(),
        esc(&d.headline),
        t.yes,
        t.no,
        t.abstain,
        if t.needed_percent > 50 { format!(" (needs {}%)", t.needed_percent) } else { String::new() }
    );
    if d.delegations.is_empty() {
        o.push_str("<p class=\"sub\">No delegations voted: the leaders alone decided.</p></div>");
        return;
    }
    o.push_str("<table><tr><th>Delegation</th><th>Vote</th><th>Secretary seated by</th></tr>");
    for g in &d.delegations {
        let vote = if g.yes >= g.no && g.yes >= g.abstain {
            format!("<span class=\"yes\">{} yes</span>", g.yes)
        } else if g.no >= g.abstain {
            format!("<span class=\"no\">{} no</span>", g.no)
        } else {
            format!("{} abst.", g.abstain)
        };
        let by = match (g.appointed_by, g.elected) {
            (Some((c, when)), _) => format!("{}, {}", esc(s.short(c)), when.iso()),
            (None, true) => "the cells".into(),
            (None, false) => format!("at the start ({})", st.scn.def.calendar.start.year()),
        };
        let _ = write!(o, "<tr><td>{}</td><td>{vote}</td><td>{by}</td></tr>", esc(&short_region(&s.def.regions[g.region.0].name)));
    }
    o.push_str("</table></div>");
}

/// The sentence with its first letter in capitals.
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
}

/// "The Central Industrial Region" -> "Central Industrial Region": narrow columns.
fn short_region(name: &str) -> String {
    name.strip_prefix("The ").unwrap_or(name).to_string()
}

fn discussion(o: &mut String, st: &GameState) {
    let qs = &st.scn.def.discussion;
    if qs.is_empty() {
        return;
    }
    o.push_str("<h2>For discussion</h2><ol>");
    for q in qs {
        let _ = write!(o, "<li>{}</li>", esc(q));
    }
    o.push_str("</ol>");
}
