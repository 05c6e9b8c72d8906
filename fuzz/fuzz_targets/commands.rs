//! A stream of commands, legal and illegal, with ids in and out of range: every
//! refused command leaves the state as it was, and the invariants hold after
//! every turn.
#![no_main]

use libfuzzer_sys::fuzz_target;
use politburo::rules::GameState;
use politburo::rules::apply::apply;
use politburo::rules::command::{Ask, Command, Motion, Offer};
use politburo::rules::invariants::violations;
use politburo::rules::legality::candidate_commands;
use politburo::rules::legality::legal_commands;
use politburo::scenario::{BlocId, CharId, OfficeId, RegionId, Scenario, default_scenario_path};
use std::sync::{Arc, OnceLock};

static SCN: OnceLock<Arc<Scenario>> = OnceLock::new();

/// A command built straight from bytes: ids may name nothing at all.
fn raw(k: u8, a: u8, b: u8) -> Command {
    let (a, b) = (a as usize, b as usize);
    let (c, d) = (CharId(a), CharId(b));
    match k % 29 {
        0 => Command::Appoint { region: RegionId(a), person: (b < 200).then_some(d) },
        1 => Command::Speech,
        2 => Command::Article,
        3 => Command::Court { target: c },
        4 => Command::Attack { target: c },
        5 => Command::ShiftStance { toward_nep: b % 2 == 0 },
        6 => Command::FormBloc { bloc: BlocId(a) },
        7 => Command::JoinBloc { bloc: BlocId(a) },
        8 => Command::LeaveBloc,
        9 => Command::PublishPlatform,
        10 => Command::Charge { target: c },
        11 => Command::Recant,
        12 => Command::CallPlenum,
        13 => Command::CoReport,
        14 => Command::PublishTestament,
        15 => Command::SuppressTestament,
        16 => Command::Resign { office: OfficeId(a) },
        17 => Command::Choose { event: a, choice: b },
        18 => Command::Propose(Motion::SetLine { level: a }),
        19 => Command::Propose(Motion::ReplaceInOffice { office: OfficeId(a), with: d }),
        20 => Command::Propose(Motion::RemoveFromPolitburo { target: c }),
        21 => Command::Propose(Motion::ExpelFromParty { target: c }),
        22 => Command::Propose(Motion::Promote { target: c }),
        24 => Command::OfferDeal {
            to: c,
            give: Offer::Post { office: OfficeId(b) },
            ask: Ask::Vote { motion: Motion::RemoveFromPolitburo { target: d }, yes: b % 2 == 0 },
        },
        25 => Command::OfferDeal { to: c, give: if b % 2 == 0 { Offer::Protection } else { Offer::Line }, ask: Ask::JoinBloc },
        26 => Command::AnswerDeal { deal: a, accept: b % 2 == 0 },
        27 => Command::CallInLoyalty { motion: Motion::RemoveFromPolitburo { target: c } },
        28 => Command::MeetSecretly { with: c },
        23 => Command::Propose(Motion::CongressReport { co_reporter: Some(c) }),
        _ => unreachable!(),
    }
}

fuzz_target!(|data: &[u8]| {
    let scn = SCN.get_or_init(|| Arc::new(Scenario::load(&default_scenario_path()).expect("the 1924 scenario loads")));
    if data.len() < 8 {
        return;
    }
    let seed = u64::from_le_bytes(data[..8].try_into().unwrap());
    let mut st = GameState::new(scn.clone(), seed);
    st.chronicle.quiet = true;
    for step in data[8..].chunks(4) {
        if st.is_over() {
            break;
        }
        let [op, who, a, b] = [step[0], *step.get(1).unwrap_or(&0), *step.get(2).unwrap_or(&0), *step.get(3).unwrap_or(&0)];
        // The actor may name no one at all.
        let actor = CharId(if op & 0x80 != 0 { who as usize } else { who as usize % st.n() });
        let cmd = match op % 4 {
            0 => {
                if actor.0 >= st.n() {
                    continue;
                }
                let legal = legal_commands(&st, actor);
                if legal.is_empty() {
                    continue;
                }
                legal[a as usize % legal.len()]
            }
            1 => {
                if actor.0 >= st.n() {
                    continue;
                }
                let mut all = vec![];
                candidate_commands(&st, actor, &mut |c| all.push(c));
                if all.is_empty() {
                    continue;
                }
                all[a as usize % all.len()]
            }
            2 => raw(a, b, who),
            _ => {
                st.end_turn();
                let v = violations(&st);
                assert!(v.is_empty(), "{v:?}");
                continue;
            }
        };
        let h = st.state_hash();
        if apply(&mut st, actor, cmd).is_err() {
            assert_eq!(st.state_hash(), h, "a refused {cmd:?} changed the state");
        }
    }
});
