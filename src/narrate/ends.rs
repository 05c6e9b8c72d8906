//! How a game ends, and what a leader still lacks to be supreme, in words.

use crate::rules::outcome::{Lack, Outcome, Supreme};
use crate::scenario::{CharId, Scenario};

/// Why the game ended: "Stalin holds the post of General Secretary with …".
pub fn outcome(s: &Scenario, o: &Outcome) -> String {
    match *o {
        Outcome::Supremacy { winner, seat, politburo_loyal, cc_loyal } => supreme(s, winner, &Supreme { seat, politburo_loyal, cc_loyal }),
        Outcome::EndDate { leader, power } if s.def.chapter.is_some() => {
            format!("the chapter is over; {} is the strongest leader (power {power})", s.name(leader))
        }
        Outcome::EndDate { leader, power } => format!(
            "{} came and no one was supreme; {} leads a collective leadership with the highest power ({power})",
            s.def.calendar.end.long(),
            s.name(leader)
        ),
        Outcome::PlayerFell { who, died } => {
            format!("{} {}: the struggle is lost", s.name(who), if died { "died" } else { "was cast out of the party" })
        }
    }
}

/// Why `x` is supreme.
pub fn supreme(s: &Scenario, x: CharId, sup: &Supreme) -> String {
    format!(
        "{} holds the post of {} with {}% of the {pb} and {}% of the {} loyal, and every rival is out of the {pb}",
        s.name(x),
        s.def.offices[sup.seat].name,
        sup.politburo_loyal,
        sup.cc_loyal,
        s.words().central_committee,
        pb = s.words().politburo
    )
}

/// The first condition of supremacy still missing: "only 40% of the Politburo is loyal (needs over 50%)".
pub fn lack(s: &Scenario, l: &Lack) -> String {
    let (pb, cc) = (&s.words().politburo, &s.words().central_committee);
    match l {
        Lack::NotFullMember => format!("not a full member of the {pb}"),
        Lack::NoSeat => format!(
            "does not hold {}",
            s.def.victory.seat_offices.iter().map(|o| s.def.offices[s.oid(o)].name.as_str()).collect::<Vec<_>>().join(" or ")
        ),
        Lack::PolitburoLoyal { have, need } => format!("only {have}% of the {pb} is loyal (needs over {need}%)"),
        Lack::CcLoyal { have, need } => format!("only {have}% of the {cc} is loyal (needs over {need}%)"),
        Lack::Rivals(rivals) => {
            format!("rivals still sit in the {pb}: {}", rivals.iter().map(|&r| s.short(r)).collect::<Vec<_>>().join(", "))
        }
        Lack::TooEarly(date) => format!("too early: no one is supreme before {}", date.long()),
    }
}
