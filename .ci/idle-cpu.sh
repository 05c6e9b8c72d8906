#!/usr/bin/env bash
# Idle CPU of the window under Xvfb: the menu, then the board (Enter starts a new
# game), each sampled from /proc/PID/stat (user + system ticks) over 20 s after
# 10 s of settling. A turn-based game should cost next to nothing while the player
# thinks: the target is at most 5% of one core in each.
#
# Usage: .ci/idle-cpu.sh [BINARY]   (default: $CARGO_TARGET_DIR/debug/politburo)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-${CARGO_TARGET_DIR:-target}/debug/politburo}"
export XDG_RUNTIME_DIR XDG_DATA_HOME
XDG_RUNTIME_DIR="$(mktemp -d)"
XDG_DATA_HOME="$(mktemp -d)"
# A finished tutorial, so the board is measured as a returning player sees it.
mkdir -p "$XDG_DATA_HOME/politburo"
printf '(ui_scale: 1.0, fullscreen: false, tutorial_done: true)\n' >"$XDG_DATA_HOME/politburo/settings.ron"

display=":$((90 + RANDOM % 100))"
Xvfb "$display" -screen 0 1280x720x24 >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$game" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true' EXIT
sleep 2
DISPLAY="$display" WGPU_BACKEND=vulkan RUST_LOG=error "$bin" >/dev/null 2>&1 &
game=$!

ticks() { awk '{print $14 + $15}' "/proc/$game/stat"; }
sample() {
    local label="$1"
    sleep 10
    local a b
    a=$(ticks)
    sleep 20
    b=$(ticks)
    python3 -c "print(f'$label: {($b - $a) / 20 / $(getconf CLK_TCK) * 100:.1f}% of one core (20 s, after 10 s idle)')"
}
sample "menu"
win=$(DISPLAY="$display" xdotool search --name Politburo | head -1)
DISPLAY="$display" xdotool windowfocus "$win" key Return
sample "board"
