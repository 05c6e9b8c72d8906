//! The unity norm of the 1920s: once a majority was known, the waverers voted with
//! it, since open dissent was itself a mark of opposition. At a congress, only the
//! delegates who follow a patron on the losing side hold out; in every body, a leader
//! goes with it unless he leans hard. A majority in doubt moves no one.

use super::{Body, Poll, Voter, voting_seats};
use crate::rules::state::GameState;
use crate::scenario::Rank;

/// How far, 0..1, the waverers go with the majority, and which side it is on
/// (true: for), given every voter's chance of yes; `None` where the norm does
/// not act (no norm for this body, or the majority in doubt). Outside a congress
/// it moves only the leaders (`unity_leaders_percent`).
pub fn pull(st: &GameState, body: Body, vs: &[Voter], ps: &[f64]) -> Option<(f64, bool)> {
    let w = &st.scn.def.balance.vote;
    let percent = if body == Body::Congress { w.unity_percent } else { w.unity_leaders_percent };
    if percent <= 0 {
        return None;
    }
    let (mut yes, mut all) = (0.0, 0.0);
    for (v, p) in vs.iter().zip(ps) {
        let seats = match v {
            Voter::Leader(_) => 1.0,
            Voter::Delegation(_, w) | Voter::Control(w) => voting_seats(st, *w) as f64,
        };
        yes += seats * p;
        all += seats;
    }
    if all <= 0.0 {
        return None;
    }
    let margin = (yes / all - 0.5).abs() * 100.0;
    let doubt = f64::from(w.unity_doubt.clamp(0, 49));
    let clarity = ((margin - doubt) / (50.0 - doubt)).clamp(0.0, 1.0);
    let strength = f64::from(percent.min(100)) / 100.0 * clarity.sqrt();
    (strength > 0.0).then_some((strength, yes * 2.0 > all))
}

/// The chances after the norm: at a congress each delegation's waverers (all but
/// the share loyal to a patron on the losing side) move `strength` of the way toward
/// the majority; in every body a leader moves as far as he does not lean hard
/// (`unity_leaders_percent` of the way at 50% yes, none at 0% or 100%), but not
/// against a man of his own bloc (the opposition's men did not vote for one
/// another's expulsion until they recanted: Kamenev for Zinoviev's, 1927), and the
/// mover's own bloc, those of them not leaning against it, go `unity_bloc_percent`
/// of the rest of the way with a known majority for his motion. In the Politburo,
/// where the majority argued behind closed doors, only his followers do: a
/// contender of his bloc keeps his own counsel (Bukharin against the Industrial
/// offensive, April 1928, while Molotov and Voroshilov voted with Stalin).
pub fn apply(poll: &Poll, st: &GameState, body: Body, vs: &[Voter], ps: &mut [f64], (strength, yes): (f64, bool)) {
    let to = if yes { 1.0 } else { 0.0 };
    let leaders = if body == Body::Congress {
        f64::from(st.scn.def.balance.vote.unity_leaders_percent.min(100)) / f64::from(st.scn.def.balance.vote.unity_percent.max(1))
    } else {
        1.0
    };
    let camp = camp(poll, st, yes);
    // The man a winning motion strikes at: his own bloc does not desert him.
    let m = poll.proposal().motion;
    let struck = m.target().filter(|_| yes && m.against_target());
    for (v, p) in vs.iter().zip(ps.iter_mut()) {
        if let Voter::Leader(c) = *v {
            if struck.is_some_and(|t| t != c && st.chars[c].bloc.is_some() && st.chars[c].bloc == st.chars[t].bloc) {
                continue;
            }
            let own = *p;
            let waver = 1.0 - (2.0 * *p - 1.0).abs();
            *p += (strength * leaders).min(1.0) * waver * (to - *p);
            // His own leaning against it (below even odds, before the norm) he keeps;
            // in the Politburo a contender argues his own case (Bukharin, 1928).
            if camp.is_some_and(|b| st.chars[c].bloc == Some(b))
                && !(body.of_politburo() && st.scn.is_contender(c))
                && own >= 0.5
                && poll.leader(c, &mut |_, _| {}).abs() < super::caucus::SETTLES
            {
                *p += f64::from(st.scn.def.balance.vote.unity_bloc_percent.min(100)) / 100.0 * (1.0 - *p);
            }
            continue;
        }
        let Voter::Delegation(r, _) = *v else {
            continue;
        };
        if body != Body::Congress {
            continue;
        }
        let reg = &st.regions[r];
        let holdout = match reg.patron.filter(|&c| st.chars[c].alive && st.chars[c].rank >= Rank::Member) {
            Some(c) => {
                let p_pat = super::p_yes(st, poll.leader(c, &mut |_, _| {}));
                if (p_pat > 0.5) != yes { f64::from(reg.loyalty.clamp(0, 100)) / 100.0 } else { 0.0 }
            }
            None => 0.0,
        };
        *p += strength * (1.0 - holdout) * (to - *p);
    }
}

/// The mover's bloc, when the known majority is with his motion and the scenario
/// binds his camp to it (`unity_bloc_percent`): its members who do not lean against
/// it go that far with him; in the Politburo, not its contenders (`apply` sees to
/// it): they argued there (the Right, 1928) and stood as one before the Central
/// Committee.
fn camp(poll: &Poll, st: &GameState, yes: bool) -> Option<crate::scenario::BlocId> {
    let mover = poll.proposal().proposer;
    (yes && st.scn.def.balance.vote.unity_bloc_percent > 0).then(|| st.chars[mover].bloc).flatten()
}

/// A delegation's random swing (0..1): the waverers' whims, which a known majority
/// stills as far as it carries them.
pub fn noise(st: &GameState, body: Body, pulled: Option<(f64, bool)>) -> f64 {
    let noise = f64::from(st.scn.def.balance.vote.delegation_noise) / 100.0;
    pulled.filter(|_| body == Body::Congress).map_or(noise, |(strength, _)| noise * (1.0 - strength))
}

/// Every voter's chance of yes in `body`, with a caucus's verdict and the unity
/// norm applied: what the tally draws from and the breakdown shows.
pub fn chances(st: &GameState, body: Body, prop: &crate::rules::state::Proposal) -> (Vec<Voter>, Vec<f64>, Option<(f64, bool)>) {
    let vs = super::voters(st, body);
    let poll = Poll::new(st, prop);
    let mut ps: Vec<f64> = vs.iter().map(|&v| poll.voter(v)).collect();
    super::council::apply(st, body, &poll, &vs, &mut ps);
    // A caucus settles it first (the Seven), then the norm acts on what is known.
    super::caucus::apply(st, body, &poll, &vs, &mut ps);
    let pulled = pull(st, body, &vs, &ps);
    if let Some(x) = pulled {
        apply(&poll, st, body, &vs, &mut ps, x);
    }
    (vs, ps, pulled)
}
