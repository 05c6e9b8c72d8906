//! The state hash: an explicit byte encoding of everything that matters in a
//! `GameState`, fed to 64-bit FNV-1a. A save records this hash and a replay checks
//! it, so it must depend on this file alone, never on how a serialisation library
//! happens to format things.
//!
//! The encoding, written by hand in a fixed order:
//! - integers at their declared width, little-endian (`u8` one byte, `i16` two,
//!   `i32` and `u32` four, `u64` eight, `u128` sixteen); a `usize` (an id, an index,
//!   a length) as a `u64`, so the hash is the same on 32- and 64-bit machines;
//! - a `bool` as one byte, 0 or 1;
//! - a string as its length in bytes, then its UTF-8 bytes;
//! - a sequence as its length, then each element;
//! - an `Option` as a tag byte, 0 for `None` or 1 for `Some` followed by the value;
//! - an enum as a tag byte for its variant, then the variant's fields in order;
//!   the tags are written out below, so reordering a declaration changes nothing;
//! - a struct or a tuple as its fields, in the order written below;
//! - a `Date` as its month count (`i32`).
//!
//! The state is walked field by field with exhaustive destructuring: a field
//! added to a struct does not compile until it is hashed here or marked as not
//! part of the game (the scenario, the chronicle's words, the log, the
//! computer's difficulty…). Any change to the encoding changes every save's
//! recorded hash; the pinned-hash test fails so that it is never by accident.

use super::state::{
    Appointment, BlocState, CharState, Economy, Fresh, GameState, Outcome, PendingChoice, RegionState, TestamentStatus, Touch,
};
use crate::scenario::date::Date;
use crate::scenario::{Rank, SessionKind};

mod encode;
mod motions;
pub use encode::{Encode, StateHasher};

impl Encode for Date {
    fn encode(&self, h: &mut StateHasher) {
        self.0.encode(h);
    }
}

impl Encode for Rank {
    fn encode(&self, h: &mut StateHasher) {
        h.tag(match self {
            Rank::Deported => 0,
            Rank::Exiled => 1,
            Rank::Expelled => 2,
            Rank::Member => 3,
            Rank::CentralCommittee => 4,
            Rank::Candidate => 5,
            Rank::Politburo => 6,
        });
    }
}

impl Encode for SessionKind {
    fn encode(&self, h: &mut StateHasher) {
        h.tag(match self {
            SessionKind::Plenum => 0,
            SessionKind::Congress => 1,
        });
    }
}

impl Encode for TestamentStatus {
    fn encode(&self, h: &mut StateHasher) {
        h.tag(match self {
            TestamentStatus::Sealed => 0,
            TestamentStatus::ReadToDelegations => 1,
            TestamentStatus::Published => 2,
            TestamentStatus::Suppressed => 3,
        });
    }
}

impl Encode for Touch {
    fn encode(&self, h: &mut StateHasher) {
        h.tag(match self {
            Touch::Courted => 0,
            Touch::Attacked => 1,
            Touch::Charged => 2,
        });
    }
}

impl Encode for Outcome {
    fn encode(&self, h: &mut StateHasher) {
        match *self {
            Outcome::Supremacy { winner, seat, politburo_loyal, cc_loyal } => {
                h.tag(0);
                h.put(&winner);
                h.put(&seat);
                h.put(&politburo_loyal);
                h.put(&cc_loyal);
            }
            Outcome::EndDate { leader, power } => {
                h.tag(1);
                h.put(&leader);
                h.put(&power);
            }
            Outcome::PlayerFell { who, died } => {
                h.tag(2);
                h.put(&who);
                h.put(&died);
            }
        }
    }
}

impl Encode for CharState {
    fn encode(&self, h: &mut StateHasher) {
        let CharState {
            rank,
            alive,
            prestige,
            health,
            credibility,
            nep,
            world_revolution,
            ap,
            ap_bonus,
            bloc,
            charges,
            recanted,
            immune_until,
            done,
            fear,
            discredited,
            double_dealer,
            trust,
            incapacitated,
        } = self;
        h.put(rank);
        h.put(alive);
        h.put(prestige);
        h.put(health);
        h.put(credibility);
        h.put(nep);
        h.put(world_revolution);
        h.put(ap);
        h.put(ap_bonus);
        h.put(bloc);
        h.put(charges);
        h.put(recanted);
        h.put(immune_until);
        h.put(done);
        h.put(fear);
        h.put(discredited);
        h.put(double_dealer);
        h.put(trust);
        // Only when set: the games of scenarios without the effect keep their hashes.
        if *incapacitated {
            h.put(incapacitated);
        }
    }
}

impl Encode for Fresh {
    fn encode(&self, h: &mut StateHasher) {
        let Fresh { motion, surprise } = self;
        h.put(motion);
        h.put(surprise);
    }
}

impl Encode for Appointment {
    fn encode(&self, h: &mut StateHasher) {
        let Appointment { secretary, patron, by } = self;
        h.put(secretary);
        h.put(patron);
        h.put(by);
    }
}

impl Encode for RegionState {
    fn encode(&self, h: &mut StateHasher) {
        let RegionState { secretary, patron, loyalty, delegates, cc_seats, pending, elected_until, canvassed } = self;
        h.put(secretary);
        h.put(patron);
        h.put(loyalty);
        h.put(delegates);
        h.put(cc_seats);
        h.put(pending);
        h.put(elected_until);
        h.put(canvassed);
    }
}

