//! The guided first game: a coach card under the centre tabs, one lesson a turn
//! (`narrate::tutorial`, the same words as `play --tutorial`): patronage and the
//! lag of appointments, the agenda and the odds, blocs and the ban, the ladder and
//! recanting, how to win, and why things happen. Each lesson opens the tab it
//! talks about. "Got it" (K) hides the card until the next turn's lesson; "Skip"
//! (X) ends the tutorial. A first game is guided until the tutorial is finished or
//! skipped once (kept in the settings file); the menu's "Guided first game"
//! starts it again.

use super::parts::{Clock, Part};
use super::{BoardInput, BoardPanels, Report, Tab};
use crate::narrate::tutorial::{self, Focus, Lesson, Pointers, Ui};
use crate::ui::settings::Settings;
use crate::ui::theme::{self, BLACK, CREAM, Face, Fonts, Hover, RED};
use crate::ui::{AppState, Game};
use bevy::prelude::*;

/// The coach of the game under way.
#[derive(Resource, Debug, Default, PartialEq)]
pub struct Coach {
    /// Guiding this game.
    pub on: bool,
    /// A new game not yet decided: guided if the tutorial was never finished or skipped.
    pub undecided: bool,
    /// The lesson shown (0-based) and the turn it belongs to.
    pub lesson: usize,
    pub turn: u32,
    /// The card is shown (not put away with "Got it" this turn).
    pub open: bool,
}

impl Coach {
    /// A coach for a new game: `guided` forces the lessons (the menu's "Guided
    /// first game"); otherwise the settings decide when the board opens.
    pub fn new_game(guided: bool) -> Coach {
        Coach { on: guided, undecided: !guided, lesson: 0, turn: 0, open: guided }
    }

    /// Follows the game's turn: each new turn opens the next lesson; past the last,
    /// the tutorial is finished. Returns true when it has just finished.
    pub fn follow(&mut self, turn: u32) -> bool {
        if !self.on || turn == self.turn {
            return false;
        }
        self.lesson += (turn.saturating_sub(self.turn) as usize).max(1);
        self.turn = turn;
        if self.lesson >= tutorial::LESSONS {
            self.on = false;
            self.open = false;
            return true;
        }
        self.open = true;
        false
    }

    /// Puts the card away; after the last lesson this finishes the tutorial.
    pub fn got_it(&mut self) -> bool {
        self.open = false;
        if self.lesson + 1 >= tutorial::LESSONS {
            self.on = false;
            return true;
        }
        false
    }
}

/// The card's root, in the centre column under the tabs.
#[derive(Component)]
pub struct CoachRoot;

pub fn plugin(app: &mut App) {
    app.init_resource::<Coach>()
        .add_systems(OnEnter(AppState::Board), decide)
        .add_systems(Update, (keys, follow).chain().in_set(BoardInput).before(super::keys::keys).run_if(in_state(AppState::Board)))
        .add_systems(Update, rebuild.in_set(BoardPanels).run_if(in_state(AppState::Board)).run_if(coach_changed));
}

/// A new game is guided when the tutorial was never finished or skipped.
fn decide(mut coach: ResMut<Coach>, settings: Res<Settings>, game: Option<Res<Game>>, mut tab: ResMut<Tab>) {
    coach.set_changed();
    if !coach.undecided {
        return;
    }
    coach.undecided = false;
    if !settings.tutorial_done {
        *coach = Coach { on: true, undecided: false, lesson: 0, turn: game.map_or(0, |g| g.st.turn), open: true };
        tab.set_if_neq(Tab::Patronage);
    }
}

/// The tutorial ends (finished or skipped): remembered, so later games start unguided.
fn remember(settings: &mut Settings) {
    if !settings.tutorial_done {
        settings.tutorial_done = true;
        // The board's tests leave the player's settings file alone.
        if cfg!(not(test))
            && let Err(e) = settings.save()
        {
            warn!("cannot save the settings: {e}");
        }
    }
}

/// A new turn opens the next lesson, and the tab it talks about.
fn follow(mut coach: ResMut<Coach>, game: Res<Game>, mut settings: ResMut<Settings>, mut tab: ResMut<Tab>) {
    if !coach.on || coach.turn == game.st.turn {
        return;
    }
    if coach.follow(game.st.turn) {
        remember(&mut settings);
    } else if let Some(t) = focus_tab(lesson_of(&coach, &game).focus) {
        tab.set_if_neq(t);
    }
}

