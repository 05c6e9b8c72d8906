//! Headless tests of the chronicle's filter and of the action list's rows: odds
//! on every motion, a word on every row that has no vote, a RISK line on the
//! moves the rules say can backfire.

use super::actions::ActionRow;
use super::filter::{Filter, KINDS, View, leaders_named, turns};
use super::tests::{board, game};
use super::*;
use crate::rules::GameState;
use crate::rules::chronicle::{Category, Entry};
use crate::rules::named::{concerns, named};
use crate::scenario::{CharId, Scenario, default_scenario_path};
use std::sync::Arc;

/// A computer game four turns in, with its chronicle, and Stalin as the player.
fn played() -> (GameState, CharId) {
    let scn = Arc::new(Scenario::load(&default_scenario_path()).unwrap());
    let me = scn.char_id("stalin").unwrap();
    let mut st = GameState::new(scn, 4);
    for _ in 0..4 {
        crate::ai::play_turn(&mut st, None);
        st.end_turn();
    }
    (st, me)
}

/// Every entry the filter shows, but the turns' headings.
fn shown<'a>(es: &'a [Entry], f: &Filter, me: CharId) -> Vec<&'a Entry> {
    turns(es, f, me, usize::MAX).iter().flat_map(|t| t.shown.clone()).map(|i| &es[i]).filter(|e| e.category() != Category::Turn).collect()
}

#[test]
fn the_main_view_folds_only_routine_acts_and_everything_shows_them_all() {
    let (st, me) = played();
    let es = &st.chronicle.entries;
    let main = Filter::default();
    let all = Filter { view: View::Everything, ..default() };
    let t = turns(es, &main, me, usize::MAX);
    let folded: usize = t.iter().map(|t| t.folded).sum();
    assert!(folded > 0, "four turns hold some routine acts");
    assert_eq!(t.iter().map(|t| t.shown.len()).sum::<usize>() + folded, es.len(), "nothing is lost: shown or folded");
    assert!(shown(es, &main, me).iter().all(|e| !e.event.is_minor()));
    assert_eq!(turns(es, &all, me, usize::MAX).iter().map(|t| t.shown.len()).sum::<usize>(), es.len());
    assert!(turns(es, &all, me, usize::MAX).iter().all(|t| t.folded == 0));
    // Newest turn first, and at most the limit.
    assert!(t[0].shown[0] > t[1].shown[0]);
    assert_eq!(turns(es, &main, me, 2).len(), 2);
}

/// The DIGEST view (issue 21 item 6): every vote and every turn stays, courting
/// and speeches are folded and counted, nothing is lost.
#[test]
fn the_digest_view_keeps_the_votes_and_folds_the_routine() {
    use crate::rules::chronicle::Event;
    let (st, me) = played();
    let es = &st.chronicle.entries;
    let digest = Filter { view: View::Digest, ..default() };
    let got = shown(es, &digest, me);
    let votes = es.iter().filter(|e| matches!(e.event, Event::Voted { .. })).count();
    assert!(votes > 0 && got.iter().filter(|e| matches!(e.event, Event::Voted { .. })).count() == votes);
    assert!(got.iter().all(|e| !matches!(e.event, Event::Courted { .. } | Event::Publicity { .. })));
    let t = turns(es, &digest, me, usize::MAX);
    let folded: usize = t.iter().map(|t| t.folded).sum();
    assert!(folded > 0);
    assert_eq!(t.iter().map(|t| t.shown.len()).sum::<usize>() + folded, es.len(), "shown or folded");
}

#[test]
fn a_leader_filter_shows_exactly_the_entries_naming_him_for_any_leader() {
    let (st, me) = played();
    let es = &st.chronicle.entries;
    let leaders = leaders_named(es, &st.scn);
    assert!(leaders.len() > 5, "the chronicle names many leaders: {leaders:?}");
    for c in leaders {
        let f = Filter { view: View::Everything, leader: Some(c), ..default() };
        let got = shown(es, &f, me);
        let want = es.iter().filter(|e| e.category() != Category::Turn && named(&e.event).contains(&c)).count();
        assert_eq!(got.len(), want, "{}", st.scn.short(c));
        assert!(want > 0);
        // A turn in which he is not named is left out, heading and all.
        for t in turns(es, &f, me, usize::MAX) {
            assert!(t.shown.iter().any(|&i| es[i].category() != Category::Turn));
        }
    }
}

