//! Headless tests of the board, as in Bevy's `how_to_test_systems`: a bare `App`
//! with `MinimalPlugins` and `StatesPlugin`, the board's plugin, resources
//! inserted by hand and keys pressed on `ButtonInput`; no window, no renderer.
//! Fonts are empty handles: the panels spawn their text, nobody draws it.

use super::keys::ACTION_KEYS;
use super::*;
use crate::rules::check;
use crate::scenario::{Scenario, default_scenario_path};
use crate::ui::Game;
use bevy::state::app::StatesPlugin;
use std::sync::Arc;

fn new_game() -> Game {
    let scn = Arc::new(Scenario::load(&default_scenario_path()).unwrap());
    let me = scn.char_id("stalin").unwrap();
    Game::new(scn, me, 1924, Default::default())
}

/// Answers every question an event put to the player, with its first choice.
fn answer_all(game: &mut Game) {
    while let Some(event) = game.st.choices.iter().find(|p| p.chooser == game.me && p.chosen.is_none()).map(|p| p.event) {
        do_command(game, Command::Choose { event, choice: 0 });
    }
}

/// The board of a new game, drawn and settled: every panel has drawn once.
pub(super) fn board() -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .init_state::<AppState>()
        .init_resource::<ButtonInput<KeyCode>>()
        .init_resource::<crate::ui::settings::Settings>()
        .insert_resource(theme::Fonts { regular: default(), bold: default(), narrow: default() })
        .add_plugins((plugin, crate::ui::glossary::plugin));
    let mut game = new_game();
    answer_all(&mut game);
    app.insert_resource(game);
    app.world_mut().resource_mut::<NextState<AppState>>().set(AppState::Board);
    app.update();
    app.update();
    app
}

/// A key pressed for one frame.
pub(super) fn tap(app: &mut App, key: KeyCode) {
    app.world_mut().resource_mut::<ButtonInput<KeyCode>>().press(key);
    app.update();
    let mut input = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    input.release(key);
    input.clear();
}

pub(super) fn game(app: &App) -> &Game {
    app.world().resource::<Game>()
}

/// The entities each panel's root holds now: a panel that redrew holds new ones.
#[derive(PartialEq, Debug, Clone)]
struct Drawn {
    top_bar: Vec<Entity>,
    leaders: Vec<Entity>,
    tabs: Vec<Entity>,
    centre: Vec<Entity>,
    actions: Vec<Entity>,
    details: Vec<Entity>,
    overlay: Vec<Entity>,
}

fn children<R: Component>(app: &mut App) -> Vec<Entity> {
    let world = app.world_mut();
    let root = world.query_filtered::<Entity, With<R>>().single(world).expect("one root");
    world.get::<Children>(root).map(|c| c.to_vec()).unwrap_or_default()
}

fn drawn(app: &mut App) -> Drawn {
    Drawn {
        top_bar: children::<TopBarRoot>(app),
        leaders: children::<LeadersRoot>(app),
        tabs: children::<TabsRoot>(app),
        centre: children::<CenterRoot>(app),
        actions: children::<ActionsRoot>(app),
        details: children::<DetailsRoot>(app),
        overlay: children::<OverlayRoot>(app),
    }
}

/// Which panels hold other entities than before.
fn redrawn(before: &Drawn, after: &Drawn) -> Vec<&'static str> {
    let pairs = [
        ("top bar", &before.top_bar, &after.top_bar),
        ("leaders", &before.leaders, &after.leaders),
        ("tabs", &before.tabs, &after.tabs),
        ("centre", &before.centre, &after.centre),
        ("actions", &before.actions, &after.actions),
        ("details", &before.details, &after.details),
        ("overlay", &before.overlay, &after.overlay),
    ];
    pairs.into_iter().filter(|(_, a, b)| a != b).map(|(n, _, _)| n).collect()
}

#[test]
fn the_board_draws_every_panel_once_then_rests() {
    let mut app = board();
    let d = drawn(&mut app);
    for (name, v) in [("top bar", &d.top_bar), ("leaders", &d.leaders), ("tabs", &d.tabs), ("centre", &d.centre), ("actions", &d.actions)] {
        assert!(!v.is_empty(), "{name} drew nothing");
    }
    assert_eq!(d.tabs.len(), Tab::ALL.len());
    assert!(!app.world().resource::<Shown>().0.is_empty(), "the actions list filled `Shown`");
    app.update();
    app.update();
    assert_eq!(redrawn(&d, &drawn(&mut app)), Vec::<&str>::new(), "nothing changed, nothing redraws");
}

