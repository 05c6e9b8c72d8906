//! The encoding of what is put and promised: motions on the agenda, and the
//! deals and secret meetings between leaders.

use super::{Encode, StateHasher};
use crate::rules::command::{Ask, Motion, Offer, Terms};
use crate::rules::pacts::{Deal, DealStatus, Meeting};
use crate::rules::state::Proposal;

impl Encode for Motion {
    fn encode(&self, h: &mut StateHasher) {
        match *self {
            Motion::SetLine { level } => {
                h.tag(0);
                h.put(&level);
            }
            Motion::ReplaceInOffice { office, with } => {
                h.tag(1);
                h.put(&office);
                h.put(&with);
            }
            Motion::RemoveFromPolitburo { target } => {
                h.tag(2);
                h.put(&target);
            }
            Motion::DemoteToCandidate { target } => {
                h.tag(3);
                h.put(&target);
            }
            Motion::Promote { target } => {
                h.tag(4);
                h.put(&target);
            }
            Motion::ExpelFromCC { target } => {
                h.tag(5);
                h.put(&target);
            }
            Motion::ExpelFromParty { target } => {
                h.tag(6);
                h.put(&target);
            }
            Motion::Exile { target } => {
                h.tag(7);
                h.put(&target);
            }
            Motion::Deport { target } => {
                h.tag(8);
                h.put(&target);
            }
            Motion::Readmit { target } => {
                h.tag(9);
                h.put(&target);
            }
            Motion::CongressReport { co_reporter } => {
                h.tag(10);
                h.put(&co_reporter);
            }
            Motion::Elect { target, to } => {
                h.tag(11);
                h.put(&target);
                h.put(&to);
            }
            Motion::SetDoctrine { one_country } => {
                h.tag(12);
                h.put(&one_country);
            }
        }
    }
}

impl Encode for Proposal {
    fn encode(&self, h: &mut StateHasher) {
        let Proposal { motion, proposer } = self;
        h.put(motion);
        h.put(proposer);
    }
}

impl Encode for Offer {
    fn encode(&self, h: &mut StateHasher) {
        match *self {
            Offer::Post { office } => {
                h.tag(0);
                h.put(&office);
            }
            Offer::Line => h.tag(1),
            Offer::Protection => h.tag(2),
        }
    }
}

impl Encode for Ask {
    fn encode(&self, h: &mut StateHasher) {
        match *self {
            Ask::Vote { motion, yes } => {
                h.tag(0);
                h.put(&motion);
                h.put(&yes);
            }
            Ask::JoinBloc => h.tag(1),
        }
    }
}

impl Encode for Deal {
    fn encode(&self, h: &mut StateHasher) {
        let Deal { terms: Terms { from, to, give, ask }, made, status, post_proposed } = self;
        h.put(from);
        h.put(to);
        h.put(give);
        h.put(ask);
        h.put(made);
        match *status {
            DealStatus::Offered => h.tag(0),
            DealStatus::Accepted => h.tag(1),
            DealStatus::Refused => h.tag(2),
            DealStatus::Kept => h.tag(3),
            DealStatus::Broken { by } => {
                h.tag(4);
                h.put(&by);
            }
        }
        h.put(post_proposed);
    }
}

impl Encode for Meeting {
    fn encode(&self, h: &mut StateHasher) {
        let Meeting { a, b, made, until } = self;
        h.put(a);
        h.put(b);
        h.put(made);
        h.put(until);
    }
}
