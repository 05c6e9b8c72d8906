//! One chronicle entry as the window draws it: a coloured tag for its kind, its
//! words (from `narrate`) and its detail lines, marked when it names the player.
//! The chronicle tab and the turn report draw entries this way.

use crate::narrate;
use crate::rules::chronicle::{Category, Entry};
use crate::scenario::Scenario;
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, GREY, INK, OCHRE, RED};
use bevy::prelude::*;

fn tag(c: Category) -> (&'static str, Color) {
    match c {
        Category::Turn => ("TURN", BLACK),
        Category::Command => ("ACT", GREY),
        Category::Event => ("EVENT", OCHRE),
        Category::Economy => ("ECONOMY", theme::GREEN),
        Category::Vote => ("VOTE", RED),
        Category::Ladder => ("LADDER", theme::DARK_RED),
        Category::Patronage => ("POST", Color::srgb(0.22, 0.36, 0.55)),
        Category::Health => ("DEATH", BLACK),
        Category::Outcome => ("END", RED),
        #[allow(unreachable_patterns)]
        _ => ("NOTE", GREY),
    }
}

/// One chronicle entry: a coloured tag, the text, and its detail lines; marked
/// (a red rule and a sand ground) when it concerns the player.
pub fn entry_marked(p: &mut ChildSpawnerCommands, f: &Fonts, scn: &Scenario, e: &Entry, mine: bool) {
    let line = narrate::entry(scn, e);
    if line.category == Category::Turn {
        p.spawn((
            Node { margin: UiRect::top(px(6)), padding: UiRect::axes(px(6), px(1)), flex_shrink: 0.0, ..default() },
            BackgroundColor(BLACK),
            children![f.text(line.text.to_uppercase(), Face::Narrow, 15.0, CREAM)],
        ));
        return;
    }
    let (label, color) = tag(line.category);
    let (ground, rule) = if mine { (theme::SAND, RED) } else { (Color::NONE, Color::NONE) };
    p.spawn((
        Node { column_gap: px(6), flex_shrink: 0.0, padding: UiRect::vertical(px(1)), border: UiRect::left(px(4)), ..default() },
        BackgroundColor(ground),
        BorderColor::all(rule),
    ))
    .with_children(|r| {
        r.spawn((
            Node {
                width: px(62),
                flex_shrink: 0.0,
                justify_content: JustifyContent::Center,
                align_self: AlignSelf::FlexStart,
                ..default()
            },
            BackgroundColor(color),
            children![f.text(label, Face::Narrow, 12.0, CREAM)],
        ));
        r.spawn(Node { flex_direction: FlexDirection::Column, flex_shrink: 1.0, min_width: px(0), ..default() }).with_children(|c| {
            let face =
                if matches!(line.category, Category::Event | Category::Vote | Category::Ladder | Category::Health | Category::Outcome) {
                    Face::Bold
                } else {
                    Face::Regular
                };
            c.spawn(f.text(line.text, face, 14.0, INK));
            for d in line.detail {
                c.spawn(f.text(d, Face::Regular, 12.0, GREY));
            }
        });
    });
}
