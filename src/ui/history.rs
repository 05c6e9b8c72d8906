//! The replay of history: the scenario's script played turn by turn, with the
//! chronicle of each turn (the historical notes highlighted) beside the leaders.
//! Play, pause, step, jump back; or take over any active leader and play on from
//! the current turn on the board.

use super::board::rank_name;
use super::theme::{self, BLACK, CREAM, Face, Fonts, GREY, Hover, INK, PAPER, RED};
use super::{AppState, Game, NewGame};
use crate::rules::GameState;
use crate::rules::chronicle::Category;
use crate::rules::history;
use crate::scenario::{CharId, Rank, Scenario};
use bevy::prelude::*;
use std::sync::Arc;

/// Seconds between turns while playing.
const PACE: f32 = 1.2;

/// The replay under way.
#[derive(Resource)]
pub struct Replay {
    pub st: GameState,
    pub playing: bool,
    timer: f32,
}

impl Replay {
    pub fn new(scn: Arc<Scenario>) -> Replay {
        let seed = scn.def.history_seed;
        Replay { st: GameState::new(scn, seed), playing: false, timer: 0.0 }
    }

    /// One turn of history.
    pub fn step(&mut self) {
        if self.st.is_over() {
            self.playing = false;
            return;
        }
        history::apply_turn(&mut self.st);
        self.st.end_turn();
    }

    /// Any turn: forward by stepping, backward by replaying from the start.
    pub fn goto(&mut self, turn: u32) {
        if turn >= self.st.turn {
            while self.st.turn < turn && !self.st.is_over() {
                self.step();
            }
            return;
        }
        let scn = self.st.scn.clone();
        let m = scn.def.calendar.months_per_turn as i32;
        let until = scn.def.calendar.start.plus_months(turn as i32 * m);
        let (mut st, _) = history::play(scn, Some(until), false);
        st.history_until = None;
        self.st = st;
    }

    /// Leaders who can still be taken over: playable, alive, at least in the Central Committee.
    pub fn candidates(&self) -> Vec<CharId> {
        let st = &self.st;
        st.ids().filter(|&c| st.scn.def.characters[c].playable && st.chars[c].alive && st.chars[c].rank >= Rank::CentralCommittee).collect()
    }
}

/// Whether the menu's scenario has a script to replay.
pub fn available(ng: &NewGame) -> bool {
    ng.scenario.as_ref().is_ok_and(|s| !s.def.script.is_empty())
}

/// Opens the replay of the menu's scenario.
pub fn open(commands: &mut Commands, ng: &NewGame, next: &mut NextState<AppState>) {
    let Ok(scn) = &ng.scenario else { return };
    if scn.def.script.is_empty() {
        return;
    }
    commands.insert_resource(Replay::new(scn.clone()));
    next.set(AppState::HistoryReplay);
}

/// The player takes over `me` from the replay's current turn; the computer plays the rest.
pub fn take_over(commands: &mut Commands, replay: &Replay, me: CharId, next: &mut NextState<AppState>) {
    let mut st = replay.st.clone();
    st.player = Some(me);
    st.history_until = Some(st.date);
    let to = st.chronicle.entries.len();
    let mut from = st.chronicle.entries.iter().position(|e| e.turn + 1 >= st.turn).unwrap_or(to);
    // The report tells the last turn's close and this turn's opening, as after an
    // ordinary turn: not the last turn's own opening too (its army's standing would
    // read twice, with two figures).
    use crate::rules::chronicle::Event as E;
    while from < to
        && matches!(st.chronicle.entries[from].event, E::TurnOpens { .. } | E::ArmyStanding { .. } | E::CominternStanding { .. })
    {
        from += 1;
    }
    commands.insert_resource(Game::from_state(st, me, (from, to), Some("You have taken over from history.".into())));
    commands.remove_resource::<Replay>();
    next.set(AppState::Board);
}

pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(AppState::HistoryReplay), spawn).add_systems(
        Update,
        (keys, tick, rebuild.run_if(resource_exists_and_changed::<Replay>))
            .chain()
            .after(super::glossary::GlossaryKeys)
            .run_if(in_state(AppState::HistoryReplay)),
    );
}

