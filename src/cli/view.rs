//! Text views of the game for the terminal: the situation, the chronicle, the outcome.

use crate::narrate;
use crate::rules::GameState;
use crate::rules::chronicle::{Category, Entry};
use crate::rules::nep::line_offset;
use crate::rules::victory::{cc_loyal, politburo_loyal, power};
use crate::scenario::{CharId, Rank, Scenario};
use std::fmt::Write;

/// One chronicle entry as a terminal line: date, tag, text, then its detail lines.
pub fn entry(scn: &Scenario, e: &Entry) -> String {
    let line = narrate::entry(scn, e);
    let mut s = String::new();
    if line.category == Category::Turn {
        let _ = writeln!(s, "\n== {} ==", line.text);
        return s;
    }
    let tag = match line.category {
        Category::Command => "act",
        Category::Event => "EVENT",
        Category::Economy => "econ",
        Category::Vote => "VOTE",
        Category::Ladder => "LADDER",
        Category::Patronage => "post",
        Category::Health => "death",
        Category::Outcome => "END",
        Category::History => "note",
        Category::Turn => "",
    };
    let _ = writeln!(s, "[{}] {:<6} {}", e.date, tag, line.text);
    for d in &line.detail {
        let _ = writeln!(s, "                  {d}");
    }
    s
}

pub fn outcome_line(st: &GameState) -> String {
    match &st.outcome {
        Some(o) => {
            let answer = narrate::chapter::answer(st).map(|a| format!("\nThe chapter's answer: {a}")).unwrap_or_default();
            format!("Outcome ({}): {}.{answer}", crate::rules::victory::ended_on(st).long(), narrate::outcome(&st.scn, o))
        }
        None => format!("Unfinished after {} ({}).", narrate::count(st.turn, "turn", "turns"), st.date.long()),
    }
}

/// A rank for the board's narrow column: the top body in the scenario's words
/// when they fit ("Politburo"), else its initials ("PB" for "Political Bureau").
fn rank_name(s: &crate::scenario::Scenario, r: Rank) -> String {
    let pb = &s.words().politburo;
    let top = if pb.chars().count() <= 10 { pb.clone() } else { pb.split_whitespace().filter_map(|w| w.chars().next()).collect() };
    match r {
        Rank::Politburo => return top,
        Rank::Candidate => "candidate",
        Rank::CentralCommittee => "CC",
        Rank::Member => "member",
        Rank::Expelled => "EXPELLED",
        Rank::Exiled => "EXILED",
        Rank::Deported => "DEPORTED",
    }
    .to_string()
}

