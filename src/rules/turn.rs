//! A turn: commands first (the player's and the computer's), then the fixed order
//! events -> economy -> votes -> expulsions -> health -> victory check.

use super::chronicle::{DeathCause, Event};
use super::ledger::Cause;
use super::state::GameState;
use super::{events, expulsion, nep, patronage, sessions, victory};
use crate::scenario::{CharId, OfficeId};
use rand::RngExt;

impl GameState {
    /// Opens the turn: action points, office prestige, the turn's events announced.
    pub fn begin_turn(&mut self) {
        let recovery = self.scn.def.balance.credibility_recovery;
        for c in self.ids() {
            let ap = self.action_points(c);
            let ch = &mut self.chars[c];
            ch.ap = ap;
            ch.ap_bonus = 0;
            ch.done = 0;
            ch.credibility = (ch.credibility + recovery).min(100);
        }
        for o in OfficeId::all(self.offices.len()) {
            if let Some(h) = self.offices[o] {
                let p = self.scn.def.offices[o].prestige;
                self.because(Cause::Office(o), |s| s.add_prestige(h, p));
            }
        }
        self.because(Cause::Fading, Self::fade_and_rivalry);
        super::norms::fade(self);
        self.touched.clear();
        super::tenure::close_offices(self);
        self.record(|s| Event::TurnOpens { turn: s.turn + 1, session: s.session() });
        // After the turn's heading: the questions it puts come before their answers.
        events::announce(self);
        self.because(Cause::Army, super::levers::army_turn);
    }

    /// Fame fades toward the ordinary, and contenders who share the Politburo grow apart.
    fn fade_and_rivalry(&mut self) {
        let b = &self.scn.def.balance;
        let (decay, rivalry) = (b.prestige_decay_percent, b.contender_rivalry);
        for c in self.ids() {
            let p = self.chars[c].prestige;
            self.add_prestige(c, -((p - 40) * decay / 100));
        }
        self.cause = Cause::Rivalry;
        let top: Vec<CharId> = self
            .ids()
            .filter(|&c| {
                self.scn.def.characters[c].contender && self.chars[c].alive && self.chars[c].rank == crate::scenario::Rank::Politburo
            })
            .collect();
        for &a in &top {
            for &b in &top {
                if a != b {
                    self.add_rel(a, b, -rivalry);
                }
            }
        }
    }

    /// Is this the scenario's final turn?
    pub fn last_turn(&self) -> bool {
        self.date.plus_months(self.scn.def.calendar.months_per_turn as i32) > super::chapter::end(&self.scn)
    }

    /// Resolves the turn after every leader has acted, then opens the next one.
    pub fn end_turn(&mut self) {
        if self.is_over() {
            return;
        }
        events::resolve(self);
        let crisis = self.because(Cause::Economy, nep::economy_phase);
        self.because(Cause::CongressReport, sessions::votes_phase);
        if crisis {
            self.because(Cause::Economy, super::levers::crisis_motion);
        }
        self.because(Cause::Deals, super::deals::expire);
        self.because(Cause::Seated, patronage::seat_appointments);
        self.because(Cause::Ladder, expulsion::phase);
        self.because(Cause::Ladder, health_phase);
        let powers = victory::powers(self, &self.ids().collect::<Vec<_>>());
        self.power_history.push(powers);
        self.rank_history.push(self.chars.iter().map(|c| if c.alive { c.rank } else { crate::scenario::Rank::Deported }).collect());
        let last = self.last_turn() || super::chapter::decided(self);
        victory::check(self, last);
        self.extraordinary = None;
        self.co_report = None;
        if !self.is_over() {
            self.date = self.date.plus_months(self.scn.def.calendar.months_per_turn as i32);
            self.turn += 1;
            self.begin_turn();
        }
    }
}

/// Age wears health down; below the danger line each turn risks death.
fn health_phase(st: &mut GameState) {
    let h = st.scn.def.balance.health.clone();
    let year = st.date.year();
    for c in st.ids() {
        if !st.chars[c].alive {
            continue;
        }
        let age = year - st.scn.def.characters[c].born;
        let decline = (age - h.decline_age).max(0) * h.decline_per_decade / 10;
        let noise = if h.noise > 0 { st.rng.random_range(-h.noise..=h.noise) } else { 0 };
        let health = (st.chars[c].health - decline + noise).clamp(0, 100);
        st.chars[c].health = health;
        if health < h.danger && st.rng.random_range(0..100) < h.danger - health {
            expulsion::die(st, c, DeathCause::Illness);
        }
    }
}