#[derive(Component)]
struct ReplayRoot;

fn spawn(mut commands: Commands, replay: Option<ResMut<Replay>>) {
    if let Some(mut r) = replay {
        r.set_changed();
    }
    commands.spawn((
        ReplayRoot,
        DespawnOnExit(AppState::HistoryReplay),
        Node { width: percent(100), height: percent(100), flex_direction: FlexDirection::Column, ..default() },
        BackgroundColor(CREAM),
    ));
}

fn tick(time: Res<Time>, replay: Option<ResMut<Replay>>) {
    let Some(mut r) = replay else { return };
    if !r.playing {
        return;
    }
    let dt = time.delta_secs();
    {
        // The timer alone must not rebuild the screen: only a new turn does.
        let quiet = r.bypass_change_detection();
        quiet.timer += dt;
        if quiet.timer < PACE {
            return;
        }
        quiet.timer = 0.0;
    }
    r.step();
}

fn keys(keys: Res<ButtonInput<KeyCode>>, replay: Option<ResMut<Replay>>, mut next: ResMut<NextState<AppState>>) {
    if keys.just_pressed(KeyCode::Escape) {
        next.set(AppState::Menu);
        return;
    }
    let Some(mut r) = replay else { return };
    if keys.just_pressed(KeyCode::Space) {
        r.playing = !r.playing;
        r.timer = 0.0;
    }
    if keys.just_pressed(KeyCode::ArrowRight) {
        r.playing = false;
        r.step();
    }
    if keys.just_pressed(KeyCode::ArrowLeft) && r.st.turn > 0 {
        r.playing = false;
        let t = r.st.turn - 1;
        r.goto(t);
    }
}

