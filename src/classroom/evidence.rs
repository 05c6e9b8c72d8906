//! The for-and-against evidence log: each event and vote of a game read as
//! evidence for or against a contender's claim to lead, with the reason, and the
//! scenario's primary source on it where there is one (`sources:` in the
//! scenario, keyed by the evidence's kind or by `event:ID`).

use crate::rules::GameState;
use crate::rules::chronicle::{Entry, Event};
use crate::rules::command::Motion;
use crate::scenario::classroom::SourceDef;
use crate::scenario::date::Date;
use crate::scenario::{CharId, Rank, Scenario};

/// One piece of evidence about one leader.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    pub date: Date,
    pub leader: CharId,
    /// For his claim to lead (true) or against it.
    pub for_claim: bool,
    /// The kind, as `sources:` keys it: `Removed`, `TestamentPublished`, ...
    pub kind: &'static str,
    /// What happened, as the chronicle tells it.
    pub what: String,
    /// Why it counts for or against him.
    pub reason: String,
    /// The scenario's source on it (an index into `sources`).
    pub source: Option<usize>,
}

/// The whole log of a game, from the chapter's opening (or the start) on, in order.
pub fn log(st: &GameState) -> Vec<Evidence> {
    let from = crate::rules::chapter::opened(&st.scn);
    let who = super::contenders(st);
    let mut out = vec![];
    for e in st.chronicle.entries.iter().filter(|e| e.date >= from) {
        for (leader, for_claim, kind, reason) in read(&st.scn, e) {
            if !who.contains(&leader) {
                continue;
            }
            let what = crate::narrate::headline(&st.scn, e);
            let source = source_for(&st.scn, kind, e, leader);
            out.push(Evidence { date: e.date, leader, for_claim, kind, what, reason, source });
        }
    }
    out
}

/// The first source keyed on this kind (or on the entry's scenario event) and this leader.
fn source_for(scn: &Scenario, kind: &str, e: &Entry, leader: CharId) -> Option<usize> {
    let event_key = match e.event {
        Event::ScenarioEvent { event } => Some(format!("event:{}", scn.def.events[event].id)),
        _ => None,
    };
    let fits = |s: &SourceDef| {
        (s.on == kind || event_key.as_deref() == Some(s.on.as_str())) && s.who.as_deref().is_none_or(|w| scn.char_id(w) == Some(leader))
    };
    scn.def.sources.iter().position(fits)
}