impl Encode for BlocState {
    fn encode(&self, h: &mut StateHasher) {
        let BlocState { leader, members, organised } = self;
        h.put(leader);
        h.put(members);
        h.put(organised);
    }
}

impl Encode for Economy {
    fn encode(&self, h: &mut StateHasher) {
        let Economy { grain, industry, peasant_mood, worker_mood } = self;
        h.put(grain);
        h.put(industry);
        h.put(peasant_mood);
        h.put(worker_mood);
    }
}

impl Encode for PendingChoice {
    fn encode(&self, h: &mut StateHasher) {
        let PendingChoice { event, chooser, chosen } = self;
        h.put(event);
        h.put(chooser);
        h.put(chosen);
    }
}

impl Encode for GameState {
    fn encode(&self, h: &mut StateHasher) {
        let GameState {
            // Not part of the game's state: the shared scenario, the computer's
            // level, and what is derived from the game or only tells of it.
            scn: _,
            ai_salt: _,
            difficulty: _,
            chronicle: _,
            ledger: _,
            cause: _,
            log: _,
            rank_history: _,
            history_until: _,
            recorded: _,
            // The generator counts by how far its stream has run: hashed last.
            rng,
            seed,
            turn,
            date,
            chars,
            relations,
            offices,
            offices_made,
            regions,
            blocs,
            economy,
            line,
            line_owners,
            one_country,
            doctrine_owners,
            doctrine_changed,
            testament,
            politburo_agenda,
            plenum_agenda,
            agenda_dates,
            fresh,
            precedents,
            extraordinary,
            co_report,
            due_events,
            fired,
            answered,
            happened,
            choices,
            touched,
            player,
            power_history,
            outcome,
            deals,
            called_in,
            meetings,
        } = self;
        h.put(seed);
        h.put(turn);
        h.put(date);
        h.put(chars);
        h.put(relations);
        h.put(offices);
        // Only where an event made or unmade an office, so older games hash as before.
        if !offices_made.is_empty() {
            h.put(offices_made);
        }
        h.put(regions);
        h.put(blocs);
        h.put(economy);
        h.put(line);
        h.put(line_owners);
        h.put(one_country);
        h.put(doctrine_owners);
        h.put(doctrine_changed);
        h.put(testament);
        h.put(politburo_agenda);
        h.put(plenum_agenda);
        h.put(agenda_dates);
        h.put(fresh);
        h.put(precedents);
        h.put(extraordinary);
        h.put(co_report);
        h.put(due_events);
        h.put(fired);
        h.put(answered);
        h.put(happened);
        h.put(choices);
        h.put(touched);
        h.put(player);
        h.put(power_history);
        h.put(outcome);
        h.put(deals);
        h.put(called_in);
        h.put(meetings);
        h.put(&rng.position());
    }
}

/// The hash of a whole state.
pub fn state_hash(st: &GameState) -> u64 {
    let mut h = StateHasher::new();
    st.encode(&mut h);
    h.finish()
}

impl GameState {
    /// A hash of everything that matters in the state (not the chronicle's wording):
    /// equal hashes mean the same game. Its encoding is written out above.
    pub fn state_hash(&self) -> u64 {
        state_hash(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of<T: Encode + ?Sized>(v: &T) -> u64 {
        let mut h = StateHasher::new();
        h.put(v);
        h.finish()
    }

    #[test]
    fn fnv1a_matches_its_reference_values() {
        assert_eq!(StateHasher::new().finish(), 0xcbf29ce484222325);
        let mut h = StateHasher::new();
        h.bytes(b"a");
        assert_eq!(h.finish(), 0xaf63dc4c8601ec8c);
        let mut h = StateHasher::new();
        h.bytes(b"foobar");
        assert_eq!(h.finish(), 0x85944171f73967e8);
    }

    #[test]
    fn the_encoding_is_the_documented_one() {
        let bytes = |b: &[u8]| {
            let mut h = StateHasher::new();
            h.bytes(b);
            h.finish()
        };
        assert_eq!(of(&-2i32), bytes(&[0xfe, 0xff, 0xff, 0xff]));
        assert_eq!(of(&3usize), bytes(&[3, 0, 0, 0, 0, 0, 0, 0]));
        assert_eq!(of(&true), bytes(&[1]));
        assert_eq!(of(&None::<u8>), bytes(&[0]));
        assert_eq!(of(&Some(7u8)), bytes(&[1, 7]));
        assert_eq!(of("hé"), bytes(&[3, 0, 0, 0, 0, 0, 0, 0, b'h', 0xc3, 0xa9]));
        assert_eq!(of(&vec![1i16, -1]), bytes(&[2, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0xff, 0xff]));
        assert_eq!(of(&crate::rules::command::Motion::Promote { target: crate::scenario::CharId(1) }), bytes(&[4, 1, 0, 0, 0, 0, 0, 0, 0]));
        assert_eq!(of(&Date(5)), bytes(&[5, 0, 0, 0]));
        // Lengths come first, so moving an element from one list to the next is seen.
        assert_ne!(of(&(vec![1u8], vec![2u8])), of(&(vec![1u8, 2], Vec::<u8>::new())));
    }
}
