//! What a computer leader considers each turn, and how much each option is worth
//! to him: his temperament, his rivals and allies, and the odds of the votes.

use super::Choice;
use super::coalition::{Scores, View, allies_against_given, common_enemy_given, rivals_given};
use crate::rules::command::{Command, Motion};
use crate::rules::legality::check;
use crate::rules::state::GameState;
use crate::rules::victory::loyal_to;
use crate::rules::votes;
use crate::scenario::{BlocId, CharId, OfficeId, Power, Rank, RegionId, SessionKind};
use std::borrow::Cow;

/// Every option `c` considers, scored (not yet checked for legality).
pub fn options(st: &GameState, c: CharId) -> Vec<Choice> {
    options_given(st, c, &View::of(&Scores::new(st)))
}

/// `options` with the front-runner already found (the view's: the same for every question asked here).
pub(super) fn options_given(st: &GameState, c: CharId, view: &View) -> Vec<Choice> {
    let mut out = Vec::with_capacity(32);
    let s = &st.scn;
    let me = &st.chars[c];
    if !me.alive || me.rank <= Rank::Deported {
        return out;
    }
    let temp = &s.def.characters[c].temperament;
    let traits = &s.def.characters[c].traits;
    let (ambition, caution, ruth) = (temp.ambition, temp.caution, traits.ruthlessness);
    let mut push = |command: Command, score: i32, why: Cow<'static, str>| out.push(Choice { command, score, why, plan: None });

    for p in st.choices.iter().filter(|p| p.chooser == c && p.chosen.is_none()) {
        let e = &s.def.events[p.event];
        // Every answer, scored by his judgement: the best one open to him is chosen.
        for k in 0..e.choices.len() {
            let worth = super::questions::worth(st, c, p.event, k);
            push(Command::Choose { event: p.event, choice: k }, 1000 + worth, "answers the question put to him".into());
        }
    }
    if me.ap <= 0 {
        return out;
    }
    let common_enemy = |x: CharId| common_enemy_given(st, x, view);
    let rivals = rivals_given(st, c, view);
    // Only the men who matter weigh motions (each forecast polls every voter): the
    // contenders and the Politburo. Minor figures speak, court, charge and follow,
    // so a larger cast costs little more than its votes.
    let major = s.def.characters[c].contender || me.rank >= Rank::Candidate;
    let gensec = st.gensec_holder();

    // Danger: recant if the ladder is close and he is a cautious man.
    let threatened = st.plenum_agenda.iter().chain(&st.politburo_agenda).any(|p| {
        let ladder = !matches!(p.motion, Motion::RemoveFromPolitburo { .. } | Motion::ReplaceInOffice { .. });
        p.motion.target() == Some(c) && ladder && votes::forecast(st, p.proposer, p.motion) > 0.5
    });
    if (threatened || me.charges >= 2 || me.rank <= Rank::Expelled) && caution >= 5 {
        push(Command::Recant, 20 + caution * 6, "the ladder is close: better to submit".into());
    }

    // Publicity.
    // A contender the front-runner leads keeps his name before the party: while his
    // standing is low, his speech comes before any courtship (every vote weighs it,
    // and his power at the end counts it point for point).
    let first = s.is_contender(c) && me.prestige < s.def.balance.ai.speaks_first_below && common_enemy(c).is_some();
    let speech = if first { FIRST_SPEECH } else { 6 + (70 - me.prestige) / 5 };
    push(Command::Speech, speech, if first { "his name before the party".into() } else { "prestige".into() });
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
                push(
                    Command::Appoint { region: RegionId(r), person: None },
                    score,
                    format!("{} delegates for his cadres", reg.delegates).into(),
                );
            }
        }
    }

    // Without the Secretariat, against the man the others must unite against: canvass
    // the cells of his regions, where the loyalty is thinnest and the seats most;
    // never after a recantation: factional work would make him a double-dealer, whom
    // no recantation saves again. A follower leaves the cells to his patron: with
    // every follower canvassing too, the front-runner's machine was loosened in so many
    // games that 69% of 400 went undecided to the last year (52% without).
    let l = &s.def.balance.levers;
    let against = common_enemy(c).filter(|_| l.canvass_tenths > 0 && !me.recanted && !st.has_power(c, Power::AppointSecretaries));
    if let Some(f) = against {
        let drop = l.canvass_tenths * traits.oratory / 10;
        for (r, reg) in st.regions.iter().enumerate() {
            if reg.patron != Some(f) || s.def.regions[r].patron_office.is_some() {
                continue;
            }
            let elects = reg.loyalty - drop < l.canvass_elect;
            let score = (reg.cc_seats * 2 + reg.delegates / 10) * (5 + ambition) / 10 + if elects { 8 } else { 0 };
            let why = format!("{} the cells of {}'s region", if elects { "would win" } else { "loosens" }, s.short(f));
            push(Command::Canvass { region: RegionId(r) }, score, why.into());
        }
    }

    // Courting the voters who are not yet his.
    for t in st.ids() {
        if t == c || !st.active(t) {
            continue;
        }
        let r = st.rel(t, c);
        // A minor figure courts only the Politburo: the men whose favour counts.
        let weight = match st.chars[t].rank {
            Rank::Politburo => 4,
            Rank::Candidate => 3,
            Rank::CentralCommittee if major => 2,
            _ => 0,
        };
        if weight > 0 && r < 40 && r > -40 && !rivals.contains(&t) {
            push(Command::Court { target: t }, weight * (40 - r) / 12 * (5 + traits.cunning) / 10, "wins a vote".into());
        }
    }

    // Against a front-runner: win over his other enemies, whatever the old quarrels.
    let enemy = common_enemy(c);
    for (ally, f) in allies_against_given(st, c, view) {
        let regard = st.rel(ally, c);
        if regard < 60 && st.active(ally) {
            push(
                Command::Court { target: ally },
                8 + (60 - regard) / 10 + ambition,
                format!("an alliance with {} against {}", s.short(ally), s.short(f)).into(),
            );
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
            && major
            && check(st, c, &Command::Propose(m)).is_ok()
        {
            let odds = votes::forecast(st, c, m);
            let bar = 0.45 + traits.patience as f64 * 0.04 + super::timidity(st, c, Some(t));
            if odds >= bar {
                push(
                    Command::Propose(m),
                    ((10 + ruth * 3) as f64 * odds) as i32 + tc.prestige / 10,
                    format!("{:.0}% to pass", odds * 100.0).into(),
                );
            }
            // A ruthless man with the agenda in his hands strikes before the target can answer.
            let sprung = Command::Surprise(m);
            if ruth >= 6 && check(st, c, &sprung).is_ok() {
                let odds = votes::surprise_forecast(st, c, m);
                if odds >= bar {
                    push(
                        sprung,
                        ((10 + ruth * 3) as f64 * odds) as i32 + tc.prestige / 10 + ruth - 5,
                        format!("without notice, {:.0}% to pass", odds * 100.0).into(),
                    );
                }
            }
        }
    }

    if major && let Some((cmd, score, why)) = super::case::line_against(st, c, &rivals) {
        push(cmd, score, why.into());
    }

    // Offices: fill vacancies, and take the seats rivals hold when the votes are there.
    for o in OfficeId::all(st.offices.len()) {
        let od = &s.def.offices[o];
        let holder = st.offices[o];
        let hostile = holder.is_some_and(|h| rivals.contains(&h));
        if holder.is_some() && !hostile || !major {
            continue;
        }
        if let Some(with) = nominee(st, c, o) {
            let m = Motion::ReplaceInOffice { office: o, with };
            if check(st, c, &Command::Propose(m)).is_ok() {
                let odds = votes::forecast(st, c, m);
                if odds >= 0.5 + super::timidity(st, c, holder) {
                    let base = if holder.is_none() { 30 } else { od.weight / 2 + ruth };
                    push(Command::Propose(m), (base as f64 * odds) as i32, format!("{:.0}% to pass", odds * 100.0).into());
                }
            }
        }
    }

    // Promote friends into free seats; readmit those who recanted. A man weighs
    // only his closest friends for a seat (`FRIENDS_WEIGHED`): each forecast polls
    // every voter, and a large cast must not make every friend a poll.
    let mut friends: Vec<(i32, CharId, Motion)> = vec![];
    for t in st.ids() {
        // A contender raises no other contender: a friend today is a rival at the top.
        let rival_raised = s.is_contender(c) && s.is_contender(t);
        if t == c || !major || rival_raised || !st.chars[t].alive || st.rel(t, c) < 50 {
            continue;
        }
        let m = match st.chars[t].rank {
            Rank::Candidate | Rank::CentralCommittee => Motion::Promote { target: t },
            Rank::Expelled if st.chars[t].recanted => Motion::Readmit { target: t },
            _ => continue,
        };
        if check(st, c, &Command::Propose(m)).is_ok() {
            friends.push((st.rel(t, c), t, m));
        }
    }
    friends.sort_by_key(|&(r, t, _)| (std::cmp::Reverse(r), t));
    for &(_, _, m) in friends.iter().take(FRIENDS_WEIGHED) {
        let odds = votes::forecast(st, c, m);
        if odds >= 0.55 + super::timidity(st, c, None) {
            push(Command::Propose(m), (8.0 * odds) as i32, format!("{:.0}% to pass", odds * 100.0).into());
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
            let odds = votes::forecast(st, c, m);
            if odds >= 0.5 + super::timidity(st, c, None) {
                push(
                    Command::Propose(m),
                    (gain as f64 / 5.0 * odds) as i32,
                    format!("the line nearer his stance, {:.0}% to pass", odds * 100.0).into(),
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
            let best = BlocId::all(st.blocs.len())
                .filter(|&b| !st.blocs[b].members.is_empty())
                .filter_map(|b| st.blocs[b].leader.map(|l| (b, l)))
                .filter(|&(b, l)| {
                    let against = enemy.is_some_and(|f| common_enemy(l) == Some(f) && !st.blocs[b].members.contains(&f));
                    let regard = if against { 10 } else { 50 };
                    st.rel(c, l) >= regard && st.rel(l, c) >= 0 && (against || (st.chars[l].nep - me.nep).abs() <= 100 - temp.ideology * 8)
                })
                .max_by_key(|&(b, l)| (st.rel(c, l), std::cmp::Reverse(b)));
            if let Some((b, l)) = best {
                let why: Cow<'static, str> = match enemy {
                    Some(f) if common_enemy(l) == Some(f) => format!("joins {} against {}", s.short(l), s.short(f)).into(),
                    _ => "joins friends".into(),
                };
                push(Command::JoinBloc { bloc: b }, 10 + ambition, why);
            } else if s.def.characters[c].contender
                && me.rank >= Rank::CentralCommittee
                // His power is asked last: it polls the whole Central Committee.
                && view.scores.power(st, c) < 90
                && let Some(b) = BlocId::all(st.blocs.len()).find(|&b| st.blocs[b].members.is_empty())
            {
                push(Command::FormBloc { bloc: b }, ambition * 2 - caution, "needs a following".into());
            }
        }
        Some(b) => {
            let bloc = &st.blocs[b];
            if let Some(l) = bloc.leader.filter(|&l| l != c) {
                // An alliance of contenders lasts while their common enemy stands.
                let common_enemy = s.contenders().any(|x| {
                    st.chars[x].alive
                        && st.chars[x].rank >= Rank::Candidate
                        && !bloc.members.contains(&x)
                        && st.rel(c, x) < 0
                        && st.rel(l, x) < 0
                });
                let rival_ally = s.def.characters[c].contender && s.def.characters[l].contender && !common_enemy;
                let with_enemy = enemy.is_some_and(|f| bloc.members.contains(&f));
                if with_enemy {
                    push(Command::LeaveBloc, 25 + ambition, "no bloc with the man who would be master".into());
                } else if st.rel(c, l) < -10 - temp.loyalty * 3 || (st.chars[l].nep - me.nep).abs() > 90 || rival_ally {
                    push(Command::LeaveBloc, 15 + ambition - temp.loyalty, "breaks with the bloc's leader".into());
                }
            } else if !bloc.organised && gensec.is_some_and(|g| !bloc.members.contains(&g)) && ambition - caution >= 3 {
                // Publishing breaks the ban: only with the votes to survive it, or a congress to appeal to.
                let share = super::coalition::bloc_cc_percent(st, b);
                let congress_appeal = share >= s.def.balance.ai.platform_congress_percent && super::plans::congress_within(st, 3).is_some();
                if share >= s.def.balance.ai.platform_cc_percent || congress_appeal {
                    push(
                        Command::PublishPlatform,
                        (ambition - caution) * 3,
                        format!("an open fight for the party ({share}% of the Central Committee)").into(),
                    );
                }
            }
            if bloc.organised
                && bloc.leader == Some(c)
                && st.session().is_some_and(|s| s.kind == SessionKind::Congress)
                && super::steer::co_report_stands(st, c)
            {
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

    super::testament::options(st, c, major, &rivals, &mut out);
    super::mastery::options(st, c, &mut out);
    super::doctrine::options(st, c, major, &mut out);
    out.extend(super::deals::options(st, c, view.scores));
    out.retain(|o| !super::deals::breaks_promise(st, c, &o.command));
    out
}

/// That speech's score: above the courtships of an alliance (about 25 to 40).
const FIRST_SPEECH: i32 = 45;

/// How many friends a leader weighs for promotion each time he chooses.
const FRIENDS_WEIGHED: usize = 4;

/// Whom `c` would put up for office `o`: himself or a man loyal to him, and no man
/// who holds a post already (a friend with every office is a rival in the making).
/// A contender takes the seat of supremacy on top of any other post.
pub(super) fn nominee(st: &GameState, c: CharId, o: OfficeId) -> Option<CharId> {
    let s = &st.scn;
    let od = &s.def.offices[o];
    let seat = s.def.characters[c].contender && s.def.victory.seat_offices.contains(&s.def.offices[s.office_of_seat(o)].id);
    let ambition = s.def.characters[c].temperament.ambition;
    let holder = st.offices[o];
    st.ids()
        .filter(|&x| st.active(x) && st.chars[x].rank >= od.min_rank && Some(x) != holder && (x == c || loyal_to(st, x, c)))
        .filter(|&x| st.offices_of(x).next().is_none() || x == c && seat)
        .max_by_key(|&x| (i32::from(x == c) * ambition, st.chars[x].prestige, std::cmp::Reverse(x)))
}
