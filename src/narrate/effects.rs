//! What an answer to an event's question does, in words, before it is chosen:
//! "You: prestige +4, credibility −5; Zinoviev's regard for you −10". The window's
//! question lists it under each answer, so a player sees the cost of each.

use crate::scenario::{CharId, Effect, Scenario};

/// A signed change as the player reads it: "+4", "−5" (a true minus sign).
fn signed(d: i32) -> String {
    if d < 0 { format!("−{}", -d) } else { format!("+{d}") }
}

/// The effects of a choice for the player `me`, one clause per effect, in the
/// file's order; the player is "you". Empty when the choice changes nothing.
pub fn effects(scn: &Scenario, me: CharId, effects: &[Effect]) -> Vec<String> {
    let who = |id: &str| {
        let c = scn.cid(id);
        if c == me { "you".to_string() } else { scn.short(c).to_string() }
    };
    // "Your prestige", "Zinoviev's prestige".
    let whose = |id: &str| {
        let c = scn.cid(id);
        if c == me { "your".to_string() } else { format!("{}'s", scn.short(c)) }
    };
    let words = scn.words();
    effects
        .iter()
        .map(|e| match e {
            Effect::Prestige(c, d) => format!("{} prestige {}", capital(&whose(c)), signed(*d)),
            Effect::Health(c, d) => format!("{} health {}", capital(&whose(c)), signed(*d)),
            Effect::Credibility(c, d) => format!("{} credibility {}", capital(&whose(c)), signed(*d)),
            Effect::Die(c) => format!("{} dies", capital(&who(c))),
            Effect::Relation(a, b, d) => format!("{} regard for {} {}", capital(&whose(a)), who(b), signed(*d)),
            Effect::Stance(c, d) => {
                let way = if *d < 0 { "left" } else { "right" };
                format!("{} stance {} toward the {way}", capital(&whose(c)), signed(*d))
            }
            Effect::ActionPoints(c, d) => format!("{} action points {}", capital(&whose(c)), signed(*d)),
            Effect::Grain(d) => format!("grain {}", signed(*d)),
            Effect::Industry(d) => format!("industry {}", signed(*d)),
            Effect::PeasantMood(d) => format!("the peasants' mood {}", signed(*d)),
            Effect::WorkerMood(d) => format!("the workers' mood {}", signed(*d)),
            Effect::Delegates(r, d) => format!("{} delegates {}", scn.def.regions[scn.rid(r)].name, signed(*d)),
            Effect::Loyalty(r, d) => format!("{} loyalty to its patron {}", scn.def.regions[scn.rid(r)].name, signed(*d)),
            Effect::EnrolForOffice(o, d) => {
                format!("the delegations led by the {} {}", scn.def.offices[scn.oid(o)].name, signed(*d))
            }
            Effect::LoyaltyForOffice(o, d) => {
                format!("the loyalty of the delegations led by the {} {}", scn.def.offices[scn.oid(o)].name, signed(*d))
            }
            Effect::AppointForOffice(o, r) => format!(
                "the {} names a secretary for {}: its delegation his from the end of the turn",
                scn.def.offices[scn.oid(o)].name,
                scn.def.regions[scn.rid(r)].name
            ),
            Effect::HoldOrganisation(r, t) => {
                format!("{} keeps its leadership: no secretary appointed there for {t} turns", scn.def.regions[scn.rid(r)].name)
            }
            Effect::Office(o, Some(c)) | Effect::GiveOffice(o, c) => {
                format!("{} becomes {}", capital(&who(c)), scn.def.offices[scn.oid(o)].name)
            }
            Effect::CreateOffice(o) => format!("the post of {} is created", scn.def.offices[scn.oid(o)].name),
            Effect::AbolishOffice(o) => format!("the post of {} is abolished", scn.def.offices[scn.oid(o)].name),
            Effect::Office(o, None) | Effect::TakeOffice(o) => format!("the {} falls vacant", scn.def.offices[scn.oid(o)].name),
            Effect::DisownLine(c) => {
                format!("{} no longer answer{} for the line", capital(&who(c)), if scn.cid(c) == me { "" } else { "s" })
            }
            Effect::LineOwnersPrestige(d) => format!("the line's owners' prestige {}", signed(*d)),
            Effect::StancePrestige(side, d) => {
                format!("every leader on the {} prestige {}", if *side < 0 { "left" } else { "right" }, signed(*d))
            }
            Effect::TestamentRead => "the Testament is read to the delegations".to_string(),
            Effect::Discredit(c) => {
                let c = scn.cid(c);
                let them = if c == me { "you".to_string() } else { scn.short(c).to_string() };
                format!("the party has grounds against {them}: the norm no longer shields {}", if c == me { "you" } else { "him" })
            }
            Effect::Comintern(d) => format!("the {}'s head prestige {}", words.world_movement, signed(*d)),
            Effect::Doctrine(adopt, _) => format!("the party {} its doctrine abroad", if *adopt { "adopts" } else { "abandons" }),
            Effect::ConfirmDoctrine(_) => "the party's doctrine abroad confirmed".to_string(),
            Effect::WorldRevolution(d) => format!("the internationalists' case {}", if *d < 0 { "weakened" } else { "strengthened" }),
            Effect::SetRank(c, r) => format!("{} rank becomes {}", capital(&whose(c)), format!("{r:?}").to_lowercase()),
            Effect::Incapacitate(c) => format!("{} struck down", capital(&who(c))),
            Effect::Restore(c) => format!("{} restored", capital(&who(c))),
            Effect::Arrest(c) => format!("{} arrested", capital(&who(c))),
        })
        .collect()
}

/// The effects as one line: "Your credibility −5; your prestige −2", or a word
/// that the answer changes nothing at once.
pub fn effects_line(scn: &Scenario, me: CharId, list: &[Effect]) -> String {
    let v = effects(scn, me, list);
    // Only the line's first word keeps its capital ("your prestige", never "Your" mid-line).
    let v: Vec<String> = v
        .into_iter()
        .enumerate()
        .map(|(i, c)| match c.strip_prefix("You") {
            Some(rest) if i > 0 => format!("you{rest}"),
            _ => c,
        })
        .collect();
    if v.is_empty() { "No effect at once.".to_string() } else { capital(&v.join("; ")) }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
