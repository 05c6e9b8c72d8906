//! The parts of the game the board's panels show, each with a change signal of
//! its own. Whatever changes the game (a command, the end of a turn, a load, the
//! scenario reloaded, a new notice), `note` takes a digest of each part and marks
//! changed only the parts that moved; each panel's run condition names the parts
//! it reads. A speech moves the action points, the speaker's prestige and the
//! chronicle, so the top bar, the Politburo, the actions and a tab that shows
//! prestige or the chronicle redraw; an appointment moves the regions but not
//! their seats, so the patronage tab redraws and the Politburo does not; a save
//! moves only the notice, so only the top bar redraws.

use crate::rules::hash::StateHasher;
use crate::rules::state::CharState;
use crate::ui::Game;
use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use std::marker::PhantomData;
use std::sync::Arc;

/// One part's digest. Bevy marks it changed only when the part moved.
#[derive(Resource)]
pub struct Part<T: Send + Sync + 'static> {
    digest: Option<u64>,
    _of: PhantomData<T>,
}

impl<T: Send + Sync + 'static> Default for Part<T> {
    fn default() -> Self {
        Part { digest: None, _of: PhantomData }
    }
}

/// The date and the turn, the outcome, the scenario and the player; what the
/// window keeps of the turn just resolved (its report, the trends, the computer's
/// reasons). It moves at the end of each turn, and when a game is started,
/// loaded, or its scenario reloaded: then every panel that shows the game redraws.
pub enum Clock {}
/// The player's action points (and what he may have this turn).
pub enum Points {}
/// Every leader's standing (rank, prestige, stance, health, charges, bloc; not
/// his action points), who regards whom how, who holds which office, the blocs.
pub enum Standing {}
/// The regions: secretaries, patrons, appointments waiting, delegates, loyalty.
pub enum Regions {}
/// Each region's patron and Central Committee seats: what a leader's power and
/// supremacy count of the regions (an appointment waiting does not move them).
pub enum Seats {}
/// The party line and its owners, the economy, the Testament, the agendas and
/// the extraordinary session.
pub enum Line {}
/// The chronicle's entries.
pub enum Entries {}
/// The events' questions waiting for an answer.
pub enum Choices {}
/// The top bar's notice (the last command's result, a save, a refusal).
pub enum Notice {}
/// Everything the rules hold (`GameState::state_hash`): what is legal, the odds,
/// a command's preview. Moves with any command.
pub enum Rules {}

/// Every part, to note or to mark.
#[derive(SystemParam)]
pub struct Parts<'w> {
    clock: ResMut<'w, Part<Clock>>,
    points: ResMut<'w, Part<Points>>,
    standing: ResMut<'w, Part<Standing>>,
    regions: ResMut<'w, Part<Regions>>,
    seats: ResMut<'w, Part<Seats>>,
    line: ResMut<'w, Part<Line>>,
    entries: ResMut<'w, Part<Entries>>,
    choices: ResMut<'w, Part<Choices>>,
    notice: ResMut<'w, Part<Notice>>,
    rules: ResMut<'w, Part<Rules>>,
}

impl Parts<'_> {
    /// Marks every part changed: the board's panels are new and empty.
    pub fn mark_all(&mut self) {
        self.clock.set_changed();
        self.points.set_changed();
        self.standing.set_changed();
        self.regions.set_changed();
        self.seats.set_changed();
        self.line.set_changed();
        self.entries.set_changed();
        self.choices.set_changed();
        self.notice.set_changed();
        self.rules.set_changed();
    }

    /// Takes each part's digest; marks changed the parts that moved.
    pub fn note(&mut self, game: &Game) {
        let st = &game.st;
        let me = game.me;
        let clock = digest(|h| {
            h.put(&(Arc::as_ptr(&st.scn) as usize));
            h.put(&st.seed);
            h.put(&me);
            h.put(&st.turn);
            h.put(&st.date);
            h.put(&st.outcome.is_some());
            h.put(&game.last_turn);
            h.put(&game.history.len());
            h.put(&st.power_history.len());
            h.put(&st.rank_history.len());
            h.put(&game.reasons.len());
        });
        set(&mut self.clock, clock);
        set(&mut self.points, digest(|h| h.put(&(st.chars[me].ap, st.chars[me].ap_bonus, st.action_points(me)))));
        // Action points and the deeds done this turn are not a leader's standing.
        let chars: Vec<CharState> = st.chars.iter().map(|c| CharState { ap: 0, done: 0, ..c.clone() }).collect();
        set(
            &mut self.standing,
            digest(|h| {
                h.put(&chars);
                h.put(&st.relations);
                h.put(&st.offices);
                h.put(&st.blocs);
            }),
        );
        set(&mut self.regions, digest(|h| h.put(&st.regions)));
        let seats: Vec<_> = st.regions.iter().map(|r| (r.patron, r.cc_seats)).collect();
        set(&mut self.seats, digest(|h| h.put(&seats)));
        set(
            &mut self.line,
            digest(|h| {
                h.put(&st.line);
                h.put(&st.line_owners);
                h.put(&st.economy);
                h.put(&st.testament);
                h.put(&st.politburo_agenda);
                h.put(&st.plenum_agenda);
                h.put(&st.agenda_dates);
                h.put(&st.extraordinary);
                h.put(&st.co_report);
            }),
        );
        set(&mut self.entries, st.chronicle.entries.len() as u64);
        set(&mut self.choices, digest(|h| h.put(&st.choices)));
        set(&mut self.notice, digest(|h| h.put(&game.notice)));
        set(&mut self.rules, st.state_hash());
    }
}

/// A digest of a part, through the rules' own stable encoding (`rules::hash`).
fn digest(f: impl FnOnce(&mut StateHasher)) -> u64 {
    let mut h = StateHasher::new();
    f(&mut h);
    h.finish()
}

/// Stores the digest, and marks the part changed, only when it differs.
fn set<T: Send + Sync + 'static>(part: &mut ResMut<Part<T>>, d: u64) {
    if part.digest != Some(d) {
        part.digest = Some(d);
    }
}

/// Notes the parts that moved whenever the game changed (since this system last
/// ran, so no writer is missed, whatever system or observer it was).
pub fn note(game: Res<Game>, mut parts: Parts) {
    if game.is_changed() {
        parts.note(&game);
    }
}

pub fn plugin(app: &mut App) {
    app.init_resource::<Part<Clock>>()
        .init_resource::<Part<Points>>()
        .init_resource::<Part<Standing>>()
        .init_resource::<Part<Regions>>()
        .init_resource::<Part<Seats>>()
        .init_resource::<Part<Line>>()
        .init_resource::<Part<Entries>>()
        .init_resource::<Part<Choices>>()
        .init_resource::<Part<Notice>>()
        .init_resource::<Part<Rules>>();
}
