//! Friends and enemies: whom a leader treats as a rival, and the coalition the
//! others form against a front-runner before he becomes their master. Without
//! it the contenders destroy each other one by one and the man with the card
//! index picks up the pieces every time; with it they do what Zinoviev, Kamenev
//! and Trotsky did, too late, in 1926.

use super::Difficulty;
use crate::rules::command::Command;
use crate::rules::rng::{GOLDEN, seed_mix};
use crate::rules::state::GameState;
use crate::rules::victory::power;
use crate::scenario::{CharId, Rank};
use std::cell::{Cell, OnceCell};

fn contender(st: &GameState, x: CharId) -> bool {
    st.scn.is_contender(x)
}

/// How much the others dread a contender: his power, and the fear he has earned
/// by striking without grounds (`ai.fear_menace_percent` of it).
pub fn menace(st: &GameState, x: CharId) -> i32 {
    Scores::new(st).menace(st, x)
}

/// The contender who menaces most and his lead over the next, when two or more still stand.
pub fn front_runner(st: &GameState) -> Option<(CharId, i32)> {
    front_runner_in(st, &Scores::new(st))
}

/// `front_runner`, with the power scores of this state asked of `scores`.
pub(super) fn front_runner_in(st: &GameState, scores: &Scores) -> Option<(CharId, i32)> {
    let standing: Vec<CharId> = st.scn.contenders().filter(|&x| st.active(x) && st.chars[x].rank >= Rank::Candidate).collect();
    scores.ask(st, &standing);
    let mut standing: Vec<(i32, CharId)> = standing.into_iter().map(|x| (scores.menace(st, x), x)).collect();
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
    common_enemy_given(st, c, &View::of(&Scores::new(st)))
}

/// `common_enemy` with the front-runner already found (it is the same for everyone this instant).
pub(super) fn common_enemy_given(st: &GameState, c: CharId, view: &View) -> Option<CharId> {
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
    let (f, _) = view.fr(st)?;
    // Flattery does not disarm a contender: only a loyal man in the front-runner's own bloc stays by him.
    if f == c || (st.same_bloc(c, f) && t.loyalty >= 6 && st.rel(c, f) >= 50) {
        return None;
    }
    let lead = view.scores.menace(st, f) - view.scores.power(st, c);
    (lead >= alarm(st, c, f)).then_some(f)
}

/// How far `f` must lead `c` before `c` takes fright: an ambitious man sooner, a
/// cautious one later, each game's man a little differently.
pub fn alarm(st: &GameState, c: CharId, f: CharId) -> i32 {
    let t = &st.scn.def.characters[c].temperament;
    let ai = &st.scn.def.balance.ai;
    // However slow a man is to wake, a front-runner running away with the game wakes him.
    let mut alarm = (ai.coalition_alarm + 2 * t.caution - 2 * t.ambition + suspicion(st, c, ai.coalition_spread)).min(ai.runaway_lead);
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
    rivals_given(st, c, &View::of(&Scores::new(st)))
}

/// `rivals` with the front-runner already found.
pub(super) fn rivals_given(st: &GameState, c: CharId, view: &View) -> Vec<CharId> {
    let patron = if contender(st, c) {
        Some(c)
    } else {
        st.scn.contenders().filter(|&x| st.active(x) && st.rel(c, x) >= 40).max_by_key(|&x| (st.rel(c, x), std::cmp::Reverse(x)))
    };
    let enemy = patron.and_then(|p| common_enemy_given(st, p, view));
    // A man with long grudges counts a smaller slight as enmity.
    let hate = -70 + 6 * st.scn.def.characters[c].temperament.grudges;
    // Most of a large cast is neither hated nor a contender, the enemy or the player:
    // his row of regard rules them out before anything else about them is read.
    let row = &st.relations[c.0 * st.n()..(c.0 + 1) * st.n()];
    let maybe = |t: CharId| row[t.0] as i32 <= hate || contender(st, t) || enemy == Some(t) || st.player == Some(t);
    st.ids()
        .filter(|&t| maybe(t) && t != c && st.chars[t].alive && st.chars[t].rank > Rank::Deported)
        .filter(|&t| {
            // On hard, the player is everyone's rival but his friends'.
            if st.difficulty == Difficulty::Hard && st.player == Some(t) && st.rel(c, t) < 40 {
                return true;
            }
            if let Some(f) = enemy {
                return t == f || (st.rel(c, t) <= hate && common_enemy_given(st, t, view) != Some(f));
            }
            let hated = st.rel(c, t) <= hate;
            let rival_of_patron =
                patron.is_some_and(|p| p != t && contender(st, t) && !st.same_bloc(p, t) && st.rel(p, t) < 30 && st.rel(c, t) < 30);
            hated || rival_of_patron
        })
        .collect()
}

/// The leaders who have united against the front-runner `f`, but `except` (the
/// player, whose judgement is his own): what the reasons panel and `plans` say.
pub fn united_against(st: &GameState, f: CharId, except: CharId) -> Vec<CharId> {
    let scores = Scores::new(st);
    let view = View::of(&scores);
    st.ids().filter(|&c| c != except && common_enemy_given(st, c, &view) == Some(f)).collect()
}

