//! Which commands a leader might give: every candidate `check` is asked about,
//! and the legal ones among them. The list the player reads and the computer's
//! options both come from here, so they never disagree with `apply`.

use super::check;
use crate::rules::command::{Command, Motion};
use crate::rules::state::GameState;
use crate::scenario::{BlocId, CharId, OfficeId, Power, Rank, RegionId};

/// Every command `actor` may apply now, cheapest to enumerate first. The same
/// `check` decides each, so the list and `apply` never disagree.
pub fn legal_commands(st: &GameState, actor: CharId) -> Vec<Command> {
    let mut out = Vec::new();
    candidate_commands(st, actor, &mut |c| {
        if check(st, actor, &c).is_ok() {
            out.push(c);
        }
    });
    out
}

/// Every command worth asking `check` about (a superset of the legal ones).
pub fn candidate_commands(st: &GameState, actor: CharId, f: &mut dyn FnMut(Command)) {
    if st.is_over() || !st.chars[actor].alive || st.chars[actor].ap <= 0 && st.choices.iter().all(|p| p.chooser != actor) {
        return;
    }
    for p in &st.choices {
        if p.chooser == actor && p.chosen.is_none() {
            for choice in 0..st.scn.def.events[p.event].choices.len() {
                f(Command::Choose { event: p.event, choice });
            }
        }
    }
    crate::rules::deals::candidates(st, actor, f);
    let agenda_setter = st.has_power(actor, Power::SetAgenda);
    f(Command::Speech);
    f(Command::Article);
    f(Command::ShiftStance { toward_nep: true });
    f(Command::ShiftStance { toward_nep: false });
    f(Command::ShiftWorldStance { toward_world: true });
    f(Command::ShiftWorldStance { toward_world: false });
    f(Command::LeaveBloc);
    f(Command::PublishPlatform);
    f(Command::Recant);
    f(Command::CallPlenum);
    f(Command::CoReport);
    f(Command::PublishTestament);
    f(Command::SuppressTestament);
    for region in RegionId::all(st.regions.len()) {
        f(Command::Canvass { region });
    }
    for office in OfficeId::all(st.offices.len()) {
        if st.offices[office] == Some(actor) {
            f(Command::Resign { office });
        }
    }
    for bloc in BlocId::all(st.blocs.len()) {
        f(Command::FormBloc { bloc });
        f(Command::JoinBloc { bloc });
    }
    for target in st.ids() {
        if target == actor || !st.chars[target].alive {
            continue;
        }
        f(Command::Court { target });
        f(Command::Attack { target });
        f(Command::Charge { target });
        for m in [
            Motion::RemoveFromPolitburo { target },
            Motion::DemoteToCandidate { target },
            Motion::Promote { target },
            Motion::ExpelFromCC { target },
            Motion::ExpelFromParty { target },
            Motion::Exile { target },
            Motion::Deport { target },
            Motion::Readmit { target },
        ] {
            f(Command::Propose(m));
            if agenda_setter {
                f(Command::Surprise(m));
            }
        }
    }
    for level in 0..st.scn.def.line.levels.len() {
        f(Command::Propose(Motion::SetLine { level }));
    }
    f(Command::Propose(Motion::SetDoctrine { one_country: true }));
    f(Command::Propose(Motion::SetDoctrine { one_country: false }));
    if st.chars[actor].rank >= Rank::CentralCommittee {
        // An office several hold is named by its first place: the rules give a free one.
        for office in OfficeId::all(st.offices.len()).filter(|&o| st.scn.office_of_seat(o) == o) {
            for with in st.ids() {
                if st.chars[with].alive && st.chars[with].rank >= st.scn.def.offices[office].min_rank {
                    f(Command::Propose(Motion::ReplaceInOffice { office, with }));
                    if agenda_setter {
                        f(Command::Surprise(Motion::ReplaceInOffice { office, with }));
                    }
                }
            }
        }
    }
    if st.has_power(actor, Power::AppointSecretaries) {
        for region in RegionId::all(st.regions.len()) {
            f(Command::Appoint { region, person: None });
            for p in st.ids() {
                if st.chars[p].alive && st.chars[p].rank >= Rank::CentralCommittee && st.chars[p].rank < Rank::Politburo {
                    f(Command::Appoint { region, person: Some(p) });
                }
            }
        }
    }
}