/// The whole board as text: leaders, blocs, the line and economy, patronage, the calendar.
pub fn situation(st: &GameState, player: Option<CharId>) -> String {
    let s = &st.scn;
    let mut o = String::new();
    let _ = writeln!(o, "\n=== {} (turn {}) ===", st.date.long(), st.turn + 1);
    if let Some(sitting) = st.session() {
        let _ = writeln!(o, "This {}: the {} meets.", s.words().turn, narrate::sitting(s, sitting));
    } else if let Some(n) = st.next_session() {
        let _ = writeln!(o, "Next session: {} ({}).", n.name, n.date.long());
    }
    // A motion against the player is never a surprise to him unless the Secretariat sprang it.
    for item in crate::rules::votes::agenda(st) {
        if player.is_some() && crate::rules::norms::struck(st, &item.proposal.motion) == player {
            let _ = writeln!(
                o,
                "!! A motion against you waits: {}. Answer it this turn: court the voters, offer a deal, call in your delegations, or recant (`agenda` lists them, `agenda N` explains a motion's odds).",
                narrate::agenda_item(st, &item)
            );
        }
    }
    let _ = writeln!(
        o,
        "Line: \"{}\" (step {:+}) owned by {}. Economy: grain {}, industry {}, peasants {}, workers {} (overall {}).",
        s.def.line.levels[st.line],
        line_offset(st),
        st.line_owners.iter().map(|&c| s.short(c)).collect::<Vec<_>>().join(", "),
        st.economy.grain,
        st.economy.industry,
        st.economy.peasant_mood,
        st.economy.worker_mood,
        st.economy.result()
    );
    if s.def.doctrine.is_some() {
        let owners: Vec<&str> = st.doctrine_owners.iter().map(|&c| s.short(c)).collect();
        let _ = writeln!(o, "Abroad: \"{}\", owned by {}.", crate::narrate::doctrine_name(s, st.one_country), owners.join(", "));
    }
    let _ = writeln!(
        o,
        "\n{:<14} {:<10} {:>4} {:>4} {:>5} {:>5} {:<18} {:>6} Offices",
        "Leader", "Rank", "Pres", "Hlth", "NEP", "Power", "Bloc", "Regard"
    );
    let mut order: Vec<CharId> = st.ids().collect();
    order.sort_by_key(|&c| (std::cmp::Reverse(st.chars[c].rank), std::cmp::Reverse(st.chars[c].prestige), c));
    for c in order {
        let ch = &st.chars[c];
        let offices: Vec<_> = st.offices_of(c).map(|x| s.def.offices[x].name.as_str()).collect();
        let bloc = ch.bloc.map(|b| s.def.blocs[b].name.as_str()).unwrap_or("-");
        let regard = match player {
            Some(p) if p != c => format!("{:+}", st.rel(c, p)),
            _ => "".into(),
        };
        let rank = if ch.alive { rank_name(s, ch.rank) } else { "dead".into() };
        let _ = writeln!(
            o,
            "{:<14} {:<10} {:>4} {:>4} {:>+5} {:>5} {:<18} {:>6} {}{}",
            s.short(c),
            rank,
            ch.prestige,
            ch.health,
            ch.nep,
            power(st, c),
            truncate(bloc, 18),
            regard,
            offices.join(", "),
            if ch.charges > 0 { format!(" [{}]", crate::narrate::count(ch.charges, "charge", "charges")) } else { String::new() }
        );
    }
    if player.is_some() {
        let _ = writeln!(o, "(Regard: each leader's regard for you, -100 to 100.)");
    }
    let _ = writeln!(o, "\nBlocs:");
    for (b, bloc) in st.blocs.iter().enumerate().filter(|(_, b)| !b.members.is_empty()) {
        let members: Vec<_> = bloc.members.iter().map(|&m| s.short(m)).collect();
        let kind = if bloc.organised { "an organised faction: its members can be charged" } else { "an informal group" };
        let _ = writeln!(
            o,
            "  {:<26} led by {:<10} {} ({kind})",
            s.def.blocs[b].name,
            bloc.leader.map(|l| s.short(l)).unwrap_or("-"),
            members.join(", ")
        );
    }
    let _ = writeln!(o, "\nPatronage (appointments made this turn are seated at its end):");
    for (r, reg) in st.regions.iter().enumerate() {
        let sec = reg.secretary.map(|c| s.short(c).to_string()).unwrap_or_else(|| "a cadre".into());
        let patron = reg.patron.map(|c| s.short(c).to_string()).unwrap_or_else(|| "nobody".into());
        let pending = reg
            .pending
            .map(|a| {
                format!(
                    "  -> {} at turn's end",
                    a.secretary.map(|c| s.short(c).to_string()).unwrap_or_else(|| format!("{}'s cadre", s.short(a.patron)))
                )
            })
            .unwrap_or_default();
        let _ = writeln!(
            o,
            "  {:<22} secretary {:<12} patron {:<12} {:>4} delegates {:>3} CC seats  loyalty {:>3}{pending}",
            s.def.regions[r].name, sec, patron, reg.delegates, reg.cc_seats, reg.loyalty
        );
    }
    let _ = writeln!(o, "\nIf a vote of confidence were held today (loyal share):");
    for c in st.ids().filter(|&c| s.def.characters[c].contender && st.active(c)) {
        let w = s.words();
        let _ = writeln!(
            o,
            "  {:<12} {} {:>3}%   {} {:>3}%",
            s.short(c),
            w.politburo,
            politburo_loyal(st, c),
            w.central_committee,
            cc_loyal(st, c)
        );
    }
    if !st.plenum_agenda.is_empty() || !st.politburo_agenda.is_empty() {
        let _ = write!(o, "\n{}", agenda(st));
    }
    o
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { s.chars().take(n - 1).collect::<String>() + "." }
}

/// The open agenda: each waiting motion with the session that decides it, its
/// odds now and who is likely for it.
pub fn agenda(st: &GameState) -> String {
    let items = crate::rules::votes::agenda(st);
    let mut o = String::new();
    if items.is_empty() {
        let _ = writeln!(o, "The agenda is empty: no motion waits for a vote.");
        return o;
    }
    let _ = writeln!(
        o,
        "The agenda ({} waiting for a vote):",
        if items.len() == 1 { "one motion".to_string() } else { format!("{} motions", items.len()) }
    );
    for (i, item) in items.iter().enumerate() {
        let _ = writeln!(o, "  {}. {}", i + 1, narrate::agenda_item(st, item));
        let _ = writeln!(o, "      {}", narrate::expected_line(st, item.body, &item.proposal));
    }
    let _ = writeln!(o, "`agenda N` breaks motion N's odds down voter by voter.");
    o
}

/// Motion `n` (from 1) of the agenda, its odds voter by voter: the player sees
/// why a motion against him stands where it does, as he does for his own (`why N`).
pub fn agenda_motion(st: &GameState, n: &str) -> String {
    let items = crate::rules::votes::agenda(st);
    let Some(item) = n.parse::<usize>().ok().filter(|n| (1..=items.len()).contains(n)).map(|n| &items[n - 1]) else {
        return match items.len() {
            0 => "The agenda is empty: no motion waits for a vote.".into(),
            k => format!("`agenda N` needs the number of a motion on the agenda, 1 to {k} (`agenda` lists them)."),
        };
    };
    let mut o = format!("{}\n", narrate::agenda_item(st, item));
    for l in narrate::explain(st, item.body, &item.proposal) {
        let _ = writeln!(o, "{l}");
    }
    o
}
