//! Blocs and the ban on factions: leaders court and attack each other, form and
//! leave blocs; an organised faction votes as one but can be charged.

use super::chronicle::Category;
use super::state::GameState;
use crate::scenario::{BlocId, CharId, Power};

pub fn court(st: &mut GameState, actor: CharId, target: CharId) {
    let b = &st.scn.def.balance;
    let gain = b.court_relation * (5 + st.scn.def.characters[actor].traits.cunning) / 10;
    st.add_rel(target, actor, gain);
    st.add_rel(actor, target, gain / 2);
    st.touched.push((actor, target, 0));
    st.log(Category::Command, |s| {
        format!("{} courts {} (his regard {:+}, now {}).", s.scn.name(actor), s.scn.short(target), gain, s.rel(target, actor))
    });
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
    st.touched.push((actor, target, 1));
    st.log(Category::Command, |s| {
        format!(
            "{} attacks {} in the press: his prestige falls by {loss} (oratory {oratory}, credibility {cred}{}).",
            s.scn.name(actor),
            s.scn.short(target),
            if press > 0 { ", with Pravda" } else { "" }
        )
    });
}

pub fn form(st: &mut GameState, actor: CharId, bloc: BlocId) {
    if st.chars[actor].bloc.is_some() {
        leave(st, actor, true);
    }
    st.blocs[bloc].leader = Some(actor);
    st.blocs[bloc].members = vec![actor];
    st.blocs[bloc].organised = false;
    st.chars[actor].bloc = Some(bloc);
    st.log(Category::Command, |s| format!("{} forms {}.", s.scn.name(actor), s.scn.def.blocs[bloc].name));
}

pub fn join(st: &mut GameState, actor: CharId, bloc: BlocId) {
    if st.chars[actor].bloc.is_some() {
        leave(st, actor, true);
    }
    st.blocs[bloc].members.push(actor);
    st.chars[actor].bloc = Some(bloc);
    let members = st.blocs[bloc].members.clone();
    for m in members {
        if m != actor {
            st.add_rel(m, actor, 10);
            st.add_rel(actor, m, 10);
        }
    }
    st.log(Category::Command, |s| format!("{} joins {}.", s.scn.name(actor), s.scn.def.blocs[bloc].name));
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
    st.log(Category::Command, |s| {
        let end = if rest.is_empty() { "; the bloc dissolves" } else { "" };
        format!("{} leaves {}{end}.", s.scn.name(actor), s.scn.def.blocs[bloc].name)
    });
}

pub fn publish_platform(st: &mut GameState, actor: CharId) {
    let Some(bloc) = st.chars[actor].bloc else {
        return;
    };
    st.blocs[bloc].organised = true;
    let members = st.blocs[bloc].members.clone();
    for &m in &members {
        st.add_prestige(m, 2);
    }
    if let Some(g) = st.gensec_holder().filter(|g| !members.contains(g)) {
        st.add_rel(g, actor, -10);
    }
    st.log(Category::Command, |s| {
        format!("{} publishes the platform of {}: an organised faction, in breach of the ban. Its members now vote as one, and can be charged with factionalism.", s.scn.name(actor), s.scn.def.blocs[bloc].name)
    });
}

pub fn charge(st: &mut GameState, actor: CharId, target: CharId) {
    let weight = if st.has_power(actor, Power::Control) || st.has_power(actor, Power::Police) { 2 } else { 1 };
    let loss = st.scn.def.balance.charge_prestige;
    st.chars[target].charges += weight;
    st.add_prestige(target, -loss);
    st.add_rel(target, actor, -20);
    st.touched.push((actor, target, 2));
    st.log(Category::Ladder, |s| {
        format!(
            "{} charges {} with factionalism under the ban on factions ({} upheld{}); he now faces {} charge(s).",
            s.scn.name(actor),
            s.scn.short(target),
            weight,
            if weight > 1 { ", backed by the Control Commission or the OGPU" } else { "" },
            s.chars[target].charges
        )
    });
}
