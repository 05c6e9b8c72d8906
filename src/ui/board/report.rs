//! The end of a turn, step by step: the player's own fate first (every event
//! naming him, his standing before and after), then the decisive moves (the
//! Testament, blocs, charges, posts and ranks changing hands), then the turn's
//! events in the order it resolved (the leaders' moves, his own orders among them,
//! events, each vote with its tally by bloc or delegation and what it carried, the
//! ladder, posts, deaths, the economy), then the whole turn on one page. Enter goes
//! on, Esc skips to the end. Pages and bars come from the typed events
//! (`rules::named`, `Event::Voted`'s tally), never from the chronicle's wording.
//! The dialog has one size for every page and its buttons stay where they are.

use super::entry::entry_marked;
use super::{Report, Tab};
use crate::narrate;
use crate::rules::chronicle::{Category, Entry, Event, MotionPut};
use crate::rules::named::{concerns, decisive};
use crate::rules::votes::Tally;
use crate::scenario::{CharId, Scenario};
use crate::ui::Game;
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, GREY, Hover, INK, RED, SAND};
use bevy::prelude::*;

/// One page of the report: a title and the entries it shows.
pub struct Page {
    pub title: String,
    pub entries: Vec<usize>,
    /// A vote's page draws its tally as bars.
    pub vote: bool,
    /// The player's own page: his standing before and after heads it.
    pub mine: bool,
}

/// The title of the player's own page.
pub const YOUR_FATE: &str = "Your fate";
/// The title of the page of decisive moves.
pub const DECISIVE: &str = "Decisive moves";

/// The entries of the turn just resolved.
fn turn_entries(game: &Game) -> &[Entry] {
    let all = &game.st.chronicle.entries;
    let (a, b) = game.last_turn;
    &all[a.min(all.len())..b.min(all.len())]
}

/// The turn's pages, in the order the turn resolved; the last is the whole turn.
/// Pages are chosen by the kind of each event, never by its wording.
pub fn pages(game: &Game) -> Vec<Page> {
    pages_of(&game.st.scn, turn_entries(game), game.me)
}

/// The pages of a run of entries for the player `me`: his own fate (always, even
/// when nothing named him: it then says so), the decisive moves, the leaders'
/// moves, the events, one page per vote with what it carried, the rest by
/// category, then the whole turn.
pub fn pages_of(scn: &Scenario, es: &[Entry], me: CharId) -> Vec<Page> {
    let mine: Vec<usize> = (0..es.len()).filter(|&i| es[i].category() != Category::Turn && concerns(&es[i].event, me)).collect();
    let mut out = vec![Page { title: YOUR_FATE.into(), entries: mine, vote: false, mine: true }];
    let mut take = |title: &str, pick: &dyn Fn(&Entry) -> bool| {
        let entries: Vec<usize> = (0..es.len()).filter(|&i| pick(&es[i])).collect();
        if !entries.is_empty() {
            out.push(Page { title: title.into(), entries, vote: false, mine: false });
        }
    };
    take(DECISIVE, &|e| decisive(&e.event));
    take("The leaders' moves", &|e| e.category() == Category::Command && !e.event.is_minor());
    take("Events", &|e| matches!(e.category(), Category::Event | Category::History));
    // Each vote is a page, with what it carried (removals, promotions, posts, the line) after it.
    let mut i = 0;
    let mut voted = vec![false; es.len()];
    while i < es.len() {
        match &es[i].event {
            Event::Voted { tally, .. } if tally.groups().len() > 1 => {
                let mut entries = vec![i];
                voted[i] = true;
                let mut j = i + 1;
                while j < es.len()
                    && (matches!(es[j].category(), Category::Ladder | Category::Patronage) || matches!(es[j].event, Event::LineSet { .. }))
                {
                    entries.push(j);
                    voted[j] = true;
                    j += 1;
                }
                out.push(Page { title: format!("The vote: {}", narrate::body(scn, tally.body)), entries, vote: true, mine: false });
                i = j;
            }
            _ => i += 1,
        }
    }
    for (title, c) in [
        ("Sessions and lapsed motions", Category::Vote),
        ("The ladder", Category::Ladder),
        ("Posts", Category::Patronage),
        ("Health and deaths", Category::Health),
        ("The economy and the line", Category::Economy),
    ] {
        let entries: Vec<usize> = (0..es.len()).filter(|&k| es[k].category() == c && !voted[k]).collect();
        if !entries.is_empty() {
            out.push(Page { title: title.into(), entries, vote: false, mine: false });
        }
    }
    let all: Vec<usize> = (0..es.len()).filter(|&k| !es[k].event.is_minor()).collect();
    out.push(Page { title: "The whole turn".into(), entries: all, vote: false, mine: false });
    out
}

