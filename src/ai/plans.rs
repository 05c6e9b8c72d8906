//! Plans that last: each computer leader's intention, read afresh from the state
//! each time it is asked (so a loaded game's leaders hold the plans they held
//! before it was saved), with the turn's opening power scores as its frame, so
//! that nothing a leader does within a turn changes his mind within it. A plan
//! changes only when its cause does: the charges fade, the front-runner's lead
//! grows or shrinks past the leader's alarm, a congress comes near.

use super::coalition::{alarm, bloc_cc_percent, front_runner, menace};
use crate::rules::outcome::Lack;
use crate::rules::plan::{Cause, Intent, Plan};
use crate::rules::state::{GameState, TestamentStatus};
use crate::rules::victory::{power, supremacy};
use crate::scenario::{CharId, Power, Rank, SessionKind};

fn contender(st: &GameState, x: CharId) -> bool {
    st.scn.is_contender(x)
}

/// What `c` is working toward, and why.
pub fn plan_of(st: &GameState, c: CharId) -> Intent {
    let intent = |plan, cause| Intent { plan, cause };
    if !contender(st, c) {
        return match patron(st, c) {
            Some(p) => intent(Plan::Follow(p), Cause::Patron),
            None if st.line_owners.contains(&c) => intent(Plan::DefendTheLine, Cause::OwnsTheLine),
            None => intent(Plan::BuildBloc, Cause::NothingPressing),
        };
    }
    let me = &st.chars[c];
    let fr = frame_front_runner(st);
    let leading = fr.is_some_and(|(f, _)| f == c);
    if let Some(cause) = danger(st, c).filter(|_| !leading) {
        return intent(Plan::LieLow, cause);
    }
    if let Some((last, left)) = last_rival(st, c) {
        return intent(Plan::ClearTheField(last), Cause::RivalsRemain(left));
    }
    if let Some((f, lead)) = enemy_in_frame(st, c) {
        if let Some(months) = congress_within(st, 3)
            && me.bloc.is_some_and(|b| st.blocs[b].leader == Some(c) && !st.blocs[b].members.contains(&f))
        {
            return intent(Plan::StrikeAtCongress(f), Cause::CongressNear { months });
        }
        return intent(Plan::IsolateFrontRunner(f), Cause::Ahead { lead });
    }
    if let Some(cause) = politburo_short(st, c) {
        return intent(Plan::WinThePolitburo, cause);
    }
    if let Some((_, lead)) = fr.filter(|_| leading) {
        return match st.has_power(c, Power::AppointSecretaries) {
            true => intent(Plan::SeizeTheApparatus, Cause::Leading { lead }),
            false => intent(Plan::DefendTheLine, Cause::Leading { lead }),
        };
    }
    if st.has_power(c, Power::AppointSecretaries) {
        return intent(Plan::SeizeTheApparatus, Cause::HoldsTheApparatus);
    }
    if me.bloc.is_none() {
        return intent(Plan::BuildBloc, Cause::NoFollowing);
    }
    if st.line_owners.contains(&c) {
        return intent(Plan::DefendTheLine, Cause::OwnsTheLine);
    }
    intent(Plan::BuildBloc, Cause::NothingPressing)
}

/// When only rivals in the Politburo stand between `c` and supremacy: the strongest
/// of them (the most dangerous, so the first to bring down), and how many there
/// are. A master of the party who does not finish the struggle leaves it to the calendar.
fn last_rival(st: &GameState, c: CharId) -> Option<(CharId, usize)> {
    let Err(Lack::Rivals(rivals)) = supremacy(st, c) else {
        return None;
    };
    // Judged on the turn's opening scores, so that his aim holds through his turn.
    let row = st.power_history.last().filter(|r| r.len() == st.n());
    let score = |r: CharId| row.map_or_else(|| power(st, r), |row| row[r.0]);
    let strongest = rivals.iter().copied().max_by_key(|&r| (score(r), std::cmp::Reverse(r)))?;
    Some((strongest, rivals.len()))
}

/// How many months after supremacy may first come (`victory.earliest`) a General
/// Secretary turns from the apparatus to the Politburo's majority. Without the plan
/// 58% of the computer's games went undecided to 1929 (the seated man waited on the
/// apparatus to the end); from the first day supremacy may come it ended them so early
/// (1928: 43%) that the computer's Trotsky, who wins late, fell to 4%; a year later,
/// 1928 38%, 1929 44%, Trotsky 5.8% (1,000 games).
const WIN_THE_POLITBURO_AFTER: i32 = 12;

/// When `c` sits in the seat of power and the Politburo's loyalty is the first thing
/// supremacy still wants of him, from a year after supremacy may come: the apparatus
/// alone never finishes the struggle, and a General Secretary who waits on it waits
/// to the end.
fn politburo_short(st: &GameState, c: CharId) -> Option<Cause> {
    if st.date < st.scn.def.victory.earliest.plus_months(WIN_THE_POLITBURO_AFTER) {
        return None;
    }
    match supremacy(st, c) {
        Err(Lack::PolitburoLoyal { have, need }) => Some(Cause::PolitburoShort { have, need }),
        _ => None,
    }
}

