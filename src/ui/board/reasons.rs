//! Their reasons: what each computer leader did last turn and why, with the
//! score each choice had against the others. The same list `simulate --explain`
//! prints; here it lets a player see the opponents scheme, and a modder see
//! what his temperaments and numbers make them do.

use super::{BoardPanels, CenterRoot, StandingParts, Tab};
use crate::ai::{front_runner, united_against};
use crate::ui::theme::{BLACK, Face, Fonts, GREY, INK, RED};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        rebuild
            .in_set(BoardPanels)
            .run_if(in_state(AppState::Board))
            .run_if(resource_equals(Tab::Reasons))
            .run_if(reasons_or_power_changed),
    );
}

/// Run condition: the tab was switched here, or the computer's reasons (the
/// clock: they change with the turn) or the front-runner's power changed.
fn reasons_or_power_changed(tab: Res<Tab>, standing: StandingParts) -> bool {
    tab.is_changed() || standing.changed()
}

fn rebuild(mut commands: Commands, root: Single<Entity, With<CenterRoot>>, fonts: Res<Fonts>, game: Res<Game>) {
    let f = &*fonts;
    let st = &game.st;
    let s = &st.scn;
    commands.entity(*root).despawn_children().with_children(|p| {
        p.spawn(f.heading("Their reasons · the computer's last turn"));
        let front = front_runner(st).map(|(f, lead)| (f, lead, united_against(st, f, game.me)));
        let coalition = crate::narrate::coalition(s, game.me, front);
        p.spawn((Node { margin: UiRect::vertical(px(4)), ..default() }, children![f.text(coalition, Face::Bold, 15.0, BLACK)]));
        if game.reasons.is_empty() {
            p.spawn(f.text("End a turn to see what each leader chose, and why.", Face::Regular, 15.0, INK));
            return;
        }
        for (c, list) in &game.reasons {
            if list.is_empty() {
                continue;
            }
            p.spawn(Node { column_gap: px(10), padding: UiRect::vertical(px(2)), flex_shrink: 0.0, ..default() }).with_children(|r| {
                let name_color = if Some(*c) == front_runner(st).map(|x| x.0) { RED } else { BLACK };
                r.spawn((Node { width: px(120), flex_shrink: 0.0, ..default() }, children![f.text(s.short(*c), Face::Bold, 14.0, name_color)]));
                r.spawn(Node { flex_direction: FlexDirection::Column, ..default() }).with_children(|col| {
                    // The plan he holds, once, above the moves it chose.
                    if let Some(i) = list.iter().find_map(|ch| ch.plan) {
                        col.spawn(f.text(crate::narrate::plan_intent(s, i), Face::Bold, 14.0, INK));
                    }
                    for ch in list {
                        let line = format!("{} — {} (score {})", ch.command.describe(st), ch.why, ch.score);
                        col.spawn(f.text(line, Face::Regular, 14.0, INK));
                    }
                });
            });
        }
        p.spawn((
            Node { margin: UiRect::top(px(8)), ..default() },
            children![f.text(
                "Each leader holds a plan over several turns (in bold, with what made him choose it), scores every command open to him by the plan, his temperament (ambition, caution, loyalty, ideology, grudges) and the situation, and spends his points on the best. Red: the front-runner.",
                Face::Narrow,
                13.0,
                GREY
            )],
        ));
    });
}