/// The report dialog at page `n`.
pub fn report(p: &mut ChildSpawnerCommands, f: &Fonts, game: &Game, n: usize) {
    let st = &game.st;
    let es = turn_entries(game);
    let pages = pages(game);
    let n = n.min(pages.len() - 1);
    let page = &pages[n];
    let last = n + 1 == pages.len();
    let when = es.iter().find(|e| e.category() != Category::Turn).map(|e| e.date.long()).unwrap_or_else(|| st.date.long());
    p.spawn((
        Node {
            padding: UiRect::axes(px(16), px(6)),
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Center,
            ..default()
        },
        BackgroundColor(BLACK),
    ))
    .with_children(|r| {
        r.spawn(f.text(format!("WHAT HAPPENED · {}", when.to_uppercase()), Face::Narrow, 28.0, CREAM));
        r.spawn(f.text(format!("step {} of {}", n + 1, pages.len()), Face::Regular, 14.0, SAND));
    });
    // The steps as a row of marks: done, current, to come.
    p.spawn(Node { padding: UiRect::new(px(16), px(16), px(8), px(0)), column_gap: px(4), flex_shrink: 0.0, ..default() }).with_children(
        |r| {
            for (i, pg) in pages.iter().enumerate() {
                let (bg, fg) = if i == n {
                    (RED, CREAM)
                } else if i < n {
                    (BLACK, CREAM)
                } else {
                    (SAND, INK)
                };
                r.spawn((
                    Node { padding: UiRect::axes(px(6), px(1)), ..default() },
                    BackgroundColor(bg),
                    Button,
                    theme::Tooltip(format!("Step {}: {}", i + 1, pg.title)),
                    children![f.text(short(&pg.title), Face::Narrow, 12.0, fg)],
                ))
                .observe(move |_: On<Pointer<Click>>, mut report: ResMut<Report>| report.page = i);
            }
        },
    );
    // The page takes whatever height the dialog leaves it and scrolls: the
    // dialog's size, and so its buttons, never move from page to page.
    p.spawn(Node {
        flex_direction: FlexDirection::Column,
        overflow: Overflow::scroll_y(),
        padding: UiRect::axes(px(16), px(8)),
        flex_grow: 1.0,
        flex_shrink: 1.0,
        min_height: px(0),
        ..default()
    })
    .with_children(|p| {
        p.spawn(f.heading(&page.title));
        if page.mine {
            standing(p, f, game);
            if page.entries.is_empty() {
                p.spawn(f.text("Nothing this turn named you.", Face::Regular, 14.0, GREY));
            }
        }
        for &i in &page.entries {
            let e = &es[i];
            match &e.event {
                Event::Voted { put, tally } if page.vote => vote(p, f, &st.scn, put, tally),
                _ => entry_marked(p, f, &st.scn, e, !page.mine && concerns(&e.event, game.me)),
            }
        }
        if last {
            let acts = es.iter().filter(|e| e.event.is_minor()).count();
            if acts > 0 {
                p.spawn(f.text(
                    format!("… and {acts} lesser acts of the other leaders (speeches, articles, courting): see the Chronicle tab."),
                    Face::Regular,
                    13.0,
                    GREY,
                ));
            }
        }
    });
    // The same three buttons of the same widths on every page.
    p.spawn(Node {
        padding: UiRect::all(px(12)),
        justify_content: JustifyContent::FlexEnd,
        column_gap: px(10),
        flex_shrink: 0.0,
        ..default()
    })
    .with_children(|r| {
        r.spawn(theme::text_button(f, "Chronicle (C)", Hover::PAPER, px(150))).observe(
            |_: On<Pointer<Click>>, mut report: ResMut<Report>, mut tab: ResMut<Tab>| {
                report.open = false;
                tab.set_if_neq(Tab::Chronicle);
            },
        );
        let count = pages.len();
        {
            let label = if last { "Close (Esc)" } else { "Skip to the end (Esc)" };
            r.spawn(theme::text_button(f, label, Hover::PAPER, px(210)))
                .observe(move |_: On<Pointer<Click>>, mut report: ResMut<Report>| skip(&mut report, count));
        }
        let label = if last { "Continue (Enter)" } else { "Next (Enter)" };
        r.spawn(theme::text_button(f, label, Hover::RED, px(200)))
            .observe(move |_: On<Pointer<Click>>, mut report: ResMut<Report>| advance(&mut report, count));
    });
}

