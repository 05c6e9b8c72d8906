//! The menu's poster: a constructivist composition (a black disc, a red wedge),
//! the title, and the scenario's name with its opening lines.

use super::NewGame;
use super::theme::{BLACK, CREAM, Face, Fonts, RED};
use bevy::prelude::*;

/// The poster. In a narrow window (a large UI scale) its title is set smaller so
/// it is never cut, and the scenario's lines keep a ground of their own over the shapes.
pub fn poster(p: &mut ChildSpawnerCommands, f: &Fonts, ng: &NewGame, narrow: bool) {
    let (title, sub) = if narrow { (48.0, 26.0) } else { (104.0, 52.0) };
    p.spawn((
        Node { width: percent(if narrow { 42.0 } else { 52.0 }), height: percent(100), overflow: Overflow::clip(), ..default() },
        BackgroundColor(CREAM),
    ))
    .with_children(|p| {
        // The black disc.
        p.spawn((
            Node {
                position_type: PositionType::Absolute,
                left: px(200),
                top: px(215),
                width: px(380),
                height: px(380),
                border_radius: BorderRadius::MAX,
                ..default()
            },
            BackgroundColor(BLACK),
        ));
        // The red wedge driving into it.
        p.spawn((
            Node { position_type: PositionType::Absolute, left: px(-110), top: px(400), width: px(620), height: px(96), ..default() },
            BackgroundColor(RED),
            UiTransform::from_rotation(Rot2::degrees(-24.0)),
        ));
        // A thin red rule and a block, for balance.
        p.spawn((
            Node { position_type: PositionType::Absolute, left: px(40), top: px(80), width: px(8), height: px(560), ..default() },
            BackgroundColor(RED),
        ));
        p.spawn((
            Node { position_type: PositionType::Absolute, left: px(520), top: px(150), width: px(90), height: px(90), ..default() },
            BackgroundColor(RED),
            UiTransform::from_rotation(Rot2::degrees(12.0)),
        ));
        p.spawn((
            Node { position_type: PositionType::Absolute, left: px(70), top: px(40), flex_direction: FlexDirection::Column, ..default() },
            children![
                f.text("ПОЛИТБЮРО", Face::Narrow, title, RED),
                (Node { margin: UiRect::top(px(-title * 0.17)), ..default() }, children![f.text("POLITBURO", Face::Narrow, sub, BLACK)]),
            ],
        ));
        let (sub, line) = match &ng.scenario {
            Ok(s) => (s.def.name.clone(), tagline(&s.def.description)),
            Err(_) => ("The Succession".into(), String::new()),
        };
        p.spawn((
            Node {
                position_type: PositionType::Absolute,
                // Held between the poster's edges, so the lines wrap inside it.
                left: px(70),
                right: px(20),
                bottom: px(36),
                max_width: px(560),
                flex_direction: FlexDirection::Column,
                align_items: AlignItems::FlexStart,
                ..default()
            },
            children![
                (
                    Node { padding: UiRect::axes(px(10), px(2)), max_width: percent(100), ..default() },
                    BackgroundColor(BLACK),
                    children![f.text(sub.to_uppercase(), Face::Narrow, 26.0, CREAM)]
                ),
                (
                    Node { padding: UiRect::axes(px(10), px(2)), max_width: percent(100), ..default() },
                    BackgroundColor(CREAM),
                    children![f.text(line, Face::Regular, 17.0, BLACK)]
                ),
            ],
        ));
    });
}

/// The scenario's own opening under its title: the first sentences of its description, kept short.
fn tagline(description: &str) -> String {
    let mut out = String::new();
    for sentence in description.split_inclusive(". ").take(2) {
        if out.len() + sentence.len() > 150 && !out.is_empty() {
            break;
        }
        out.push_str(sentence);
    }
    let out = out.trim();
    if out.chars().count() <= 150 {
        return out.to_string();
    }
    let cut: String = out.chars().take(147).collect();
    format!("{}…", cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a))
}
