//! The computer leaders: each turn a leader scores the commands open to him by
//! his temperament and the situation, and spends his points on the best. Scores
//! are cheap heuristics, and vote odds are computed only for the few motions
//! worth proposing, so thousands of games a minute stay within reach.

use crate::rules::command::{Command, Motion, apply, check};
use crate::rules::state::{GameState, Proposal, TestamentStatus};
use crate::rules::victory::{loyal_to, power};
use crate::rules::votes;
use crate::scenario::{CharId, Power, Rank, SessionKind};

/// How well the computer plays: never the rules, only its judgement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, PartialOrd, Ord)]
pub enum Difficulty {
    /// Erratic choices, timid motions, no ganging up on the player.
    Easy,
    #[default]
    Normal,
    /// Sharp choices, bolder motions, and every rival's fire turned on the player.
    Hard,
}

impl Difficulty {
    pub fn parse(s: &str) -> Result<Difficulty, String> {
        match s {
            "easy" => Ok(Difficulty::Easy),
            "normal" => Ok(Difficulty::Normal),
            "hard" => Ok(Difficulty::Hard),
            _ => Err(format!("unknown difficulty \"{s}\": expected easy, normal or hard")),
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Normal => "normal",
            Difficulty::Hard => "hard",
        }
    }
    /// The random spread added to each option's score.
    fn noise(self) -> u64 {
        match self {
            Difficulty::Easy => 14,
            Difficulty::Normal => 4,
            Difficulty::Hard => 1,
        }
    }
    /// Added to the odds a leader wants before he puts a motion.
    fn timidity(self) -> f64 {
        match self {
            Difficulty::Easy => 0.15,
            Difficulty::Normal => 0.0,
            Difficulty::Hard => -0.05,
        }
    }
}

/// One scored option, with the reason the explain mode prints.
#[derive(Debug, Clone)]
pub struct Choice {
    pub command: Command,
    pub score: i32,
    pub why: String,
}

/// Plays every computer leader's commands for this turn, strongest first, and
/// returns what each chose and why (for `--explain`).
pub fn play_turn(st: &mut GameState, skip: Option<CharId>) -> Vec<(CharId, Vec<Choice>)> {
    let mut order: Vec<CharId> =
        (0..st.n()).filter(|&c| Some(c) != skip && st.chars[c].alive && st.chars[c].rank > Rank::Deported).collect();
    order.sort_by_key(|&c| (std::cmp::Reverse(st.chars[c].prestige), c));
    order.into_iter().map(|c| (c, act(st, c))).collect()
}

/// One leader's whole turn.
pub fn act(st: &mut GameState, c: CharId) -> Vec<Choice> {
    let mut taken = vec![];
    for _ in 0..8 {
        let Some(best) = best_choice(st, c) else {
            break;
        };
        if apply(st, c, best.command).is_err() {
            break;
        }
        taken.push(best);
    }
    taken
}

/// The best command for `c` now, if any is worth its points.
pub fn best_choice(st: &mut GameState, c: CharId) -> Option<Choice> {
    let mut options = options(st, c);
    // A little chance so leaders are not clockwork. It comes from its own stream,
    // seeded by the game, the turn and the leader, never from the game's generator:
    // a replay applies the logged commands without thinking them again, and must
    // draw the same numbers as the game did.
    let mut noise = (st.seed ^ (st.turn as u64) << 32 ^ (c as u64) << 16 ^ st.log.len() as u64).wrapping_mul(0x9E3779B97F4A7C15);
    for o in &mut options {
        noise ^= noise >> 29;
        noise = noise.wrapping_mul(0xBF58476D1CE4E5B9);
        noise ^= noise >> 32;
        o.score += (noise % st.difficulty.noise()) as i32;
    }
    options.sort_by_key(|o| (std::cmp::Reverse(o.score), o.command));
    options.into_iter().find(|o| o.score > 0 && check(st, c, &o.command).is_ok())
}

