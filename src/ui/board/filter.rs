//! The chronicle tab's filter: a view (the main events with the routine acts
//! folded, the digest a student reads (`rules::digest`), everything, only the
//! player's, the decisive moves), narrowed by kind
//! (votes, the ladder, posts...) and by any one leader, picked from those the
//! chronicle names. Pure state and a pure test (`keeps`), with the bar of
//! buttons that sets it; the tab itself is drawn in `chronicle.rs`.

use crate::rules::chronicle::{Category, Entry};
use crate::rules::digest::in_digest;
use crate::rules::named::{concerns, decisive, named};
use crate::scenario::{CharId, Scenario};
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, GREY, Hover, INK};
use bevy::prelude::*;

/// The view: which entries show before the kind and the leader narrow them.
#[derive(Clone, Copy, PartialEq, Eq, Default, Debug)]
pub enum View {
    #[default]
    Main,
    /// What a student needs: sessions and votes, posts and ranks, blocs, charges,
    /// deaths and the events of history, without any turn's routine.
    Digest,
    Everything,
    OnlyMe,
    Decisive,
}

impl View {
    pub const ALL: [View; 5] = [View::Main, View::Digest, View::Everything, View::OnlyMe, View::Decisive];
    fn label(self) -> &'static str {
        match self {
            View::Main => "Main events",
            View::Digest => "Digest",
            View::Everything => "Everything",
            View::OnlyMe => "Only me",
            View::Decisive => "Decisive moves",
        }
    }
}

/// The kinds a player can narrow the chronicle to (the tags the entries carry).
pub const KINDS: [Category; 7] =
    [Category::Command, Category::Vote, Category::Ladder, Category::Patronage, Category::Economy, Category::Event, Category::Health];

fn kind_label(c: Category) -> &'static str {
    match c {
        Category::Command => "Acts",
        Category::Vote => "Votes",
        Category::Ladder => "Ladder",
        Category::Patronage => "Posts",
        Category::Economy => "Economy",
        Category::Event => "Events",
        Category::Health => "Deaths",
        _ => "Other",
    }
}

/// What the chronicle tab shows. By default the routine acts (speeches,
/// articles, courting, bloc moves) are folded into a count per turn.
#[derive(Resource, Clone, Copy, PartialEq, Eq, Default, Debug)]
pub struct Filter {
    pub view: View,
    /// Only entries of this kind; None: every kind.
    pub kind: Option<Category>,
    /// Only entries naming this leader; None: anyone.
    pub leader: Option<CharId>,
    /// The leader picker is open.
    pub picking: bool,
}

impl Filter {
    /// Whether the entry shows, for the player `me`. A turn's heading always shows.
    pub fn keeps(&self, e: &Entry, me: CharId) -> bool {
        if e.category() == Category::Turn {
            return true;
        }
        let view = match self.view {
            View::Main => !e.event.is_minor(),
            View::Digest => in_digest(&e.event),
            View::Everything => true,
            View::OnlyMe => concerns(&e.event, me),
            View::Decisive => decisive(&e.event),
        };
        view && self.kind.is_none_or(|k| e.category() == k) && self.leader.is_none_or(|c| named(&e.event).contains(&c))
    }

    /// Whether an entry this filter hides is a routine act the main view or the
    /// digest folds (and would show under EVERYTHING with the same kind and leader).
    pub fn folds(&self, e: &Entry, me: CharId) -> bool {
        matches!(self.view, View::Main | View::Digest) && !self.keeps(e, me) && Filter { view: View::Everything, ..*self }.keeps(e, me)
    }
}

/// One turn of the chronicle as the filter shows it: the entries kept (indices,
/// its heading first) and how many routine acts were folded away.
#[derive(Debug, PartialEq)]
pub struct TurnShown {
    pub shown: Vec<usize>,
    pub folded: usize,
}

