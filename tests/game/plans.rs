//! Plans that last: the computer leaders hold their plans over several turns, say
//! them, and do not thrash. Read from whole all-computer games' logs, so the
//! checks hold whatever the scoring does.

use crate::scenario;
use politburo::ai::{self, Plan};
use politburo::cli::simulate;
use politburo::narrate;
use politburo::rules::command::Command;
use politburo::rules::state::GameState;
use politburo::scenario::{BlocId, CharId};
use std::collections::BTreeMap;

/// One leader's bloc moves, read from the log: (turn, bloc joined or None for left).
#[derive(Default)]
struct Track {
    bloc: Option<BlocId>,
    joined: Option<(u32, usize)>,
    left: Vec<(u32, BlocId)>,
    recanted: Vec<(u32, BlocId)>,
}

/// A typed cause for going within the commitment: another contender joined the
/// bloc (the chronicle's `BlocJoined`: the man a plan aims at is always one), or he
/// was charged (`Charged`), since he joined. A minor figure joining is no cause.
fn cause(st: &GameState, c: CharId, b: BlocId, since: usize, until: usize) -> bool {
    st.log[since + 1..until].iter().any(|&(_, a, cmd)| match cmd {
        Command::JoinBloc { bloc } => a != c && bloc == b && st.scn.is_contender(a),
        Command::Charge { target } => target == c,
        _ => false,
    })
}

/// Every breach of the commitments in one game's log, in words.
fn thrashing(st: &GameState) -> Vec<String> {
    let mut tracks: BTreeMap<CharId, Track> = BTreeMap::new();
    for (b, def) in st.scn.def.blocs.iter().enumerate() {
        for m in &def.members {
            tracks.entry(st.scn.cid(m)).or_default().bloc = Some(BlocId(b));
        }
    }
    let mut wrong = vec![];
    let name = |c: CharId| st.scn.short(c).to_string();
    for (i, &(t, c, cmd)) in st.log.iter().enumerate() {
        // The player's own moves are his affair.
        if st.player == Some(c) {
            continue;
        }
        let tr = tracks.entry(c).or_default();
        let leaving = |tr: &mut Track, wrong: &mut Vec<String>| {
            if let (Some(b), Some((t0, i0))) = (tr.bloc, tr.joined)
                && t - t0 <= ai::COMMIT_TURNS
                && !cause(st, c, b, i0, i)
            {
                wrong.push(format!("seed {}: {} joined bloc {} on turn {t0} and left it on turn {t}", st.seed, name(c), b.0));
            }
            if let Some(b) = tr.bloc {
                tr.left.push((t, b));
            }
        };
        match cmd {
            Command::JoinBloc { bloc } | Command::FormBloc { bloc } => {
                if tr.bloc.is_some_and(|b| b != bloc) {
                    leaving(tr, &mut wrong);
                }
                if tr.left.iter().any(|&(t0, b)| b == bloc && t - t0 <= ai::COMMIT_TURNS) {
                    wrong.push(format!("seed {}: {} rejoined bloc {} on turn {t}, two turns after leaving it", st.seed, name(c), bloc.0));
                }
                if tr.recanted.iter().any(|&(t0, b)| b == bloc && t - t0 <= ai::RECANT_TURNS) {
                    wrong.push(format!("seed {}: {} rejoined bloc {} on turn {t}, soon after recanting", st.seed, name(c), bloc.0));
                }
                tr.bloc = Some(bloc);
                tr.joined = Some((t, i));
            }
            Command::LeaveBloc => {
                leaving(tr, &mut wrong);
                tr.bloc = None;
                tr.joined = None;
            }
            Command::Recant => {
                if let Some(b) = tr.bloc {
                    tr.recanted.push((t, b));
                }
            }
            _ => {}
        }
    }
    wrong
}

