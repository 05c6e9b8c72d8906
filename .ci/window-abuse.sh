#!/usr/bin/env bash
# The window under abuse: the real game under Xvfb gets hundreds of random clicks
# and keys from xdotool (real X input, through winit and Bevy's picking as a
# player's would go), with save (F5) and load (F9) cycles among them. It must never
# panic; choosing Quit from the menu just starts it again. Its memory is sampled
# along the way to show it stays flat.
#
# Usage: .ci/window-abuse.sh [ACTIONS] [OUTPUT_DIR]   (default: 600, target/window-abuse)
set -euo pipefail
cd "$(dirname "$0")/.."
actions="${1:-600}"
out="${2:-target/window-abuse}"

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v xdotool >/dev/null || need+=(xdotool)
dpkg -s mesa-vulkan-drivers >/dev/null 2>&1 || need+=(mesa-vulkan-drivers)
dpkg -s libvulkan1 >/dev/null 2>&1 || need+=(libvulkan1)
if [ ${#need[@]} -gt 0 ]; then
    echo "== installing ${need[*]}"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

cargo build --quiet
rm -rf "$out"
mkdir -p "$out"
export XDG_RUNTIME_DIR XDG_DATA_HOME DISPLAY
XDG_RUNTIME_DIR="$(mktemp -d)"
XDG_DATA_HOME="$(mktemp -d)"
disp=$((90 + RANDOM % 9))
DISPLAY=":$disp"
Xvfb "$DISPLAY" -screen 0 1280x720x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb=$!
game=""
cleanup() {
    [ -n "$game" ] && kill "$game" 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
}
trap cleanup EXIT
sleep 1

runs=0
start_game() {
    runs=$((runs + 1))
    WGPU_BACKEND=vulkan RUST_LOG=warn "${CARGO_TARGET_DIR:-target}/debug/politburo" >"$out/run-$runs.log" 2>&1 &
    game=$!
    for _ in $(seq 1 120); do
        xdotool search --name Politburo >/dev/null 2>&1 && break
        sleep 0.5
    done
    sleep 1
    # No window manager under Xvfb: give the window the keyboard ourselves.
    xdotool search --name Politburo windowfocus 2>/dev/null || true
}

# The game stopped: fine if it quit (exit 0), a failure if it panicked.
check_stopped() {
    local status=0
    wait "$game" || status=$?
    if [ "$status" -ne 0 ] || grep -q "panicked" "$out/run-$runs.log"; then
        echo "   the game failed (exit $status) in run $runs after $1 actions:"
        tail -30 "$out/run-$runs.log"
        exit 1
    fi
}

keys=(Return Escape space 1 2 3 4 5 6 7 8 9 a c F1 F2 F3 F4 Left Right Up Down Tab plus minus)
RANDOM=1924
rss=()
start_game
for i in $(seq 1 "$actions"); do
    if ! kill -0 "$game" 2>/dev/null; then
        check_stopped "$i"
        start_game
    fi
    r=$((RANDOM % 20))
    if [ $r -lt 12 ]; then
        xdotool mousemove $((RANDOM % 1280)) $((RANDOM % 720)) click 1 2>/dev/null || true
    elif [ $r -lt 19 ]; then
        xdotool key "${keys[$((RANDOM % ${#keys[@]}))]}" 2>/dev/null || true
    else
        xdotool key F5 2>/dev/null || true
        sleep 0.2
        xdotool key F9 2>/dev/null || true
    fi
    sleep 0.06
    if [ $((i % 50)) -eq 0 ] && kill -0 "$game" 2>/dev/null; then
        rss+=("$(($(ps -o rss= -p "$game") / 1024))")
    fi
done
if kill -0 "$game" 2>/dev/null; then
    kill "$game"
    wait "$game" 2>/dev/null || true
fi
if grep -l "panicked" "$out"/run-*.log; then
    echo "   a run panicked"
    exit 1
fi
echo "   $actions random clicks and keys (with F5/F9 save-load cycles) in $runs runs of the game: no panic"
echo "   memory every 50 actions (MiB): ${rss[*]}"
echo "   files the game wrote (settings, saves): $(cd "$XDG_DATA_HOME" && find . -type f | sort | tr '\n' ' ')"