/// The player's standing as the turn began and now: rank, prestige, credibility,
/// charges, posts. The entries under it say why each moved.
fn standing(p: &mut ChildSpawnerCommands, f: &Fonts, game: &Game) {
    let st = &game.st;
    let me = game.me;
    let now = &st.chars[me];
    let Some(was) = game.was.get(me.0) else { return };
    let mut moved = vec![];
    if was.rank != now.rank {
        let how = if now.rank < was.rank { "fell" } else { "rose" };
        moved.push(format!("{how} from {} to {}", super::rank_name(&st.scn, was.rank), super::rank_name(&st.scn, now.rank)));
    }
    for (what, a, b) in
        [("prestige", was.prestige, now.prestige), ("credibility", was.credibility, now.credibility), ("charges", was.charges, now.charges)]
    {
        if a != b {
            // The font has no arrow: say it in words.
            moved.push(format!("{what} {} from {a} to {b}", if b < a { "down" } else { "up" }));
        }
    }
    let line = if moved.is_empty() {
        format!("{}: your rank, prestige ({}) and credibility ({}) are as they were.", st.scn.short(me), now.prestige, now.credibility)
    } else {
        format!("{}: {}.", st.scn.short(me), moved.join(" · "))
    };
    p.spawn((
        Node {
            padding: UiRect::axes(px(6), px(3)),
            margin: UiRect::bottom(px(4)),
            border: UiRect::left(px(4)),
            flex_shrink: 0.0,
            ..default()
        },
        BackgroundColor(SAND),
        BorderColor::all(RED),
        children![f.text(line, Face::Bold, 15.0, BLACK)],
    ));
}

/// The step's mark: its title's first word or two.
fn short(title: &str) -> String {
    let t = title.trim_start_matches("The vote: ").trim_start_matches("The ");
    let t = t.split(" of ").next().unwrap_or(t);
    let mut words: Vec<&str> = t.split_whitespace().take(2).collect();
    if words.len() > 1 && words[1] == "and" {
        words.pop();
    }
    words.join(" ").to_uppercase()
}

/// Enter: the next page, or close after the last of `count`.
pub fn advance(report: &mut Report, count: usize) {
    if report.page + 1 >= count {
        report.open = false;
    } else {
        report.page += 1;
    }
}

/// Esc: straight to the last page (the whole turn), or close from there.
pub fn skip(report: &mut Report, count: usize) {
    if report.page + 1 >= count {
        report.open = false;
    } else {
        report.page = count - 1;
    }
}

/// A vote's headline, then one bar per bloc or delegation: for, against, abstaining.
fn vote(p: &mut ChildSpawnerCommands, f: &Fonts, scn: &Scenario, put: &MotionPut, tally: &Tally) {
    p.spawn((
        Node { margin: UiRect::vertical(px(4)), ..default() },
        children![f.text(narrate::vote_headline(scn, put, tally), Face::Bold, 15.0, INK)],
    ));
    for (g, y, n, a) in tally.groups() {
        let total = (y + n + a).max(1) as f32;
        let counts = if a > 0 { format!("{y} for, {n} against, {a} abstaining") } else { format!("{y} for, {n} against") };
        p.spawn(Node {
            column_gap: px(8),
            align_items: AlignItems::Center,
            flex_shrink: 0.0,
            padding: UiRect::vertical(px(1)),
            ..default()
        })
        .with_children(|r| {
            r.spawn((Node { width: px(270), ..default() }, children![f.text(narrate::group(scn, g), Face::Regular, 13.0, INK)]));
            r.spawn(Node { width: px(220), height: px(12), ..default() }).with_children(|b| {
                for (v, c) in [(y, RED), (n, BLACK), (a, SAND)] {
                    if v > 0 {
                        b.spawn((Node { width: percent(100.0 * v as f32 / total), height: percent(100), ..default() }, BackgroundColor(c)));
                    }
                }
            });
            r.spawn(f.text(counts, Face::Narrow, 13.0, GREY));
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::GameState;
    use crate::scenario::{Scenario, default_scenario_path};
    use std::sync::Arc;

    /// A congress turn of the computer's game, cut into pages by event kind: each
    /// vote with more than one group is a page of its own, every entry but the
    /// lesser acts is on the last page, and no page is empty.
    #[test]
    fn a_turns_pages_follow_its_events() {
        let scn = Arc::new(Scenario::load(&default_scenario_path()).unwrap());
        let mut st = GameState::new(scn, 4);
        // The 13th Congress (May 1924) meets in the second turn.
        for _ in 0..2 {
            crate::ai::play_turn(&mut st, None);
            st.end_turn();
        }
        let from = st.chronicle.entries.iter().rposition(|e| e.category() == Category::Turn).unwrap_or(0);
        let from = st.chronicle.entries[..from].iter().rposition(|e| e.category() == Category::Turn).unwrap_or(0);
        let es = &st.chronicle.entries[from..];
        let pages = pages_of(&st.scn, es, crate::scenario::CharId(0));
        let votes: Vec<_> = pages.iter().filter(|p| p.vote).collect();
        assert!(!votes.is_empty(), "a congress turn has votes: {:?}", pages.iter().map(|p| &p.title).collect::<Vec<_>>());
        for p in &votes {
            assert!(matches!(es[p.entries[0]].event, Event::Voted { .. }), "a vote page opens with its vote");
            assert!(p.title.starts_with("The vote: "));
        }
        assert_eq!(pages[0].title, YOUR_FATE, "the player's own fate comes first");
        assert!(pages.iter().skip(1).all(|p| !p.entries.is_empty()));
        let last = pages.last().unwrap();
        assert_eq!(last.title, "The whole turn");
        assert_eq!(last.entries.len(), es.iter().filter(|e| !e.event.is_minor()).count());
    }
}