/// Fifty all-computer games, and a few on easy and normal with a sensible Trotsky
/// in the player's seat (the easy computer falters against him, and pursues its
/// plans against the others in full): no computer leader joins and leaves the same bloc within two turns without a
/// typed cause (another contender joined it, or he was charged), none rejoins a
/// bloc he left two turns before, none recants and then rejoins his bloc.
#[test]
fn no_leader_thrashes_between_blocs() {
    use politburo::ai::Difficulty;
    use politburo::analysis::{Strategy, play_turn, seat_rng};
    let scn = scenario();
    let mut wrong = vec![];
    let mut moves = 0;
    let seated = |seed: u64, d: Difficulty| {
        let seat = (scn.cid("trotsky"), Strategy::Sensible);
        let mut st = GameState::new(scn.clone(), seed);
        st.chronicle.quiet = true;
        (st.player, st.difficulty) = (Some(seat.0), d);
        let mut own = seat_rng(seed);
        while !st.is_over() {
            play_turn(&mut st, Some(&seat), &mut own);
            st.end_turn();
        }
        st
    };
    let games = (0..50).map(|seed| simulate(scn.clone(), seed, None, true));
    let levels = (100..106).flat_map(|seed| [seated(seed, Difficulty::Easy), seated(seed, Difficulty::Normal)]);
    for st in games.chain(levels) {
        moves +=
            st.log.iter().filter(|(_, _, c)| matches!(c, Command::JoinBloc { .. } | Command::LeaveBloc | Command::FormBloc { .. })).count();
        wrong.extend(thrashing(&st));
    }
    assert!(moves >= 50, "only {moves} bloc moves in 50 games: the check saw too little");
    assert!(wrong.is_empty(), "{} breaches:\n{}", wrong.len(), wrong.join("\n"));
}

/// A plan lasts: over twenty games, a contender's plan changes on fewer than a
/// third of his turns (27% when written, each change with its cause: a motion
/// against him comes and goes, the race at the top turns), and never back and
/// forth within a turn (he may leave a plan his own move fulfilled, never return
/// to it). No one ends two turns running in a bloc with the man his plan isolates.
#[test]
fn plans_last_and_hold_within_a_turn() {
    let scn = scenario();
    let (mut turns, mut changes, mut sitting) = (0, 0, vec![]);
    for seed in 0..20 {
        let mut st = GameState::new(scn.clone(), seed);
        st.chronicle.quiet = true;
        let mut last: BTreeMap<CharId, Plan> = BTreeMap::new();
        let mut sat: BTreeMap<CharId, Option<CharId>> = BTreeMap::new();
        while !st.is_over() {
            for (c, choices) in ai::play_turn(&mut st, None) {
                if !st.scn.def.characters[c].contender {
                    continue;
                }
                let plans: Vec<Plan> = choices.iter().filter_map(|ch| ch.plan.map(|i| i.plan)).collect();
                let mut seen = plans.clone();
                seen.dedup();
                let steady = seen.iter().enumerate().all(|(i, p)| !seen[i + 1..].contains(p));
                assert!(steady, "seed {seed}: {}'s plan changed within a turn: {plans:?}", st.scn.short(c));
                if let Some(&p) = plans.first() {
                    turns += 1;
                    changes += i32::from(last.insert(c, p).is_some_and(|q| q != p));
                }
            }
            // No one ends two turns running in a bloc with the man his plan isolates
            // (once may happen: the man may join after he has moved).
            for c in st.ids().filter(|&c| st.scn.def.characters[c].contender && st.active(c)) {
                let plan = ai::plan_of(&st, c).plan;
                // A bloc he promised to join in a deal is a cause shown in the chronicle.
                let promised = st.deals.iter().any(|d| {
                    d.terms.to == c
                        && d.terms.ask == politburo::rules::deals::Ask::JoinBloc
                        && d.status == politburo::rules::pacts::DealStatus::Accepted
                });
                // And one he joined in the last two turns: leaving at once would be the thrashing
                // the other test forbids (the front-runner changed after he joined).
                let fresh =
                    st.chars[c].bloc.is_some_and(|b| {
                        st.log.iter().rev().take_while(|&&(t, _, _)| t + 2 >= st.turn).any(|&(_, a, cmd)| {
                            a == c && matches!(cmd, Command::JoinBloc { bloc } | Command::FormBloc { bloc } if bloc == b)
                        })
                    });
                let sits = plan.target().filter(|&f| st.same_bloc(c, f) && !promised && !fresh);
                if sits.is_some() && sat.get(&c) == Some(&sits) {
                    sitting.push(format!(
                        "seed {seed}, turn {}: {} plans to {plan:?} and still sits in his bloc",
                        st.turn,
                        st.scn.short(c)
                    ));
                }
                sat.insert(c, sits);
            }
            st.end_turn();
        }
    }
    assert!(turns > 500, "only {turns} contender turns");
    assert!(changes * 3 < turns, "plans changed on {changes} of {turns} contender turns");
    assert!(sitting.is_empty(), "{}", sitting.join("\n"));
}