type Read = (CharId, bool, &'static str, String);

/// What an entry says about whom: (leader, for?, kind, reason).
fn read(scn: &Scenario, e: &Entry) -> Vec<Read> {
    let n = |c: CharId| scn.short(c).to_string();
    match &e.event {
        Event::Voted { put, tally } => voted(scn, put.proposer, &put.motion, tally.passed),
        Event::TestamentPublished { actor, target, .. } => vec![
            (*target, false, "TestamentPublished", "Lenin's own words, read to the party, judge him unfit".into()),
            (*actor, true, "TestamentPublished", format!("he dared to put Lenin's judgement of {} before the party", n(*target))),
        ],
        Event::TestamentSuppressed { actor } => {
            vec![(*actor, false, "TestamentSuppressed", "he kept Lenin's last letters from the party".into())]
        }
        Event::PlatformPublished { actor, .. } => vec![
            (*actor, true, "PlatformPublished", "he put a programme before the party and stood by it".into()),
            (*actor, false, "PlatformPublished", "a platform breaks the ban on factions of 1921".into()),
        ],
        Event::Recanted { who, .. } => vec![(*who, false, "Recanted", "he disowned his own views to stay in the party".into())],
        Event::DoubleDealer { who } => {
            vec![(*who, false, "Recanted", "he recanted, then went back to faction work: a double-dealer".into())]
        }
        Event::CoReportCondemned { condemned } => {
            condemned.iter().map(|&c| (c, false, "CoReportCondemned", "the congress condemned his co-report as factional".into())).collect()
        }
        Event::CoReportAdopted { co_reporter, .. } => {
            vec![(*co_reporter, true, "MotionCarried", "the congress adopted his report against the Central Committee's".into())]
        }
        Event::LostTheLine { who } => vec![(*who, false, "LineLost", "he lost the fight over the party's line".into())],
        Event::Charged { target, .. } => vec![(*target, false, "Charged", "charged with factionalism under the ban".into())],
        Event::StruckWithoutGrounds { mover, target, .. } => vec![
            (*mover, false, "MotionFailed", format!("he moved against {} without grounds the party accepts", n(*target))),
            (*target, true, "MotionFailed", "the party would not strike at him without grounds".into()),
        ],
        Event::EconomyResolved { owners, owners_gain, .. } if *owners_gain != 0 => {
            let works = *owners_gain > 0;
            let (kind, reason) = if works {
                ("LineWorks", "the line he answers for is working")
            } else {
                ("LineFails", "the line he answers for is failing")
            };
            owners.iter().map(|&o| (o, works, kind, reason.to_string())).collect()
        }
        Event::WorldRevolutionJudged { proved_right, moved } => moved
            .iter()
            .filter(|(_, d)| *d != 0)
            .map(|&(c, d)| {
                let why = if *proved_right { "the world revolution's fortunes" } else { "the world revolution's setbacks" };
                (c, d > 0, "WorldRevolution", format!("{why} bear out his stance ({d:+} prestige)"))
            })
            .collect(),
        Event::Appointed { by, region, person, .. } => {
            let man = person.map_or("a loyal cadre".to_string(), n);
            vec![(
                *by,
                true,
                "Appointed",
                format!("he placed {man} at the head of {}: its delegates will follow him", scn.def.regions[*region].name),
            )]
        }
        Event::Canvassed { actor, elected: true, region, .. } => {
            vec![(*actor, true, "Canvassed", format!("the party cells of {} elected his man", scn.def.regions[*region].name))]
        }
        Event::MeetingLeaked { actor, with, .. } => vec![
            (*actor, false, "MeetingLeaked", format!("his secret meeting with {} came out", n(*with))),
            (*with, false, "MeetingLeaked", format!("his secret meeting with {} came out", n(*actor))),
        ],
        Event::ScenarioEvent { event } => {
            // A scenario event is evidence where the scenario's sources say whose.
            let key = format!("event:{}", scn.def.events[*event].id);
            scn.def
                .sources
                .iter()
                .filter(|s| s.on == key)
                .filter_map(|s| Some((scn.char_id(s.who.as_deref()?)?, !s.against, "Event", scn.def.events[*event].title.clone())))
                .take(1)
                .collect()
        }
        Event::GameEnds(crate::rules::Outcome::Supremacy { winner, .. }) => {
            vec![(*winner, true, "MotionCarried", "he holds the seat of power with loyal majorities".into())]
        }
        _ => vec![],
    }
}

/// A vote: a motion against a leader is evidence against him when it carries and
/// for him when it fails; for its mover the other way round.
fn voted(scn: &Scenario, mover: CharId, m: &Motion, passed: bool) -> Vec<Read> {
    let n = |c: CharId| scn.short(c).to_string();
    let mut out = vec![];
    let (kind, what): (&'static str, String) = match *m {
        Motion::RemoveFromPolitburo { target } => ("Removed", format!("removing {} from the Politburo", n(target))),
        Motion::DemoteToCandidate { target } => ("Removed", format!("demoting {} to candidate", n(target))),
        Motion::ExpelFromCC { target } => ("Expelled", format!("expelling {} from the Central Committee", n(target))),
        Motion::ExpelFromParty { target } => ("Expelled", format!("expelling {} from the party", n(target))),
        Motion::Exile { target } => ("Expelled", format!("sending {} into exile", n(target))),
        Motion::Deport { target } => ("Expelled", format!("deporting {}", n(target))),
        Motion::Promote { target } | Motion::Elect { target, .. } => ("Promoted", format!("raising {}", n(target))),
        Motion::Readmit { target } => ("Promoted", format!("readmitting {}", n(target))),
        Motion::ReplaceInOffice { office, with } => ("Promoted", format!("making {} {}", n(with), scn.def.offices[office].name)),
        Motion::SetLine { level } => ("MotionCarried", format!("setting the line to \"{}\"", scn.def.line.levels[level])),
        Motion::CongressReport { .. } => ("MotionCarried", "approving the Central Committee's report".into()),
        Motion::SetDoctrine { one_country } => {
            ("MotionCarried", format!("adopting \"{}\"", crate::narrate::doctrine_name(scn, one_country)))
        }
    };
    let target = match *m {
        Motion::ReplaceInOffice { with, .. } => Some(with),
        _ => m.target(),
    };
    if let Some(t) = target.filter(|&t| t != mover) {
        let against = m.against_target() && !matches!(m, Motion::ReplaceInOffice { .. });
        let good = passed != against;
        let reason = if passed { format!("the vote on {what} carried") } else { format!("the vote on {what} failed") };
        out.push((t, good, if good { kind_for(kind, true) } else { kind }, reason));
    }
    let (k, r) = if passed {
        ("MotionCarried", format!("the party followed him in {what}"))
    } else {
        ("MotionFailed", format!("the party would not follow him in {what}"))
    };
    out.push((mover, passed, k, r));
    out
}

/// A motion against a leader that failed is evidence for him: "MotionFailed".
fn kind_for(kind: &'static str, survived: bool) -> &'static str {
    match kind {
        "Removed" | "Expelled" if survived => "MotionFailed",
        k => k,
    }
}

/// Whether a leader is still in the Politburo (for the worksheet's summary).
pub fn in_politburo(st: &GameState, c: CharId) -> bool {
    st.chars[c].alive && st.chars[c].rank >= Rank::Candidate
}
