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
            Rank::Politburo => "Politburo",
            Rank::Candidate => "candidate",
            Rank::CentralCommittee => "Central Committee",
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

/// The comparison with history as lines for the terminal.
pub fn comparison_lines(st: &GameState) -> Vec<String> {
    let s = &st.scn;
    let Some(cmp) = history::comparison(st) else {
        return vec!["This scenario has no historical script to compare with.".into()];
    };
    let mut out = vec![];
    match &cmp.first_divergence {
        Some((date, who)) => {
            let who: Vec<_> = who.iter().map(|&c| s.short(c)).collect();
            out.push(format!("First divergence from history: {} ({}).", date.long(), who.join(", ")));
        }
        None => out.push(format!("No leader's standing has yet left the historical path ({} turns compared).", cmp.turns)),
    }
    out.push(format!("{:<14} {:<34} {}", "Leader", "In this game", "In history"));
    for (c, a, b) in &cmp.rows {
        out.push(format!("{:<14} {:<34} {}", s.short(*c), standing(s, a, false), standing(s, b, false)));
    }
    out
}
