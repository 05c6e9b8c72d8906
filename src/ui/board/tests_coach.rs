//! Headless tests of the guided first game, the glossary and the rules in the
//! details panel (see `tests` for the bare `App` they run in).

use super::coach::{Coach, CoachRoot};
use super::tests::{board, tap};
use super::*;
use crate::ui::Game;
use crate::ui::glossary::Glossary;
use crate::ui::settings::Settings;

/// A new game's board as the menu opens it: the coach undecided, the settings given.
fn new_game_board(tutorial_done: bool, guided: bool) -> App {
    let mut app = board();
    app.insert_resource(Settings { tutorial_done, ..default() }).insert_resource(Coach::new_game(guided));
    // Back to the menu and in again, as `menu::start` does.
    app.world_mut().resource_mut::<NextState<AppState>>().set(AppState::Menu);
    app.update();
    app.world_mut().resource_mut::<NextState<AppState>>().set(AppState::Board);
    app.update();
    app.update();
    app
}

fn card(app: &mut App) -> (Display, usize) {
    let world = app.world_mut();
    let (root, node) = world.query_filtered::<(Entity, &Node), With<CoachRoot>>().single(world).expect("one card");
    (node.display, world.get::<Children>(root).map_or(0, |c| c.len()))
}

/// Every text span and text under the entity, joined.
fn texts_under<R: Component>(app: &mut App) -> String {
    let world = app.world_mut();
    let root = world.query_filtered::<Entity, With<R>>().single(world).expect("one root");
    let mut out = String::new();
    let mut stack = vec![root];
    while let Some(e) = stack.pop() {
        if let Some(t) = world.get::<Text>(e) {
            out.push_str(&t.0);
            out.push('\n');
        }
        if let Some(t) = world.get::<TextSpan>(e) {
            out.push_str(&t.0);
        }
        if let Some(c) = world.get::<Children>(e) {
            stack.extend(c.iter().rev());
        }
    }
    out
}

#[test]
fn a_first_game_is_guided_one_lesson_a_turn_and_skipping_is_remembered() {
    let mut app = new_game_board(false, false);
    let coach = app.world().resource::<Coach>();
    assert!(coach.on && coach.open && coach.lesson == 0, "{coach:?}");
    assert_eq!(card(&mut app).0, Display::Flex);
    assert!(texts_under::<CoachRoot>(&mut app).contains("SEATED AT THE END OF THE TURN"));
    // K puts the card away for this turn.
    tap(&mut app, KeyCode::KeyK);
    assert_eq!(card(&mut app), (Display::None, 0));
    // The next turn opens the next lesson, and the tab it talks about.
    tap(&mut app, KeyCode::Enter);
    app.update();
    let coach = app.world().resource::<Coach>();
    assert!(coach.on && coach.open && coach.lesson == 1, "{coach:?}");
    assert_eq!(*app.world().resource::<Tab>(), Tab::Agenda);
    assert!(texts_under::<CoachRoot>(&mut app).contains("THE AGENDA AND THE ODDS"));
    // X skips: the card goes, and the settings remember it.
    app.world_mut().resource_mut::<Report>().open = false;
    tap(&mut app, KeyCode::KeyX);
    assert!(!app.world().resource::<Coach>().on);
    assert!(app.world().resource::<Settings>().tutorial_done);
    assert_eq!(card(&mut app).0, Display::None);
}

#[test]
fn a_finished_tutorial_leaves_new_games_unguided_unless_asked_from_the_menu() {
    let mut app = new_game_board(true, false);
    assert!(!app.world().resource::<Coach>().on);
    assert_eq!(card(&mut app).0, Display::None);
    let mut app = new_game_board(true, true);
    assert!(app.world().resource::<Coach>().on);
    assert_eq!(card(&mut app).0, Display::Flex);
}

#[test]
fn the_last_lesson_finishes_the_tutorial() {
    let mut c = Coach::new_game(true);
    for turn in 1..crate::narrate::tutorial::LESSONS as u32 {
        assert!(!c.follow(turn) && c.on && c.open && c.lesson == turn as usize);
    }
    assert!(c.got_it() && !c.on, "got it on the last lesson finishes");
    let mut c = Coach::new_game(true);
    assert!(c.follow(crate::narrate::tutorial::LESSONS as u32) && !c.on, "playing past the last lesson finishes too");
}

#[test]
fn l_opens_the_glossary_and_esc_closes_it_without_leaving_the_board() {
    let mut app = board();
    tap(&mut app, KeyCode::KeyL);
    assert!(app.world().resource::<Glossary>().0);
    let words = texts_under::<crate::ui::glossary::GlossaryRoot>(&mut app);
    for term in ["Politburo", "The ladder", "Regard", "Loyalty", "Prestige", "Credibility", "The Testament", "General Secretary"] {
        assert!(words.contains(term), "{term} missing from the glossary: {words}");
    }
    tap(&mut app, KeyCode::Escape);
    app.update();
    assert!(!app.world().resource::<Glossary>().0);
    assert_eq!(*app.world().resource::<State<AppState>>().get(), AppState::Board);
}

/// The glossary is reachable from every screen (issue 21 item 6): L opens it over
/// the end screen and the menu too, Esc closes it and stays, a new screen starts
/// with it put away.
#[test]
fn the_glossary_opens_over_the_end_screen_and_the_menu() {
    let mut app = board();
    for screen in [AppState::EndScreen, AppState::Menu] {
        app.world_mut().resource_mut::<NextState<AppState>>().set(screen);
        app.update();
        tap(&mut app, KeyCode::KeyL);
        assert!(app.world().resource::<Glossary>().0, "{screen:?}");
        let words = texts_under::<crate::ui::glossary::GlossaryRoot>(&mut app);
        assert!(words.contains("The ladder") && words.contains("Politburo"), "{screen:?}: {words}");
        tap(&mut app, KeyCode::Escape);
        app.update();
        assert!(!app.world().resource::<Glossary>().0, "{screen:?}");
        assert_eq!(*app.world().resource::<State<AppState>>().get(), screen);
        // Left open, it is put away by the next screen.
        tap(&mut app, KeyCode::KeyL);
        assert!(app.world().resource::<Glossary>().0);
    }
    app.world_mut().resource_mut::<NextState<AppState>>().set(AppState::Board);
    app.update();
    app.update();
    assert!(!app.world().resource::<Glossary>().0, "a new screen closes it");
}

#[test]
fn the_details_panel_gives_the_selected_actions_rules() {
    let mut app = board();
    let game: &Game = app.world().resource::<Game>();
    let appoint = game.st.scn.def.balance.appointee_loyalty;
    let cmd = app.world().resource::<Shown>().0.iter().copied().find(|c| matches!(c, Command::Appoint { .. })).expect("an appointment");
    app.world_mut().resource_mut::<Selected>().0 = Some(cmd);
    app.update();
    let words = texts_under::<DetailsRoot>(&mut app);
    assert!(words.contains("THE RULES · APPOINT A REGIONAL SECRETARY"), "{words}");
    assert!(words.contains("What it does: name the secretary of a region"), "{words}");
    assert!(words.contains(&format!("a cadre starts at {appoint}")), "{words}");
    assert!(words.contains("The rule: the secretary is seated at the END of the turn"), "{words}");
}
