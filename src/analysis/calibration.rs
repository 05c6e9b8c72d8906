//! How well the odds forecast: every motion's odds as shown when it was put
//! (`Event::Proposed`), against whether it carried (`Event::Voted`). Motions that
//! lapse before their vote are left out: nothing was decided.

use crate::rules::chronicle::{Entry, Event};
use crate::rules::command::Motion;
use crate::scenario::CharId;
use serde::Serialize;

/// The forecasts of one game, paired with their outcomes as the votes come.
#[derive(Debug, Clone, Default)]
pub struct Forecasts {
    waiting: Vec<(CharId, Motion, f64)>,
    /// (odds shown, carried).
    pub decided: Vec<(f64, bool)>,
}

impl Forecasts {
    /// Reads one entry of the chronicle.
    pub fn read(&mut self, e: &Entry) {
        match &e.event {
            Event::Proposed { put, odds, .. } => self.waiting.push((put.proposer, put.motion, *odds)),
            Event::Voted { put, tally } => {
                if let Some(i) = self.waiting.iter().position(|w| w.0 == put.proposer && w.1 == put.motion) {
                    let (_, _, odds) = self.waiting.remove(i);
                    self.decided.push((odds, tally.passed));
                }
            }
            Event::Lapsed { put, .. } => self.waiting.retain(|w| !(w.0 == put.proposer && w.1 == put.motion)),
            _ => {}
        }
    }
}

/// One row of the reliability table: motions whose odds fell in `[from, to)`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Decile {
    pub from: f64,
    pub to: f64,
    pub motions: u64,
    /// The mean of the odds shown, in percent.
    pub predicted: f64,
    /// The share that carried, in percent.
    pub carried: f64,
}

/// The reliability table and its error.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Calibration {
    pub motions: u64,
    /// Mean absolute gap between the odds shown and the share carried, in
    /// percentage points, each decile weighted by its motions.
    pub error_pp: f64,
    pub deciles: Vec<Decile>,
}

pub fn calibrate(pairs: impl IntoIterator<Item = (f64, bool)>) -> Calibration {
    let mut sums = [(0u64, 0.0f64, 0u64); 10];
    for (p, carried) in pairs {
        let d = ((p * 10.0) as usize).min(9);
        sums[d].0 += 1;
        sums[d].1 += p;
        sums[d].2 += u64::from(carried);
    }
    let motions: u64 = sums.iter().map(|s| s.0).sum();
    let mut gap = 0.0;
    let deciles = sums
        .iter()
        .enumerate()
        .map(|(i, &(n, p, c))| {
            let (predicted, carried) = if n > 0 { (100.0 * p / n as f64, 100.0 * c as f64 / n as f64) } else { (0.0, 0.0) };
            gap += n as f64 * (predicted - carried).abs();
            Decile { from: i as f64 / 10.0, to: (i + 1) as f64 / 10.0, motions: n, predicted, carried }
        })
        .collect();
    Calibration { motions, error_pp: if motions > 0 { gap / motions as f64 } else { 0.0 }, deciles }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_perfect_forecast_has_no_error_and_a_blind_one_has_much() {
        // 10% odds, one in ten carried; 90% odds, nine in ten.
        let fair: Vec<(f64, bool)> = (0..10).map(|i| (0.1, i == 0)).chain((0..10).map(|i| (0.9, i != 0))).collect();
        let c = calibrate(fair);
        assert_eq!(c.motions, 20);
        assert!(c.error_pp < 1e-9, "{c:?}");
        assert_eq!(c.deciles[1].motions, 10);
        assert!((c.deciles[9].carried - 90.0).abs() < 1e-9);
        // Always 100% shown, half carried: 50 points off.
        let blind = calibrate((0..10).map(|i| (1.0, i % 2 == 0)));
        assert!((blind.error_pp - 50.0).abs() < 1e-9, "{blind:?}");
    }
}
