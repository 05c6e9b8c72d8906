//! Friends and enemies: whom a leader treats as a rival, and the coalition the
//! others form against a front-runner before he becomes their master. Without
//! it the contenders destroy each other one by one and the man with the card
//! index picks up the pieces every time; with it they do what Zinoviev, Kamenev
//! and Trotsky did, too late, in 1926.

use super::Difficulty;
use crate::rules::state::GameState;
use crate::rules::victory::power;
use crate::scenario::{CharId, Rank};

fn contender(st: &GameState, x: CharId) -> bool {
    st.scn.def.characters[x].contender
}

/// How much the others dread a contender: his power, and the fear he has earned
/// by striking without grounds (`ai.fear_menace_percent` of it).
pub fn menace(st: &GameState, x: CharId) -> i32 {
    power(st, x) + st.chars[x].fear * st.scn.def.balance.ai.fear_menace_percent / 100
}

/// The contender who menaces most and his lead over the next, when two or more still stand.
pub fn front_runner(st: &GameState) -> Option<(CharId, i32)> {
    let mut standing: Vec<(i32, CharId)> =
        st.ids().filter(|&x| contender(st, x) && st.active(x) && st.chars[x].rank >= Rank::Candidate).map(|x| (menace(st, x), x)).collect();
    standing.sort_by_key(|&(p, x)| (std::cmp::Reverse(p), x));
    match standing.as_slice() {
        [(p0, f), (p1, _), ..] => Some((*f, p0 - p1)),
        _ => None,
    }
}

/// The front-runner `c` must unite against, if his lead over `c` alarms him. An ambitious
/// man takes fright sooner, a cautious one later, and a loyal friend in the
/// front-runner's own bloc never does.
pub fn common_enemy(st: &GameState, c: CharId) -> Option<CharId> {
    common_enemy_given(st, c, front_runner(st))
}

/// `common_enemy` with the front-runner already found (it is the same for everyone this instant).
pub(super) fn common_enemy_given(st: &GameState, c: CharId, fr: Option<(CharId, i32)>) -> Option<CharId> {
    if !contender(st, c) || !st.active(c) {
        return None;
    }
    let t = &st.scn.def.characters[c].temperament;
    // On hard, the player is the danger from the first turn, whatever the numbers say.
    if st.difficulty == Difficulty::Hard
        && let Some(p) = st.player.filter(|&p| p != c && contender(st, p) && st.active(p))
        && !(st.same_bloc(c, p) && t.loyalty >= 6 && st.rel(c, p) >= 50)
    {
        return Some(p);
    }
    let (f, _) = fr?;
    // Flattery does not disarm a contender: only a loyal man in the front-runner's own bloc stays by him.
    if f == c || (st.same_bloc(c, f) && t.loyalty >= 6 && st.rel(c, f) >= 50) {
        return None;
    }
    let lead = menace(st, f) - power(st, c);
    (lead >= alarm(st, c, f)).then_some(f)
}

/// How far `f` must lead `c` before `c` takes fright: an ambitious man sooner, a
/// cautious one later, each game's man a little differently.
pub fn alarm(st: &GameState, c: CharId, f: CharId) -> i32 {
    let t = &st.scn.def.characters[c].temperament;
    let ai = &st.scn.def.balance.ai;
    let mut alarm = ai.coalition_alarm + 2 * t.caution - 2 * t.ambition + suspicion(st, c, ai.coalition_spread);
    // On easy, the computer is slow to see the player coming.
    if st.difficulty == Difficulty::Easy && st.player == Some(f) {
        alarm += 40;
    }
    alarm
}

/// Whom `c` treats as a rival: for a contender, the other contenders not loyal
/// to him; for anyone else, his patron's rivals. And anyone he hates. Facing a
/// front-runner, a contender spares the front-runner's other enemies, whatever
/// he thinks of them: the enemy of his enemy.
pub fn rivals(st: &GameState, c: CharId) -> Vec<CharId> {
    rivals_given(st, c, front_runner(st))
}

/// `rivals` with the front-runner already found.
pub(super) fn rivals_given(st: &GameState, c: CharId, fr: Option<(CharId, i32)>) -> Vec<CharId> {
    let patron = if contender(st, c) {
        Some(c)
    } else {
        st.ids().filter(|&x| contender(st, x) && st.active(x) && st.rel(c, x) >= 40).max_by_key(|&x| (st.rel(c, x), std::cmp::Reverse(x)))
    };
    let enemy = patron.and_then(|p| common_enemy_given(st, p, fr));
    // A man with long grudges counts a smaller slight as enmity.
    let hate = -70 + 6 * st.scn.def.characters[c].temperament.grudges;
    st.ids()
        .filter(|&t| t != c && st.chars[t].alive && st.chars[t].rank > Rank::Deported)
        .filter(|&t| {
            // On hard, the player is everyone's rival but his friends'.
            if st.difficulty == Difficulty::Hard && st.player == Some(t) && st.rel(c, t) < 40 {
                return true;
            }
            if let Some(f) = enemy {
                return t == f || (st.rel(c, t) <= hate && common_enemy_given(st, t, fr) != Some(f));
            }
            let hated = st.rel(c, t) <= hate;
            let rival_of_patron =
                patron.is_some_and(|p| p != t && contender(st, t) && !st.same_bloc(p, t) && st.rel(p, t) < 30 && st.rel(c, t) < 30);
            hated || rival_of_patron
        })
        .collect()
}

/// Fellow enemies of the front-runner whom `c` should win over: (ally, their common enemy).
/// The front-runner `fr` is found by the caller, once for all his questions.
pub(super) fn allies_against_given(st: &GameState, c: CharId, fr: Option<(CharId, i32)>) -> Vec<(CharId, CharId)> {
    let Some(f) = common_enemy_given(st, c, fr) else {
        return vec![];
    };
    st.ids().filter(|&x| x != c && common_enemy_given(st, x, fr) == Some(f)).map(|x| (x, f)).collect()
}

/// Percent of the Central Committee's votes that a bloc's members command.
pub fn bloc_cc_percent(st: &GameState, b: crate::scenario::BlocId) -> i32 {
    let members = &st.blocs[b].members;
    let mine = |x: CharId| members.iter().any(|&m| crate::rules::victory::loyal_to(st, x, m));
    let (mut ours, mut all) = (0, 0);
    for m in st.ids() {
        if st.chars[m].alive && st.chars[m].rank >= Rank::CentralCommittee {
            all += 1;
            ours += i32::from(mine(m));
        }
    }
    for r in &st.regions {
        all += r.cc_seats;
        if r.patron.is_some_and(|p| st.chars[p].alive && mine(p)) {
            ours += r.cc_seats;
        }
    }
    if all == 0 { 0 } else { ours * 100 / all }
}

/// How late this game's `c` wakes to the danger: 0..spread, fixed for the game by
/// its seed, so that not every Zinoviev sees it coming, and a replay sees the same.
fn suspicion(st: &GameState, c: CharId, spread: i32) -> i32 {
    if spread <= 0 {
        return 0;
    }
    let mut x = (st.seed ^ 0x5EED_C0A1_1710_u64).wrapping_add((c.0 as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    x ^= x >> 31;
    x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x ^= x >> 29;
    (x % (spread as u64 + 1)) as i32
}
