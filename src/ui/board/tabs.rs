//! The centre's tab bar, and each tab's own scroll position.

use super::{CenterRoot, Tab, TabsRoot};
use crate::ui::theme::{self, BLACK, INK};
use bevy::prelude::*;

/// Each centre tab keeps its own scroll position: leaving a tab remembers where
/// it was, coming back returns there, and a tab never opened starts at the top
/// (the chronicle scrolled down no longer opens the Reasons tab part-way down).
pub fn keep_scroll(
    tab: Res<Tab>,
    mut shown: Local<Option<Tab>>,
    mut kept: Local<std::collections::HashMap<Tab, Vec2>>,
    mut centre: Query<&mut ScrollPosition, With<CenterRoot>>,
) {
    if !tab.is_changed() || *shown == Some(*tab) {
        return;
    }
    let Ok(mut pos) = centre.single_mut() else { return };
    if let Some(old) = *shown {
        kept.insert(old, pos.0);
    }
    pos.0 = kept.get(&*tab).copied().unwrap_or(Vec2::ZERO);
    *shown = Some(*tab);
}

/// Run condition of the tab bar: the tab changed.
pub fn tab_changed(tab: Res<Tab>) -> bool {
    tab.is_changed()
}

pub fn tabs(mut commands: Commands, root: Single<Entity, With<TabsRoot>>, fonts: Res<theme::Fonts>, tab: Res<Tab>) {
    let f = &*fonts;
    commands.entity(*root).despawn_children().with_children(|p| {
        for (i, t) in Tab::ALL.into_iter().enumerate() {
            let on = *tab == t;
            let style =
                if on { theme::Hover { base: BLACK, hover: BLACK } } else { theme::Hover { base: theme::SAND, hover: theme::PAPER } };
            let fg = if on { theme::CREAM } else { INK };
            p.spawn((
                theme::button(style, Node { padding: UiRect::axes(px(4), px(5)), flex_shrink: 0.0, ..default() }),
                theme::Tooltip(format!("{} (key {})", t.label(), ["F1", "F2", "F3", "F4", "C / F6", "F7", "F8", "G / F9", "E / F10"][i])),
                children![f.text(t.label().to_uppercase(), theme::Face::Narrow, 14.0, fg)],
            ))
            .observe(move |_: On<Pointer<Click>>, mut tab: ResMut<Tab>| {
                tab.set_if_neq(t);
            });
        }
    });
}