fn rebuild(mut commands: Commands, root: Single<Entity, With<ReplayRoot>>, fonts: Res<Fonts>, replay: Res<Replay>) {
    let f = &*fonts;
    let r = &*replay;
    let st = &r.st;
    let s = &st.scn;
    commands.entity(*root).despawn_children().with_children(|p| {
        // The red bar: title, date, turn.
        p.spawn((
            Node {
                width: percent(100),
                height: px(58),
                flex_shrink: 0.0,
                align_items: AlignItems::Center,
                column_gap: px(18),
                padding: UiRect::axes(px(16), px(4)),
                ..default()
            },
            BackgroundColor(RED),
        ))
        .with_children(|b| {
            b.spawn(f.text("REPLAY OF HISTORY", Face::Narrow, 30.0, CREAM));
            b.spawn(f.text(st.date.long().to_uppercase(), Face::Narrow, 26.0, BLACK));
            b.spawn(f.text(format!("Turn {} of {}", st.turn + 1, s.total_turns()), Face::Bold, 18.0, CREAM));
            if let Some(o) = &st.outcome {
                b.spawn(f.text(crate::narrate::outcome(&st.scn, o), Face::Regular, 15.0, CREAM));
            }
        });
        p.spawn((Node { width: percent(100), height: px(5), flex_shrink: 0.0, ..default() }, BackgroundColor(BLACK)));
        // The controls: a second row in a narrow window rather than labels broken in two.
        p.spawn(Node {
            width: percent(100),
            flex_shrink: 0.0,
            flex_wrap: FlexWrap::Wrap,
            align_items: AlignItems::Center,
            column_gap: px(6),
            row_gap: px(6),
            padding: UiRect::axes(px(8), px(6)),
            ..default()
        })
        .with_children(|c| {
            c.spawn(theme::text_button(f, "|< start", Hover::BLACK, Val::Auto)).observe(|_: On<Pointer<Click>>, mut r: ResMut<Replay>| {
                r.playing = false;
                r.goto(0);
            });
            c.spawn(theme::text_button(f, "− turn (Left)", Hover::BLACK, Val::Auto)).observe(
                |_: On<Pointer<Click>>, mut r: ResMut<Replay>| {
                    r.playing = false;
                    let t = r.st.turn.saturating_sub(1);
                    r.goto(t);
                },
            );
            let label = if r.playing { "Pause (Space)" } else { "Play (Space)" };
            c.spawn(theme::text_button(f, label, Hover::RED, px(170))).observe(|_: On<Pointer<Click>>, mut r: ResMut<Replay>| {
                r.playing = !r.playing;
                r.timer = 0.0;
            });
            c.spawn(theme::text_button(f, "+ turn (Right)", Hover::BLACK, Val::Auto)).observe(
                |_: On<Pointer<Click>>, mut r: ResMut<Replay>| {
                    r.playing = false;
                    r.step();
                },
            );
            c.spawn(theme::text_button(f, "+5 turns", Hover::BLACK, Val::Auto)).observe(|_: On<Pointer<Click>>, mut r: ResMut<Replay>| {
                r.playing = false;
                let t = r.st.turn + 5;
                r.goto(t);
            });
            c.spawn(Node { flex_grow: 1.0, ..default() });
            super::glossary::button(c, f, Hover::PAPER, Val::Auto);
            c.spawn(theme::text_button(f, "Menu (Esc)", Hover::PAPER, Val::Auto))
                .observe(|_: On<Pointer<Click>>, mut next: ResMut<NextState<AppState>>| next.set(AppState::Menu));
        });
        slider(p, f, r);
        // Take over.
        p.spawn(Node {
            width: percent(100),
            flex_shrink: 0.0,
            align_items: AlignItems::Center,
            column_gap: px(6),
            padding: UiRect::new(px(8), px(8), px(0), px(6)),
            ..default()
        })
        .with_children(|c| {
            c.spawn(f.text("TAKE OVER AS", Face::Narrow, 20.0, RED));
            if st.is_over() {
                c.spawn(f.text("history has run its course", Face::Regular, 15.0, GREY));
            }
            for who in r.candidates() {
                if st.is_over() {
                    break;
                }
                c.spawn((
                    theme::text_button(f, s.short(who), Hover::PAPER, Val::Auto),
                    theme::Tooltip(format!("Play on from {} as {}; the computer plays the others.", st.date.long(), s.name(who))),
                ))
                .observe(
                    move |_: On<Pointer<Click>>, mut commands: Commands, r: Res<Replay>, mut next: ResMut<NextState<AppState>>| {
                        take_over(&mut commands, &r, who, &mut next)
                    },
                );
            }
        });
        // The body: leaders on the left, the turn's chronicle on the right.
        p.spawn(Node {
            width: percent(100),
            flex_grow: 1.0,
            min_height: px(0),
            padding: UiRect::new(px(8), px(8), px(0), px(8)),
            column_gap: px(8),
            ..default()
        })
        .with_children(|b| {
            // Each leader in two lines, his name and rank above his posts: the posts'
            // long names never squeeze the columns into a ragged table (UI scale 1.5).
            b.spawn(theme::panel(Node {
                width: percent(36),
                min_width: px(250),
                max_width: px(460),
                flex_shrink: 0.0,
                overflow: Overflow::scroll_y(),
                row_gap: px(4),
                ..default()
            }))
            .with_children(|l| {
                l.spawn(f.heading("The leaders"));
                let mut who: Vec<CharId> = st.ids().filter(|&c| st.chars[c].alive && st.chars[c].rank >= Rank::CentralCommittee).collect();
                who.sort_by_key(|&c| (std::cmp::Reverse(st.chars[c].rank), std::cmp::Reverse(st.chars[c].prestige), c));
                for c in who {
                    let offices: Vec<&str> = st.offices_of(c).map(|o| s.def.offices[o].name.as_str()).collect();
                    l.spawn((
                        Node {
                            flex_direction: FlexDirection::Column,
                            flex_shrink: 0.0,
                            padding: UiRect::bottom(px(3)),
                            border: UiRect::bottom(px(1)),
                            ..default()
                        },
                        BorderColor::all(GREY.with_alpha(0.35)),
                    ))
                    .with_children(|row| {
                        row.spawn(Node { column_gap: px(8), align_items: AlignItems::Baseline, flex_wrap: FlexWrap::Wrap, ..default() })
                            .with_children(|line| {
                                line.spawn(f.text(s.short(c).to_uppercase(), Face::Narrow, 18.0, BLACK));
                                line.spawn(f.text(rank_name(s, st.chars[c].rank), Face::Regular, 13.0, GREY));
                            });
                        if !offices.is_empty() {
                            row.spawn(f.text(offices.join(" · "), Face::Regular, 13.0, RED));
                        }
                    });
                }
            });
            b.spawn(theme::panel(Node { flex_grow: 1.0, min_width: px(0), overflow: Overflow::scroll_y(), row_gap: px(4), ..default() }))
                .with_children(|ch| {
                    let shown = st.turn.saturating_sub(1);
                    let title =
                        if st.turn == 0 { "Before the first turn".to_string() } else { format!("Turn {}: what happened", shown + 1) };
                    ch.spawn(f.heading(&title));
                    let entries: Vec<_> = st.chronicle.entries.iter().filter(|e| e.turn == shown).collect();
                    if entries.is_empty() {
                        ch.spawn(f.text("Nothing recorded.", Face::Regular, 15.0, GREY));
                    }
                    for e in entries {
                        let line = crate::narrate::entry(&st.scn, e);
                        let hist = line.category == Category::History;
                        let (bg, fg) = if hist { (BLACK, CREAM) } else { (PAPER, INK) };
                        ch.spawn((
                            Node {
                                flex_direction: FlexDirection::Column,
                                padding: UiRect::axes(px(6), px(2)),
                                border: UiRect::left(px(if hist { 5 } else { 0 })),
                                ..default()
                            },
                            BackgroundColor(bg),
                            BorderColor::all(RED),
                        ))
                        .with_children(|n| {
                            let text = if hist { format!("HISTORY — {}", line.text) } else { line.text.clone() };
                            n.spawn(f.text(text, if hist { Face::Bold } else { Face::Regular }, 15.0, fg));
                            for d in &line.detail {
                                n.spawn(f.text(d.clone(), Face::Regular, 13.0, if hist { theme::SAND } else { GREY }));
                            }
                        });
                    }
                });
        });
    });
}

