//! The game's one random generator: ChaCha8, seeded from the game's seed, so the
//! same seed and commands give the same game on every machine.

use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;
use std::ops::{Deref, DerefMut};

#[derive(Debug)]
pub struct GameRng(ChaCha8Rng);

impl GameRng {
    pub fn seeded(seed: u64) -> GameRng {
        GameRng(ChaCha8Rng::seed_from_u64(seed))
    }
    /// How far the stream has run: part of the state hash.
    pub fn position(&self) -> u128 {
        self.0.get_word_pos()
    }
}

impl Clone for GameRng {
    fn clone(&self) -> Self {
        GameRng(ChaCha8Rng::deserialize_state(&self.0.serialize_state()))
    }
}

impl Deref for GameRng {
    type Target = ChaCha8Rng;
    fn deref(&self) -> &ChaCha8Rng {
        &self.0
    }
}

impl DerefMut for GameRng {
    fn deref_mut(&mut self) -> &mut ChaCha8Rng {
        &mut self.0
    }
}
