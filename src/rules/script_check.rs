//! `check` plays the historical script: an entry the rules will refuse at its
//! date is reported at its place in the file with the rules' own reason, so the
//! modder need not run `replay --history` to find it. The replay is the game's
//! own (`rules::history::play`), through the one door every command takes.

use crate::scenario::locate::Source;
use crate::scenario::{Scenario, ScenarioError, Severity};
use std::sync::Arc;

/// A warning for each script entry the replay refuses, positioned at the entry
/// in `text` (an extension's entries are in its base's text: `text` empty, the
/// warning names the file alone).
pub fn problems(scn: &Scenario, text: &str, file: &str) -> Vec<ScenarioError> {
    if scn.def.script.is_empty() {
        return vec![];
    }
    let (_, refused) = super::history::play(Arc::new(scn.clone()), None, true);
    if refused.is_empty() {
        return vec![];
    }
    let src = Source::new(text);
    let entries = src.entries("script");
    refused
        .into_iter()
        .map(|(i, why)| {
            let e = &scn.def.script[i];
            let (start, end) = entries.get(i).map(|&t| src.span(t)).filter(|_| !text.is_empty()).unwrap_or((0, 0));
            let mut p = ScenarioError::at(
                file,
                text,
                start,
                end,
                format!("the historical replay refuses this entry ({}, {}): {why}", e.date.long(), e.actor),
            )
            .with_hint("the replay leaves the historical path here: move the entry, or add the entries that make it legal before it");
            p.severity = Severity::Warning;
            p
        })
        .collect()
}
