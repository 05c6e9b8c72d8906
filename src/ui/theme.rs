//! The look: a constructivist poster. Red, black and cream, hard edges, bold
//! narrow capitals for headings. Colours, fonts, and the small widgets every
//! screen shares (labels, buttons, panels, tooltips, scrolling and scrollbars).

use bevy::input::mouse::{MouseScrollUnit, MouseWheel};
use bevy::picking::hover::HoverMap;
use bevy::prelude::*;
use bevy::ui_widgets::{ControlOrientation, Scrollbar, ScrollbarThumb};

pub const RED: Color = Color::srgb(0.784, 0.063, 0.180); // #C8102E
pub const DARK_RED: Color = Color::srgb(0.55, 0.04, 0.11);
pub const BLACK: Color = Color::srgb(0.08, 0.075, 0.07);
pub const INK: Color = Color::srgb(0.16, 0.15, 0.14);
pub const CREAM: Color = Color::srgb(0.949, 0.910, 0.835); // #F2E8D5
pub const PAPER: Color = Color::srgb(0.985, 0.960, 0.905);
pub const SAND: Color = Color::srgb(0.89, 0.84, 0.74);
pub const GREY: Color = Color::srgb(0.45, 0.42, 0.38);
pub const OCHRE: Color = Color::srgb(0.82, 0.60, 0.18);
pub const GREEN: Color = Color::srgb(0.20, 0.45, 0.28);

/// The three faces of PT Sans, bundled in `assets/fonts` (they have Cyrillic).
#[derive(Resource, Clone)]
pub struct Fonts {
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
    pub narrow: Handle<Font>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Face {
    Regular,
    Bold,
    /// Narrow bold: headings and numbers, poster style.
    Narrow,
}

impl Fonts {
    pub fn get(&self, face: Face) -> Handle<Font> {
        match face {
            Face::Regular => self.regular.clone(),
            Face::Bold => self.bold.clone(),
            Face::Narrow => self.narrow.clone(),
        }
    }

    /// A line of text.
    pub fn text<S: Into<String>>(&self, s: S, face: Face, size: f32, color: Color) -> impl Bundle + use<S> {
        (Text::new(s), TextFont { font: self.get(face).into(), font_size: FontSize::Px(size), ..default() }, TextColor(color))
    }