/// The plan is said: every computer move carries its plan, and the words name it.
#[test]
fn the_plan_is_said() {
    let mut st = GameState::new(scenario(), 3);
    st.chronicle.quiet = true;
    let choices = ai::play_turn(&mut st, None);
    let trotsky = st.scn.cid("trotsky");
    let (_, his) = choices.iter().find(|(c, _)| *c == trotsky).expect("Trotsky plays the first turn");
    let intent = his[0].plan.expect("a chosen move carries its plan");
    let words = narrate::plan_intent(&st.scn, intent);
    assert!(words.starts_with("plan: ") && words.contains('('), "{words}");
    // The same plan is asked of the state at any time, for the window's reasons panel.
    let now = ai::plan_of(&st, trotsky);
    assert!(!narrate::plan(&st.scn, now.plan).is_empty());
    // A rival still feared after he has fallen behind is said so, not "leads him by -4".
    use politburo::rules::plan::Cause;
    assert_eq!(narrate::plan_cause(&st.scn, Cause::Ahead { lead: 7 }), "the front-runner leads him by 7 points of power");
    assert_eq!(narrate::plan_cause(&st.scn, Cause::Ahead { lead: -4 }), "the rival he fears is close behind him, 4 points of power back");
    assert_eq!(narrate::plan_cause(&st.scn, Cause::Ahead { lead: -1 }), "the rival he fears is close behind him, 1 point of power back");
    assert_eq!(narrate::plan_cause(&st.scn, Cause::Leading { lead: 0 }), "he stands level with the next man at the head of the field");
}

/// Trotsky, who opens the game at the head of an outlawed faction, lies low
/// rather than wait to be charged out of the party: he leaves it or recants in
/// most games, and the computer's Trotsky is no longer off the Politburo by the
/// end of 1926 in every game.
#[test]
fn trotsky_gives_the_ban_no_target() {
    let scn = scenario();
    let trotsky = scn.cid("trotsky");
    let (mut ducked, mut kept_seat) = (0, 0);
    for seed in 0..30 {
        let mut st = GameState::new(scn.clone(), seed);
        st.chronicle.quiet = true;
        let plan = ai::plan_of(&st, trotsky).plan;
        assert_eq!(plan, Plan::LieLow, "seed {seed}: Trotsky opens with {plan:?}");
        while !st.is_over() && st.date.year() <= 1926 {
            ai::play_turn(&mut st, None);
            st.end_turn();
        }
        ducked += i32::from(st.log.iter().any(|&(t, a, c)| a == trotsky && t < 4 && matches!(c, Command::LeaveBloc | Command::Recant)));
        kept_seat += i32::from(st.chars[trotsky].rank >= politburo::scenario::Rank::Politburo);
    }
    assert!(ducked >= 20, "Trotsky ducked the ban in only {ducked} of 30 games");
    // Two, since the Red Army's delegation is no longer his to command (issue 19).
    assert!(kept_seat >= 2, "Trotsky kept his Politburo seat through 1926 in only {kept_seat} of 30 games");
}