/// The turn slider: one tick a turn, the years marked under them; a click on a
/// tick jumps there (forward by playing the script on, back by replaying it).
fn slider(p: &mut ChildSpawnerCommands, f: &Fonts, r: &Replay) {
    let s = &r.st.scn;
    let total = s.total_turns();
    p.spawn(Node {
        width: percent(100),
        flex_shrink: 0.0,
        flex_direction: FlexDirection::Column,
        padding: UiRect::new(px(8), px(8), px(0), px(6)),
        ..default()
    })
    .with_children(|col| {
        col.spawn(Node { width: percent(100), height: px(22), column_gap: px(2), ..default() }).with_children(|row| {
            for t in 0..total {
                let color = if t == r.st.turn {
                    RED
                } else if t < r.st.turn {
                    BLACK
                } else {
                    theme::SAND
                };
                let date = s.turn_date(t);
                row.spawn((
                    Node { flex_grow: 1.0, flex_basis: px(0), height: percent(100), ..default() },
                    BackgroundColor(color),
                    Button,
                    theme::Tooltip(format!("Turn {}: {} (click to go there)", t + 1, date.long())),
                ))
                .observe(move |_: On<Pointer<Click>>, mut r: ResMut<Replay>| {
                    r.playing = false;
                    r.goto(t);
                });
            }
        });
        col.spawn(Node { width: percent(100), column_gap: px(2), ..default() }).with_children(|row| {
            for t in 0..total {
                let date = s.turn_date(t);
                let label = if t == 0 || date.month() <= s.def.calendar.months_per_turn { date.year().to_string() } else { String::new() };
                row.spawn((Node { flex_grow: 1.0, flex_basis: px(0), ..default() }, children![f.text(label, Face::Narrow, 13.0, GREY)]));
            }
        });
    });
}