    /// A heading: black bar, cream narrow capitals.
    pub fn heading(&self, s: &str) -> impl Bundle + use<> {
        (
            Node { padding: UiRect::axes(px(8), px(2)), margin: UiRect::bottom(px(4)), ..default() },
            BackgroundColor(BLACK),
            children![self.text(s.to_uppercase(), Face::Narrow, 17.0, CREAM)],
        )
    }
}

/// A button's colours at rest and under the pointer.
#[derive(Component, Clone, Copy)]
pub struct Hover {
    pub base: Color,
    pub hover: Color,
}

impl Hover {
    pub const RED: Hover = Hover { base: RED, hover: DARK_RED };
    pub const BLACK: Hover = Hover { base: BLACK, hover: RED };
    pub const PAPER: Hover = Hover { base: PAPER, hover: SAND };
    pub const CLEAR: Hover = Hover { base: Color::NONE, hover: SAND };
}

/// A clickable box: colours change under the pointer. Add children and an observer.
pub fn button(style: Hover, node: Node) -> impl Bundle {
    (Button, node, BackgroundColor(style.base), style)
}

/// A labelled button in the poster style.
pub fn text_button(fonts: &Fonts, label: &str, style: Hover, width: Val) -> impl Bundle + use<> {
    let light = style.base.alpha() < 0.5 || style.base.to_srgba().red + style.base.to_srgba().green > 1.4;
    let fg = if light { BLACK } else { CREAM };
    (
        button(
            style,
            Node {
                width,
                padding: UiRect::axes(px(14), px(6)),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                border: UiRect::all(px(2)),
                ..default()
            },
        ),
        BorderColor::all(BLACK),
        children![fonts.text(label.to_uppercase(), Face::Narrow, 20.0, fg)],
    )
}

/// A panel: paper with a black rule on the left.
pub fn panel(node: Node) -> impl Bundle {
    (
        Node { border: UiRect::left(px(4)), padding: UiRect::all(px(8)), flex_direction: FlexDirection::Column, ..node },
        BackgroundColor(PAPER),
        BorderColor::all(BLACK),
    )
}

/// Hovering this node shows the text in a box beside the pointer.
#[derive(Component, Clone)]
#[require(Interaction)]
pub struct Tooltip(pub String);

#[derive(Component)]
struct TooltipBox;

/// A horizontal bar: `value` of `max`, in `color`, `width` px wide.
pub fn bar(value: i32, max: i32, width: f32, height: f32, color: Color) -> impl Bundle {
    let w = (value.clamp(0, max) as f32 / max.max(1) as f32) * width;
    (
        Node { width: px(width), height: px(height), ..default() },
        BackgroundColor(SAND),
        children![(Node { width: px(w), height: percent(100), ..default() }, BackgroundColor(color))],
    )
}

/// A stance gauge from -100 (left) to +100 (right) with a mark at the value.
pub fn stance_gauge(value: i32, width: f32) -> impl Bundle {
    let x = ((value.clamp(-100, 100) + 100) as f32 / 200.0) * (width - 4.0);
    (
        Node { width: px(width), height: px(8), ..default() },
        BackgroundColor(SAND),
        children![
            (
                Node {
                    position_type: PositionType::Absolute,
                    left: px(width / 2.0 - 0.5),
                    width: px(1),
                    height: percent(100),
                    ..default()
                },
                BackgroundColor(GREY)
            ),
            (
                Node { position_type: PositionType::Absolute, left: px(x), width: px(4), height: percent(100), ..default() },
                BackgroundColor(RED)
            ),
        ],
    )
}

pub fn plugin(app: &mut App) {
    let server = app.world().resource::<AssetServer>().clone();
    app.insert_resource(Fonts {
        regular: server.load("fonts/PTSans-Regular.ttf"),
        bold: server.load("fonts/PTSans-Bold.ttf"),
        narrow: server.load("fonts/PTSansNarrow-Bold.ttf"),
    })
    .init_resource::<Narrow>()
    .init_resource::<LogicalWidth>()
    .add_systems(Startup, spawn_tooltip)
    .add_systems(Update, (track_narrow, hover_colours, show_tooltip, send_scroll, fit_scrollbars))
    .add_observer(on_scroll);
}

/// A narrow window in logical pixels (a small window, or a large UI scale):
/// the poster's title and the top bar's name give way to what must be read.
#[derive(Resource, Default, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Narrow(pub bool);

/// Below this logical width the window counts as narrow (1280 at UI scale 1.2).
pub const NARROW_BELOW: f32 = 1070.0;

/// The window's width in logical pixels (the UI scale taken out), to the nearest
/// 20: what a panel drawn at a fixed size (a chart) may take. 1280 until known.
#[derive(Resource, Clone, Copy, PartialEq, Debug)]
pub struct LogicalWidth(pub f32);

impl Default for LogicalWidth {
    fn default() -> Self {
        LogicalWidth(1280.0)
    }
}

fn track_narrow(
    window: Query<&Window, With<bevy::window::PrimaryWindow>>,
    scale: Res<UiScale>,
    mut narrow: ResMut<Narrow>,
    mut width: ResMut<LogicalWidth>,
) {
    if let Ok(w) = window.single() {
        let logical = w.width() / scale.0.max(0.1);
        narrow.set_if_neq(Narrow(logical < NARROW_BELOW));
        width.set_if_neq(LogicalWidth((logical / 20.0).round() * 20.0));
    }
}

fn hover_colours(mut q: Query<(&Interaction, &Hover, &mut BackgroundColor), Changed<Interaction>>) {
    for (i, h, mut bg) in &mut q {
        bg.0 = match i {
            Interaction::None => h.base,
            _ => h.hover,
        };
    }
}

fn spawn_tooltip(mut commands: Commands, fonts: Res<Fonts>) {
    commands.spawn((
        TooltipBox,
        Node {
            position_type: PositionType::Absolute,
            max_width: px(460),
            padding: UiRect::all(px(8)),
            border: UiRect::all(px(2)),
            display: Display::None,
            ..default()
        },
        BackgroundColor(BLACK),
        BorderColor::all(RED),
        GlobalZIndex(100),
        Pickable::IGNORE,
        children![(fonts.text("", Face::Regular, 15.0, CREAM), Pickable::IGNORE)],
    ));
}

fn show_tooltip(
    tips: Query<(&Interaction, &Tooltip)>,
    tip_box: Single<(&mut Node, &Children), With<TooltipBox>>,
    mut texts: Query<&mut Text>,
    window: Single<&Window>,
    scale: Res<UiScale>,
) {
    let (mut node, children) = tip_box.into_inner();
    let hovered = tips.iter().find(|(i, _)| **i != Interaction::None).map(|(_, t)| t);
    let cursor = window.cursor_position().map(|c| (c, window.width(), window.height()));
    match (hovered, cursor) {
        (Some(tip), Some((c, w, h))) => {
            if let Some(mut t) = children.first().and_then(|&e| texts.get_mut(e).ok())
                && t.0 != tip.0
            {
                t.0 = tip.0.clone();
            }
            let s = scale.0.max(0.1);
            let (x, y) = (c.x / s, c.y / s);
            let (w, h) = (w / s, h / s);
            // Keep the box on screen: left of the pointer on the right half, above it on the lower half.
            let mut n = node.clone();
            n.display = Display::Flex;
            // Never wider than the room on that side (a narrow window, a large UI scale).
            if x > w * 0.55 {
                n.left = Val::Auto;
                n.right = px(w - x + 14.0);
                n.max_width = px((x - 24.0).clamp(160.0, 460.0));
            } else {
                n.right = Val::Auto;
                n.left = px(x + 16.0);
                n.max_width = px((w - x - 30.0).clamp(160.0, 460.0));
            }
            if y > h * 0.6 {
                n.top = Val::Auto;
                n.bottom = px(h - y + 10.0);
            } else {
                n.bottom = Val::Auto;
                n.top = px(y + 18.0);
            }
            // Only touch the node when it moves: a changed node costs a layout pass.
            node.set_if_neq(n);
        }
        _ => {
            if node.display != Display::None {
                node.display = Display::None;
            }
        }
    }
}

/// Mouse-wheel scrolling for any node with `Overflow::scroll_y()`.
#[derive(EntityEvent, Debug)]
#[entity_event(propagate, auto_propagate)]
struct Scroll {
    entity: Entity,
    delta: Vec2,
}

fn send_scroll(mut wheel: MessageReader<MouseWheel>, hover: Res<HoverMap>, mut commands: Commands) {
    for ev in wheel.read() {
        let mut delta = -Vec2::new(ev.x, ev.y);
        if ev.unit == MouseScrollUnit::Line {
            delta *= 24.0;
        }
        for pointer in hover.values() {
            for entity in pointer.keys().copied() {
                commands.trigger(Scroll { entity, delta });
            }
        }
    }
}

fn on_scroll(mut scroll: On<Scroll>, mut q: Query<(&mut ScrollPosition, &Node, &ComputedNode)>) {
    let Ok((mut pos, node, computed)) = q.get_mut(scroll.entity) else { return };
    let max = (computed.content_size() - computed.size()) * computed.inverse_scale_factor();
    let d = &mut scroll.delta;
    if node.overflow.y == OverflowAxis::Scroll && d.y != 0.0 {
        let at_end = if d.y > 0.0 { pos.y >= max.y } else { pos.y <= 0.0 };
        if !at_end {
            pos.y = (pos.y + d.y).clamp(0.0, max.y.max(0.0));
            d.y = 0.0;
        }
    }
    if *d == Vec2::ZERO {
        scroll.propagate(false);
    }
}

/// A box that scrolls, with a scrollbar (Bevy's `Scrollbar` widget) laid over its
/// right edge: drag the thumb or click the track; the wheel scrolls as before.
/// `frame` places the box in its parent; `content` is the node that scrolls (it
/// fills the frame: give it `flex_grow: 1.0`, `min_height: px(0)` and a vertical
/// scroll overflow); `right` is the bar's distance from the frame's right edge (in
/// a panel's padding, or negative: in the gap beside it), so the layout is the same
/// as without a bar. Returns the frame and the content.
pub fn scrolling(p: &mut ChildSpawnerCommands, frame: Node, content: impl Bundle, right: f32) -> (Entity, Entity) {
    let mut target = Entity::PLACEHOLDER;
    let frame = p
        .spawn(Node { flex_direction: FlexDirection::Column, ..frame })
        .with_children(|f| {
            target = f.spawn(content).id();
            f.spawn((
                Node { position_type: PositionType::Absolute, right: px(right), top: px(8), bottom: px(8), width: px(4), ..default() },
                BackgroundColor(SAND),
                Scrollbar::new(target, ControlOrientation::Vertical, 24.0),
                children![(
                    ScrollbarThumb::default(),
                    BackgroundColor(BLACK),
                    // Pointing at the thumb is still pointing at the box it scrolls.
                    bevy::ui::FocusPolicy::Pass,
                )],
            ));
        })
        .id();
    (frame, target)
}

/// A scrollbar shows only when its box holds more than it can show.
fn fit_scrollbars(mut bars: Query<(&Scrollbar, &mut Visibility)>, boxes: Query<&ComputedNode>) {
    for (bar, mut visibility) in &mut bars {
        let Ok(b) = boxes.get(bar.target) else { continue };
        let more = b.content_size().y > b.size().y + 1.0;
        visibility.set_if_neq(if more { Visibility::Inherited } else { Visibility::Hidden });
    }
}
