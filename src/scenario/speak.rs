//! The rules' fixed texts in the scenario's words: a refusal, a help page, a
//! tutorial step or a tooltip is written once with 1924's words ("Politburo",
//! "Central Committee", "the OGPU"...) and `Scenario::speak` puts the scenario's
//! in their place, so an Albanian game reads "Political Bureau" everywhere. With
//! today's words (1924's) every text reads exactly as written.

use super::Scenario;

impl Scenario {
    /// `text`, written with 1924's words, in this scenario's words.
    pub fn speak(&self, text: &str) -> String {
        let pairs = self.word_pairs();
        if pairs.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        // One pass, longest first at each place: a scenario's word is never
        // replaced again (its country may be called "the Union of Soviets").
        'scan: while let Some(c) = rest.chars().next() {
            for (from, to) in &pairs {
                if let Some(after) = rest.strip_prefix(from.as_str()) {
                    out.push_str(to);
                    rest = after;
                    continue 'scan;
                }
            }
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        out
    }

    /// (1924's word, this scenario's) for every word the scenario changes,
    /// longest first so "the Soviet Union" goes before "Soviet".
    fn word_pairs(&self) -> Vec<(String, String)> {
        let w = self.words();
        let bare = |s: &str| s.strip_prefix("the ").unwrap_or(s).to_string();
        let mut pairs: Vec<(String, String)> = vec![
            ("the Soviet Union".into(), w.country.clone()),
            ("the OGPU".into(), w.police.clone()),
            ("OGPU".into(), bare(&w.police)),
            ("Politburo".into(), w.politburo.clone()),
            ("Central Committee".into(), w.central_committee.clone()),
            ("Control Commission".into(), w.control_commission.clone()),
            ("Party Congress".into(), w.congress.clone()),
            ("Pravda".into(), w.press.clone()),
            ("the Red Army".into(), w.army.clone()),
            ("Red Army".into(), bare(&w.army)),
            ("the Comintern".into(), w.world_movement.clone()),
            ("Comintern".into(), bare(&w.world_movement)),
            ("this quarter".into(), format!("this {}", w.turn)),
            ("next quarter".into(), format!("next {}", w.turn)),
            ("each quarter".into(), format!("each {}", w.turn)),
        ];
        match &self.def.testament {
            Some(t) => {
                pairs.push(("Lenin's Testament".into(), t.title.clone()));
                // 1924's own texts call it "Lenin's letter" too; another scenario's has its title.
                if t.title != "Lenin's Testament" {
                    pairs.push(("Lenin's letter".into(), t.title.clone()));
                }
            }
            // No Testament: the grounds a motion may have say nothing of one.
            None => pairs.push((", the Testament".into(), String::new())),
        }
        pairs.retain(|(from, to)| from != to);
        pairs.sort_by_key(|p| std::cmp::Reverse(p.0.len()));
        pairs
    }
}
