//! The Politburo as cards: office, bloc, NEP stance, prestige, regard for the player,
//! and what moved since the last turn began. Hovering a card breaks down his power
//! and shows his traits. The player's own card is pinned above the list (`fate`).

use super::{BoardPanels, LeadersRoot, StandingParts, bloc_color, rank_name, regard_color};
use crate::rules::GameState;
use crate::rules::state::CharState;
use crate::rules::victory::{power, power_breakdown};
use crate::scenario::{CharId, Rank};
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, GREY, INK, PAPER, RED};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(Update, rebuild.in_set(BoardPanels).run_if(in_state(AppState::Board)).run_if(standing_changed));
}

/// Run condition: a leader's standing (rank, office, bloc, stance, prestige,
/// regard, health) or his power (which counts the regions' seats) changed.
fn standing_changed(standing: StandingParts) -> bool {
    standing.changed()
}

fn rebuild(mut commands: Commands, root: Single<Entity, With<LeadersRoot>>, fonts: Res<Fonts>, game: Res<Game>) {
    let f = &*fonts;
    let st = &game.st;
    let mut members: Vec<CharId> = st.ids().filter(|&c| st.chars[c].alive && st.chars[c].rank >= Rank::Candidate).collect();
    members.sort_by_key(|&c| (std::cmp::Reverse(st.chars[c].rank), c != game.me, std::cmp::Reverse(st.chars[c].prestige), c));
    let full = members.iter().filter(|&&c| st.chars[c].rank == Rank::Politburo).count();
    let candidates = members.len() - full;
    // The player's card is pinned above, whatever his rank.
    members.retain(|&c| c != game.me);
    commands.entity(*root).despawn_children().with_children(|p| {
        // The legend goes under the heading, whole, when the column is too narrow for both.
        p.spawn(Node {
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Center,
            flex_wrap: FlexWrap::Wrap,
            column_gap: px(6),
            ..default()
        })
        .with_children(|r| {
            r.spawn(f.heading(&format!("The {}", st.scn.words().politburo)));
            r.spawn((
                Node { margin: UiRect::bottom(px(4)), flex_shrink: 1.0, min_width: px(0), ..default() },
                children![f.text(
                    format!(
                        "{full} {}, {candidates} {} · {} · prestige · regard",
                        plural(full, "member", "members"),
                        plural(candidates, "candidate", "candidates"),
                        st.scn.def.line.stance
                    ),
                    Face::Regular,
                    12.0,
                    GREY
                )],
            ));
        });
        p.spawn(Node { flex_wrap: FlexWrap::Wrap, column_gap: px(6), row_gap: px(6), ..default() }).with_children(|p| {
            for &c in &members {
                card(p, f, st, game.me, c, game.was.get(c.0), px(192));
            }
        });
    });
}

