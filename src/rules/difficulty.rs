//! How well the computer plays: a setting of the game, kept with the state and
//! in saves, that the rules never read (only `ai` does), so it is not part of the
//! state hash.

/// How well the computer plays: never the rules, only its judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord)]
pub enum Difficulty {
    /// Faltering and timid against the player, slow to see him coming, no ganging up on him.
    Easy,
    #[default]
    Normal,
    /// Sharp choices, bolder motions, every rival's fire turned on the player, and his chief rival planning by search.
    Hard,
}

impl Difficulty {
    pub fn parse(s: &str) -> Result<Difficulty, String> {
        match s {
            "easy" => Ok(Difficulty::Easy),
            "normal" => Ok(Difficulty::Normal),
            "hard" => Ok(Difficulty::Hard),
            _ => Err(format!("unknown difficulty \"{s}\": expected easy, normal or hard")),
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Normal => "normal",
            Difficulty::Hard => "hard",
        }
    }
}