#[test]
fn function_keys_and_c_switch_tabs_and_redraw_only_the_centre_and_the_tab_bar() {
    let mut app = board();
    for (key, tab) in [
        (KeyCode::F2, Tab::Economy),
        (KeyCode::F3, Tab::Blocs),
        (KeyCode::F4, Tab::Power),
        (KeyCode::KeyC, Tab::Chronicle),
        (KeyCode::F7, Tab::History),
        (KeyCode::F8, Tab::Reasons),
        (KeyCode::KeyG, Tab::Agenda),
        (KeyCode::F8, Tab::Reasons),
        (KeyCode::F9, Tab::Agenda),
        (KeyCode::F1, Tab::Patronage),
    ] {
        let before = drawn(&mut app);
        tap(&mut app, key);
        assert_eq!(*app.world().resource::<Tab>(), tab, "{key:?}");
        assert_eq!(redrawn(&before, &drawn(&mut app)), ["tabs", "centre"], "{key:?}");
    }
    // The tab shown already: nothing to redraw.
    let before = drawn(&mut app);
    tap(&mut app, KeyCode::F1);
    assert_eq!(redrawn(&before, &drawn(&mut app)), Vec::<&str>::new());
}

#[test]
fn a_hover_redraws_only_the_details_and_leaves_the_game_unchanged() {
    #[derive(Resource, Default)]
    struct GameChanges(u32);
    fn count(game: Res<Game>, mut n: ResMut<GameChanges>) {
        if game.is_changed() {
            n.0 += 1;
        }
    }
    let mut app = board();
    app.init_resource::<GameChanges>().add_systems(Update, count);
    app.update();
    let n = app.world().resource::<GameChanges>().0;
    let shown = app.world().resource::<Shown>().0.clone();
    let before = drawn(&mut app);
    app.world_mut().resource_mut::<Hovered>().0 = Some(shown[1]);
    app.update();
    assert_eq!(redrawn(&before, &drawn(&mut app)), ["details"]);
    assert_eq!(app.world().resource::<GameChanges>().0, n, "a hover is not a change of the game");
    // Off again: the details go back to the chosen action (none), nothing else moves.
    let before = drawn(&mut app);
    app.world_mut().resource_mut::<Hovered>().0 = None;
    app.update();
    assert_eq!(redrawn(&before, &drawn(&mut app)), ["details"]);
    assert_eq!(app.world().resource::<GameChanges>().0, n);
}

#[test]
fn a_digit_key_applies_that_action_and_redraws_what_it_changed() {
    let mut app = board();
    let shown = app.world().resource::<Shown>().0.clone();
    let (ap, log) = (game(&app).st.chars[game(&app).me].ap, game(&app).st.log.len());
    let cost = shown[0].cost(&game(&app).st);
    let before = drawn(&mut app);
    tap(&mut app, KeyCode::Digit1);
    let g = game(&app);
    assert_eq!(g.st.log.len(), log + 1, "the command went through the rules");
    assert_eq!(g.st.log.last().map(|l| l.2), Some(shown[0]));
    assert_eq!(g.st.chars[g.me].ap, ap - cost);
    assert!(g.notice.as_deref().is_some_and(|n| !n.starts_with("Not allowed")), "{:?}", g.notice);
    let moved = redrawn(&before, &drawn(&mut app));
    for panel in ["top bar", "actions", "details"] {
        assert!(moved.contains(&panel), "{panel} shows the action points or the legal actions: {moved:?}");
    }
    assert!(!moved.contains(&"tabs") && !moved.contains(&"overlay"), "{moved:?}");
}

/// The first shown action that `pick` accepts, with its number key.
fn key_for(app: &App, pick: impl Fn(&Command) -> bool) -> (KeyCode, Command) {
    let shown = &app.world().resource::<Shown>().0;
    let i = shown.iter().take(ACTION_KEYS.len()).position(pick).expect("such an action among the first shown");
    (ACTION_KEYS[i], shown[i])
}

#[test]
fn an_appointment_redraws_the_patronage_tab_and_not_the_politburo() {
    let mut app = board();
    assert_eq!(*app.world().resource::<Tab>(), Tab::Patronage);
    let (key, cmd) = key_for(&app, |c| matches!(c, Command::Appoint { .. }));
    let before = drawn(&mut app);
    tap(&mut app, key);
    assert_eq!(game(&app).st.log.last().map(|l| l.2), Some(cmd));
    // The appointment waits to be seated: the table shows it; no one's power moved yet.
    assert_eq!(redrawn(&before, &drawn(&mut app)), ["top bar", "centre", "actions", "details"]);
}

#[test]
fn a_motion_put_leaves_a_tab_that_does_not_show_it() {
    let mut app = board();
    let (key, cmd) = key_for(&app, |c| matches!(c, Command::Propose(_)));
    let before = drawn(&mut app);
    tap(&mut app, key);
    assert_eq!(game(&app).st.log.last().map(|l| l.2), Some(cmd));
    // Action points and the legal actions moved; the patronage table did not.
    assert_eq!(redrawn(&before, &drawn(&mut app)), ["top bar", "actions", "details"]);
}

