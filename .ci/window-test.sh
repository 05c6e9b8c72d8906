#!/usr/bin/env bash
# The window test: the real game under Xvfb on Mesa's software Vulkan drives itself
# (POLITBURO_SELFTEST): menu -> new game as Stalin -> an action -> end of turn ->
# chronicle -> the other tabs -> the end screen, saving a screenshot of each.
# The glossary is shot over the board, the end screen and the menu, the chronicle
# filtered by a leader and as its digest (23-chronicle-digest.png). The question an event
# puts to the player, each answer with its effects (25-decide.png); the classroom's first
# chapter chosen in the menu (26-chapter-menu.png), begun (27-chapter.png) and its first
# question (28-chapter-decide.png).
# Then it checks that the screenshots are not blank and that the turn advanced.
# Three more runs follow as Trotsky, to see that nothing is cut at any size: the whole
# test at 1920x1080 (OUTPUT_DIR/1920x1080) and at 1280x720 with UI scale 1.5
# (OUTPUT_DIR/scale-1.5), and a short one (menu, board, an action, the turn's report,
# the tabs) at UI scale 1.25 (OUTPUT_DIR/scale-1.25). Each has a data folder of its
# own, so its new game opens with the guided first game's card.
#
# Usage: .ci/window-test.sh [OUTPUT_DIR]   (default: target/window-test)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/window-test}"

