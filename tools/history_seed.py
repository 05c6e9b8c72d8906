#!/usr/bin/env python3
"""Search for the 1924 scenario's history seed (issue 19).

The historical replay (`politburo replay --history`) plays the script with the
scenario's `history_seed`; the votes and events it does not script are the game's
own dice. Any change to the rules or the data shifts the dice, and the replay
must then be searched again for a seed whose chronicle tells the record. Usage:

    export CARGO_TARGET_DIR=...; cargo build --release --no-default-features
    python3 tools/history_seed.py $CARGO_TARGET_DIR/release/politburo 0 9000

It replays every seed in [FROM, TO) with `replay --history --seed N`, drops any
that breaks a hard criterion below, scores the rest by the dissent the record
does not have, and prints the best twenty (lowest score first). Put the best in
`history_seed:` of assets/scenarios/1924.ron, regenerate tests/golden/history.txt
and read the diff (docs/history-corrections.md says what to look for).
"""

import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

# The December 1929 Politburo of the record: full members and candidates.
POLITBURO = {"Stalin", "Molotov", "Kalinin", "Voroshilov", "Kuibyshev", "Rudzutak", "Rykov", "Tomsky"}
CANDIDATES = {"Kirov", "Kaganovich"}
THE_RIGHT = ("Bukharin", "Rykov", "Tomsky")


def vote_after(text, headline):
    """The group lines of the first vote whose headline contains `headline`."""
    i = text.find("votes on Stalin's motion to " + headline)
    if i < 0:
        return None
    block = text[i:].split("\n[", 1)[0]
    return block


def hard(text):
    """Why this chronicle cannot stand for the record (None: it can)."""
    if "every entry was legal" not in text:
        return "a script entry refused"
    if re.search(r"VOTE .*: defeated,", text):
        return "a vote of the script defeated"
    deaths = re.findall(r"\] death  (.*?) dies\b", text)
    if sorted(deaths) != ["Felix Dzerzhinsky", "Mikhail Frunze"]:
        return "a death of illness: " + ", ".join(deaths)
    if "[1927-10] EVENT  The grain procurement crisis" not in text:
        return "the grain crisis not in October 1927"
    if len(re.findall(r"proposes to set the line", text)) != 2 or "moves to change the line" in text:
        return "a motion on the line outside the script"
    for who in ("Bukharin", "Tomsky"):
        if not re.search(r"\[1928-04\] LADDER \S+ " + who + r" has lost a fight over the line", text):
            return who + " not against the Industrial offensive (April 1928)"
    for headline in ('set the line to "Forced collectivisation"', "remove Nikolai Bukharin from the Politburo"):
        block = vote_after(text, headline)
        if block is None or "The Right: 0 for, 3 against" not in block:
            return "the Right not 0-3 on: " + headline
    block = vote_after(text, 'set the line to "Forced collectivisation"')
    if "The Stalinist Centre: 6 for, 0 against" not in block:
        return "the Centre not 6-0 on forced collectivisation"
    m = re.search(r'Line: "Forced collectivisation" \(step -?\d+\) owned by ([^.]*)\.', text)
    if not m or any(r in m.group(1) for r in THE_RIGHT):
        return "the Right owns forced collectivisation"
    for post in ("Sergo Ordzhonikidze becomes Chairman of the Central Control Commission",
                 "Alexander Dogadov becomes Chairman of the Central Council of Trade Unions",
                 "Grigory Zinoviev is readmitted to the party",
                 "Lev Kamenev is readmitted to the party"):
        if post not in text:
            return "missing: " + post
    table = text.split("Leader         Rank", 1)[-1].split("\n\n", 1)[0]
    full = {l.split()[0] for l in table.splitlines() if re.match(r"\S+\s+Politburo ", l)}
    cand = {l.split()[0] for l in table.splitlines() if re.match(r"\S+\s+candidate ", l)}
    if full != POLITBURO or cand != CANDIDATES:
        return "the December 1929 Politburo is not the record's"
    return None


def score(text):
    """Dissent the record does not have: the majority's camp voting against its own
    motions (the Troika, the Centre), every vote against in the plenums, the
    Right's votes for its own defeat, and the opposition's for its leaders' fall."""
    camp = sum(int(n) for n in re.findall(r"(?:The Stalinist Centre|The Troika): \d+ for, (\d+) against", text))
    plenum = 0
    for m in re.finditer(r"VOTE   The (?:plenum|joint plenum)[^:]*: carried, \d+ for, (\d+) against", text):
        plenum += int(m.group(1))
    right = sum(int(n) for n in re.findall(r"The Right: (\d+) for", text))
    # The opposition's own men voting to remove or expel their leaders.
    own = 0
    for block in re.split(r"\n(?=\[)", text):
        if re.match(r"\[\d{4}-\d{2}\] VOTE .*motion to (remove|expel|demote)", block):
            own += sum(int(n) for n in re.findall(r"(?:United|New|Left) Opposition: (\d+) for", block))
    return 20 * camp + plenum + 10 * right + 5 * own


def run(binary, seed):
    out = subprocess.run([binary, "replay", "--history", "--seed", str(seed)], capture_output=True, text=True).stdout
    why = hard(out)
    return seed, why, (None if why else score(out))


def main():
    binary, lo, hi = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda s: run(binary, s), range(lo, hi)))
    ok = sorted((sc, s) for s, why, sc in results if why is None)
    reasons = {}
    for _, why, _ in results:
        if why:
            key = why.split(":")[0]
            reasons[key] = reasons.get(key, 0) + 1
    print(f"{len(results)} seeds, {len(ok)} pass the hard criteria")
    for k, n in sorted(reasons.items(), key=lambda x: -x[1]):
        print(f"  {n:5}  {k}")
    for sc, s in ok[:20]:
        print(f"seed {s}: score {sc}")


if __name__ == "__main__":
    main()
