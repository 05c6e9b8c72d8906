//! The menu's left half: a constructivist poster in nodes (a black disc, a red
//! wedge, the title) over the scenario's name and opening lines.

use super::NewGame;
use super::theme::{BLACK, CREAM, Face, Fonts, RED};
use bevy::prelude::*;

/// The left half: a constructivist poster in nodes: a black disc, a red wedge, the title.
/// `width` is the window's width in UI units: the title shrinks to fit the poster
/// at a large UI scale rather than be cut.
pub fn poster(p: &mut ChildSpawnerCommands, f: &Fonts, ng: &NewGame, width: f32) {
    // The title is about 5.4 times its size wide; the poster is 52% of the window, less its margins.
    let title = ((width * 0.52 - 90.0) / 5.4).clamp(48.0, 104.0);
    p.spawn((Node { width: percent(52), height: percent(100), overflow: Overflow::clip(), ..default() }, BackgroundColor(CREAM)))
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
                Node {
                    position_type: PositionType::Absolute,
                    left: px(70),
                    top: px(40),
                    flex_direction: FlexDirection::Column,
                    ..default()
                },
                children![
                    f.text("ПОЛИТБЮРО", Face::Narrow, title, RED),
                    (
                        Node { margin: UiRect::top(px(-title * 0.17)), ..default() },
                        children![f.text("POLITBURO", Face::Narrow, title / 2.0, BLACK)]
                    ),
                ],
            ));
            let (sub, line) = match &ng.scenario {
                Ok(s) => (s.def.name.clone(), tagline(&s.def.description)),
                Err(_) => ("The Succession".into(), String::new()),
            };
            p.spawn((
                Node {
                    position_type: PositionType::Absolute,
                    left: px(70),
                    bottom: px(36),
                    max_width: px((width * 0.52 - 90.0).clamp(200.0, 560.0)),
                    flex_direction: FlexDirection::Column,
                    ..default()
                },
                children![
                    (
                        Node { padding: UiRect::axes(px(10), px(2)), ..default() },
                        BackgroundColor(BLACK),
                        children![f.text(sub.to_uppercase(), Face::Narrow, 26.0, CREAM)]
                    ),
                    // On cream, so it stays readable where the disc reaches down (a large UI scale).
                    (
                        Node { padding: UiRect::axes(px(4), px(2)), ..default() },
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
