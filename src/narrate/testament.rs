//! The Testament in words for the help and the glossary: whom it judges, what
//! publishing it costs each of them, and when it may be published. The numbers
//! are the scenario's own.

use crate::scenario::{Judged, Scenario, TestamentDef};

/// The men it judges, by name: "Stalin, Trotsky, Zinoviev, Kamenev, Bukharin and Pyatakov".
pub fn judged_names(s: &Scenario, t: &TestamentDef) -> String {
    let names: Vec<String> = t.judged().iter().map(|j| who(s, &j.about)).collect();
    match names.split_last() {
        Some((last, init)) if !init.is_empty() => format!("{} and {last}", init.join(", ")),
        _ => names.join(""),
    }
}

/// What publishing it costs each man it judges: "Stalin 20, Trotsky 6 prestige".
pub fn costs(s: &Scenario, t: &TestamentDef, suppressed: bool) -> String {
    let v: Vec<String> = t
        .judged()
        .iter()
        .filter(|j| matches!(j.about, Judged::Leader(_)))
        .map(|j| format!("{} {}", who(s, &j.about), if suppressed { j.suppressed } else { j.prestige }))
        .filter(|x| !x.ends_with(" 0"))
        .collect();
    if v.is_empty() { "no one loses prestige".into() } else { format!("{} prestige", v.join(", ")) }
}

/// When it may first be published: "not before Lenin is dead" (the title of the
/// event it waits for), or nothing.
pub fn waits(s: &Scenario, t: &TestamentDef) -> String {
    t.after
        .as_ref()
        .and_then(|e| s.def.events.iter().find(|x| &x.id == e))
        .map(|e| format!(" Not before \"{}\".", e.title))
        .unwrap_or_default()
}

/// The post it advises taking: "the post of General Secretary of the Central Committee".
pub fn post(s: &Scenario, t: &TestamentDef) -> String {
    t.office.as_deref().and_then(|o| s.office_id(o)).map_or("his post".into(), |o| format!("the post of {}", s.def.offices[o].name))
}

fn who(s: &Scenario, j: &Judged) -> String {
    match j {
        Judged::Leader(id) => s.char_id(id).map_or(id.clone(), |c| s.short(c).to_string()),
        Judged::Outsider(name) => name.clone(),
    }
}