/// Why a contender should give the ban on factions no target now, if he should.
fn danger(st: &GameState, c: CharId) -> Option<Cause> {
    let me = &st.chars[c];
    if me.charges > 0 {
        return Some(Cause::Charged(me.charges));
    }
    let threatened = st.plenum_agenda.iter().chain(&st.politburo_agenda).any(|p| p.motion.target() == Some(c) && p.motion.against_target());
    if threatened {
        return Some(Cause::Threatened);
    }
    if st.immune(c) {
        return Some(Cause::Recanted { until: me.immune_until });
    }
    if me.bloc.is_some_and(|b| outlawed(st, b)) {
        return Some(Cause::OutlawedFaction);
    }
    // The man Lenin's letter names keeps his head down until it has been dealt with.
    if let Some(t) = &st.scn.def.testament
        && st.scn.cid(&t.names) == c
        && st.testament == TestamentStatus::Sealed
    {
        return Some(Cause::TestamentPending);
    }
    None
}

/// An organised faction the General Secretary is not in, too weak to carry the
/// Central Committee and with no congress to appeal to: a target and nothing more.
pub fn outlawed(st: &GameState, b: crate::scenario::BlocId) -> bool {
    st.blocs[b].organised
        && st.gensec_holder().is_some_and(|g| !st.blocs[b].members.contains(&g))
        && bloc_cc_percent(st, b) < st.scn.def.balance.ai.platform_cc_percent
        && congress_within(st, 3).is_none()
}

/// The front-runner `c` unites against, and his lead, judged on the power scores at
/// the turns' openings (the present's only on the first turn): nothing done within a
/// turn changes whom a leader fears. Once alarmed by a man, he keeps him in his sights
/// while that man stays near the top (`SWITCH`) and leads him by nearly as much
/// (`STEADY` points less) as first alarmed him: a close race does not make him
/// turn from one enemy to another every turn.
fn enemy_in_frame(st: &GameState, c: CharId) -> Option<(CharId, i32)> {
    let rows: Vec<&Vec<i32>> = st.power_history.iter().rev().take(MEMORY).filter(|r| r.len() == st.n()).collect();
    if rows.is_empty() {
        let (f, _) = front_runner(st)?;
        let lead = menace(st, f) - power(st, c);
        return (f != c && !loyal_friend(st, c, f) && lead >= alarm(st, c, f)).then_some((f, lead));
    }
    let mut held: Option<(CharId, i32)> = None;
    for row in rows.into_iter().rev() {
        let top = row_leader(st, row).map(|(f, _)| f);
        let kept = held.map(|(g, _)| g).filter(|&g| {
            st.active(g) && top.is_some_and(|t| row[g.0] >= row[t.0] - SWITCH) && row[g.0] - row[c.0] >= alarm(st, c, g) - STEADY
        });
        let fresh = top.filter(|&f| f != c && row[f.0] - row[c.0] >= alarm(st, c, f));
        held = kept.or(fresh).filter(|&f| !loyal_friend(st, c, f)).map(|f| (f, row[f.0] - row[c.0]));
    }
    held
}

/// A loyal friend in the front-runner's own bloc stays by him.
fn loyal_friend(st: &GameState, c: CharId, f: CharId) -> bool {
    st.same_bloc(c, f) && st.scn.def.characters[c].temperament.loyalty >= 6 && st.rel(c, f) >= 50
}

/// How far a lead may fall below a leader's alarm before he stops fearing the man.
const STEADY: i32 = 6;
/// How far behind the top the man he fears may fall before he turns to the new leader.
const SWITCH: i32 = 10;
/// How many turns back a leader's fear is traced.
const MEMORY: usize = 6;

/// The standing contender first in a row of power scores, and his lead over the next.
fn row_leader(st: &GameState, row: &[i32]) -> Option<(CharId, i32)> {
    // The top two by (score, then the lower id), without sorting.
    let mut top: [Option<(i32, CharId)>; 2] = [None, None];
    for x in st.scn.contenders().filter(|&x| st.active(x) && st.chars[x].rank >= Rank::Candidate) {
        let better = |o: Option<(i32, CharId)>| o.is_none_or(|(p, _)| row[x.0] > p);
        if better(top[0]) {
            top = [Some((row[x.0], x)), top[0]];
        } else if better(top[1]) {
            top[1] = Some((row[x.0], x));
        }
    }
    match top {
        [Some((p0, f)), Some((p1, _))] => Some((f, p0 - p1)),
        _ => None,
    }
}

/// The front-runner on the turn's opening scores (the present's on the first turn).
fn frame_front_runner(st: &GameState) -> Option<(CharId, i32)> {
    match st.power_history.last().filter(|r| r.len() == st.n()) {
        Some(row) => row_leader(st, row),
        None => front_runner(st),
    }
}

/// Months to a congress sitting this turn or within `months`, if one does.
pub fn congress_within(st: &GameState, months: i32) -> Option<i32> {
    if st.session().is_some_and(|s| s.kind == SessionKind::Congress) {
        return Some(0);
    }
    st.next_session().filter(|n| n.kind == SessionKind::Congress && n.date.0 - st.date.0 <= months).map(|n| n.date.0 - st.date.0)
}

/// A follower's patron: the standing contender he regards most, if he regards him at all.
fn patron(st: &GameState, c: CharId) -> Option<CharId> {
    st.scn
        .contenders()
        .filter(|&x| x != c && st.active(x) && st.chars[x].rank >= Rank::Candidate && st.rel(c, x) >= 40)
        .max_by_key(|&x| (st.rel(c, x), std::cmp::Reverse(x)))
}
