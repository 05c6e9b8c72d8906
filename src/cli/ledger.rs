//! The turn's ledger in the terminal: every change of prestige, of regard for
//! the player and of a region's loyalty since the turn began, with its cause,
//! read from the rules' typed records (`rules::ledger`), and each contender's
//! power before and after, part by part.

use crate::narrate::ledger::{cause, measure};
use crate::rules::GameState;
use crate::rules::ledger::{Change, Measure};
use crate::rules::victory;
use crate::scenario::CharId;
use std::fmt::Write;

/// What the ledger compares against: where the records stood and each leader's power, part by part.
#[derive(Debug, Clone)]
pub struct Snapshot {
    from: usize,
    power: Vec<Vec<(String, i32)>>,
}

impl Snapshot {
    pub fn take(st: &GameState) -> Snapshot {
        Snapshot { from: st.ledger.len(), power: st.ids().map(|c| victory::power_breakdown(st, c)).collect() }
    }
}

/// Does the player care to see this change? His own prestige and everyone's
/// prestige at the top, regard for him or his for others, and every region.
fn shown(st: &GameState, me: CharId, c: &Change) -> bool {
    match c.measure {
        Measure::Prestige(x) => x == me || st.scn.def.characters[x].contender || st.chars[x].rank >= crate::scenario::Rank::Candidate,
        Measure::Regard { of, for_ } => for_ == me || of == me,
        Measure::Loyalty(_) => true,
    }
}

/// The changes since `before`, one line each, summed when the same measure moved
/// twice for the same cause; then the power of each contender whose power moved.
pub fn report(st: &GameState, me: CharId, before: &Snapshot) -> String {
    let mut o = String::new();
    let mut rows: Vec<Change> = vec![];
    for c in st.ledger[before.from.min(st.ledger.len())..].iter().filter(|c| shown(st, me, c)) {
        match rows.iter_mut().find(|r| r.measure == c.measure && r.cause == c.cause) {
            Some(r) => {
                r.by += c.by;
                r.now = c.now;
            }
            None => rows.push(*c),
        }
    }
    rows.retain(|r| r.by != 0);
    let _ = writeln!(o, "\n--- Ledger: what changed this turn, and why ---");
    if rows.is_empty() {
        let _ = writeln!(o, "  Nothing moved.");
    }
    // Grouped by what changed, in the order of first change.
    let mut order: Vec<Measure> = vec![];
    for r in &rows {
        if !order.contains(&r.measure) {
            order.push(r.measure);
        }
    }
    // Yours first: your prestige, the others' regard for you, yours for them; then the rest.
    order.sort_by_key(|m| match *m {
        Measure::Prestige(c) if c == me => 0,
        Measure::Regard { for_, .. } if for_ == me => 1,
        Measure::Regard { .. } => 2,
        Measure::Prestige(_) => 3,
        Measure::Loyalty(_) => 4,
    });
    for m in order {
        let these: Vec<&Change> = rows.iter().filter(|r| r.measure == m).collect();
        let total: i32 = these.iter().map(|r| r.by).sum();
        let now = these.last().map_or(0, |r| r.now);
        let _ = writeln!(o, "  {} {:+} (now {now}):", measure(st, me, &m), total);
        for r in these {
            let _ = writeln!(o, "      {:+4}  {}", r.by, cause(st, me, &r.cause, &m));
        }
    }
    for c in st.ids().filter(|&c| st.scn.def.characters[c].contender || c == me) {
        let was = &before.power[c.0];
        let now = victory::power_breakdown(st, c);
        let (a, b): (i32, i32) = (was.iter().map(|p| p.1).sum(), now.iter().map(|p| p.1).sum());
        if a == b {
            continue;
        }
        let mut parts = vec![];
        for (label, v) in &now {
            let old = was.iter().find(|p| &p.0 == label).map_or(0, |p| p.1);
            if *v != old {
                parts.push(format!("{label} {:+}", v - old));
            }
        }
        for (label, v) in was.iter().filter(|p| !now.iter().any(|q| q.0 == p.0)) {
            parts.push(format!("{label} {:+}", -v));
        }
        let who = if c == me { "Your".to_string() } else { format!("{}'s", st.scn.short(c)) };
        let _ = writeln!(o, "  {who} power {a} -> {b}: {}", parts.join(", "));
    }
    o
}
