//! The scenario's compromising document (Lenin's Testament in 1924): who keeps it,
//! whom it judges and in what words, what each judgement costs when it is
//! published, and the post it advises taking from one of them.

use serde::Deserialize;
use std::borrow::Cow;

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct TestamentDef {
    /// What the document is called in the chronicle, the help and the votes' breakdown.
    #[serde(default = "default_title")]
    pub title: String,
    /// What it was, for the glossary and the chronicle ("the Letter to the Congress...").
    #[serde(default)]
    pub letter: String,
    pub keeper: String,
    /// The man whose post it advises taking (`office`); he cannot publish it.
    pub names: String,
    /// Prestige `names` loses when it is published, for a file without `judgements`
    /// (the older form, where the letter judged one man).
    #[serde(default)]
    pub prestige_loss: i32,
    /// The same, when it is published after being suppressed.
    #[serde(default)]
    pub suppressed_loss: i32,
    /// Everyone the letter judges, in its own words, and what publishing it costs each.
    /// Empty: it judges `names` alone, at `prestige_loss`.
    #[serde(default)]
    pub judgements: Vec<JudgementDef>,
    /// The event that must have happened before it can be published (Lenin's death:
    /// a letter to a congress after his death cannot be published in his lifetime).
    #[serde(default)]
    pub after: Option<String>,
    /// The post the letter advises taking from `names` (Lenin: "remove Stalin from that post").
    #[serde(default)]
    pub office: Option<String>,
    /// How far votes to take that post from him lean toward yes once the letter is
    /// published (half as far while it is only read to the delegations).
    #[serde(default)]
    pub advice: i32,
    /// Percentage points of loyalty his own delegations lose in that vote once the
    /// letter is published (half while it is only read to the delegations).
    #[serde(default)]
    pub loosens: i32,
    /// How differently the letter lands from one game to the next: its advice and
    /// its loosening are taken at 100 ± this percent, drawn for the game from its
    /// seed. Whether Lenin's words sway a congress was not foreordained; with one
    /// fixed weight a single number of the scenario would decide every game alike.
    #[serde(default)]
    pub spread: i32,
}

fn default_title() -> String {
    "Lenin's Testament".into()
}

/// One man the letter judges: its words on him and what they cost him in public.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct JudgementDef {
    pub about: Judged,
    /// The letter's words on him, quoted by the chronicle when it is published.
    pub words: String,
    /// Prestige he loses when it is published, 0 to 100.
    #[serde(default)]
    pub prestige: i32,
    /// Prestige he loses when it is published after being suppressed, 0 to 100.
    #[serde(default)]
    pub suppressed: i32,
}

/// Whom a judgement is about: a character of the scenario, or a man outside its cast
/// (Pyatakov in 1924), quoted and costing no one.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
pub enum Judged {
    Leader(String),
    Outsider(String),
}

impl TestamentDef {
    /// The judgements it passes: its own list, or in the older form one on `names`.
    pub fn judged(&self) -> Cow<'_, [JudgementDef]> {
        if !self.judgements.is_empty() {
            return Cow::Borrowed(&self.judgements);
        }
        Cow::Owned(vec![JudgementDef {
            about: Judged::Leader(self.names.clone()),
            words: String::new(),
            prestige: self.prestige_loss,
            suppressed: self.suppressed_loss,
        }])
    }

    /// What publishing it costs the character `id`, fresh or after suppression.
    pub fn cost(&self, id: &str, suppressed: bool) -> i32 {
        self.judged()
            .iter()
            .filter(|j| matches!(&j.about, Judged::Leader(c) if c == id))
            .map(|j| if suppressed { j.suppressed } else { j.prestige })
            .sum()
    }
}
