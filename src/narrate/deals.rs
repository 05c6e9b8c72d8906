//! The leaders' schemes in words: deals, calls on loyalty, secret meetings.

use crate::rules::chronicle::Event;
use crate::rules::deals::{Ask, Offer, Terms};
use crate::scenario::{Rank, Scenario};

/// What is given: "the post of General Secretary".
pub fn offer(s: &Scenario, o: &Offer) -> String {
    match *o {
        Offer::Post { office } => format!("the post of {}", s.def.offices[office].name),
        Offer::Line => "his vote on the line".into(),
        Offer::Protection => "his protection".into(),
    }
}

/// What is asked: "a yes on removing Trotsky from the Politburo".
pub fn ask(s: &Scenario, a: &Ask, rank: Option<Rank>) -> String {
    match a {
        Ask::Vote { motion, yes } => {
            format!("a {} on the motion to {}", if *yes { "yes" } else { "no" }, super::motion(s, motion, rank))
        }
        Ask::JoinBloc => "joining his bloc".into(),
    }
}

/// The deal in one phrase: "Stalin offers Bukharin his protection for a yes on ...".
pub fn terms(s: &Scenario, t: &Terms) -> String {
    format!("{} offers {} {} for {}", s.name(t.from), s.name(t.to), offer(s, &t.give), ask(s, &t.ask, None))
}

/// A command's wording in the list of actions, for the schemes.
pub fn command(s: &Scenario, c: &crate::rules::command::Command) -> Option<String> {
    use crate::rules::command::Command as C;
    Some(match *c {
        C::OfferDeal { to, give, ask: a } => {
            let asked = if a == Ask::JoinBloc { "joining your bloc".to_string() } else { ask(s, &a, None) };
            format!("Offer {} {} for {asked}", s.name(to), offer(s, &give).replace("his ", "your "))
        }
        C::AnswerDeal { deal, accept } => format!("{} deal no. {deal}", if accept { "Accept" } else { "Refuse" }),
        C::CallInLoyalty { motion } => {
            format!("Call in your delegations' loyalty on the motion to {}", super::motion(s, &motion, None))
        }
        C::MeetSecretly { with } => format!("Meet {} in secret", s.name(with)),
        _ => return None,
    })
}

pub(super) fn text(s: &Scenario, e: &Event) -> Option<String> {
    use Event as E;
    let n = |c| s.name(c);
    Some(match e {
        E::DealOffered { deal, terms: t } => format!("Deal no. {deal}: {}.", terms(s, t)),
        E::DealAnswered { deal, terms: t, accepted } => {
            format!("{} {} deal no. {deal} with {}.", n(t.to), if *accepted { "accepts" } else { "refuses" }, s.short(t.from))
        }
        E::DealLapsed { deal, terms: t } => format!("{}'s offer to {} (deal no. {deal}) lapses unanswered.", n(t.from), s.short(t.to)),
        E::PromiseKept { deal, terms: _, by } => format!("{} keeps {} word in deal no. {deal}.", n(*by), s.his(*by)),
        E::DealKept { deal, terms: t } => format!("The deal between {} and {} (no. {deal}) has run its term, kept.", n(t.from), n(t.to)),
        E::DealBroken { deal, terms: t, by, trust, regard } => {
            let other = if *by == t.from { t.to } else { t.from };
            format!(
                "{} breaks {his} word in deal no. {deal}: {}'s regard for {} falls to {regard}, {his} name for keeping faith to {trust}.",
                n(*by),
                s.short(other),
                s.him(*by),
                his = s.his(*by)
            )
        }
        E::LoyaltyCalledIn { patron, motion, regions, boost, cost } => format!(
            "{} calls in the loyalty of {his} {} on the motion to {}: they follow {him} more tightly (loyalty +{boost}), and resent it afterwards (-{cost}).",
            n(*patron),
            super::count(*regions, "delegation", "delegations"),
            super::motion(s, motion, None),
            his = s.his(*patron),
            him = s.him(*patron)
        ),
        E::SecretMeeting { actor, with, turns } => {
            format!(
                "{} meets {} in secret: an understanding on the votes for {}.",
                n(*actor),
                n(*with),
                super::count(*turns, "turn", "turns")
            )
        }
        E::MeetingLeaked { actor, with, prestige, charges, actor_charges, with_charges } => format!(
            "The secret meeting of {} and {} leaks: both lose {prestige} prestige and face {} of factionalism ({} now {actor_charges}, {} {with_charges}).",
            n(*actor),
            n(*with),
            super::count(*charges, "more charge", "more charges"),
            s.short(*actor),
            s.short(*with)
        ),
        _ => return None,
    })
}
