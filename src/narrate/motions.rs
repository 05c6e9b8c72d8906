//! What a command or a motion says, as a player reads it in the list of actions,
//! the chronicle and the turn report.

use crate::rules::command::{Command, Motion};
use crate::rules::state::GameState;
use crate::scenario::{Rank, Scenario};

/// A motion's wording: "remove Trotsky from the Politburo". A promotion needs the
/// target's rank at the time to say what it promotes him to.
pub fn motion(s: &Scenario, m: &Motion, target_rank: Option<Rank>) -> String {
    let (pb, cc) = (&s.words().politburo, &s.words().central_committee);
    match *m {
        Motion::SetLine { level } => format!("set the line to \"{}\"", s.def.line.levels[level]),
        Motion::SetDoctrine { one_country } => format!("adopt \"{}\" as the line abroad", doctrine_name(s, one_country)),
        Motion::ReplaceInOffice { office, with } => format!("make {} {}", s.name(with), s.def.offices[office].name),
        Motion::RemoveFromPolitburo { target } => format!("remove {} from the {pb}", s.name(target)),
        Motion::DemoteToCandidate { target } => format!("demote {} to candidate member of the {pb}", s.name(target)),
        Motion::Promote { target } => {
            let to = if target_rank == Some(Rank::Candidate) { "a full member" } else { "a candidate member" };
            format!("make {} {} of the {pb}", s.name(target), to)
        }
        Motion::Elect { target, to: Rank::CentralCommittee } => format!("elect {} to the {cc}", s.name(target)),
        Motion::Elect { target, to: Rank::Candidate } => format!("make {} a candidate member of the {pb}", s.name(target)),
        Motion::Elect { target, .. } => format!("make {} a full member of the {pb}", s.name(target)),
        Motion::ExpelFromCC { target } => format!("expel {} from the {cc}", s.name(target)),
        Motion::ExpelFromParty { target } => format!("expel {} from the party", s.name(target)),
        Motion::Exile { target } => format!("send {} into internal exile", s.name(target)),
        Motion::Deport { target } => format!("deport {} from {}", s.name(target), s.words().country),
        Motion::Readmit { target } => format!("readmit {} to the party", s.name(target)),
        Motion::CongressReport { co_reporter: None } => format!("approve the {cc}'s report"),
        Motion::CongressReport { co_reporter: Some(c) } => {
            format!("approve the {cc}'s report against {}'s co-report", s.name(c))
        }
    }
}

/// A command's wording in the list of actions: "Propose to remove Trotsky from the Politburo".
pub fn command(s: &Scenario, c: &Command, target_rank: Option<Rank>) -> String {
    match *c {
        Command::Appoint { region, person } => match person {
            Some(p) => format!("Appoint {} secretary of {}", s.name(p), s.def.regions[region].name),
            None => format!("Appoint a loyal cadre secretary of {}", s.def.regions[region].name),
        },
        Command::Canvass { region } => format!("Canvass the party cells of {}", s.def.regions[region].name),
        Command::Speech => "Give a speech".into(),
        Command::Article => "Write an article".into(),
        Command::Court { target } => format!("Court {}", s.name(target)),
        Command::Attack { target } => format!("Attack {}", s.name(target)),
        Command::ShiftStance { toward_nep: true } => format!("Shift your stance toward {}", s.def.line.stance),
        Command::ShiftStance { toward_nep: false } => format!("Shift your stance against {}", s.def.line.stance),
        Command::ShiftWorldStance { toward_world: true } => "Shift your stance toward world revolution".into(),
        Command::ShiftWorldStance { toward_world: false } => "Shift your stance away from world revolution".into(),
        Command::Propose(m) => format!("Propose to {}", motion(s, &m, target_rank)),
        Command::Surprise(m) => format!("Put without notice, this turn: {}", motion(s, &m, target_rank)),
        Command::FormBloc { bloc } => format!("Form {}", s.def.blocs[bloc].name),
        Command::JoinBloc { bloc } => format!("Join {}", s.def.blocs[bloc].name),
        Command::LeaveBloc => "Leave your bloc".into(),
        Command::PublishPlatform => "Publish your bloc's platform (an organised faction)".into(),
        Command::Charge { target } => format!("Charge {} with factionalism", s.name(target)),
        Command::Recant => "Recant your errors".into(),
        Command::CallPlenum => "Call an extraordinary plenum".into(),
        Command::CoReport => "Deliver a co-report at the congress".into(),
        Command::PublishTestament => format!("Publish {}", testament_title(s)),
        Command::SuppressTestament => format!("Suppress {}", testament_title(s)),
        Command::Resign { office } => format!("Resign as {}", s.def.offices[office].name),
        Command::Choose { event, choice } => {
            let e = &s.def.events[event];
            format!("{}: {}", e.title, e.choices[choice].label)
        }
        Command::OfferDeal { .. } | Command::AnswerDeal { .. } | Command::CallInLoyalty { .. } | Command::MeetSecretly { .. } => {
            super::deals::command(s, c).unwrap_or_default()
        }
    }
}

impl Motion {
    /// The motion's wording in the game as it stands.
    pub fn describe(&self, st: &GameState) -> String {
        motion(&st.scn, self, self.target().map(|t| st.chars[t].rank))
    }
}

impl Command {
    /// The command's wording in the game as it stands.
    pub fn describe(&self, st: &GameState) -> String {
        if let Command::AnswerDeal { deal, accept } = *self
            && let Some(d) = st.deals.get(deal)
        {
            let t = &d.terms;
            let interest = crate::rules::deals::interest(st, t);
            return format!(
                "{} {}'s deal: {} for {} (worth {interest:+} to you by the rules' reckoning)",
                if accept { "Accept" } else { "Refuse" },
                st.scn.short(t.from),
                super::deals::offer(&st.scn, &t.give),
                super::deals::ask(&st.scn, &t.ask, None)
            );
        }
        let rank = match self {
            Command::Propose(m) | Command::Surprise(m) => m.target().map(|t| st.chars[t].rank),
            _ => None,
        };
        command(&st.scn, self, rank)
    }
}

/// The scenario's name for its compromising document.
fn testament_title(s: &Scenario) -> &str {
    s.def.testament.as_ref().map_or("the Testament", |t| t.title.as_str())
}

/// The name of the doctrine abroad the party holds when `one_country` says so
/// (the scenario's words), or of its alternative.
pub fn doctrine_name(s: &Scenario, one_country: bool) -> String {
    match &s.def.doctrine {
        Some(d) if one_country => d.name.clone(),
        Some(d) => d.alternative.clone(),
        None if one_country => "Socialism in One Country".into(),
        None => "Permanent Revolution".into(),
    }
}
