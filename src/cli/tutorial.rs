//! `play --tutorial`: the first turns with a coach. Each turn opens with one
//! lesson, pointing at the commands of this very turn by their numbers: patronage
//! and the lag of appointments, the agenda and the odds with `why`, blocs and the
//! ban on factions, the ladder and recanting, and how to win.

use super::session::Turn;
use crate::rules::GameState;
use crate::rules::command::Command;
use crate::scenario::CharId;
use std::io::Write;

/// The lessons given so far.
#[derive(Debug, Default)]
pub struct Coach {
    given: usize,
}

/// The number of the first command of the short list that `f` picks, as text.
fn first(st: &GameState, me: CharId, turn: &Turn, f: impl Fn(&Command) -> bool) -> Option<String> {
    turn.listed.iter().position(|c| f(c) && crate::actions::shortlisted(st, me, c)).map(|i| (i + 1).to_string())
}

impl Coach {
    /// How many lessons there are.
    pub const LESSONS: usize = 6;

    /// Prints this turn's lesson (one a turn, until they run out).
    pub fn lesson(&mut self, st: &GameState, me: CharId, turn: &Turn, out: &mut dyn Write) {
        let s = &st.scn;
        let text = match self.given {
            0 => {
                let appoint = first(st, me, turn, |c| matches!(c, Command::Appoint { person: None, .. }));
                let mut t = "TUTORIAL 1/6 - Patronage. The party's regions send delegates to congresses and seats to the Central Committee, and they vote as their PATRON leans, weighted by their loyalty (see the Patronage table)."
                    .to_string();
                match appoint {
                    Some(n) => t.push_str(&format!(
                        " You hold the Secretariat: command {n} appoints a loyal cadre. Try it, then `board`: the region shows '-> ... at turn's end'. An appointment is SEATED AT THE END OF THE TURN, so it changes the next plenum or congress, never this turn's vote. `help appoint` says more."
                    )),
                    None => t.push_str(&format!(
                        " You cannot appoint secretaries: {} holds that power, and every turn his cadres fill the regions. Your strength is prestige (a speech: `help speech`) and the regard of the others (`help court`).",
                        st.gensec_holder().map_or("the General Secretary", |g| s.short(g))
                    )),
                }
                t
            }
            1 => {
                let propose = first(st, me, turn, |c| matches!(c, Command::Propose(_)));
                format!(
                    "TUTORIAL 2/6 - The agenda and the odds. A motion goes to the body that decides it: the Politburo every turn, a plenum or congress when one meets. Each motion in the list shows its odds{}. `why N` breaks them down voter by voter: his regard for you, his bloc, prestige, the line, the party's norms. `agenda` lists what waits for a vote. A motion against a leader waits a turn (notice) and without grounds it costs its mover.",
                    propose.map(|n| format!("; try `why {n}`")).unwrap_or_default()
                )
            }
            2 => {
                let bloc = first(st, me, turn, |c| matches!(c, Command::FormBloc { .. } | Command::JoinBloc { .. }));
                format!(
                    "TUTORIAL 3/6 - Blocs and the ban. A bloc's members lean toward each other's motions{}. Publishing a platform makes it an ORGANISED FACTION that votes as one, but that breaks the ban on factions: its members can then be charged with factionalism, and charges open the lower rungs of the ladder. `help platform`, `help charge`.",
                    bloc.map(|n| format!(" (command {n} forms or joins one)")).unwrap_or_default()
                )
            }
            3 => "TUTORIAL 4/6 - The ladder. Off the Politburo -> off the Central Committee -> out of the party -> internal exile -> deportation; each step needs the one before. If a motion against you waits (`agenda`, and a '!!' line on the board), answer it this turn: court the voters, offer a deal, call in your delegations, or RECANT (`help recant`): the slide stops for a while, at a price, but go back to faction work and you are a double-dealer. Only expulsion, exile or death lose the game.".to_string(),
            4 => {
                let lack = match crate::rules::victory::supremacy(st, me) {
                    Ok(_) => "you would win now".to_string(),
                    Err(l) => format!("you are not yet supreme: {}", crate::narrate::lack(s, &l)),
                };
                format!(
                    "TUTORIAL 5/6 - How to win. Hold the seat of power with a loyal majority of the Politburo and of the Central Committee while every rival contender is out of the Politburo. Today {lack}. `power` shows each leader's power and what you still lack; `help glossary` has the words."
                )
            }
            5 => "TUTORIAL 6/6 - Why things happen. After each turn the report lists what happened, then the LEDGER: every change of prestige, of regard (always whose, for whom) and of loyalty, with its cause, and each contender's power part by part. `help ACTION` gives any action's rules. The coach leaves you here: good luck, comrade.".to_string(),
            _ => return,
        };
        self.given += 1;
        let _ = writeln!(out, "\n{text}\n");
    }
}
