//! Each command's name, made of the scenario's ids (`court kamenev`, `appoint
//! moscow`, `propose remove trotsky`): what the terminal matches typed words
//! against, and what a chapter's short list of actions names (`scenario::classroom`).

use crate::rules::command::{Ask, Command, Motion, Offer};
use crate::scenario::Scenario;

/// Lower case, spaces to dashes: "Balanced NEP" -> "balanced-nep".
pub fn slug(s: &str) -> String {
    s.trim().to_lowercase().split_whitespace().collect::<Vec<_>>().join("-")
}

/// A motion's words: `remove trotsky`, `line balanced-nep`, `office gensec zinoviev`.
pub fn motion_words(s: &Scenario, m: &Motion) -> Vec<String> {
    let c = |id: crate::scenario::CharId| s.def.characters[id].id.clone();
    match *m {
        Motion::SetLine { level } => vec!["line".into(), slug(&s.def.line.levels[level])],
        Motion::SetDoctrine { one_country } => vec!["doctrine".into(), slug(&super::motions::doctrine_name(s, one_country))],
        Motion::ReplaceInOffice { office, with } => vec!["office".into(), s.def.offices[office].id.clone(), c(with)],
        Motion::RemoveFromPolitburo { target } => vec!["remove".into(), c(target)],
        Motion::DemoteToCandidate { target } => vec!["demote".into(), c(target)],
        Motion::Promote { target } => vec!["promote".into(), c(target)],
        Motion::Elect { target, to } => vec!["elect".into(), c(target), slug(&format!("{to:?}"))],
        Motion::ExpelFromCC { target } => vec!["expel-cc".into(), c(target)],
        Motion::ExpelFromParty { target } => vec!["expel".into(), c(target)],
        Motion::Exile { target } => vec!["exile".into(), c(target)],
        Motion::Deport { target } => vec!["deport".into(), c(target)],
        Motion::Readmit { target } => vec!["readmit".into(), c(target)],
        Motion::CongressReport { .. } => vec!["report".into()],
    }
}

/// A command's name, word by word.
pub fn words(s: &Scenario, cmd: &Command) -> Vec<String> {
    let c = |id: crate::scenario::CharId| s.def.characters[id].id.clone();
    let w = |x: &str| x.to_string();
    match *cmd {
        Command::Appoint { region, person } => {
            let mut v = vec![w("appoint"), s.def.regions[region].id.clone()];
            v.extend(person.map(c));
            v
        }
        Command::Canvass { region } => vec![w("canvass"), s.def.regions[region].id.clone()],
        Command::Speech => vec![w("speech")],
        Command::Article => vec![w("article")],
        Command::Court { target } => vec![w("court"), c(target)],
        Command::Attack { target } => vec![w("attack"), c(target)],
        Command::ShiftStance { toward_nep } => vec![w("shift"), w(if toward_nep { "toward" } else { "against" })],
        Command::ShiftWorldStance { toward_world } => vec![w("shift-world"), w(if toward_world { "toward" } else { "against" })],
        Command::Propose(m) => std::iter::once(w("propose")).chain(motion_words(s, &m)).collect(),
        Command::Surprise(m) => std::iter::once(w("surprise")).chain(motion_words(s, &m)).collect(),
        Command::FormBloc { bloc } => vec![w("form"), s.def.blocs[bloc].id.clone()],
        Command::JoinBloc { bloc } => vec![w("join"), s.def.blocs[bloc].id.clone()],
        Command::LeaveBloc => vec![w("leave")],
        Command::PublishPlatform => vec![w("platform")],
        Command::Charge { target } => vec![w("charge"), c(target)],
        Command::Recant => vec![w("recant")],
        Command::CallPlenum => vec![w("plenum")],
        Command::CoReport => vec![w("coreport")],
        Command::PublishTestament => vec![w("testament"), w("publish")],
        Command::SuppressTestament => vec![w("testament"), w("suppress")],
        Command::Resign { office } => vec![w("resign"), s.def.offices[office].id.clone()],
        Command::Choose { event, choice } => vec![w("choose"), s.def.events[event].id.clone(), (choice + 1).to_string()],
        Command::OfferDeal { to, give, ask } => {
            let mut v = vec![w("offer"), c(to)];
            match give {
                Offer::Post { office } => v.extend([w("post"), s.def.offices[office].id.clone()]),
                Offer::Line => v.push(w("line")),
                Offer::Protection => v.push(w("protection")),
            }
            v.push(w("for"));
            match ask {
                Ask::Vote { motion, yes } => {
                    v.push(w(if yes { "yes" } else { "no" }));
                    v.extend(motion_words(s, &motion));
                }
                Ask::JoinBloc => v.push(w("joining")),
            }
            v
        }
        Command::AnswerDeal { deal, accept } => vec![w(if accept { "accept" } else { "refuse" }), (deal + 1).to_string()],
        Command::CallInLoyalty { motion } => std::iter::once(w("callin")).chain(motion_words(s, &motion)).collect(),
        Command::MeetSecretly { with } => vec![w("meet"), c(with)],
    }
}

/// A command's name as one string.
pub fn name(s: &Scenario, cmd: &Command) -> String {
    words(s, cmd).join(" ")
}