/// Fellow enemies of the front-runner whom `c` should win over: (ally, their common enemy).
/// The front-runner is the view's, found by the caller once for all his questions.
pub(super) fn allies_against_given(st: &GameState, c: CharId, view: &View) -> Vec<(CharId, CharId)> {
    let Some(f) = common_enemy_given(st, c, view) else {
        return vec![];
    };
    // Only a contender has a common enemy.
    st.scn.contenders().filter(|&x| x != c && common_enemy_given(st, x, view) == Some(f)).map(|x| (x, f)).collect()
}

/// The power scores of one state, each worked out the first time it is asked: a
/// score polls the whole Central Committee, and a leader's options ask the
/// contenders' scores again and again (whom each fears, and how far he leads).
/// Forgotten whenever the state changes.
pub struct Scores {
    memo: Vec<Cell<Option<i32>>>,
}

impl Scores {
    pub fn new(st: &GameState) -> Scores {
        Scores { memo: vec![Cell::new(None); st.n()] }
    }
    /// `victory::power` in this state.
    pub fn power(&self, st: &GameState, x: CharId) -> i32 {
        let cell = &self.memo[x.0];
        cell.get().unwrap_or_else(|| {
            let p = power(st, x);
            cell.set(Some(p));
            p
        })
    }
    /// Works out at once the scores of `xs` not yet known (one pass for them all).
    pub fn ask(&self, st: &GameState, xs: &[CharId]) {
        let unknown: Vec<CharId> = xs.iter().copied().filter(|x| self.memo[x.0].get().is_none()).collect();
        for (x, p) in unknown.iter().zip(crate::rules::victory::powers(st, &unknown)) {
            self.memo[x.0].set(Some(p));
        }
    }
    /// `menace` in this state.
    pub fn menace(&self, st: &GameState, x: CharId) -> i32 {
        self.power(st, x) + st.chars[x].fear * st.scn.def.balance.ai.fear_menace_percent / 100
    }
    /// The state has changed: every score must be worked out again.
    pub fn forget(&mut self) {
        self.memo.iter_mut().for_each(|c| *c.get_mut() = None);
    }
    /// `actor` has just carried out `cmd`: forgets the scores it may have changed. A
    /// speech or an article moves only his own prestige (`nep::publicity`); courting
    /// or attacking moves only the regard between the two men and the target's
    /// prestige (`factions::court`, `factions::attack`), and a man's score reads only
    /// his own prestige and what the others think of him. Anything else forgets all.
    pub fn after(&mut self, actor: CharId, cmd: Command) {
        match cmd {
            Command::Speech | Command::Article => *self.memo[actor.0].get_mut() = None,
            Command::Court { target } | Command::Attack { target } => {
                *self.memo[actor.0].get_mut() = None;
                *self.memo[target.0].get_mut() = None;
            }
            _ => self.forget(),
        }
    }
}

/// What a leader sees while he chooses his moves: the front-runner he fears (found
/// as his turn begins; his own moves do not change his mind) and the scores of the
/// state as it is now. The front-runner is found only when first asked: most of a
/// large cast never asks.
pub struct View<'s> {
    fr: OnceCell<Option<(CharId, i32)>>,
    /// The state is still the one the front-runner is judged on.
    fresh: bool,
    pub scores: &'s Scores,
}

impl<'s> View<'s> {
    /// The view from this state: its front-runner (when asked), by its scores.
    pub fn of(scores: &'s Scores) -> View<'s> {
        View { fr: OnceCell::new(), fresh: true, scores }
    }
    /// The view of a state changed since `fr` was judged (if it was: `None` if nobody asked).
    pub fn later(fr: Option<Option<(CharId, i32)>>, scores: &'s Scores) -> View<'s> {
        View { fr: fr.map(OnceCell::from).unwrap_or_default(), fresh: false, scores }
    }
    /// The front-runner and his lead.
    pub fn fr(&self, st: &GameState) -> Option<(CharId, i32)> {
        *self.fr.get_or_init(|| {
            assert!(self.fresh, "the front-runner of a turn's opening asked of a later state");
            front_runner_in(st, self.scores)
        })
    }
    /// The front-runner, if he has been found.
    pub fn found(&self) -> Option<Option<(CharId, i32)>> {
        self.fr.get().copied()
    }
}

/// Percent of the Central Committee's votes that a bloc's members command: their
/// own, and those of men loyal to one of them who stand in no other bloc and are
/// no contender of their own (a General Secretary who has left the bloc takes his
/// secretaries with him, however warm his regard for its leader).
pub fn bloc_cc_percent(st: &GameState, b: crate::scenario::BlocId) -> i32 {
    let members = &st.blocs[b].members;
    let free = |x: CharId| st.chars[x].bloc.is_none() && !st.scn.is_contender(x);
    let mine = |x: CharId| members.contains(&x) || free(x) && members.iter().any(|&m| crate::rules::victory::loyal_to(st, x, m));
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
    let x = seed_mix((st.seed ^ 0x5EED_C0A1_1710_u64).wrapping_add((c.0 as u64 + 1).wrapping_mul(GOLDEN)));
    (x % (spread as u64 + 1)) as i32
}
