//! The game against history in words: each leader's standing in this game and
//! in the historical record at the same date.

use crate::rules::history::{self, Standing};
use crate::rules::state::GameState;
use crate::scenario::{Rank, Scenario};

/// "Politburo; gensec" with office ids, or with their full names.
pub fn standing(scn: &Scenario, st: &Standing, full_names: bool) -> String {
    let rank = if !st.alive {
        "dead"
    } else {
        match st.rank {
            Rank::Politburo => scn.words().politburo.as_str(),
            Rank::Candidate => "candidate",
            Rank::CentralCommittee => scn.words().central_committee.as_str(),
            Rank::Member => "party member",
            Rank::Expelled => "expelled",
            Rank::Exiled => "in internal exile",
            Rank::Deported => "deported",
        }
    };
    let offices: Vec<&str> =
        st.offices.iter().map(|&o| if full_names { scn.def.offices[o].name.as_str() } else { scn.def.offices[o].id.as_str() }).collect();
    if offices.is_empty() { rank.to_string() } else { format!("{rank}; {}", offices.join(", ")) }
}

fn turns(n: usize) -> String {
    if n == 1 { "1 turn compared".into() } else { format!("{n} turns compared") }
}

/// The comparison with history as lines for the terminal.
pub fn comparison_lines(st: &GameState) -> Vec<String> {
    let s = &st.scn;
    let Some(cmp) = history::comparison(st) else {
        return vec!["This scenario has no historical script to compare with.".into()];
    };
    let mut out = vec![];
    let differ: Vec<&str> = cmp.rows.iter().filter(|(_, a, b)| a != b).map(|(c, _, _)| s.short(*c)).collect();
    match &cmp.first_divergence {
        Some((date, who)) => {
            let who: Vec<_> = who.iter().map(|&c| s.short(c)).collect();
            out.push(format!("First divergence in rank from history: {} ({}).", date.long(), who.join(", ")));
        }
        None if differ.is_empty() => out.push(format!("No leader's standing has yet left the historical path ({}).", turns(cmp.turns))),
        None => out.push(format!(
            "Every rank has followed history so far ({}), but posts differ now for {}.",
            turns(cmp.turns),
            differ.join(", ")
        )),
    }
    out.push(format!("{:<14} {}", "Leader", "In this game (and In history, where it differs)"));
    for (c, a, b) in &cmp.rows {
        let (a, b) = (standing(s, a, true), standing(s, b, true));
        if a == b {
            out.push(format!("{:<14} {a}  (as in history)", s.short(*c)));
        } else {
            out.push(format!("{:<14} {a}", s.short(*c)));
            out.push(format!("{:<14} In history: {b}", ""));
        }
    }
    out
}
