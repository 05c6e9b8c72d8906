//! Each contender's rise and fall as an inline SVG chart: his power score at the
//! close of every turn (`GameState::power_history`), a dashed line where a
//! chapter's players took over. Hand-written SVG, so it prints crisply.

use crate::rules::GameState;
use std::fmt::Write;

/// Colours that stay apart on paper and in grey.
pub const COLOURS: [&str; 8] = ["#b22222", "#1f4e9a", "#2e7d32", "#8e44ad", "#d4820f", "#555555", "#00838f", "#6d4c41"];

/// The chart, `w` by `h` pixels (scaled to the page by CSS).
pub fn power_chart(st: &GameState, w: f64, h: f64) -> String {
    let who = super::contenders(st);
    let hist = &st.power_history;
    let mut o = String::new();
    let _ = write!(
        o,
        r#"<svg class="chart" viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Power of each leader, turn by turn">"#
    );
    if hist.is_empty() {
        o.push_str("</svg>");
        return o;
    }
    let (left, right, top, bottom) = (36.0, 96.0, 8.0, 22.0);
    let max = hist.iter().flat_map(|row| who.iter().map(move |&c| row[c.0])).max().unwrap_or(1).max(1) as f64;
    let n = hist.len().max(2) as f64 - 1.0;
    let x = |t: usize| left + (w - left - right) * t as f64 / n;
    let y = |v: i32| top + (h - top - bottom) * (1.0 - v.max(0) as f64 / max);
    let cal = &st.scn.def.calendar;
    // Axes, a grid line every 50 points, a year mark each January.
    let _ = write!(o, r##"<line x1="{left}" y1="{}" x2="{}" y2="{}" stroke="#333" stroke-width="1"/>"##, y(0), x(hist.len() - 1), y(0));
    let mut v = 0;
    while (v as f64) <= max {
        let _ = write!(
            o,
            r##"<line x1="{left}" y1="{0:.1}" x2="{1:.1}" y2="{0:.1}" stroke="#ddd" stroke-width="0.5"/><text x="{2}" y="{3:.1}" font-size="9" text-anchor="end">{v}</text>"##,
            y(v),
            x(hist.len() - 1),
            left - 3.0,
            y(v) + 3.0
        );
        v += 50;
    }
    for t in 0..hist.len() {
        let d = cal.start.plus_months(t as i32 * cal.months_per_turn as i32);
        if d.month() == 1 {
            let _ = write!(o, r#"<text x="{:.1}" y="{}" font-size="9" text-anchor="middle">{}</text>"#, x(t), h - 8.0, d.year());
        }
    }
    let opened = crate::rules::chapter::opened(&st.scn);
    if opened > cal.start {
        let months = (opened.year() - cal.start.year()) * 12 + opened.month() as i32 - cal.start.month() as i32;
        let t = (months / cal.months_per_turn as i32).max(0) as usize;
        let _ = write!(
            o,
            r##"<line x1="{0:.1}" y1="{top}" x2="{0:.1}" y2="{1:.1}" stroke="#000" stroke-dasharray="3,3"/><text x="{2:.1}" y="{3}" font-size="9">you take over</text>"##,
            x(t),
            y(0),
            x(t) + 3.0,
            top + 8.0
        );
    }
    // The names at the right end, spread so that none overlaps another.
    let mut labels: Vec<(f64, usize, i32)> = vec![];
    for (k, &c) in who.iter().enumerate() {
        let colour = COLOURS[k % COLOURS.len()];
        let pts: Vec<String> = hist.iter().enumerate().map(|(t, row)| format!("{:.1},{:.1}", x(t), y(row[c.0]))).collect();
        let dash = if k >= 4 { r#" stroke-dasharray="5,2""# } else { "" };
        let _ = write!(o, r#"<polyline fill="none" stroke="{colour}" stroke-width="1.8"{dash} points="{}"/>"#, pts.join(" "));
        let last = hist.last().map_or(0, |row| row[c.0]);
        labels.push((y(last) + 3.0, k, last));
    }
    labels.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut floor = f64::MIN;
    for (ly, k, last) in labels {
        let ly = ly.max(floor + 11.0);
        floor = ly;
        let colour = COLOURS[k % COLOURS.len()];
        let _ = write!(
            o,
            r#"<text x="{:.1}" y="{ly:.1}" font-size="10" fill="{colour}">{} {last}</text>"#,
            x(hist.len() - 1) + 4.0,
            super::esc(st.scn.short(who[k]))
        );
    }
    o.push_str("</svg>");
    o
}
