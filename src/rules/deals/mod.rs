//! Scheming between leaders: deals (a post, support on the line or protection,
//! traded for a vote or for joining a bloc), calling in a patron's delegations on
//! a chosen vote, and secret meetings that may leak. A deal is state: accepted, it
//! binds the promiser's vote (`Lean::Promised`), and a broken promise is found by
//! the rules after the vote and punished in regard and trust.

mod answer;
mod keep;
mod schemes;
pub(crate) use schemes::drop_stale_calls;

pub use answer::{answer_ok, interest, offer_ok};
pub use keep::{after_vote, expire, left_bloc, proposed};
pub use schemes::{call_in, call_in_ok, meet, meet_ok};

pub use super::command::{Ask, Offer, Terms};
pub use super::pacts::{Deal, DealStatus, Meeting};
pub use super::promises::{call_in_boost, pending, promised};

use super::chronicle::Event;
use super::state::GameState;
use crate::scenario::{CharId, OfficeId};

/// `from` puts a deal to `to`: a computer leader answers at once by his interest
/// (`interest`), the player is asked (`Command::AnswerDeal`).
pub fn offer(st: &mut GameState, terms: Terms) {
    let idx = st.deals.len();
    st.deals.push(Deal { terms, made: st.turn, status: DealStatus::Offered, post_proposed: false });
    st.record(|_| Event::DealOffered { deal: idx, terms });
    if st.player != Some(terms.to) {
        let yes = interest(st, &terms) > 0;
        answer(st, idx, yes);
    }
}

/// The answer to an offered deal; accepting a bloc deal joins the bloc at once.
pub fn answer(st: &mut GameState, idx: usize, accept: bool) {
    let terms = st.deals[idx].terms;
    if !accept {
        st.deals[idx].status = DealStatus::Refused;
        st.record(|_| Event::DealAnswered { deal: idx, terms, accepted: false });
        return;
    }
    st.deals[idx].status = DealStatus::Accepted;
    st.deals[idx].made = st.turn;
    st.record(|_| Event::DealAnswered { deal: idx, terms, accepted: true });
    if terms.ask == Ask::JoinBloc
        && let Some(b) = st.chars[terms.from].bloc
        && st.chars[terms.to].bloc != Some(b)
    {
        super::factions::join(st, terms.to, b);
    }
}

/// Someone broke his word in deal `idx`: the other side's regard falls most, the
/// rest of the leadership's a little, and his trust with it.
pub fn broken(st: &mut GameState, idx: usize, by: CharId) {
    let d = st.scn.def.balance.deals.clone();
    let terms = st.deals[idx].terms;
    let victim = if by == terms.from { terms.to } else { terms.from };
    st.deals[idx].status = DealStatus::Broken { by };
    st.because(crate::rules::ledger::Cause::Deals, |st| {
        st.add_rel(victim, by, -d.broken_regard);
        for c in st.ids() {
            if c != victim && c != by && st.active(c) {
                st.add_rel(c, by, -d.broken_regard_others);
            }
        }
    });
    let t = &mut st.chars[by].trust;
    *t = (*t - d.broken_trust).clamp(0, 100);
    st.record(|s| Event::DealBroken { deal: idx, terms, by, trust: s.chars[by].trust, regard: s.rel(victim, by) });
}

/// Every scheme worth asking `check` about for `actor`.
pub fn candidates(st: &GameState, actor: CharId, f: &mut dyn FnMut(super::command::Command)) {
    use super::command::Command;
    for (deal, d) in st.deals.iter().enumerate() {
        if d.terms.to == actor && d.status == DealStatus::Offered {
            f(Command::AnswerDeal { deal, accept: true });
            f(Command::AnswerDeal { deal, accept: false });
        }
    }
    if st.chars[actor].rank < crate::scenario::Rank::CentralCommittee {
        return;
    }
    let agenda: Vec<super::command::Motion> = st.politburo_agenda.iter().chain(&st.plenum_agenda).map(|p| p.motion).collect();
    for p in &st.plenum_agenda {
        f(Command::CallInLoyalty { motion: p.motion });
    }
    let mut asks: Vec<Ask> = agenda.iter().flat_map(|&motion| [true, false].map(|yes| Ask::Vote { motion, yes })).collect();
    asks.push(Ask::JoinBloc);
    // Posts worth promising: vacant, or held by a man the offerer would unseat.
    let posts: Vec<OfficeId> =
        OfficeId::all(st.offices.len()).filter(|&o| st.offices[o].is_none_or(|h| h != actor && st.rel(actor, h) < 0)).collect();
    let offered = st.deals.last().is_some_and(|d| d.made == st.turn)
        && super::promises::recent(st, 0).any(|i| st.deals[i].terms.from == actor && st.deals[i].made == st.turn);
    for to in st.ids() {
        if to == actor || !st.active(to) {
            continue;
        }
        f(Command::MeetSecretly { with: to });
        // Deals are listed with the Politburo's members and candidates (the rules allow
        // any Central Committee member: the computer bargains there for plenum votes).
        if offered || st.chars[to].rank < crate::scenario::Rank::Candidate {
            continue;
        }
        let mut gives = vec![Offer::Protection, Offer::Line];
        gives.extend(posts.iter().filter(|&&o| st.offices[o] != Some(to)).map(|&office| Offer::Post { office }));
        for &ask in &asks {
            for &give in &gives {
                f(Command::OfferDeal { to, give, ask });
            }
        }
    }
}
