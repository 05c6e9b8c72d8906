//! The game's one random generator: ChaCha8, seeded from the game's seed, so the
//! same seed and commands give the same game on every machine.

use rand::SeedableRng;
use rand::rngs::ChaCha8Rng;
use std::ops::{Deref, DerefMut};

#[derive(Debug)]
pub struct GameRng(ChaCha8Rng);

/// The golden-ratio step that spreads a small key (a leader's index) across 64 bits.
pub const GOLDEN: u64 = 0x9E37_79B9_7F4A_7C15;

/// A number fixed for the whole game, drawn from its seed outside the generator
/// (so no roll of the game moves): the finish of splitmix64 over `x`, a mix of the
/// seed, a salt naming the draw and a key. The leaders' suspicion and nerve and
/// the Testament's force are drawn this way.
pub fn seed_mix(mut x: u64) -> u64 {
    x ^= x >> 31;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^ x >> 29
}

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