#[test]
fn a_kind_filter_and_only_me_narrow_as_they_say() {
    let (st, me) = played();
    let es = &st.chronicle.entries;
    let mut any = 0;
    for k in KINDS {
        let f = Filter { view: View::Everything, kind: Some(k), ..default() };
        let got = shown(es, &f, me);
        assert!(got.iter().all(|e| e.category() == k));
        assert_eq!(got.len(), es.iter().filter(|e| e.category() == k).count());
        any += got.len();
    }
    assert!(any > 0);
    let mine = shown(es, &Filter { view: View::OnlyMe, ..default() }, me);
    assert!(!mine.is_empty() && mine.iter().all(|e| concerns(&e.event, me)));
    // Kind and leader together: both must hold.
    let votes_of_me = shown(es, &Filter { view: View::Everything, kind: Some(Category::Vote), leader: Some(me), picking: false }, me);
    assert!(votes_of_me.iter().all(|e| e.category() == Category::Vote && named(&e.event).contains(&me)));
}

#[test]
fn a_filter_change_redraws_the_chronicle_tab() {
    let mut app = board();
    *app.world_mut().resource_mut::<Tab>() = Tab::Chronicle;
    app.update();
    let before = children_of::<CenterRoot>(&mut app);
    let trotsky = game(&app).st.scn.char_id("trotsky").unwrap();
    app.world_mut().resource_mut::<Filter>().leader = Some(trotsky);
    app.update();
    assert_ne!(children_of::<CenterRoot>(&mut app), before, "the tab redrew for the new filter");
    let texts = texts_under::<CenterRoot>(&mut app);
    assert!(texts.iter().any(|t| t.contains("TROTSKY (CHANGE)")), "the bar names the leader picked: {texts:?}");
}

fn children_of<R: Component>(app: &mut App) -> Vec<Entity> {
    let world = app.world_mut();
    let root = world.query_filtered::<Entity, With<R>>().single(world).expect("one root");
    world.get::<Children>(root).map(|c| c.to_vec()).unwrap_or_default()
}

/// Every text drawn under an entity, depth first.
fn texts_of(world: &World, e: Entity, out: &mut Vec<String>) {
    if let Some(t) = world.get::<Text>(e) {
        out.push(t.0.clone());
    }
    for &c in world.get::<Children>(e).map(|c| c.to_vec()).unwrap_or_default().iter() {
        texts_of(world, c, out);
    }
}

fn texts_under<R: Component>(app: &mut App) -> Vec<String> {
    let world = app.world_mut();
    let root = world.query_filtered::<Entity, With<R>>().single(world).expect("one root");
    let mut out = vec![];
    texts_of(world, root, &mut out);
    out
}

#[test]
fn every_row_shows_odds_or_says_it_has_no_vote_and_risky_rows_say_why() {
    let mut app = board();
    app.world_mut().resource_mut::<ShowAll>().0 = true;
    app.update();
    let world = app.world_mut();
    let rows: Vec<(Entity, Command)> = world.query::<(Entity, &ActionRow)>().iter(world).map(|(e, r)| (e, r.0)).collect();
    assert!(rows.len() > 20, "the whole list: {}", rows.len());
    let (st, me) = (&game(&app).st, game(&app).me);
    let (mut appointments, mut motions, mut risky) = (0, 0, 0);
    for (e, cmd) in rows {
        let mut texts = vec![];
        texts_of(app.world(), e, &mut texts);
        let odds = texts.iter().any(|t| t.ends_with('%'));
        let none = texts.iter().any(|t| t == "NO VOTE" || t == "HE ANSWERS" || t == "NO VOTE YET");
        assert!(odds ^ none, "{cmd:?}: odds or a word on why not, never both or neither: {texts:?}");
        match cmd {
            Command::Appoint { .. } => {
                appointments += 1;
                assert!(none);
            }
            Command::Propose(_) | Command::Surprise(_) => {
                motions += 1;
                assert!(odds, "{cmd:?}: {texts:?}");
            }
            _ => {}
        }
        let warned = texts.iter().any(|t| t == "RISK");
        assert_eq!(warned, crate::risks::risky(st, me, &cmd), "{cmd:?}: {texts:?}");
        risky += warned as usize;
    }
    assert!(appointments > 0 && motions > 0 && risky > 0, "{appointments} {motions} {risky}");
}