/// The chronicle split at each turn's opening, newest turn first, at most `limit`
/// turns. A narrowed filter (a kind, a leader, only me, the decisive moves)
/// leaves out the turns where nothing matched, so the matches are not lost
/// among empty headings.
pub fn turns(entries: &[Entry], filter: &Filter, me: CharId, limit: usize) -> Vec<TurnShown> {
    let mut starts: Vec<usize> = entries.iter().enumerate().filter(|(_, e)| e.category() == Category::Turn).map(|(i, _)| i).collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    let ends = starts.iter().skip(1).copied().chain(std::iter::once(entries.len()));
    let narrowed = filter.kind.is_some() || filter.leader.is_some() || matches!(filter.view, View::OnlyMe | View::Decisive);
    let mut out: Vec<TurnShown> = starts
        .iter()
        .zip(ends)
        .map(|(&a, b)| TurnShown {
            shown: (a..b).filter(|&i| filter.keeps(&entries[i], me)).collect(),
            folded: (a..b).filter(|&i| filter.folds(&entries[i], me)).count(),
        })
        .filter(|t| !narrowed || t.shown.iter().any(|&i| entries[i].category() != Category::Turn))
        .collect();
    out.reverse();
    out.truncate(limit);
    out
}

/// The leaders the chronicle names, in the scenario's order: the picker's choices.
pub fn leaders_named(entries: &[Entry], scn: &Scenario) -> Vec<CharId> {
    let mut seen = vec![false; scn.def.characters.len()];
    for e in entries {
        for c in named(&e.event) {
            if let Some(s) = seen.get_mut(c.0) {
                *s = true;
            }
        }
    }
    seen.iter().enumerate().filter(|(_, s)| **s).map(|(i, _)| CharId(i)).collect()
}

/// A small toggle button that sets the filter when clicked.
fn toggle(r: &mut ChildSpawnerCommands, f: &Fonts, label: &str, on: bool, set: impl Fn(&mut Filter) + Send + Sync + 'static) {
    let style = if on { Hover { base: BLACK, hover: BLACK } } else { Hover::PAPER };
    r.spawn((
        theme::button(style, Node { padding: UiRect::axes(px(6), px(1)), border: UiRect::all(px(1)), ..default() }),
        BorderColor::all(BLACK),
        children![f.text(label.to_uppercase(), Face::Narrow, 13.0, if on { CREAM } else { INK })],
    ))
    .observe(move |_: On<Pointer<Click>>, mut filter: ResMut<Filter>| {
        let mut next = *filter;
        set(&mut next);
        filter.set_if_neq(next);
    });
}

/// A row of the bar: a grey label, then its buttons, wrapping when narrow.
fn bar_row(p: &mut ChildSpawnerCommands, f: &Fonts, label: &str, buttons: impl FnOnce(&mut ChildSpawnerCommands)) {
    p.spawn(Node {
        column_gap: px(4),
        row_gap: px(3),
        flex_wrap: FlexWrap::Wrap,
        align_items: AlignItems::Center,
        flex_shrink: 0.0,
        ..default()
    })
    .with_children(|r| {
        r.spawn((Node { width: px(52), flex_shrink: 0.0, ..default() }, children![f.text(label, Face::Narrow, 13.0, GREY)]));
        buttons(r);
    });
}

/// The filter's bar: the views, the kinds, and the leader (a picker of every
/// leader the chronicle names).
pub fn bar(p: &mut ChildSpawnerCommands, f: &Fonts, scn: &Scenario, entries: &[Entry], filter: Filter) {
    p.spawn(Node { flex_direction: FlexDirection::Column, row_gap: px(3), margin: UiRect::bottom(px(4)), flex_shrink: 0.0, ..default() })
        .with_children(|p| {
            bar_row(p, f, "SHOW", |r| {
                for v in View::ALL {
                    toggle(r, f, v.label(), filter.view == v, move |x| x.view = v);
                }
            });
            bar_row(p, f, "KIND", |r| {
                toggle(r, f, "Any", filter.kind.is_none(), |x| x.kind = None);
                for k in KINDS {
                    toggle(r, f, kind_label(k), filter.kind == Some(k), move |x| x.kind = Some(k));
                }
            });
            bar_row(p, f, "LEADER", |r| {
                toggle(r, f, "Anyone", filter.leader.is_none(), |x| {
                    x.leader = None;
                    x.picking = false;
                });
                let label = match filter.leader {
                    Some(c) if !filter.picking => format!("{} (change)", scn.short(c)),
                    _ if filter.picking => "Close the list".to_string(),
                    _ => "Pick a leader…".to_string(),
                };
                toggle(r, f, &label, filter.leader.is_some() || filter.picking, |x| x.picking = !x.picking);
                if filter.picking {
                    for c in leaders_named(entries, scn) {
                        toggle(r, f, scn.short(c), filter.leader == Some(c), move |x| {
                            x.leader = Some(c);
                            x.picking = false;
                        });
                    }
                }
            });
        });
}
