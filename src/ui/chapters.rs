//! The menu's "Chapters": the classroom's short scenarios, each opening at a
//! turning point of the struggle and asking one question. Choosing one makes it
//! the new game's scenario (its own leader first); "Begin the struggle" plays it.
//! Spawned inside the menu's column, so it has no systems of its own.

use super::NewGame;
use super::theme::{self, Face, Fonts, Hover, INK, RED};
use bevy::prelude::*;

/// The panel: one button a chapter, and the chosen chapter's question.
pub fn panel(p: &mut ChildSpawnerCommands, f: &Fonts, ng: &NewGame) {
    let chapters = ng.lib.chapters();
    if chapters.is_empty() {
        return;
    }
    p.spawn(theme::panel(Node { row_gap: px(6), padding: UiRect::all(px(18)), ..default() })).with_children(|p| {
        p.spawn(f.heading("Chapters"));
        p.spawn((
            Node { max_width: px(520), ..default() },
            children![f.text(
                "Short games for a lesson: each opens where history stood at a turning point and asks one question.",
                Face::Regular,
                14.0,
                INK
            )],
        ));
        for (path, name) in chapters {
            let chosen = path == ng.path;
            let style = if chosen { Hover::RED } else { Hover::PAPER };
            p.spawn(theme::text_button(f, &name, style, px(520))).observe(move |_: On<Pointer<Click>>, mut ng: ResMut<NewGame>| {
                let seed = ng.seed;
                *ng = NewGame::load(ng.lib.clone(), path.clone());
                ng.seed = seed;
            });
        }
        if let Ok(scn) = &ng.scenario
            && let Some(ch) = &scn.def.chapter
        {
            p.spawn((
                Node { max_width: px(520), ..default() },
                children![f.text(format!("The question: {}", ch.question), Face::Bold, 16.0, RED)],
            ));
            if !ch.situation.is_empty() {
                p.spawn((Node { max_width: px(520), ..default() }, children![f.text(ch.situation.clone(), Face::Regular, 13.0, INK)]));
            }
        }
    });
}
