#!/usr/bin/env bash
# A whole game in the real window, played by keyboard through X (xdotool), as a
# player would: choose the leader in the menu, then each turn press 1 (the first
# action, or the first answer to an event's question) and Enter (end the turn,
# then step through its report) until the end screen. F12 screenshots of the
# menu, the board mid-game and the end screen land in OUTPUT_DIR.
#
# Usage: .ci/window-playthrough.sh [stalin|trotsky|first] [OUTPUT_DIR] [SCENARIO_STEPS]
# SCENARIO_STEPS: how many times to press S in the menu first (1: the 1953 scenario).
set -euo pipefail
cd "$(dirname "$0")/.."
who="${1:-stalin}"
out="${2:-target/window-playthrough-$who}"
steps="${3:-0}"
command -v Xvfb >/dev/null && command -v xdotool >/dev/null || {
    echo "needs xvfb and xdotool (apt-get install xvfb xdotool)"
    exit 2
}
cargo build --quiet
rm -rf "$out"
mkdir -p "$out"
export XDG_RUNTIME_DIR XDG_DATA_HOME DISPLAY
XDG_RUNTIME_DIR="$(mktemp -d)"
XDG_DATA_HOME="$(mktemp -d)"
DISPLAY=":$((80 + RANDOM % 9))"
Xvfb "$DISPLAY" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
WGPU_BACKEND=vulkan RUST_LOG=warn,politburo=info "${CARGO_TARGET_DIR:-target}/debug/politburo" >"$out/run.log" 2>&1 &
game=$!
trap 'kill $game $xvfb 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    xdotool search --name Politburo >/dev/null 2>&1 && break
    sleep 0.5
done
sleep 2
xdotool search --name Politburo windowfocus
key() { xdotool key "$1"; sleep "${2:-0.15}"; }
shot() {
    key F12 1.5
    local last
    last=$(ls -t "$XDG_DATA_HOME/politburo/screenshots/"*.png | head -1)
    cp "$last" "$out/$1.png"
}
# The menu: S picks the next scenario; the first playable leader is chosen, Right moves to the next.
for _ in $(seq 1 "$steps"); do key s 1.5; done
[ "$who" = trotsky ] && key Right 0.5
shot 01-menu
key Return 3
presses=0
for i in $(seq 1 400); do
    key 1
    key Return 0.3
    presses=$((presses + 2))
    [ "$i" -eq 30 ] && shot 02-midgame
    if grep -q "the game is over" "$out/run.log"; then
        break
    fi
done
sleep 2
shot 03-end
grep "the game is over" "$out/run.log" | sed 's/.*politburo::ui::endscreen[^ ]* //' | tail -1
echo "   $presses keys pressed; screenshots in $out"
