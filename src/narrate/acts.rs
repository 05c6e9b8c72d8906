//! The leaders' moves, patronage, the ladder, the economy, deaths, history and the
//! end, in words.

use crate::rules::chronicle::{Blow, DeathCause, Event, Judgement};
use crate::scenario::{CharId, Judged, Rank, Scenario};

fn rank_fall(s: &Scenario, to: Rank) -> String {
    let w = s.words();
    match to {
        Rank::CentralCommittee => format!("is removed from the {}", w.politburo),
        Rank::Candidate => format!("is demoted to candidate member of the {}", w.politburo),
        Rank::Member => format!("is expelled from the {}", w.central_committee),
        Rank::Expelled => "is expelled from the party".into(),
        Rank::Exiled => "is sent into internal exile".into(),
        Rank::Deported => format!("is deported from {}", w.country),
        Rank::Politburo => "is demoted".into(),
    }
}

/// A region's name after "the": "the Red Army", not "the The Red Army".
fn bare(name: &str) -> &str {
    name.strip_prefix("The ").unwrap_or(name)
}

fn names(s: &Scenario, cs: &[CharId]) -> String {
    let v: Vec<_> = cs.iter().map(|&c| s.short(c)).collect();
    if v.is_empty() { "no one".into() } else { v.join(", ") }
}

/// The document's title, as the scenario gives it.
fn title(s: &Scenario) -> &str {
    s.def.testament.as_ref().map_or("the Testament", |t| t.title.as_str())
}

/// The Testament published: each man it judges, its words on him and their price.
fn testament(s: &Scenario, actor: CharId, judged: &[Judgement]) -> String {
    let Some(t) = &s.def.testament else {
        return String::new();
    };
    let list = t.judged();
    let what = if t.letter.is_empty() { String::new() } else { format!(", {}", t.letter) };
    let parts: Vec<String> = judged
        .iter()
        .filter_map(|j| {
            let d = list.get(j.judgement)?;
            let who = match (&d.about, j.who) {
                (_, Some(c)) => s.short(c).to_string(),
                (Judged::Outsider(name), None) => name.clone(),
                (Judged::Leader(id), None) => id.clone(),
            };
            let words = if d.words.is_empty() { String::new() } else { format!(": {}", d.words) };
            let cost = if j.loss != 0 { format!(" ({} prestige)", -j.loss) } else { String::new() };
            Some(format!("{who}{words}{cost}"))
        })
        .collect();
    format!("{} publishes {}{what}. {}.", s.name(actor), t.title, parts.join("; "))
}

