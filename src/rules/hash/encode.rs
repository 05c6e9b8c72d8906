//! The encoding's primitives: the FNV-1a hasher and how integers, strings,
//! sequences, options and tuples are written (the rules are in `hash`'s header).

/// FNV-1a, 64 bits, over the bytes it is given.
#[derive(Debug, Clone)]
pub struct StateHasher(u64);

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

impl Default for StateHasher {
    fn default() -> Self {
        StateHasher(FNV_OFFSET)
    }
}

impl StateHasher {
    pub fn new() -> StateHasher {
        StateHasher::default()
    }
    pub fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= b as u64;
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
    }
    /// A tag byte: an enum's variant, or `Option`'s `None`/`Some`.
    pub fn tag(&mut self, t: u8) {
        self.bytes(&[t]);
    }
    /// A length or an index: always eight bytes.
    pub fn len(&mut self, n: usize) {
        self.bytes(&(n as u64).to_le_bytes());
    }
    pub fn finish(&self) -> u64 {
        self.0
    }
    pub fn put<T: Encode + ?Sized>(&mut self, v: &T) {
        v.encode(self);
    }
}

/// A value with a fixed byte encoding for the state hash.
pub trait Encode {
    fn encode(&self, h: &mut StateHasher);
}

macro_rules! le_bytes {
    ($($t:ty),*) => {$(
        impl Encode for $t {
            fn encode(&self, h: &mut StateHasher) {
                h.bytes(&self.to_le_bytes());
            }
        }
    )*};
}
le_bytes!(u8, i16, u32, i32, u64, u128);

impl Encode for usize {
    fn encode(&self, h: &mut StateHasher) {
        h.len(*self);
    }
}

/// An id as its index, like any `usize`.
macro_rules! ids {
    ($($t:ty),*) => {$(
        impl Encode for $t {
            fn encode(&self, h: &mut StateHasher) {
                h.len(self.0);
            }
        }
    )*};
}
ids!(crate::scenario::CharId, crate::scenario::OfficeId, crate::scenario::RegionId, crate::scenario::BlocId);

impl Encode for bool {
    fn encode(&self, h: &mut StateHasher) {
        h.tag(u8::from(*self));
    }
}

impl Encode for str {
    fn encode(&self, h: &mut StateHasher) {
        h.len(self.len());
        h.bytes(self.as_bytes());
    }
}

impl Encode for String {
    fn encode(&self, h: &mut StateHasher) {
        self.as_str().encode(h);
    }
}

impl<T: Encode> Encode for [T] {
    fn encode(&self, h: &mut StateHasher) {
        h.len(self.len());
        for x in self {
            x.encode(h);
        }
    }
}

impl<T: Encode> Encode for Vec<T> {
    fn encode(&self, h: &mut StateHasher) {
        self.as_slice().encode(h);
    }
}

impl<T: Encode> Encode for Option<T> {
    fn encode(&self, h: &mut StateHasher) {
        match self {
            None => h.tag(0),
            Some(x) => {
                h.tag(1);
                x.encode(h);
            }
        }
    }
}

impl<A: Encode, B: Encode> Encode for (A, B) {
    fn encode(&self, h: &mut StateHasher) {
        self.0.encode(h);
        self.1.encode(h);
    }
}

impl<A: Encode, B: Encode, C: Encode> Encode for (A, B, C) {
    fn encode(&self, h: &mut StateHasher) {
        self.0.encode(h);
        self.1.encode(h);
        self.2.encode(h);
    }
}