/// K: got it; X: skip the tutorial.
fn keys(keys: Res<ButtonInput<KeyCode>>, mut coach: ResMut<Coach>, mut settings: ResMut<Settings>, report: Res<Report>) {
    if !coach.on || report.open {
        return;
    }
    if keys.just_pressed(KeyCode::KeyK) && coach.open && coach.got_it() {
        remember(&mut settings);
    }
    if keys.just_pressed(KeyCode::KeyX) {
        skip(&mut coach, &mut settings);
    }
}

fn skip(coach: &mut Coach, settings: &mut Settings) {
    coach.on = false;
    coach.open = false;
    remember(settings);
}

/// The tab a lesson's subject is shown in.
fn focus_tab(f: Focus) -> Option<Tab> {
    match f {
        Focus::Patronage => Some(Tab::Patronage),
        Focus::Actions | Focus::Fate => Some(Tab::Agenda),
        Focus::Blocs => Some(Tab::Blocs),
        Focus::Power => Some(Tab::Power),
        Focus::Report => Some(Tab::Chronicle),
    }
}

/// The lesson the coach is at, in the window's words.
pub fn lesson_of(coach: &Coach, game: &Game) -> Lesson {
    tutorial::lesson(&game.st, game.me, coach.lesson.min(tutorial::LESSONS - 1), Ui::Window, &Pointers::default())
        .expect("every lesson index below LESSONS has a lesson")
}

fn coach_changed(coach: Res<Coach>, clock: Res<Part<Clock>>) -> bool {
    coach.is_changed() || clock.is_changed()
}

fn rebuild(
    mut commands: Commands,
    root: Single<(Entity, &mut Node), With<CoachRoot>>,
    fonts: Res<Fonts>,
    coach: Res<Coach>,
    game: Res<Game>,
) {
    let (root, mut node) = root.into_inner();
    let shown = coach.on && coach.open;
    node.display = if shown { Display::Flex } else { Display::None };
    commands.entity(root).despawn_children();
    if !shown {
        return;
    }
    let f = &*fonts;
    let l = lesson_of(&coach, &game);
    // The title and the buttons on one line, the lesson across the whole width
    // below: at a large UI scale the text keeps its room, and the card scrolls.
    commands.entity(root).with_children(|p| {
        p.spawn(Node { column_gap: px(6), align_items: AlignItems::Center, flex_shrink: 0.0, ..default() }).with_children(|r| {
            r.spawn((
                Node { flex_grow: 1.0, flex_shrink: 1.0, min_width: px(0), ..default() },
                children![f.text(
                    format!("GUIDED FIRST GAME · {}/{} · {}", coach.lesson + 1, tutorial::LESSONS, l.title.to_uppercase()),
                    Face::Narrow,
                    16.0,
                    RED,
                )],
            ));
            r.spawn((
                small(f, "GOT IT (K)", Hover::BLACK, CREAM),
                theme::Tooltip("Put the card away until the next turn's lesson.".into()),
            ))
            .observe(|_: On<Pointer<Click>>, mut coach: ResMut<Coach>, mut settings: ResMut<Settings>| {
                if coach.got_it() {
                    remember(&mut settings);
                }
            });
            r.spawn((
                small(f, "SKIP (X)", Hover::PAPER, BLACK),
                theme::Tooltip("End the guided game; the menu's \"Guided first game\" starts it again.".into()),
            ))
            .observe(|_: On<Pointer<Click>>, mut coach: ResMut<Coach>, mut settings: ResMut<Settings>| skip(&mut coach, &mut settings));
        });
        p.spawn((Node { flex_shrink: 0.0, ..default() }, children![f.text(l.text, Face::Regular, 14.0, BLACK)]));
    });
}

/// A button that fits the card's title line.
fn small(f: &Fonts, label: &str, style: Hover, fg: Color) -> impl Bundle + use<> {
    (
        theme::button(style, Node { padding: UiRect::axes(px(8), px(3)), border: UiRect::all(px(2)), flex_shrink: 0.0, ..default() }),
        BorderColor::all(BLACK),
        children![f.text(label.to_string(), Face::Narrow, 15.0, fg)],
    )
}

/// The card's frame, spawned by the board's layout under the tabs.
pub fn frame() -> impl Bundle {
    (
        CoachRoot,
        Node {
            display: Display::None,
            flex_direction: FlexDirection::Column,
            flex_shrink: 0.0,
            row_gap: px(4),
            padding: UiRect::axes(px(8), px(6)),
            margin: UiRect::vertical(px(4)),
            border: UiRect::all(px(3)),
            max_height: percent(60),
            overflow: Overflow::scroll_y(),
            ..default()
        },
        BackgroundColor(CREAM),
        BorderColor::all(RED),
    )
}