pub(super) fn text(s: &Scenario, e: &Event) -> String {
    use Event as E;
    let n = |c: CharId| s.name(c);
    let w = s.words();
    match e {
        E::Publicity { actor, speech, gain, prestige } => format!(
            "{} {} (prestige {gain:+}, now {prestige}).",
            n(*actor),
            if *speech { "speaks to the party" } else { "publishes an article" }
        ),
        E::StanceShifted { actor, toward, stance, cost, credibility } => format!(
            "{} shifts {} {} (stance now {stance:+}; credibility -{cost}, now {credibility}).",
            n(*actor),
            if *toward { "toward" } else { "against" },
            s.def.line.stance
        ),
        E::Courted { actor, target, gain, regard } => {
            format!(
                "{} courts {} ({}'s regard for {} {gain:+}, now {regard}).",
                n(*actor),
                s.short(*target),
                s.short(*target),
                s.short(*actor)
            )
        }
        E::Attacked { actor, target, loss, oratory, credibility, press } => format!(
            "{} attacks {} in the press: {} prestige falls by {loss} (oratory {oratory}, credibility {credibility}{}).",
            n(*actor),
            s.short(*target),
            s.his(*target),
            if *press { format!(", with {}", w.press) } else { String::new() }
        ),
        E::BlocFormed { actor, bloc } => format!("{} forms {}.", n(*actor), s.def.blocs[*bloc].name),
        E::BlocJoined { actor, bloc } => format!("{} joins {}.", n(*actor), s.def.blocs[*bloc].name),
        E::BlocLeft { actor, bloc, dissolved } => {
            format!("{} leaves {}{}.", n(*actor), s.def.blocs[*bloc].name, if *dissolved { "; the bloc dissolves" } else { "" })
        }
        E::PlatformPublished { actor, bloc } => format!(
            "{} publishes the platform of {}: an organised faction, in breach of the ban. Its members now vote as one, and can be charged with factionalism.",
            n(*actor),
            s.def.blocs[*bloc].name
        ),
        E::PlenumCalled { actor } => format!("{} convenes an extraordinary plenum of the {}.", n(*actor), w.central_committee),
        E::CoReportAnnounced { actor } => {
            format!("{} will give a co-report against the {}'s line at the congress.", n(*actor), w.central_committee)
        }
        E::TestamentPublished { actor, judged, .. } => testament(s, *actor, judged),
        E::TestamentSuppressed { actor } => format!("{} has {} kept from the party at large.", n(*actor), title(s)),
        E::DealOffered { .. }
        | E::DealAnswered { .. }
        | E::DealLapsed { .. }
        | E::PromiseKept { .. }
        | E::DealKept { .. }
        | E::DealBroken { .. }
        | E::LoyaltyCalledIn { .. }
        | E::SecretMeeting { .. }
        | E::MeetingLeaked { .. } => super::deals::text(s, e).unwrap_or_default(),
        E::Chose { actor, event, choice } => format!("{} decides: {}.", n(*actor), s.def.events[*event].choices[*choice].label),
        E::Appointed { by, region, person, delegates, cc_seats } => {
            let who = match person {
                Some(p) => n(*p).to_string(),
                None => format!("a cadre loyal to {}", s.short(*by)),
            };
            let (he, him) = person.map_or(("He", "him"), |p| if s.he(p) == "she" { ("She", "her") } else { ("He", "him") });
            format!(
                "{} appoints {who} secretary of {}. {he} takes up the post at the end of the turn: its {delegates} congress delegates and {cc_seats} {} seats will follow {him} from the next session.",
                n(*by),
                s.def.regions[*region].name,
                w.central_committee
            )
        }
        E::Canvassed { actor, region, from, lost, loyalty, elected } => {
            let name = &s.def.regions[*region].name;
            let whose = from.map(|p| format!(" to {}", s.short(p))).unwrap_or_default();
            if *elected {
                format!(
                    "{} canvasses the party cells of {name}: its delegation's loyalty{whose} falls by {lost}, and the cells elect a secretary of {}; it follows {} with loyalty {loyalty}.",
                    n(*actor),
                    s.his(*actor),
                    s.short(*actor)
                )
            } else {
                format!(
                    "{} canvasses the party cells of {name}: its delegation's loyalty{whose} falls by {lost}, now {loyalty}.",
                    n(*actor)
                )
            }
        }
        E::SecretarySeated { region, secretary, by, loyalty, administration } => format!(
            "{} takes over the {} party organisation: its delegates follow with loyalty {loyalty}{}.",
            secretary.map(|p| n(p).to_string()).unwrap_or_else(|| "A new secretary".into()),
            bare(&s.def.regions[*region].name),
            if *administration == 0 { String::new() } else { format!(" ({administration:+} for {}'s administration)", s.short(*by)) }
        ),
        E::OrganisationLost { region, secretary } => format!(
            "The {} organisation loses its secretary, {}; the apparatus takes it over.",
            bare(&s.def.regions[*region].name),
            s.short(*secretary)
        ),
        E::OrganisationHeld { region, withdrawn, until } => format!(
            "The {} party organisation stands by its leadership: {}no secretary may be appointed there before {}.",
            bare(&s.def.regions[*region].name),
            withdrawn.map(|c| format!("{}'s appointment is withdrawn, and ", s.short(c))).unwrap_or_default(),
            until.long()
        ),
        E::Charged { actor, target, weight, backed, charges } => format!(
            "{} charges {} with factionalism under the ban on factions ({weight} upheld{}); {} now faces {}.",
            n(*actor),
            s.short(*target),
            if *backed { format!(", backed by the {} or {}", w.control_commission, w.police) } else { String::new() },
            s.he(*target),
            super::count(*charges, "charge", "charges")
        ),
        E::Demoted { who, to } => format!("{} {}.", n(*who), rank_fall(s, *to)),
        E::Promoted { who, to } => format!(
            "{} rises to {}.",
            n(*who),
            match to {
                Rank::Politburo => format!("full membership of the {}", w.politburo),
                Rank::Candidate => format!("candidate membership of the {}", w.politburo),
                _ => format!("membership of the {}", w.central_committee),
            }
        ),
        E::Readmitted { who } => format!("{} is readmitted to the party.", n(*who)),
        E::Recanted { who, immune_turns } => format!(
            "{} recants, renouncing the platform and submitting to the party. The slide stops: no new charges for {}.",
            n(*who),
            super::count(*immune_turns, "turn", "turns")
        ),
        E::Resigned { who, office } => format!("{} resigns as {}; the post stands vacant.", n(*who), s.def.offices[*office].name),
        E::OfficeCreated { office } => format!("The post of {} is created.", s.def.offices[*office].name),
        E::OfficeAbolished { office } => format!("The post of {} is abolished.", s.def.offices[*office].name),
        E::PostLost { who, office } => format!("{} loses the post of {}; it stands vacant.", n(*who), s.def.offices[*office].name),
        E::OfficeFilled { who, office, replacing } => {
            let was = replacing.map(|o| format!(", replacing {}", n(o))).unwrap_or_default();
            format!("{} becomes {}{was}.", n(*who), s.def.offices[*office].name)
        }
        E::EconomyResolved {
            line,
            grain,
            industry,
            peasants,
            workers,
            result,
            before,
            owners_gain,
            standing,
            change,
            crisis_hit,
            crisis,
            government,
            ..
        } => {
            let mut why = vec![];
            if *standing != 0 {
                why.push(format!("{standing:+} for the result against 50"));
            }
            if *change != 0 {
                why.push(format!("{change:+} for its {} this turn", if *change > 0 { "rise" } else { "fall" }));
            }
            if *crisis_hit != 0 {
                why.push(format!("{crisis_hit:+} for the procurement crisis"));
            }
            let why = if why.is_empty() { String::new() } else { format!(" ({})", why.join(", ")) };
            format!(
                "The economy under \"{}\": grain {grain}, industry {industry}, peasants {peasants}, workers {workers}; overall {result} (was {before}). The line's owners{} {} {} prestige{why}{}.",
                s.def.line.levels[*line],
                if government.is_empty() { "" } else { " and the head of government" },
                if *owners_gain >= 0 { "gain" } else { "lose" },
                owners_gain.abs(),
                if *crisis { "; grain procurement is in crisis" } else { "" }
            )
        }
        E::CrisisMotion { critic, level, owners } => format!(
            "With the grain not coming, {} moves to change the line to \"{}\": {}, against {}.",
            n(*critic),
            s.def.line.levels[*level],
            match s.def.line.decided_by {
                crate::scenario::RemovalBody::Politburo => format!(
                    "the {} votes on it next turn",
                    // A standing committee that decides the line votes in the Politburo's place.
                    s.def
                        .standing_committee
                        .as_ref()
                        .filter(|c| c.decides.contains(&crate::scenario::MotionKind::SetLine))
                        .map_or(&w.politburo, |c| &c.name)
                ),
                _ => "the next plenum votes on it".to_string(),
            },
            names(s, owners)
        ),
        E::ArmyStanding { commander, gain, prestige, fear, fearful } => {
            let fear = if fearful.is_empty() {
                String::new()
            } else {
                format!(" {} fear a Bonaparte: their regard for {} cools by up to {fear}.", names(s, fearful), s.him(*commander))
            };
            format!("{} commands {} (prestige {gain:+}, now {prestige}).{fear}", n(*commander), w.army)
        }
        E::CominternStanding { head, change, extra, prestige } => format!(
            "The world movement's fortunes {} {}, head of {} (prestige {change:+}{}, now {prestige}).",
            if *change >= 0 { "raise" } else { "sink" },
            n(*head),
            w.world_movement,
            if *extra != 0 { format!(", of which {extra:+} because the party holds Permanent Revolution") } else { String::new() }
        ),
        E::WorldStanceShifted { actor, toward, stance, cost, credibility } => format!(
            "{} moves {} world revolution (stance now {stance:+}; credibility -{cost}, now {credibility}).",
            n(*actor),
            if *toward { "toward" } else { "away from" }
        ),
        E::DoctrineSet { one_country, owners, by_vote } => format!(
            "The party {} \"{}\" as its line abroad{}; {} {} for it.",
            if *by_vote { "votes to adopt" } else { "adopts" },
            super::motions::doctrine_name(s, *one_country),
            if *one_country { "" } else { ": the revolution abroad comes first" },
            if owners.is_empty() { "no one".into() } else { names(s, owners) },
            if owners.len() == 1 { "answers" } else { "answer" }
        ),
        E::DoctrineConfirmed { joined } => format!(
            "The party confirms \"{}\": {} now {} for it too.",
            super::motions::doctrine_name(s, true),
            names(s, joined),
            if joined.len() == 1 { "answers" } else { "answer" }
        ),
        E::DoctrineJudged { one_country, change, owners } => format!(
            "The world's events prove \"{}\" {}: its owners' prestige {change:+} ({}).",
            super::motions::doctrine_name(s, *one_country),
            if *change >= 0 { "right" } else { "wrong" },
            names(s, owners)
        ),
        E::WorldRevolutionJudged { proved_right, moved } => {
            let moves: Vec<_> = moved.iter().map(|&(c, x)| format!("{} {x:+}", s.short(c))).collect();
            format!(
                "The internationalists are proved {}: prestige moves with the stance on world revolution ({}).",
                if *proved_right { "right" } else { "wrong" },
                if moves.is_empty() { "no one".into() } else { moves.join(", ") }
            )
        }
        E::QuestionPut { chooser, event } => {
            let e = &s.def.events[*event];
            let labels: Vec<&str> = e.choices.iter().map(|c| c.label.as_str()).collect();
            format!("{} must decide, {}: {}.", n(*chooser), e.title, labels.join("; or "))
        }
        E::ChoiceByDefault { chooser, event, choice } => {
            format!("{} lets events decide: {}.", n(*chooser), s.def.events[*event].choices[*choice].label)
        }
        E::Struck { who, blow } => match blow {
            Blow::Arrested => format!("{} is arrested by {}: out of the party, every post lost.", n(*who), w.police),
            Blow::Incapacitated => format!("{} is incapacitated: {} can no longer act.", n(*who), s.he(*who)),
            Blow::Restored => format!("{} is restored, and can act again.", n(*who)),
        },
        E::Died { who, cause } => {
            format!("{} dies{}.", n(*who), if *cause == DeathCause::Illness { " after a long illness" } else { "" })
        }
        E::StruckWithoutGrounds { mover, target, prestige_lost, fear, norm } => format!(
            "The party has no grounds against {}: {} loses {prestige_lost} prestige for moving against {}, and the others fear {} more (fear now {fear}; the norm weighs {norm}).",
            n(*target),
            n(*mover),
            s.him(*target),
            s.him(*mover)
        ),
        E::PrecedentSet { who, norm } if s.def.balance.norms.like_stance > 0 => format!(
            "A precedent: {}'s fall makes the next fall of a man of {} stance easier; the party's norm against such men weakens (now {norm}).",
            n(*who),
            s.his(*who)
        ),
        E::PrecedentSet { who, norm } => {
            format!("A precedent: {}'s fall makes the next one easier; the party's norm weakens (now {norm}).", n(*who))
        }
        E::LostTheLine { who } => format!("{} has lost a fight over the line: the party now has grounds against {}.", n(*who), s.him(*who)),
        E::DoubleDealer { who } => {
            format!("{} recanted, and is back at faction work: a double-dealer, whom no recantation will save again.", n(*who))
        }
        E::HistoryNote { entry } => s.def.script[*entry].note.clone(),
        E::OffHistoricalPath { entry, error } => format!("Off the historical path: {}.", super::refused(s, *entry, error)),
        E::GameEnds(o) => format!("The game ends: {}.", super::outcome(s, o)),
        // Rendered with their detail lines, or by `votes::text`.
        E::TurnOpens { .. }
        | E::Voted { .. }
        | E::ScenarioEvent { .. }
        | E::Proposed { .. }
        | E::SessionOpens { .. }
        | E::Lapsed { .. }
        | E::CoReportAdopted { .. }
        | E::CoReportCondemned { .. }
        | E::LineSet { .. } => String::new(),
    }
}
