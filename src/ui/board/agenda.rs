//! The open agenda: every motion waiting for a vote, the body and session that
//! will decide it, its odds now and who is likely for it. A motion aimed at the
//! player is marked, so he sees it coming and can answer before it is voted.

use super::parts::{Clock, Part, Rules};
use super::{BoardPanels, CenterRoot, Tab};
use crate::rules::votes;
use crate::ui::theme::{BLACK, Face, Fonts, GREY, INK, RED};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

pub fn plugin(app: &mut App) {
    app.add_systems(
        Update,
        rebuild.in_set(BoardPanels).run_if(in_state(AppState::Board)).run_if(resource_equals(Tab::Agenda)).run_if(agenda_changed),
    );
}

/// Run condition: the tab was switched here, or anything the odds read changed.
fn agenda_changed(tab: Res<Tab>, clock: Res<Part<Clock>>, rules: Res<Part<Rules>>) -> bool {
    tab.is_changed() || clock.is_changed() || rules.is_changed()
}

fn rebuild(mut commands: Commands, root: Single<Entity, With<CenterRoot>>, fonts: Res<Fonts>, game: Res<Game>) {
    let f = &*fonts;
    commands.entity(*root).despawn_children().with_children(|p| panel(p, f, &game));
}

fn panel(p: &mut ChildSpawnerCommands, f: &Fonts, game: &Game) {
    let st = &game.st;
    let items = votes::agenda(st);
    p.spawn(f.heading(&format!("The agenda · {} waiting for a vote", items.len())));
    if items.is_empty() {
        p.spawn(f.text(
            st.scn.speak("No motion waits for a vote. Motions put to the Politburo are voted at the end of the turn; motions for a plenum or congress wait here for it, with their odds as they stand."),
            Face::Regular,
            15.0,
            INK,
        ));
        return;
    }
    for item in &items {
        let aimed_at_me = item.proposal.motion.target() == Some(game.me) && item.proposal.motion.against_target();
        let mine = item.proposal.proposer == game.me;
        p.spawn(Node { flex_direction: FlexDirection::Column, padding: UiRect::vertical(px(4)), flex_shrink: 0.0, ..default() })
            .with_children(|c| {
                let color = if aimed_at_me { RED } else { BLACK };
                c.spawn(f.text(crate::narrate::agenda_item(st, item), Face::Bold, 15.0, color));
                c.spawn(f.text(crate::narrate::expected_line(st, item.body, &item.proposal), Face::Regular, 13.0, INK));
                let note = if aimed_at_me {
                    "Aimed at you: court the wavering, win back a delegation's patron, or recant before it is voted."
                } else if mine {
                    "Your motion: appointments made before the session change its delegates."
                } else {
                    ""
                };
                if !note.is_empty() {
                    c.spawn(f.text(note, Face::Narrow, 13.0, if aimed_at_me { RED } else { GREY }));
                }
            });
    }
}