/// Every option `c` considers, scored (not yet checked for legality).
pub fn options(st: &GameState, c: CharId) -> Vec<Choice> {
    let mut out = Vec::with_capacity(32);
    let s = &st.scn;
    let me = &st.chars[c];
    if !me.alive || me.rank <= Rank::Deported {
        return out;
    }
    let temp = &s.def.characters[c].temperament;
    let traits = &s.def.characters[c].traits;
    let (ambition, caution, ruth) = (temp.ambition, temp.caution, traits.ruthlessness);
    let mut push = |command: Command, score: i32, why: String| out.push(Choice { command, score, why });

    for p in st.choices.iter().filter(|p| p.chooser == c && p.chosen.is_none()) {
        let e = &s.def.events[p.event];
        if let Some(k) = (0..e.choices.len()).max_by_key(|&k| (e.choices[k].ai_weight, std::cmp::Reverse(k))) {
            push(Command::Choose { event: p.event, choice: k }, 1000, "answers the question put to him".into());
        }
    }
    if me.ap <= 0 {
        return out;
    }
    let rivals = rivals(st, c);
    let my_power = power(st, c);
    let gensec = st.gensec_holder();

    // Danger: recant if the ladder is close and he is a cautious man.
    let threatened = st.plenum_agenda.iter().chain(&st.politburo_agenda).any(|p| {
        let ladder = !matches!(p.motion, Motion::RemoveFromPolitburo { .. } | Motion::ReplaceInOffice { .. });
        p.motion.target() == Some(c) && ladder && motion_odds(st, p.proposer, p.motion) > 0.5
    });
    if (threatened || me.charges >= 2 || me.rank <= Rank::Expelled) && caution >= 5 {
        push(Command::Recant, 20 + caution * 6, "the ladder is close: better to submit".into());
    }

    // Publicity.
    push(Command::Speech, 6 + (70 - me.prestige) / 5, "prestige".into());
    push(Command::Article, 5 + (70 - me.prestige) / 5, "prestige".into());

    // Patronage.
    if st.has_power(c, Power::AppointSecretaries) {
        for (r, reg) in st.regions.iter().enumerate() {
            if s.def.regions[r].patron_office.is_some() || reg.pending.is_some() {
                continue;
            }
            let loyal = reg.patron.is_some_and(|p| p == c || st.rel(p, c) >= 60);
            if !loyal {
                let score = (reg.delegates / 8 + reg.cc_seats * 2) * (5 + ambition) / 10;
                push(Command::Appoint { region: r, person: None }, score, format!("{} delegates for his cadres", reg.delegates));
            }
        }
    }

    // Courting the voters who are not yet his.
    for t in 0..st.n() {
        if t == c || !st.active(t) {
            continue;
        }
        let r = st.rel(t, c);
        let weight = match st.chars[t].rank {
            Rank::Politburo => 4,
            Rank::Candidate => 3,
            Rank::CentralCommittee => 2,
            _ => 0,
        };
        if weight > 0 && r < 40 && r > -40 && !rivals.contains(&t) {
            push(Command::Court { target: t }, weight * (40 - r) / 12 * (5 + traits.cunning) / 10, "wins a vote".into());
        }
    }

    for &t in &rivals {
        let tc = &st.chars[t];
        if !tc.alive {
            continue;
        }
        if tc.rank >= Rank::Member {
            push(Command::Attack { target: t }, tc.prestige / 8 * (3 + ruth) / 8, "weakens a rival".into());
        }
        if tc.bloc.is_some_and(|b| st.blocs[b].organised) && tc.charges < s.def.balance.charges_to_expel_from_party {
            push(Command::Charge { target: t }, 6 + ruth * 2, "the ban on factions".into());
        }
        let ladder = match tc.rank {
            Rank::Politburo | Rank::Candidate => Some(Motion::RemoveFromPolitburo { target: t }),
            Rank::CentralCommittee => Some(Motion::ExpelFromCC { target: t }),
            Rank::Member => Some(Motion::ExpelFromParty { target: t }),
            Rank::Expelled if ruth >= 7 => Some(Motion::Exile { target: t }),
            Rank::Exiled if ruth >= 8 => Some(Motion::Deport { target: t }),
            _ => None,
        };
        // A patient man wears a rival down before he moves against him.
        let worn_down =
            tc.prestige <= me.prestige + 8 - traits.patience * 2 && (tc.charges >= 1 || tc.bloc.is_none_or(|b| !st.blocs[b].organised));
        if let Some(m) = ladder
            && worn_down
            && check(st, c, &Command::Propose(m)).is_ok()
        {
            let odds = motion_odds(st, c, m);
            let bar = 0.45 + traits.patience as f64 * 0.04 + st.difficulty.timidity();
            if odds >= bar {
                push(
                    Command::Propose(m),
                    ((10 + ruth * 3) as f64 * odds) as i32 + tc.prestige / 10,
                    format!("{:.0}% to pass", odds * 100.0),
                );
            }
        }
    }

    // Offices: fill vacancies, and take the seats rivals hold when the votes are there.
    for o in 0..st.offices.len() {
        let od = &s.def.offices[o];
        let holder = st.offices[o];
        let hostile = holder.is_some_and(|h| rivals.contains(&h));
        if holder.is_some() && !hostile {
            continue;
        }
        let nominee = (0..st.n())
            .filter(|&x| st.active(x) && st.chars[x].rank >= od.min_rank && Some(x) != holder && (x == c || loyal_to(st, x, c)))
            .filter(|&x| x != c || st.offices_of(c).next().is_none())
            .max_by_key(|&x| (i32::from(x == c) * ambition, st.chars[x].prestige, std::cmp::Reverse(x)));
        if let Some(with) = nominee {
            let m = Motion::ReplaceInOffice { office: o, with };
            if check(st, c, &Command::Propose(m)).is_ok() {
                let odds = motion_odds(st, c, m);
                if odds >= 0.5 + st.difficulty.timidity() {
                    let base = if holder.is_none() { 30 } else { od.weight / 2 + ruth };
                    push(Command::Propose(m), (base as f64 * odds) as i32, format!("{:.0}% to pass", odds * 100.0));
                }
            }
        }
    }

    // Promote friends into free seats; readmit those who recanted.
    for t in 0..st.n() {
        if t == c || !st.chars[t].alive || st.rel(t, c) < 50 {
            continue;
        }
        let m = match st.chars[t].rank {
            Rank::Candidate | Rank::CentralCommittee => Motion::Promote { target: t },
            Rank::Expelled if st.chars[t].recanted => Motion::Readmit { target: t },
            _ => continue,
        };
        if check(st, c, &Command::Propose(m)).is_ok() {
            let odds = motion_odds(st, c, m);
            if odds >= 0.55 + st.difficulty.timidity() {
                push(Command::Propose(m), (8.0 * odds) as i32, format!("{:.0}% to pass", odds * 100.0));
            }
        }
    }

    // The line: pull it toward his own stance when the Politburo would follow.
    let cur = s.line_value(st.line);
    for level in [st.line.wrapping_sub(1), st.line + 1] {
        if level >= s.def.line.levels.len() {
            continue;
        }
        let gain = (me.nep - cur).abs() - (me.nep - s.line_value(level)).abs();
        if gain > 30 && me.rank >= Rank::Candidate {
            let m = Motion::SetLine { level };
            let odds = motion_odds(st, c, m);
            if odds >= 0.5 + st.difficulty.timidity() {
                push(
                    Command::Propose(m),
                    (gain as f64 / 5.0 * odds) as i32,
                    format!("the line nearer his stance, {:.0}% to pass", odds * 100.0),
                );
            }
        }
    }

    // Stance: a cunning man leaves a failing line; a cautious one drifts to the majority.
    let crisis = st.economy.grain < s.def.economy.crisis_grain + 5;
    if crisis && traits.cunning >= 7 && me.nep > cur - 60 {
        push(Command::ShiftStance { toward_nep: false }, 8 + traits.cunning, "the grain crisis discredits NEP".into());
    } else if (me.nep - cur).abs() >= 50 && caution >= 6 && !st.line_owners.contains(&c) {
        push(Command::ShiftStance { toward_nep: me.nep < cur }, caution, "closer to the majority".into());
    }

    // Blocs.
    match me.bloc {
        None => {
            let best = (0..st.blocs.len())
                .filter(|&b| !st.blocs[b].members.is_empty())
                .filter_map(|b| st.blocs[b].leader.map(|l| (b, l)))
                .filter(|&(_, l)| st.rel(c, l) >= 50 && st.rel(l, c) >= 0 && (st.chars[l].nep - me.nep).abs() <= 60)
                .max_by_key(|&(b, l)| (st.rel(c, l), std::cmp::Reverse(b)));
            if let Some((b, _)) = best {
                push(Command::JoinBloc { bloc: b }, 10, "joins friends".into());
            } else if s.def.characters[c].contender
                && me.rank >= Rank::CentralCommittee
                && my_power < 90
                && let Some(b) = (0..st.blocs.len()).find(|&b| st.blocs[b].members.is_empty())
            {
                push(Command::FormBloc { bloc: b }, ambition * 2 - caution, "needs a following".into());
            }
        }
        Some(b) => {
            let bloc = &st.blocs[b];
            if let Some(l) = bloc.leader.filter(|&l| l != c) {
                // An alliance of contenders lasts while their common enemy stands.
                let common_enemy = (0..st.n()).any(|x| {
                    s.def.characters[x].contender
                        && st.chars[x].alive
                        && st.chars[x].rank >= Rank::Candidate
                        && !bloc.members.contains(&x)
                        && st.rel(c, x) < 0
                        && st.rel(l, x) < 0
                });
                let rival_ally = s.def.characters[c].contender && s.def.characters[l].contender && !common_enemy;
                if st.rel(c, l) < -10 || (st.chars[l].nep - me.nep).abs() > 90 || rival_ally {
                    push(Command::LeaveBloc, 15 + ambition, "breaks with the bloc's leader".into());
                }
            } else if !bloc.organised && gensec.is_some_and(|g| !bloc.members.contains(&g)) && ambition - caution >= 3 {
                push(Command::PublishPlatform, (ambition - caution) * 3, "an open fight for the party".into());
            }
            if bloc.organised && bloc.leader == Some(c) && matches!(st.session(), Some((SessionKind::Congress, _))) {
                push(Command::CoReport, ambition * 3, "takes the fight to the congress".into());
            }
        }
    }

    // An extraordinary plenum when his motions would pass and the next session is far.
    if me.rank == Rank::Politburo && st.session().is_none() {
        let far = st.next_session().is_none_or(|n| n.date.0 - st.date.0 >= 6);
        let mine = st.plenum_agenda.iter().filter(|p| p.proposer == c).count() as i32;
        if far && mine > 0 {
            push(Command::CallPlenum, 10 * mine + ruth, "his motions should not wait".into());
        }
    }

    // The Testament.
    if let Some(t) = &s.def.testament {
        let named = s.cid(&t.names);
        match st.testament {
            TestamentStatus::Sealed | TestamentStatus::ReadToDelegations if named == c => {
                push(Command::SuppressTestament, 12 + traits.cunning, "buries Lenin's letter".into());
            }
            TestamentStatus::Published => {}
            _ if rivals.contains(&named) => {
                push(Command::PublishTestament, 6 + ruth + ambition, "Lenin's own words against his rival".into());
            }
            _ => {}
        }
    }
    out
}