need=()
command -v xvfb-run >/dev/null || need+=(xvfb)
command -v xauth >/dev/null || need+=(xauth)
dpkg -s mesa-vulkan-drivers >/dev/null 2>&1 || need+=(mesa-vulkan-drivers)
dpkg -s libvulkan1 >/dev/null 2>&1 || need+=(libvulkan1)
if [ ${#need[@]} -gt 0 ]; then
    echo "== installing ${need[*]}"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "== cargo build (the window, debug profile)"
cargo build --quiet

rm -rf "$out"
mkdir -p "$out"
export XDG_RUNTIME_DIR
XDG_RUNTIME_DIR="$(mktemp -d)"
# Settings and saves go to a throwaway data folder, not the user's.
export XDG_DATA_HOME
XDG_DATA_HOME="$(mktemp -d)"

echo "== running the self-test under Xvfb (1280x720)"
start=$(date +%s.%N)
status=0
timeout 600 xvfb-run -a -s "-screen 0 1280x720x24" \
    env WGPU_BACKEND=vulkan POLITBURO_SELFTEST="$out" RUST_LOG=warn,politburo=info \
    "${CARGO_TARGET_DIR:-target}/debug/politburo" >"$out/run.log" 2>&1 || status=$?
end=$(date +%s.%N)
echo "   exit status $status after $(python3 -c "print(f'{$end - $start:.1f}')") s"
if [ "$status" -ne 0 ]; then
    tail -40 "$out/run.log"
fi

# The short runs: another window size, another UI scale.
short_run() {
    local dir="$1" screen="$2" size="$3" scale="$4" short="${5-1}"
    mkdir -p "$dir"
    echo "== self-test at ${size}, UI scale ${scale}${short:+ (short)} -> ${dir}"
    local st=0
    timeout 600 xvfb-run -a -s "-screen 0 ${screen}x24" \
        env XDG_DATA_HOME="$(mktemp -d)" WGPU_BACKEND=vulkan POLITBURO_SELFTEST="$dir" POLITBURO_SELFTEST_SHORT="$short" POLITBURO_SELFTEST_AS=trotsky \
        POLITBURO_SELFTEST_SIZE="$size" POLITBURO_SELFTEST_SCALE="$scale" RUST_LOG=warn,politburo=info \
        "${CARGO_TARGET_DIR:-target}/debug/politburo" >"$dir/run.log" 2>&1 || st=$?
    echo "   exit status $st"
    [ "$st" -eq 0 ] || tail -20 "$dir/run.log"
}
# The large window and the largest scale play the whole test (every view: the
# report, the fate, the orders, the agenda, the end); the 1.25 scale a short one.
short_run "$out/1920x1080" 1920x1080 1920x1080 1.0 ""
short_run "$out/scale-1.5" 1280x720 1280x720 1.5 ""
short_run "$out/scale-1.25" 1280x720 1280x720 1.25

python3 - "$out" <<'EOF'
import os, sys, zlib, struct
out = sys.argv[1]
problems = []

def pixels(path):
    """Decodes an 8-bit RGB/RGBA PNG (what Bevy writes) and returns (w, h, distinct colours sampled)."""
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise ValueError('not a PNG')
    pos, idat, w = 8, b'', 0
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            w, h, depth, ctype = struct.unpack('>IIBB', chunk[:10])
        elif kind == b'IDAT':
            idat += chunk
        pos += 12 + n
    bpp = {2: 3, 6: 4}[ctype]
    raw = zlib.decompress(idat)
    stride = w * bpp
    prev = bytearray(stride)
    colours = set()
    i = 0
    for y in range(h):
        f = raw[i]; line = bytearray(raw[i + 1:i + 1 + stride]); i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]; c = prev[x - bpp] if x >= bpp else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        if y % 4 == 0:
            for x in range(0, w, 4):
                colours.add(bytes(line[x * bpp:x * bpp + 3]))
    return w, h, len(colours)

required = ['01-menu.png', '02-board.png', '03-action.png', '04-turn.png', '05-chronicle.png']
optional = ['20-glossary.png', '06-economy.png', '07-power.png', '08-blocs.png', '09-end.png', '10-settings.png', '11-history.png', '12-takeover.png', '13-against-history.png', '14-turn-step.png', '15-reasons.png', '16-agenda.png', '17-orders.png', '18-undone.png', '19-fate.png', '20-chronicle-filter.png', '21-1953.png', '22-save-name.png', '09b-end-glossary.png', '23-chronicle-digest.png', '24-menu-glossary.png', '25-decide.png', '26-chapter-menu.png', '27-chapter.png', '28-chapter-decide.png']
short_optional = ['01b-menu-end.png', '25-decide.png', '06-economy.png', '07-power.png', '08-blocs.png', '20-glossary.png']
runs = [(os.path.join(out, d), required, optional) for d in ('', '1920x1080', 'scale-1.5')] + [(os.path.join(out, 'scale-1.25'), required, short_optional)]
for run_dir, required, optional in runs:
    for name in required + optional:
        path = os.path.join(run_dir, name)
        shown = os.path.relpath(path, out)
        if not os.path.exists(path):
            if name in required:
                problems.append(f'{shown}: missing')
            else:
                print(f'   {shown}: missing (optional)')
            continue
        size = os.path.getsize(path)
        try:
            w, h, n = pixels(path)
        except Exception as e:
            problems.append(f'{shown}: unreadable ({e})')
            continue
        verdict = 'ok' if n >= 40 and size > 20000 else 'BLANK?'
        print(f'   {shown}: {w}x{h}, {size // 1024} KiB, {n} distinct colours sampled: {verdict}')
        if verdict != 'ok' and name in required:
            problems.append(f'{shown}: looks blank ({n} colours, {size} bytes)')

for run_dir in [r[0] for r in runs]:
    result = os.path.join(run_dir, 'result.txt')
    rel = os.path.relpath(result, out)
    if not os.path.exists(result):
        problems.append(f'{rel}: missing (the self-test did not reach the end of its turn)')
        continue
    text = open(result).read()
    print('   ' + text.strip().replace('\n', '\n   '))
    turn = next((int(l[5:]) for l in text.splitlines() if l.startswith('turn=')), 0)
    if turn < 2:
        problems.append(f'{rel}: the turn did not advance (turn={turn})')

if problems:
    print('FAILED:\n  ' + '\n  '.join(problems))
    sys.exit(1)
print('window test passed')
EOF
