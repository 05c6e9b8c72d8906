//! The party line and the NEP economy, with their trend over the turns played, and
//! the calendar of plenums and congresses.

use super::parts::{Clock, Line, Part, Standing};
use super::{BoardPanels, CenterRoot, Tab};
use crate::scenario::SessionKind;
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, GREY, INK, PAPER, RED, SAND};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        rebuild.in_set(BoardPanels).run_if(in_state(AppState::Board)).run_if(resource_equals(Tab::Economy)).run_if(line_or_stance_changed),
    );
}

/// Run condition: the tab was switched here, or the line, the economy, the
/// agenda, the sessions (the clock) or the player's stance changed.
fn line_or_stance_changed(tab: Res<Tab>, clock: Res<Part<Clock>>, line: Res<Part<Line>>, standing: Res<Part<Standing>>) -> bool {
    tab.is_changed() || clock.is_changed() || line.is_changed() || standing.is_changed()
}

fn rebuild(mut commands: Commands, root: Single<Entity, With<CenterRoot>>, fonts: Res<Fonts>, game: Res<Game>) {
    let f = &*fonts;
    let st = &game.st;
    let s = &st.scn;
    let d = &s.def;
    let me = game.me;
    commands.entity(*root).despawn_children().with_children(|p| {
        p.spawn(f.heading(&format!("The party line on {}", st.scn.def.line.stance)));
        p.spawn(Node { column_gap: px(3), flex_shrink: 0.0, ..default() }).with_children(|r| {
            for (i, name) in d.line.levels.iter().enumerate() {
                let on = i == st.line;
                let mine = (s.line_value(i) - st.chars[me].nep).abs() <= 100 / (d.line.levels.len().max(2) as i32 - 1);
                r.spawn((
                    // Equal shares of the width, as tall as the longest name needs: in a
                    // narrow tab a long word breaks rather than run out of its box.
                    Node {
                        flex_grow: 1.0,
                        flex_basis: px(0),
                        min_width: px(0),
                        min_height: px(64),
                        padding: UiRect::all(px(4)),
                        border: UiRect::all(px(2)),
                        flex_direction: FlexDirection::Column,
                        justify_content: JustifyContent::SpaceBetween,
                        ..default()
                    },
                    BackgroundColor(if on { RED } else { PAPER }),
                    BorderColor::all(if mine { BLACK } else { SAND }),
                    theme::Tooltip(format!(
                        "\"{name}\": stance value {:+}.{}{}",
                        s.line_value(i),
                        if on { " The line now." } else { "" },
                        if mine { " Close to your own stance." } else { "" }
                    )),
                ))
                .with_children(|b| {
                    b.spawn((f.text(name.clone(), Face::Bold, 13.0, if on { CREAM } else { INK }), TextLayout::linebreak(LineBreak::WordOrCharacter)));
                    b.spawn(f.text(format!("{:+}", s.line_value(i)), Face::Narrow, 13.0, if on { CREAM } else { GREY }));
                });
            }
        });
        p.spawn(Node { justify_content: JustifyContent::SpaceBetween, flex_shrink: 0.0, ..default() }).with_children(|r| {
            r.spawn(f.text(format!("« against {}", st.scn.def.line.stance), Face::Regular, 12.0, GREY));
            r.spawn(f.text(format!("for {} »", st.scn.def.line.stance), Face::Regular, 12.0, GREY));
        });
        let owners: Vec<&str> = st.line_owners.iter().map(|&c| s.short(c)).collect();
        p.spawn(f.text(
            format!(
                "Owned by {}: the economy's results move their prestige. Your stance: {:+} (credibility {}).",
                if owners.is_empty() { "no one".to_string() } else { owners.join(", ") },
                st.chars[me].nep,
                st.chars[me].credibility
            ),
            Face::Regular,
            14.0,
            INK,
        ));
        if game.history.len() > 1 {
            let trail: Vec<String> = game.history.iter().map(|h| format!("{:+}", s.line_value(h.line))).collect();
            p.spawn(f.text(format!("Line over the turns played: {}", trail.join(" · ")), Face::Regular, 13.0, GREY));
        }
        // The second axis: the party's doctrine abroad, when the scenario has one.
        if s.def.doctrine.is_some() {
            p.spawn((Node { margin: UiRect::top(px(10)), ..default() }, children![f.heading("The doctrine abroad")]));
            let owners: Vec<&str> = st.doctrine_owners.iter().map(|&c| s.short(c)).collect();
            p.spawn(f.text(
                format!(
                    "The party holds \"{}\", owned by {}: the world's events move their prestige. Your stance on world revolution: {:+}.",
                    crate::narrate::doctrine_name(s, st.one_country),
                    if owners.is_empty() { "no one".to_string() } else { owners.join(", ") },
                    st.chars[me].world_revolution
                ),
                Face::Regular,
                14.0,
                INK,
            ));
        }

        p.spawn((Node { margin: UiRect::top(px(10)), ..default() }, children![f.heading("The economy")]));
        let e = &st.economy;
        let rows = [
            ("Grain procurement", e.grain, 0, format!("Below {} the grain crisis strikes.", d.economy.crisis_grain)),
            ("Industrial output", e.industry, 1, String::new()),
            ("Peasant mood", e.peasant_mood, 2, String::new()),
            ("Worker mood", e.worker_mood, 3, String::new()),
            ("Overall result", e.result(), 4, "The average of the four; above 50 the line's owners gain prestige, below it they lose.".into()),
        ];
        for (label, v, k, note) in rows {
            let prev = game.history.iter().rev().nth(1).map(|h| h.economy[k]);
            let trend = match prev {
                Some(p) if v > p => format!("+{}", v - p),
                Some(p) if v < p => format!("−{}", p - v),
                Some(_) => "=".into(),
                None => String::new(),
            };
            let danger = k == 0 && v < d.economy.crisis_grain + 5;
            p.spawn((
                Node { column_gap: px(8), align_items: AlignItems::Center, flex_shrink: 0.0, padding: UiRect::vertical(px(2)), ..default() },
                theme::Tooltip(format!(
                    "{label}: {v} of 100. Each step of the line toward {} moves it {:+} a turn (grain {:+}, industry {:+}, peasants {:+}, workers {:+}); every index drifts {}% back toward 50 and swings up to ±{}.{}",
                    d.line.stance,
                    match k {
                        0 => d.economy.grain_per_level,
                        1 => d.economy.industry_per_level,
                        2 => d.economy.peasant_per_level,
                        3 => d.economy.worker_per_level,
                        _ => 0,
                    },
                    d.economy.grain_per_level,
                    d.economy.industry_per_level,
                    d.economy.peasant_per_level,
                    d.economy.worker_per_level,
                    d.economy.reversion_percent,
                    d.economy.noise,
                    if note.is_empty() { String::new() } else { format!("\n{note}") }
                )),
            ))
            .with_children(|r| {
                r.spawn((Node { width: px(140), ..default() }, children![f.text(label, if k == 4 { Face::Bold } else { Face::Regular }, 15.0, BLACK)]));
                r.spawn(theme::bar(v, 100, 170.0, 12.0, if danger { RED } else { BLACK }));
                r.spawn((Node { width: px(30), ..default() }, children![f.text(v.to_string(), Face::Narrow, 17.0, BLACK)]));
                r.spawn((Node { width: px(36), ..default() }, children![f.text(trend, Face::Narrow, 14.0, GREY)]));
                // The trend: one column per turn played.
                r.spawn(Node { align_items: AlignItems::End, column_gap: px(2), height: px(22), ..default() }).with_children(|t| {
                    let n = game.history.len();
                    for h in &game.history[n.saturating_sub(16)..] {
                        let hv = h.economy[k];
                        t.spawn((Node { width: px(5), height: px((hv.clamp(0, 100) as f32) * 0.22), ..default() }, BackgroundColor(if hv < 50 { RED } else { GREY })));
                    }
                });
            });
        }

        p.spawn((Node { margin: UiRect::top(px(10)), ..default() }, children![f.heading("The calendar")]));
        let this = st.session().map(|x| crate::narrate::sitting(&st.scn, x));
        if let Some(n) = &this {
            p.spawn(f.text(format!("This {}: the {n} meets. Plenum motions are voted at the end of the turn.", st.scn.words().turn), Face::Bold, 14.0, RED));
        }
        for sdef in d.sessions.iter().filter(|x| x.date >= st.date).take(5) {
            let kind = match sdef.kind {
                SessionKind::Congress => "CONGRESS",
                SessionKind::Plenum => "PLENUM",
            };
            p.spawn(Node { column_gap: px(8), flex_shrink: 0.0, ..default() }).with_children(|r| {
                r.spawn((Node { width: px(110), ..default() }, children![f.text(sdef.date.long(), Face::Narrow, 15.0, BLACK)]));
                r.spawn((
                    Node { width: px(76), padding: UiRect::horizontal(px(4)), ..default() },
                    BackgroundColor(if sdef.kind == SessionKind::Congress { RED } else { BLACK }),
                    children![f.text(kind, Face::Narrow, 13.0, CREAM)],
                ));
                r.spawn(f.text(sdef.name.clone(), Face::Regular, 14.0, INK));
            });
        }
        p.spawn(f.text(format!("The game ends in {}.", d.calendar.end.long()), Face::Regular, 13.0, GREY));
        if !st.plenum_agenda.is_empty() {
            p.spawn((Node { margin: UiRect::top(px(8)), ..default() }, children![f.heading("Waiting for the next plenum or congress")]));
            for prop in &st.plenum_agenda {
                p.spawn(f.text(format!("{} proposes to {}", s.short(prop.proposer), prop.motion.describe(st)), Face::Regular, 14.0, INK));
            }
        }
    });
}