/// The odds of a motion, voted by the body that would decide it.
pub fn motion_odds(st: &GameState, proposer: CharId, m: Motion) -> f64 {
    votes::odds(st, crate::actions::motion_body(st, &m), &Proposal { motion: m, proposer })
}

/// Whom `c` treats as a rival: for a contender, the other contenders not loyal
/// to him; for anyone else, his patron's rivals. And anyone he hates.
pub fn rivals(st: &GameState, c: CharId) -> Vec<CharId> {
    let contender = |x: CharId| st.scn.def.characters[x].contender;
    let patron = if contender(c) {
        Some(c)
    } else {
        (0..st.n()).filter(|&x| contender(x) && st.active(x) && st.rel(c, x) >= 40).max_by_key(|&x| (st.rel(c, x), std::cmp::Reverse(x)))
    };
    (0..st.n())
        .filter(|&t| t != c && st.chars[t].alive && st.chars[t].rank > Rank::Deported)
        .filter(|&t| {
            // On hard, the player is everyone's rival but his friends'.
            if st.difficulty == Difficulty::Hard && st.player == Some(t) && st.rel(c, t) < 40 {
                return true;
            }
            let hated = st.rel(c, t) <= -40;
            let rival_of_patron =
                patron.is_some_and(|p| p != t && contender(t) && !st.same_bloc(p, t) && st.rel(p, t) < 30 && st.rel(c, t) < 30);
            hated || rival_of_patron
        })
        .collect()
}
