//! The guided first game's lessons, one a turn: patronage and the lag of
//! appointments, the agenda and the odds, blocs and the ban on factions, the
//! ladder and recanting, how to win, and why things happen. One source for the
//! terminal (`play --tutorial`) and the window's coach marks: only the words that
//! name the interface (a command to type, a tab or key to press) differ.

use crate::rules::GameState;
use crate::scenario::CharId;

/// Where the lesson is read: the words for "see the breakdown", "open the agenda"...
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ui {
    Terminal,
    Window,
}

/// What the lesson may point at on this turn: the terminal passes the numbers of
/// the commands that show it (`None`: no such command this turn).
#[derive(Debug, Clone, Default)]
pub struct Pointers {
    pub appoint: Option<String>,
    pub propose: Option<String>,
    pub bloc: Option<String>,
}

/// The part of the board a lesson is about: the window outlines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Patronage,
    Actions,
    Blocs,
    Fate,
    Power,
    Report,
}

/// One lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lesson {
    /// "Patronage", "The agenda and the odds"...
    pub title: &'static str,
    pub text: String,
    pub focus: Focus,
}

/// How many lessons there are.
pub const LESSONS: usize = 6;

/// The interface's words for the things a lesson points at.
struct Words {
    help: fn(&str) -> String,
    breakdown: &'static str,
    agenda: &'static str,
    power: &'static str,
    glossary: &'static str,
    pending: &'static str,
}

fn words(ui: Ui) -> Words {
    match ui {
        Ui::Terminal => Words {
            help: |k| format!("`help {k}`"),
            breakdown: "`why N` breaks them down voter by voter",
            agenda: "`agenda` lists what waits for a vote",
            power: "`power` shows each leader's power and what you still lack",
            glossary: "`help glossary` has the words",
            pending: "then `board`: the region shows '-> ... at turn's end'",
        },
        Ui::Window => Words {
            help: |_| "point at it: the details panel gives its rules".into(),
            breakdown: "point at a motion and the details panel breaks them down voter by voter",
            agenda: "the Agenda tab (G) lists what waits for a vote",
            power: "the Power tab (F4) shows each leader's power",
            glossary: "the Glossary (key L, or the ? button in the top bar) has the words",
            pending: "the Patronage tab then shows the new secretary waiting for the turn's end",
        },
    }
}

/// Lesson `i` (0-based) for the player on this turn, or `None` when they have run out.
pub fn lesson(st: &GameState, me: CharId, i: usize, ui: Ui, at: &Pointers) -> Option<Lesson> {
    let s = &st.scn;
    let w = words(ui);
    let (title, text, focus) = match i {
        0 => {
            let mut t = "The party's regions send delegates to congresses and seats to the Central Committee, and they vote as their PATRON leans, weighted by their loyalty (see the Patronage table).".to_string();
            if st.has_power(me, crate::scenario::Power::AppointSecretaries) {
                let which = match (ui, &at.appoint) {
                    (Ui::Terminal, Some(n)) => format!("command {n} appoints a loyal cadre. Try it, {}", w.pending),
                    _ => format!("the Patronage group of your actions appoints a loyal cadre. Try it: {}", w.pending),
                };
                t.push_str(&format!(
                    " You hold the Secretariat: {which}. An appointment is SEATED AT THE END OF THE TURN, so it changes the next plenum or congress, never this turn's vote; {}.",
                    (w.help)("appoint")
                ));
            } else {
                let strength = match ui {
                    Ui::Terminal => format!("prestige (a speech: {}) and the regard of the others (courting: {})", (w.help)("speech"), (w.help)("court")),
                    Ui::Window => "prestige (speeches, articles) and the regard of the others (courting): point at an action and the details panel gives its rules".into(),
                };
                t.push_str(&format!(
                    " You cannot appoint secretaries: {} holds that power, and every turn his cadres fill the regions. Your strength is {strength}.",
                    st.gensec_holder().map_or("the General Secretary", |g| s.short(g)),
                ));
            }
            ("Patronage", t, Focus::Patronage)
        }
        1 => {
            let try_it = match (ui, &at.propose) {
                (Ui::Terminal, Some(n)) => format!("; try `why {n}`"),
                _ => String::new(),
            };
            (
                "The agenda and the odds",
                format!(
                    "A motion goes to the body that decides it: the Politburo every turn, a plenum or congress when one meets. Each motion in the list shows its odds{try_it}; {}: his regard for you, his bloc, prestige, the line, the party's norms. {}. A motion against a leader waits a turn (notice) and without grounds it costs its mover.",
                    w.breakdown,
                    capital(w.agenda)
                ),
                Focus::Actions,
            )
        }
        2 => {
            let form = match (ui, &at.bloc) {
                (Ui::Terminal, Some(n)) => format!(" (command {n} forms or joins one)"),
                (Ui::Window, _) => " (the Blocs tab, F3, shows who stands with whom)".into(),
                _ => String::new(),
            };
            (
                "Blocs and the ban",
                format!(
                    "A bloc's members lean toward each other's motions{form}. Publishing a platform makes it an ORGANISED FACTION that votes as one, but that breaks the ban on factions: its members can then be charged with factionalism, and charges open the lower rungs of the ladder ({}).",
                    (w.help)("platform")
                ),
                Focus::Blocs,
            )
        }
        3 => (
            "The ladder",
            format!(
                "Off the Politburo -> off the Central Committee -> out of the party -> internal exile -> deportation; each step needs the one before. If a motion against you waits ({}, and a '!!' line on the board), answer it this turn: court the voters, offer a deal, call in your delegations, or RECANT: the slide stops for a while, at a price, but go back to faction work and you are a double-dealer. Only expulsion, exile or death lose the game.",
                if ui == Ui::Terminal { "`agenda`" } else { "the Agenda tab" }
            ),
            Focus::Fate,
        ),
        4 => {
            let lack = match crate::rules::victory::supremacy(st, me) {
                Ok(_) => "you would win now".to_string(),
                Err(l) => format!("you are not yet supreme: {}", super::lack(s, &l)),
            };
            (
                "How to win",
                format!(
                    "Hold the seat of power with a loyal majority of the Politburo and of the Central Committee while every rival contender is out of the Politburo. Today {lack}. {}; {}.",
                    capital(w.power),
                    w.glossary
                ),
                Focus::Power,
            )
        }
        5 => (
            "Why things happen",
            format!(
                "After each turn the report lists what happened, then the LEDGER: every change of prestige, of regard (always whose, for whom) and of loyalty, with its cause, and each contender's power part by part. {}. The coach leaves you here: good luck, comrade.",
                if ui == Ui::Terminal {
                    "`help ACTION` gives any action's rules"
                } else {
                    "The Chronicle tab (C) keeps every turn's report"
                }
            ),
            Focus::Report,
        ),
        _ => return None,
    };
    // Written with 1924's words; the scenario's own in their place.
    Some(Lesson { title, text: s.speak(&text), focus })
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