/// The word for `n` of a thing: "1 member", "2 members".
pub fn plural(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// A change since the last turn began, shown after a value: "+3", "−10", or nothing.
fn delta(now: i32, was: Option<i32>) -> Option<(String, Color)> {
    let d = now - was?;
    (d != 0).then(|| (format!("{}{}", if d > 0 { "+" } else { "−" }, d.abs()), if d > 0 { theme::GREEN } else { RED }))
}

/// A leader's card, `width` wide; `was` is how he stood as the last turn began.
pub fn card(p: &mut ChildSpawnerCommands, f: &Fonts, st: &GameState, me: CharId, c: CharId, was: Option<&CharState>, width: Val) {
    let s = &st.scn;
    let ch = &st.chars[c];
    let is_me = c == me;
    let offices: Vec<&str> = st.offices_of(c).map(|o| s.def.offices[o].name.as_str()).collect();
    let bloc = ch.bloc.map(|b| s.def.blocs[b].name.as_str()).unwrap_or("No bloc");
    let organised = ch.bloc.is_some_and(|b| st.blocs[b].organised);
    let candidate = ch.rank == Rank::Candidate;
    let (bg, fg) = if is_me { (BLACK, CREAM) } else { (PAPER, BLACK) };
    let sub = if is_me { theme::SAND } else { INK };
    p.spawn((
        Node {
            width,
            flex_direction: FlexDirection::Column,
            border: UiRect { left: px(7), right: px(1), top: px(1), bottom: px(1) },
            padding: UiRect::new(px(7), px(6), px(4), px(5)),
            row_gap: px(1),
            ..default()
        },
        BackgroundColor(bg),
        BorderColor { left: bloc_color(ch.bloc), right: BLACK, top: BLACK, bottom: BLACK },
        theme::Tooltip(tooltip(st, me, c)),
    ))
    .with_children(|p| {
        p.spawn(Node { justify_content: JustifyContent::SpaceBetween, align_items: AlignItems::Center, ..default() }).with_children(|r| {
            let name = s.short(c).to_uppercase();
            let size = if name.chars().count() > 9 { 18.0 } else { 22.0 };
            r.spawn(f.text(name, Face::Narrow, size, if is_me { RED } else { fg }));
            let tag = if is_me && ch.rank < Rank::Politburo {
                format!("YOU · {}", rank_name(s, ch.rank).to_uppercase())
            } else if is_me {
                "YOU".to_string()
            } else if candidate {
                "CANDIDATE".into()
            } else {
                format!("POWER {}", power(st, c))
            };
            r.spawn((
                Node { padding: UiRect::axes(px(4), px(0)), ..default() },
                BackgroundColor(if is_me {
                    RED
                } else if candidate {
                    GREY
                } else {
                    BLACK
                }),
                children![f.text(tag, Face::Narrow, 13.0, CREAM)],
            ));
        });
        let office = if offices.is_empty() { "No office".to_string() } else { offices.join(", ") };
        // The office wraps (three lines at most, the tooltip has it whole): never cut mid-title.
        p.spawn((Node { max_height: px(51), overflow: Overflow::clip(), ..default() }, children![f.text(office, Face::Bold, 13.0, sub)]));
        p.spawn((
            Node { max_height: px(34), overflow: Overflow::clip(), ..default() },
            children![f.text(format!("{bloc}{}", if organised { " (faction)" } else { "" }), Face::Regular, 13.0, sub)],
        ));
        p.spawn(Node { align_items: AlignItems::Center, column_gap: px(4), margin: UiRect::top(px(2)), ..default() }).with_children(|r| {
            let cap = if is_me { theme::SAND } else { GREY };
            r.spawn(theme::stance_gauge(ch.nep, 40.0));
            r.spawn((
                Node { width: px(26), flex_shrink: 0.0, ..default() },
                children![f.text(format!("{:+}", ch.nep), Face::Narrow, 14.0, fg)],
            ));
            r.spawn((Node { flex_grow: 1.0, ..default() },));
            r.spawn(f.text("PRES", Face::Narrow, 12.0, cap));
            r.spawn(f.text(ch.prestige.to_string(), Face::Narrow, 16.0, fg));
            if let Some((d, col)) = delta(ch.prestige, was.map(|w| w.prestige)) {
                r.spawn(f.text(d, Face::Narrow, 12.0, col));
            }
            if is_me {
                r.spawn((Node { margin: UiRect::left(px(3)), ..default() }, children![f.text("CRED", Face::Narrow, 12.0, cap)]));
                r.spawn(f.text(ch.credibility.to_string(), Face::Narrow, 16.0, fg));
                if let Some((d, col)) = delta(ch.credibility, was.map(|w| w.credibility)) {
                    r.spawn(f.text(d, Face::Narrow, 12.0, col));
                }
            }
            if !is_me {
                let reg = st.rel(c, me);
                r.spawn((Node { margin: UiRect::left(px(3)), ..default() }, children![f.text("REG", Face::Narrow, 12.0, cap)]));
                r.spawn(f.text(format!("{reg:+}"), Face::Narrow, 16.0, regard_color(reg)));
            }
        });
        if let Some(w) = was.filter(|w| w.rank != ch.rank) {
            let how = if w.rank > ch.rank { "fell" } else { "rose" };
            p.spawn(f.text(format!("{how} from {} to {}", rank_name(s, w.rank), rank_name(s, ch.rank)), Face::Bold, 12.0, RED));
        }
        if ch.charges > 0 || ch.health < 40 {
            let mut warn = vec![];
            if ch.charges > 0 {
                let new = was.map_or(0, |w| ch.charges - w.charges);
                let new = if new > 0 { format!(" ({new} new)") } else { String::new() };
                warn.push(format!("{} {} of factionalism{new}", ch.charges, plural(ch.charges as usize, "charge", "charges")));
            }
            if ch.health < 40 {
                warn.push(format!("ailing ({})", ch.health));
            }
            p.spawn(f.text(warn.join(" · "), Face::Bold, 12.0, RED));
        }
    });
}

fn tooltip(st: &GameState, me: CharId, c: CharId) -> String {
    let s = &st.scn;
    let d = &s.def.characters[c];
    let ch = &st.chars[c];
    let t = &d.traits;
    let mut out = format!(
        "{} (born {}) · {}\nPrestige {} · health {} · credibility {} · NEP {:+} · world revolution {:+}\n",
        d.name,
        d.born,
        rank_name(s, ch.rank),
        ch.prestige,
        ch.health,
        ch.credibility,
        ch.nep,
        ch.world_revolution
    );
    let parts: Vec<String> = power_breakdown(st, c).iter().filter(|(_, v)| *v != 0).map(|(l, v)| format!("{l} {v}")).collect();
    out += &format!("Power {} = {}\n", power(st, c), parts.join(" + "));
    out += &format!(
        "Cunning {} · oratory {} · administration {} · ruthlessness {} · patience {}\n",
        t.cunning, t.oratory, t.administration, t.ruthlessness, t.patience
    );
    if c != me {
        out += &format!("His regard for you {:+}; yours for him {:+}.", st.rel(c, me), st.rel(me, c));
    }
    if ch.charges > 0 {
        out += &format!("\nCharges of factionalism upheld: {}.", ch.charges);
    }
    if !d.bio.is_empty() {
        out += &format!("\n\n{}", d.bio);
    }
    out
}
