//! The party's norms. In 1924 no one could move against Lenin's comrades without
//! grounds the party accepted (a charge of factionalism upheld, a platform or
//! co-report condemned, a lost fight over the line): whoever tried lost standing
//! and frightened the rest, who closed ranks against him. The norm wears away
//! with the years and with every leader driven down the ladder; and a man who
//! recants and goes back to factional work is never believed again.
//!
//! Notice belongs here too: a motion against a leader waits for a later session,
//! so he has a turn to answer it, unless the Secretariat puts it by surprise.

use super::chronicle::Event;
use super::command::Motion;
use super::state::{Fresh, GameState};
use crate::scenario::CharId;

/// What the party accepts as grounds against a leader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Grounds {
    /// Charges of factionalism upheld (a condemned platform or co-report adds them).
    Charges(i32),
    /// Fights over the line he lost, or a case an event made against him.
    Discredited(i32),
    /// He recanted and went back to factional work.
    DoubleDealer,
    /// Lenin's Testament, read or published, advises taking this post from him.
    Testament,
}

/// The grounds the party has against `c`, the strongest first; `None`: none.
pub fn grounds(st: &GameState, c: CharId) -> Option<Grounds> {
    let ch = &st.chars[c];
    if ch.double_dealer {
        Some(Grounds::DoubleDealer)
    } else if ch.charges > 0 {
        Some(Grounds::Charges(ch.charges))
    } else if ch.discredited > 0 {
        Some(Grounds::Discredited(ch.discredited))
    } else {
        None
    }
}

/// The norm's strength now, every precedent counted: what a voter leans against a
/// motion without grounds against a man like all who have fallen.
pub fn strength(st: &GameState) -> i32 {
    let n = &st.scn.def.balance.norms;
    (worn(st) - n.per_precedent * st.precedents.len() as i32).max(0)
}

/// The norm's strength against `t`: worn by the years, and by the precedents set
/// by the fall of men like him (`like_stance`). The Left's fall made the next
/// Leftist's easier; against the Right the party still wanted a case.
pub fn strength_against(st: &GameState, t: CharId) -> i32 {
    let n = &st.scn.def.balance.norms;
    let nep = st.chars[t].nep;
    let like = st.precedents.iter().filter(|&&p| n.like_stance <= 0 || (p - nep).abs() <= n.like_stance).count() as i32;
    (worn(st) - n.per_precedent * like).max(0)
}

/// The norm worn by the years alone.
fn worn(st: &GameState) -> i32 {
    let n = &st.scn.def.balance.norms;
    let months = (st.date.0 - st.scn.def.calendar.start.0).max(0);
    n.strength - n.decay_per_year * months / 12
}

/// The leader a motion strikes at: the target of a motion against him, or the
/// full Politburo member a post would be taken from (a lesser holder's post is
/// the Politburo's to give).
pub fn struck(st: &GameState, m: &Motion) -> Option<CharId> {
    match *m {
        Motion::ReplaceInOffice { office, with } => {
            st.offices[office].filter(|&h| h != with && st.chars[h].alive && st.chars[h].rank == crate::scenario::Rank::Politburo)
        }
        Motion::CongressReport { .. } => None,
        _ if m.against_target() => m.target(),
        _ => None,
    }
}

/// The leader a motion strikes at when the party's norm asks for grounds: the
/// ladder, and taking a post from a man outside the mover's own bloc.
pub fn needs_grounds(st: &GameState, mover: CharId, m: &Motion) -> Option<CharId> {
    let t = struck(st, m)?;
    match m {
        Motion::ReplaceInOffice { .. } if st.same_bloc(mover, t) => None,
        _ => Some(t),
    }
}

/// The grounds for this motion: those against the man it strikes, or Lenin's own
/// word when his Testament, read or published, advises taking this post from him.
pub fn grounds_for(st: &GameState, t: CharId, m: &Motion) -> Option<Grounds> {
    match *m {
        Motion::ReplaceInOffice { office, .. } if super::testament::advice(st, office) > 0 => Some(Grounds::Testament),
        _ => grounds(st, t),
    }
}

/// The norm a voter feels against this motion: its strength against the man it
/// strikes if the mover has no grounds against him, else nothing.
pub fn against(st: &GameState, mover: CharId, m: &Motion) -> i32 {
    match needs_grounds(st, mover, m) {
        Some(t) if grounds_for(st, t, m).is_none() => strength_against(st, t),
        _ => 0,
    }
}