#[test]
fn a_new_notice_redraws_only_the_top_bar() {
    let mut app = board();
    let before = drawn(&mut app);
    app.world_mut().resource_mut::<Game>().notice = Some("Saved to nowhere.".into());
    app.update();
    assert_eq!(redrawn(&before, &drawn(&mut app)), ["top bar"]);
}

#[test]
fn enter_ends_the_turn_then_pages_the_report_and_esc_skips_and_closes_it() {
    let mut app = board();
    let turn = game(&app).st.turn;
    tap(&mut app, KeyCode::Enter);
    assert_eq!(game(&app).st.turn, turn + 1, "Enter ended the turn");
    assert_eq!(*app.world().resource::<Report>(), Report { open: true, page: 0 });
    assert!(!children::<OverlayRoot>(&mut app).is_empty(), "the report is drawn over the board");
    let count = report::pages(game(&app)).len();
    assert!(count >= 2, "a turn has its pages and the whole turn");
    // Enter: the next page, and no second end of turn while the report is open.
    let before = drawn(&mut app);
    tap(&mut app, KeyCode::Enter);
    assert_eq!(game(&app).st.turn, turn + 1);
    assert_eq!(*app.world().resource::<Report>(), Report { open: true, page: 1 });
    assert_eq!(redrawn(&before, &drawn(&mut app)), ["overlay"], "turning a page redraws the dialog alone");
    // Esc: straight to the last page (the whole turn), unless there already.
    if count > 2 {
        tap(&mut app, KeyCode::Escape);
        assert_eq!(*app.world().resource::<Report>(), Report { open: true, page: count - 1 });
    }
    // Esc on the last page closes the report; the board stays.
    tap(&mut app, KeyCode::Escape);
    assert!(!app.world().resource::<Report>().open);
    app.update();
    assert_eq!(*app.world().resource::<State<AppState>>().get(), AppState::Board);
    // With the report closed, Esc goes to the menu.
    tap(&mut app, KeyCode::Escape);
    app.update();
    assert_eq!(*app.world().resource::<State<AppState>>().get(), AppState::Menu);
}

#[test]
fn report_pages_advance_skip_and_close() {
    let mut r = Report { open: true, page: 0 };
    report::advance(&mut r, 5);
    assert_eq!(r, Report { open: true, page: 1 });
    report::skip(&mut r, 5);
    assert_eq!(r, Report { open: true, page: 4 });
    report::advance(&mut r, 5);
    assert!(!r.open, "Enter on the last page closes");
    let mut r = Report { open: true, page: 4 };
    report::skip(&mut r, 5);
    assert!(!r.open, "Esc on the last page closes");
}

#[test]
fn do_command_applies_a_legal_command_and_refuses_an_illegal_one() {
    let mut game = new_game();
    answer_all(&mut game);
    let me = game.me;
    let cmd = shown_actions(&game, false)[0];
    let log = game.st.log.len();
    do_command(&mut game, cmd);
    assert_eq!(game.st.log.len(), log + 1);
    assert!(game.notice.as_deref().is_some_and(|n| !n.starts_with("Not allowed")), "{:?}", game.notice);

    let illegal = Command::Court { target: me };
    assert!(check(&game.st, me, &illegal).is_err(), "one cannot court oneself");
    let hash = game.st.state_hash();
    let log = game.st.log.len();
    do_command(&mut game, illegal);
    assert_eq!(game.st.state_hash(), hash, "a refused command leaves the game as it was");
    assert_eq!(game.st.log.len(), log);
    assert!(game.notice.as_deref().is_some_and(|n| n.starts_with("Not allowed: ")), "{:?}", game.notice);
}

/// A motion aimed at the player is no surprise: the top bar names it while it
/// waits, and says nothing once the agenda holds none.
#[test]
fn a_motion_against_the_player_is_announced_in_the_top_bar() {
    let mut app = board();
    let texts = |app: &mut App| -> Vec<String> {
        let world = app.world_mut();
        world.query::<&Text>().iter(world).map(|t| t.0.clone()).collect()
    };
    assert!(!texts(&mut app).iter().any(|t| t.contains("AGAINST YOU")));
    // Zinoviev puts Stalin's removal to the coming congress.
    let (zinoviev, stalin) = {
        let g = game(&app);
        (g.st.scn.cid("zinoviev"), g.me)
    };
    let m = crate::rules::Motion::RemoveFromPolitburo { target: stalin };
    crate::rules::apply(&mut app.world_mut().resource_mut::<Game>().st, zinoviev, Command::Propose(m)).unwrap();
    app.update();
    assert!(texts(&mut app).iter().any(|t| t.contains("A MOTION AGAINST YOU WAITS (G)")), "{:?}", texts(&mut app));
}
