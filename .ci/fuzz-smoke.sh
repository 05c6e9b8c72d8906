#!/usr/bin/env bash
# A short cargo-fuzz run of every target, seeded from the real scenario and a real
# save. cargo fuzz needs a nightly toolchain: without one this says so and passes.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
secs="${1:-20}"
if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "   no nightly toolchain here: fuzzing skipped"
    exit 0
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
    cargo install --locked cargo-fuzz >/dev/null 2>&1 || { echo "   cargo-fuzz could not be installed: fuzzing skipped"; exit 0; }
fi
mkdir -p corpus/scenario corpus/save corpus/commands corpus/mods
cp ../assets/scenarios/1924.ron corpus/scenario/
cp ../tests/mods/ascendant/trotsky.ron corpus/mods/
[ -f corpus/save/seed3.ron ] || cargo run --quiet --release --manifest-path ../Cargo.toml --no-default-features -- simulate --seed 3 --quiet --save corpus/save/seed3.ron >/dev/null
for t in commands save scenario mods; do
    len=70000; [ "$t" = commands ] && len=4096
    cargo +nightly fuzz run "$t" "corpus/$t" -- -max_total_time="$secs" -max_len="$len" > "target-$t.log" 2>&1 || {
        echo "   fuzz target $t FAILED:"; tail -40 "target-$t.log"; exit 1; }
    echo "   $t: $(grep -E '^Done' "target-$t.log" | tail -1)"
done
