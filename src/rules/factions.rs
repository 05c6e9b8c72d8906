//! Blocs and the ban on factions: leaders court and attack each other, form and
//! leave blocs; an organised faction votes as one but can be charged.

use super::chronicle::Event;
use super::state::{GameState, Touch};
use crate::scenario::{BlocId, CharId, Power};

pub fn court(st: &mut GameState, actor: CharId, target: CharId) {
    let b = &st.scn.def.balance;
    let gain = b.court_relation * (5 + st.scn.def.characters[actor].traits.cunning) / 10;
    st.add_rel(target, actor, gain);
    st.add_rel(actor, target, gain / 2);
    st.touched.push((actor, target, Touch::Courted));
    st.record(|s| Event::Courted { actor, target, gain, regard: s.rel(target, actor) });
}

pub fn attack(st: &mut GameState, actor: CharId, target: CharId) {
    let b = &st.scn.def.balance;
    let oratory = st.scn.def.characters[actor].traits.oratory;
    let press = if st.has_power(actor, Power::Press) { 2 } else { 0 };
    let cred = st.chars[actor].credibility;
    let loss = (b.attack_prestige * (5 + oratory) / 10 + press) * (50 + cred) / 100;
    let rel = b.attack_relation;
    st.add_prestige(target, -loss);
    st.add_rel(target, actor, -rel);
    st.add_rel(actor, target, -rel / 2);
    st.touched.push((actor, target, Touch::Attacked));
    st.record(|_| Event::Attacked { actor, target, loss, oratory, credibility: cred, press: press > 0 });
}

pub fn form(st: &mut GameState, actor: CharId, bloc: BlocId) {
    if st.chars[actor].bloc.is_some() {
        leave(st, actor, true);
    }
    st.blocs[bloc].leader = Some(actor);
    st.blocs[bloc].members = vec![actor];
    st.blocs[bloc].organised = false;
    st.chars[actor].bloc = Some(bloc);
    st.record(|_| Event::BlocFormed { actor, bloc });
}

pub fn join(st: &mut GameState, actor: CharId, bloc: BlocId) {
    if st.chars[actor].bloc.is_some() {
        leave(st, actor, true);
    }
    st.blocs[bloc].members.push(actor);
    st.chars[actor].bloc = Some(bloc);
    if st.blocs[bloc].organised {
        super::norms::factional_work(st, actor);
    }
    let members = st.blocs[bloc].members.clone();
    for m in members {
        if m != actor {
            st.add_rel(m, actor, 10);
            st.add_rel(actor, m, 10);
        }
    }
    st.record(|_| Event::BlocJoined { actor, bloc });
}

/// Leaves the bloc; a voluntary departure is a betrayal in the others' eyes.
pub fn leave(st: &mut GameState, actor: CharId, voluntary: bool) {
    let Some(bloc) = st.chars[actor].bloc.take() else {
        return;
    };
    st.blocs[bloc].members.retain(|&m| m != actor);
    let rest = st.blocs[bloc].members.clone();
    if voluntary {
        for &m in &rest {
            st.add_rel(m, actor, -15);
        }
    }
    if st.blocs[bloc].leader == Some(actor) {
        st.blocs[bloc].leader = rest.iter().copied().max_by_key(|&m| (st.chars[m].prestige, std::cmp::Reverse(m)));
    }
    if rest.is_empty() {
        st.blocs[bloc].organised = false;
        st.blocs[bloc].leader = None;
    }
    st.record(|_| Event::BlocLeft { actor, bloc, dissolved: rest.is_empty() });
}

pub fn publish_platform(st: &mut GameState, actor: CharId) {
    let Some(bloc) = st.chars[actor].bloc else {
        return;
    };
    st.blocs[bloc].organised = true;
    let members = st.blocs[bloc].members.clone();
    for &m in &members {
        st.add_prestige(m, 2);
        super::norms::factional_work(st, m);
    }
    if let Some(g) = st.gensec_holder().filter(|g| !members.contains(g)) {
        st.add_rel(g, actor, -10);
    }
    st.record(|_| Event::PlatformPublished { actor, bloc });
}

pub fn charge(st: &mut GameState, actor: CharId, target: CharId) {
    let weight = if st.has_power(actor, Power::Control) || st.has_power(actor, Power::Police) { 2 } else { 1 };
    let loss = st.scn.def.balance.charge_prestige;
    st.chars[target].charges += weight;
    st.add_prestige(target, -loss);
    st.add_rel(target, actor, -20);
    st.touched.push((actor, target, Touch::Charged));
    st.record(|s| Event::Charged { actor, target, weight, backed: weight > 1, charges: s.chars[target].charges });
}
