//! The computer's schemes, kept simple: he bargains for the swing votes on a close
//! motion that concerns him (protection or the line for a vote), keeps the post he
//! promised, calls in his delegations when a plenum vote is close, and a cunning
//! contender meets a fellow enemy of the front-runner in secret. Whether a deal is
//! accepted is the rules' answer (`deals::interest`), never his.

use super::Choice;
use super::coalition::{Scores, View, allies_against_given};
use crate::rules::command::{Command, Motion};
use crate::rules::deals::{self, Ask, Offer, Terms};
use crate::rules::legality::check;
use crate::rules::state::{GameState, Proposal};
use crate::rules::votes;
use crate::scenario::{CharId, Rank};

/// The schemes `c` considers now, scored (`scores`: the power scores of this state).
pub fn options(st: &GameState, c: CharId, scores: &Scores) -> Vec<Choice> {
    let mut out = vec![];
    let s = &st.scn;
    let traits = &s.def.characters[c].traits;
    let temp = &s.def.characters[c].temperament;
    for (deal, d) in st.deals.iter().enumerate() {
        if d.terms.to == c && d.status == deals::DealStatus::Offered {
            let accept = deals::interest(st, &d.terms) > 0;
            out.push(Choice { command: Command::AnswerDeal { deal, accept }, score: 1000, why: "answers the offer".into(), plan: None });
        }
        if d.terms.from == c
            && let Offer::Post { office } = d.terms.give
            && !d.post_proposed
            && d.binding(st.turn, s.def.balance.deals.term_turns)
        {
            let m = Command::Propose(Motion::ReplaceInOffice { office, with: d.terms.to });
            out.push(Choice { command: m, score: 40, why: "keeps his word: the post he promised".into(), plan: None });
        }
    }
    if st.chars[c].ap <= 0 || st.chars[c].rank < Rank::CentralCommittee {
        return out;
    }
    let agenda: Vec<Proposal> = st.politburo_agenda.iter().chain(&st.plenum_agenda).copied().collect();
    for p in &agenda {
        // His stake: his own motion (he wants a yes) or one aimed at him (a no).
        let want = if p.proposer == c {
            true
        } else if p.motion.target() == Some(c) && p.motion.against_target() {
            false
        } else {
            continue;
        };
        let odds = votes::forecast(st, p.proposer, p.motion);
        let mine = if want { odds } else { 1.0 - odds };
        if !(0.2..=0.75).contains(&mine) {
            continue;
        }
        if let Some(offer) = swing_deal(st, c, p, want) {
            out.push(Choice {
                plan: None,
                command: offer,
                score: 14 + temp.ambition + traits.cunning / 2,
                why: format!("bargains for a vote ({:.0}% now)", mine * 100.0).into(),
            });
        }
        let call = Command::CallInLoyalty { motion: p.motion };
        if (0.3..=0.7).contains(&mine) && check(st, c, &call).is_ok() {
            out.push(Choice {
                plan: None,
                command: call,
                score: 12 + temp.ambition / 2,
                why: format!("a close vote ({:.0}%): his delegations must hold", mine * 100.0).into(),
            });
        }
    }
    // A secret understanding with a fellow enemy of the front-runner, if the risk is worth it.
    let leak = s.def.balance.deals.leak_percent;
    if s.def.characters[c].contender {
        // The front-runner of the present, not of his turn's opening.
        let now = View::of(scores);
        for (ally, f) in allies_against_given(st, c, &now) {
            let cmd = Command::MeetSecretly { with: ally };
            let score = 4 + traits.cunning + temp.ambition / 2 - temp.caution - leak / 10;
            if score > 0 && st.rel(c, ally) < 40 && st.active(ally) && check(st, c, &cmd).is_ok() {
                out.push(Choice {
                    plan: None,
                    command: cmd,
                    score,
                    why: format!("a secret understanding with {} against {}", s.short(ally), s.short(f)).into(),
                });
                break;
            }
        }
    }
    out
}

/// The first offer a swing voter on `p` would accept: a voter leaning the wrong way,
/// offered protection or the line for the vote `c` wants.
fn swing_deal(st: &GameState, c: CharId, p: &Proposal, want: bool) -> Option<Command> {
    let politburo = st.politburo_agenda.iter().any(|x| x.motion == p.motion);
    let min = if politburo { Rank::Politburo } else { Rank::CentralCommittee };
    let mut voters: Vec<(i32, CharId)> = st
        .ids()
        .filter(|&v| v != c && st.active(v) && st.chars[v].rank >= min)
        .map(|v| (votes::leader_inclination(st, v, p, &mut |_, _| {}), v))
        .filter(|&(lean, _)| if want { lean < 0 } else { lean > 0 })
        .collect();
    // The waverers first: the cheapest votes to buy.
    voters.sort_by_key(|&(lean, v)| (lean.abs(), v));
    for (_, v) in voters.into_iter().take(4) {
        for give in [Offer::Protection, Offer::Line] {
            let terms = Terms { from: c, to: v, give, ask: Ask::Vote { motion: p.motion, yes: want } };
            let cmd = Command::OfferDeal { to: v, give, ask: terms.ask };
            if deals::interest(st, &terms) > 0 && check(st, c, &cmd).is_ok() {
                return Some(cmd);
            }
        }
    }
    None
}

/// Would this command break a promise `c` has made (moving against a man he protects)?
pub fn breaks_promise(st: &GameState, c: CharId, cmd: &Command) -> bool {
    match cmd {
        Command::Propose(m) => deals::promised(st, c, m) == Some(false),
        _ => false,
    }
}