/// A motion is put: without grounds it costs the mover prestige and frightens
/// the others; by surprise it costs more of both.
pub fn on_put(st: &mut GameState, mover: CharId, m: Motion, surprise: bool) {
    st.fresh.push(Fresh { motion: m, surprise });
    let n = &st.scn.def.balance.norms;
    let norm = against(st, mover, &m);
    let (mut lost, mut fear) = price(st, norm);
    if surprise {
        lost += n.surprise_prestige;
        fear += n.surprise_fear;
    }
    st.add_prestige(mover, -lost);
    st.chars[mover].fear = (st.chars[mover].fear + fear).min(100);
    if norm > 0
        && let Some(target) = needs_grounds(st, mover, &m)
    {
        st.record(|s| Event::StruckWithoutGrounds { mover, target, prestige_lost: lost, fear: s.chars[mover].fear, norm });
    }
}

/// What striking without grounds costs the mover while the norm weighs `norm`:
/// (prestige, fear), felt in proportion to what the norm still means.
pub fn price(st: &GameState, norm: i32) -> (i32, i32) {
    let n = &st.scn.def.balance.norms;
    (n.prestige_cost * norm / n.strength.max(1), n.fear * norm / n.strength.max(1))
}

/// Does a motion on the agenda wait for a later session? A motion against a
/// leader put this turn without surprise does: he is owed a turn to answer it.
pub fn waits(st: &GameState, m: &Motion) -> bool {
    struck(st, m).is_some() && st.fresh.iter().any(|f| f.motion == *m && !f.surprise)
}

/// Was `m` sprung without notice this turn? Such a motion is voted before its
/// target's recantation is heard: it neither lapses nor is barred by his pardon.
pub fn sprung(st: &GameState, m: &Motion) -> bool {
    st.fresh.iter().any(|f| f.surprise && f.motion == *m)
}

/// Is a motion, on the agenda or about to be put (without surprise), owed notice?
/// What the agenda, the forecast and the preview of a proposal say.
pub fn owed_notice(st: &GameState, m: &Motion) -> bool {
    let put = st.politburo_agenda.iter().chain(&st.plenum_agenda).any(|p| p.motion == *m);
    if put { waits(st, m) } else { struck(st, m).is_some() }
}

/// A leader falls down the ladder: a precedent that makes the next fall of a man
/// of his stance easier.
pub fn precedent(st: &mut GameState, who: CharId) {
    st.precedents.push(st.chars[who].nep);
    st.record(|s| Event::PrecedentSet { who, norm: strength_against(s, who) });
}

/// He lost a fight over the line: grounds against him.
pub fn lost_the_line(st: &mut GameState, who: CharId) {
    st.chars[who].discredited += 1;
    st.record(|_| Event::LostTheLine { who });
}

/// Factional work (joining or organising a faction, a co-report): a man who
/// recanted before is a double-dealer from now on.
pub fn factional_work(st: &mut GameState, who: CharId) {
    let ch = &mut st.chars[who];
    if ch.recanted && !ch.double_dealer {
        ch.double_dealer = true;
        st.record(|_| Event::DoubleDealer { who });
    }
}

/// Each turn fear fades; and now and then the party forgets one old charge of a
/// man who has kept out of organised factions (never a double-dealer's).
pub fn fade(st: &mut GameState) {
    let n = &st.scn.def.balance.norms;
    let (pct, every) = (n.fear_decay_percent, n.charge_fade_turns);
    let forget = every > 0 && st.turn > 0 && st.turn.is_multiple_of(every);
    for c in st.ids() {
        let f = &mut st.chars[c].fear;
        *f -= (*f * pct + 99) / 100;
        *f = (*f).max(0);
        let organised = st.chars[c].bloc.is_some_and(|b| st.blocs[b].organised);
        let ch = &mut st.chars[c];
        if forget && ch.charges > 0 && !organised && !ch.double_dealer && ch.rank >= crate::scenario::Rank::Member {
            ch.charges -= 1;
        }
    }
}

/// How far the norm loosens a delegation's loyalty to its patron on a motion
/// without grounds: the delegates will not follow him that far.
pub fn loosening(st: &GameState, prop: &super::state::Proposal) -> i32 {
    loosening_at(st, against(st, prop.proposer, &prop.motion))
}

/// The loyalty points a norm weighing `norm` takes from every delegation.
pub fn loosening_at(st: &GameState, norm: i32) -> i32 {
    norm * st.scn.def.balance.norms.loyalty_percent / 100
}
