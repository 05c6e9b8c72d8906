//! The party's calendar as the rules read it each turn: which session sits this
//! turn (scheduled or called), which come later, and when a dated motion of the
//! historical script may be voted.

use super::chronicle::Sitting;
use super::command::Motion;
use super::state::GameState;
use crate::scenario::date::Date;

impl GameState {
    /// The session meeting this turn, scheduled or called.
    pub fn session(&self) -> Option<Sitting> {
        let end = self.date.plus_months(self.scn.def.calendar.months_per_turn as i32);
        let scheduled = self.scn.def.sessions.iter().position(|s| s.date >= self.date && s.date < end);
        match (scheduled, self.extraordinary) {
            (Some(i), _) => Some(Sitting { kind: self.scn.def.sessions[i].kind, scheduled: Some(i) }),
            (None, Some((kind, _))) => Some(Sitting { kind, scheduled: None }),
            (None, None) => None,
        }
    }
    /// Every session meeting this turn, in date order, with its month.
    pub fn sessions_this_turn(&self) -> Vec<(Sitting, Date)> {
        let end = self.date.plus_months(self.scn.def.calendar.months_per_turn as i32);
        let mut v: Vec<_> = (0..self.scn.def.sessions.len())
            .filter(|&i| self.scn.def.sessions[i].date >= self.date && self.scn.def.sessions[i].date < end)
            .map(|i| (Sitting { kind: self.scn.def.sessions[i].kind, scheduled: Some(i) }, self.scn.def.sessions[i].date))
            .collect();
        if v.is_empty()
            && let Some(s) = self.session()
        {
            v.push((s, self.date));
        }
        v
    }
    /// The earliest session month a waiting motion may be voted at.
    pub fn not_before(&self, m: &Motion) -> Date {
        self.agenda_dates.iter().find(|(x, _)| x == m).map(|(_, d)| *d).unwrap_or(self.date)
    }
    /// The month an organisation's own council votes a motion dated for it later in
    /// the turn than the last session (the historical script's date): it sits at
    /// its own date, not with the Central Committee. None for any other motion.
    pub fn own_date(&self, m: &Motion) -> Option<Date> {
        let at = self.not_before(m);
        let end = self.date.plus_months(self.scn.def.calendar.months_per_turn as i32);
        let last = self.sessions_this_turn().last().map(|(_, d)| *d)?;
        let council = matches!(super::votes::own_body(self, m), Some(super::votes::Body::Organisation(_)));
        (council && at > last && at < end).then_some(at)
    }
    /// The next scheduled session from this turn on: its index in `sessions`.
    pub fn next_session_index(&self) -> Option<usize> {
        self.scn.def.sessions.iter().position(|s| s.date >= self.date)
    }
    /// The first scheduled session after this turn: where a motion waiting for
    /// notice goes.
    pub fn session_after_this_turn(&self) -> Option<usize> {
        let end = self.date.plus_months(self.scn.def.calendar.months_per_turn as i32);
        self.scn.def.sessions.iter().position(|s| s.date >= end)
    }
    /// The next scheduled session from this turn on.
    pub fn next_session(&self) -> Option<&crate::scenario::SessionDef> {
        self.next_session_index().map(|i| &self.scn.def.sessions[i])
    }
}
