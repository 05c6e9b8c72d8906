//! A quiet copy of the game for looking ahead: the odds, the events before the
//! vote, the computer's "what if". It leaves out what only tells of the past (the
//! chronicle, the ledger, the log of commands, the power and rank histories):
//! neither the events nor the votes read them. Copies are kept for reuse, so a
//! lookahead copies into buffers it already has rather than allocating a game.

use crate::rules::chronicle::Chronicle;
use crate::rules::state::GameState;
use std::cell::RefCell;

/// Copies let go of, kept for the next `sketch` (a few are alive at once: the
/// computer's held copy at the vote, a lookahead, the copy that lookahead votes on).
const SPARES: usize = 4;

thread_local! {
    static SPARE: RefCell<Vec<GameState>> = const { RefCell::new(Vec::new()) };
}

/// A quiet copy of a game (`sketch`), given back for reuse when dropped.
pub struct Sketch(Option<GameState>);

impl std::ops::Deref for Sketch {
    type Target = GameState;
    fn deref(&self) -> &GameState {
        self.0.as_ref().expect("a sketch holds its game until dropped")
    }
}

impl std::ops::DerefMut for Sketch {
    fn deref_mut(&mut self) -> &mut GameState {
        self.0.as_mut().expect("a sketch holds its game until dropped")
    }
}

impl Drop for Sketch {
    fn drop(&mut self) {
        let Some(g) = self.0.take() else { return };
        SPARE.with(|cell| {
            if let Ok(mut spare) = cell.try_borrow_mut()
                && spare.len() < SPARES
            {
                spare.push(g);
            }
        });
    }
}

/// A quiet copy of `st` without its histories: what the events and the votes read.
pub fn sketch(st: &GameState) -> Sketch {
    let spare = SPARE.with(|cell| cell.try_borrow_mut().ok().and_then(|mut spare| spare.pop()));
    let mut seen = spare.unwrap_or_else(|| GameState::fresh(st.scn.clone(), st.seed));
    seen.chronicle = Chronicle { quiet: true, ..Chronicle::default() };
    seen.log.clear();
    seen.ledger.clear();
    seen.power_history.clear();
    seen.rank_history.clear();
    sketch_into(st, &mut seen);
    Sketch(Some(seen))
}

/// Copies into `seen` every field of the game but the histories, reusing its
/// buffers. Every field is named, so a new one must be placed here.
fn sketch_into(st: &GameState, seen: &mut GameState) {
    let GameState {
        scn,
        seed,
        ai_salt,
        rng,
        turn,
        date,
        chars,
        relations,
        offices,
        offices_made,
        regions,
        blocs,
        economy,
        line,
        line_owners,
        one_country,
        doctrine_owners,
        doctrine_changed,
        testament,
        politburo_agenda,
        plenum_agenda,
        agenda_dates,
        fresh,
        precedents,
        extraordinary,
        co_report,
        due_events,
        fired,
        answered,
        happened,
        choices,
        touched,
        player,
        power_history: _,
        rank_history: _,
        outcome,
        chronicle: _,
        history_until,
        difficulty,
        recorded,
        log: _,
        deals,
        called_in,
        meetings,
        ledger: _,
        cause,
    } = st;
    seen.scn.clone_from(scn);
    (seen.seed, seen.ai_salt, seen.turn, seen.date, seen.line, seen.one_country) = (*seed, *ai_salt, *turn, *date, *line, *one_country);
    (seen.doctrine_changed, seen.testament) = (*doctrine_changed, *testament);
    seen.precedents.clone_from(precedents);
    (seen.extraordinary, seen.co_report, seen.player) = (*extraordinary, *co_report, *player);
    (seen.history_until, seen.difficulty) = (*history_until, *difficulty);
    seen.rng.clone_from(rng);
    seen.chars.clone_from(chars);
    seen.relations.clone_from(relations);
    seen.offices.clone_from(offices);
    seen.offices_made.clone_from(offices_made);
    seen.regions.clone_from(regions);
    seen.blocs.clone_from(blocs);
    seen.economy.clone_from(economy);
    seen.line_owners.clone_from(line_owners);
    seen.doctrine_owners.clone_from(doctrine_owners);
    seen.politburo_agenda.clone_from(politburo_agenda);
    seen.plenum_agenda.clone_from(plenum_agenda);
    seen.agenda_dates.clone_from(agenda_dates);
    seen.fresh.clone_from(fresh);
    seen.due_events.clone_from(due_events);
    seen.fired.clone_from(fired);
    seen.answered.clone_from(answered);
    seen.happened.clone_from(happened);
    seen.choices.clone_from(choices);
    seen.touched.clone_from(touched);
    seen.outcome.clone_from(outcome);
    seen.recorded.clone_from(recorded);
    seen.deals.clone_from(deals);
    seen.called_in.clone_from(called_in);
    seen.meetings.clone_from(meetings);
    seen.cause.clone_from(cause);
}
