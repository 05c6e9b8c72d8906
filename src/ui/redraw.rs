//! A window that costs nothing while the player thinks: Bevy's reactive update
//! mode (`WinitSettings::desktop_app`) runs a frame only on input or a window
//! event (or every few seconds, for the scenario watcher). A frame of input can
//! set things in motion that show only in the next frames (a change of screen,
//! panels rebuilt from a changed resource, text laid out once its font is in), so
//! for a few frames after any input, and while something runs by itself (fonts
//! loading, a change of screen pending, the history replay playing), the window
//! asks for another frame. The self-test counts frames, so it runs continuously.

use super::AppState;
use super::theme::Fonts;
use bevy::input::keyboard::KeyboardInput;
use bevy::input::mouse::{MouseButtonInput, MouseWheel};
use bevy::prelude::*;
use bevy::window::{CursorMoved, RequestRedraw, WindowResized};
use bevy::winit::WinitSettings;

/// Frames still to draw after the last input.
const AFTER_INPUT: u8 = 4;

pub fn plugin(app: &mut App, continuous: bool) {
    app.insert_resource(if continuous { WinitSettings::continuous() } else { WinitSettings::desktop_app() });
    if !continuous {
        app.add_systems(Last, keep_awake);
    }
}

/// Asks for another frame while something is still moving (see the module's note).
#[allow(clippy::too_many_arguments)]
fn keep_awake(
    mut left: Local<u8>,
    mut keys: MessageReader<KeyboardInput>,
    mut buttons: MessageReader<MouseButtonInput>,
    mut wheel: MessageReader<MouseWheel>,
    mut moved: MessageReader<CursorMoved>,
    mut resized: MessageReader<WindowResized>,
    next: Res<NextState<AppState>>,
    fonts: Res<Fonts>,
    server: Res<AssetServer>,
    replay: Option<Res<super::history::Replay>>,
    mut redraw: MessageWriter<RequestRedraw>,
) {
    let input = keys.read().count() + buttons.read().count() + wheel.read().count() + moved.read().count() + resized.read().count();
    if input > 0 {
        *left = AFTER_INPUT;
    }
    let loading = [&fonts.regular, &fonts.bold, &fonts.narrow].iter().any(|h| !server.is_loaded_with_dependencies(h.id()));
    let switching = matches!(*next, NextState::Pending(_) | NextState::PendingIfNeq(_));
    let playing = replay.is_some_and(|r| r.playing);
    if *left > 0 || loading || switching || playing {
        *left = left.saturating_sub(1);
        redraw.write(RequestRedraw);
    }
}
