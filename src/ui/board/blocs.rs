//! The blocs and who is in them, and every leader outside the Politburo: the
//! Central Committee, and those who have fallen down the ladder.

use super::parts::{Clock, Part, Standing};
use super::{BoardPanels, CenterRoot, Tab, bloc_color, rank_name, regard_color};
use crate::scenario::Rank;
use crate::scenario::{BlocId, CharId};
use crate::ui::theme::{BLACK, CREAM, Face, Fonts, GREY, INK, RED};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        rebuild.in_set(BoardPanels).run_if(in_state(AppState::Board)).run_if(resource_equals(Tab::Blocs)).run_if(blocs_or_standing_changed),
    );
}

/// Run condition: the tab was switched here, or the blocs or any leader's
/// standing (rank, office, prestige, regard) changed.
fn blocs_or_standing_changed(tab: Res<Tab>, clock: Res<Part<Clock>>, standing: Res<Part<Standing>>) -> bool {
    tab.is_changed() || clock.is_changed() || standing.is_changed()
}

fn rebuild(mut commands: Commands, root: Single<Entity, With<CenterRoot>>, fonts: Res<Fonts>, game: Res<Game>) {
    let f = &*fonts;
    let st = &game.st;
    let s = &st.scn;
    let me = game.me;
    commands.entity(*root).despawn_children().with_children(|p| {
        p.spawn(f.heading("The blocs"));
        for (b, bloc) in st.blocs.iter().enumerate() {
            let def = &s.def.blocs[b];
            p.spawn(Node {
                column_gap: px(8),
                align_items: AlignItems::Center,
                flex_shrink: 0.0,
                padding: UiRect::vertical(px(3)),
                ..default()
            })
            .with_children(|r| {
                r.spawn((Node { width: px(10), height: px(26), ..default() }, BackgroundColor(bloc_color(Some(BlocId(b))))));
                r.spawn((Node { width: px(190), flex_direction: FlexDirection::Column, ..default() },)).with_children(|c| {
                    c.spawn(f.text(def.name.clone(), Face::Bold, 15.0, BLACK));
                    let status = if bloc.members.is_empty() {
                        "not formed".to_string()
                    } else if bloc.organised {
                        "ORGANISED FACTION".into()
                    } else {
                        "informal bloc".into()
                    };
                    c.spawn(f.text(status, Face::Narrow, 12.0, if bloc.organised { RED } else { GREY }));
                });
                r.spawn(Node { flex_wrap: FlexWrap::Wrap, column_gap: px(6), flex_shrink: 1.0, ..default() }).with_children(|m| {
                    for &c in &bloc.members {
                        let lead = bloc.leader == Some(c);
                        let name = if lead { format!("{} (leader)", s.short(c)) } else { s.short(c).to_string() };
                        m.spawn(f.text(name, if lead { Face::Bold } else { Face::Regular }, 14.0, if c == me { RED } else { INK }));
                    }
                });
            });
        }
        p.spawn((Node { margin: UiRect::top(px(10)), ..default() }, children![f.heading(&format!("Outside the {}", s.words().politburo))]));
        let mut others: Vec<CharId> = st.ids().filter(|&c| st.chars[c].rank < Rank::Candidate || !st.chars[c].alive).collect();
        others.sort_by_key(|&c| {
            (std::cmp::Reverse(st.chars[c].alive), std::cmp::Reverse(st.chars[c].rank), std::cmp::Reverse(st.chars[c].prestige))
        });
        p.spawn((Node { column_gap: px(6), flex_shrink: 0.0, padding: UiRect::vertical(px(1)), ..default() }, BackgroundColor(BLACK)))
            .with_children(|r| {
                for (h, w) in [("LEADER", 152.0), ("STANDING", 82.0), ("OFFICE", 118.0), ("PRES.", 38.0), ("REGARD", 50.0)] {
                    r.spawn((
                        Node { width: px(w), padding: UiRect::left(px(4)), ..default() },
                        children![f.text(h, Face::Narrow, 13.0, CREAM)],
                    ));
                }
            });
        for c in others {
            let ch = &st.chars[c];
            let fallen = !ch.alive || ch.rank <= Rank::Expelled;
            let mut tip = format!("{}: {}.", s.name(c), if ch.alive { rank_name(s, ch.rank) } else { "dead".into() });
            if ch.charges > 0 {
                tip += &format!(" {} of factionalism upheld.", crate::narrate::count(ch.charges, "charge", "charges"));
            }
            p.spawn((
                Node {
                    column_gap: px(6),
                    align_items: AlignItems::Center,
                    flex_shrink: 0.0,
                    padding: UiRect::vertical(px(1)),
                    ..default()
                },
                crate::ui::theme::Tooltip(tip),
            ))
            .with_children(|r| {
                r.spawn((Node { width: px(5), height: px(16), ..default() }, BackgroundColor(bloc_color(ch.bloc))));
                r.spawn((
                    Node { width: px(141), overflow: Overflow::clip(), ..default() },
                    children![f.text(s.name(c), Face::Bold, 13.0, if c == me { RED } else { BLACK })],
                ));
                let rank = match (ch.alive, ch.rank) {
                    (false, _) => "DEAD".into(),
                    (_, Rank::CentralCommittee) => "CC MEMBER".into(),
                    (_, Rank::Member) => "RANK AND FILE".into(),
                    (_, r) => rank_name(s, r),
                };
                r.spawn((
                    Node { width: px(82), padding: UiRect::horizontal(px(4)), ..default() },
                    BackgroundColor(if fallen { BLACK } else { Color::NONE }),
                    children![f.text(rank.to_uppercase(), Face::Narrow, 13.0, if fallen { CREAM } else { GREY })],
                ));
                let offices: Vec<&str> = st.offices_of(c).map(|o| s.def.offices[o].name.as_str()).collect();
                r.spawn((
                    Node { width: px(118), flex_shrink: 0.0, ..default() },
                    children![f.text(offices.join(", "), Face::Regular, 12.0, INK)],
                ));
                r.spawn((Node { width: px(38), ..default() }, children![f.text(ch.prestige.to_string(), Face::Narrow, 15.0, BLACK)]));
                if c != me {
                    let reg = st.rel(c, me);
                    r.spawn((
                        Node { width: px(34), ..default() },
                        children![f.text(format!("{reg:+}"), Face::Narrow, 15.0, regard_color(reg))],
                    ));
                }
                if ch.charges > 0 {
                    r.spawn(f.text(format!("{}×", ch.charges), Face::Bold, 12.0, RED));
                }
            });
        }
    });
}