/// A master of the apparatus and both majorities finishes the struggle: his plan
/// turns to driving the strongest rival left off the Politburo, he says so, and
/// he raises no other contender meanwhile.
#[test]
fn the_master_of_the_party_clears_the_field() {
    let mut st = GameState::new(scenario(), 4);
    st.chronicle.quiet = true;
    let stalin = st.scn.cid("stalin");
    for x in st.ids().filter(|&x| x != stalin && !st.scn.def.characters[x].contender).collect::<Vec<_>>() {
        st.add_rel(x, stalin, 200);
    }
    for r in 0..st.regions.len() {
        st.regions[r].patron = Some(stalin);
    }
    let rivals: Vec<CharId> = st
        .ids()
        .filter(|&x| x != stalin && st.scn.def.characters[x].contender && st.chars[x].rank >= politburo::scenario::Rank::Candidate)
        .collect();
    let row = st.power_history.last().filter(|r| r.len() == st.n()).cloned();
    let score = |r: CharId| row.as_ref().map_or_else(|| politburo::rules::victory::power(&st, r), |row| row[r.0]);
    let strongest = rivals.iter().copied().max_by_key(|&r| (score(r), std::cmp::Reverse(r))).unwrap();
    let intent = ai::plan_of(&st, stalin);
    assert_eq!(intent.plan, Plan::ClearTheField(strongest), "{}", narrate::plan_intent(&st.scn, intent));
    let words = narrate::plan_intent(&st.scn, intent);
    assert!(words.contains("off the Politburo") && words.contains(&format!("{} rivals still sit", rivals.len())), "{words}");

    // In whole games no contender ever proposes to raise another.
    for seed in 0..20 {
        let st = simulate(scenario(), seed, None, true);
        for &(_, a, cmd) in &st.log {
            if let Command::Propose(politburo::rules::command::Motion::Promote { target }) = cmd {
                let both = st.scn.def.characters[a].contender && st.scn.def.characters[target].contender;
                assert!(!both, "seed {seed}: {a:?} raised {target:?}");
            }
        }
    }
}

/// A bloc the General Secretary has just left does not count his secretaries as
/// its own, and a bloc of two cities does not publish its platform on the eve of a
/// congress the apparatus holds: in every one of these games Zinoviev keeps the
/// Troika unorganised through the 13th Congress after Stalin walks out of it.
#[test]
fn a_bloc_left_by_the_apparatus_does_not_publish() {
    let scn = scenario();
    let (stalin, zinoviev) = (scn.cid("stalin"), scn.cid("zinoviev"));
    let troika = scn.def.blocs.iter().position(|b| b.members.iter().any(|m| m == "stalin")).map(BlocId).unwrap();
    for seed in 0..6 {
        let mut st = GameState::new(scn.clone(), seed);
        st.chronicle.quiet = true;
        politburo::rules::apply(&mut st, stalin, Command::LeaveBloc).unwrap();
        let free = BlocId::all(st.blocs.len()).find(|&b| st.blocs[b].members.is_empty()).unwrap();
        politburo::rules::apply(&mut st, stalin, Command::FormBloc { bloc: free }).unwrap();
        for _ in 0..2 {
            let published = ai::options(&st, zinoviev).iter().any(|o| o.command == Command::PublishPlatform);
            assert!(!published, "seed {seed}, {}: Zinoviev would publish the Troika's platform without the apparatus", st.date);
            ai::play_turn(&mut st, Some(stalin));
            st.end_turn();
        }
        assert!(!st.blocs[troika].organised, "seed {seed}: the Troika published its platform before the 13th Congress");
    }
}
