//! The succession engine for modders (issue 20): a scenario's own words, names
//! and pronouns, did-you-mean, ranks both ways, events that move ranks and posts,
//! the script checked by `check`, the versioned format and every shipped file.

use politburo::narrate;
use politburo::rules::command::Motion;
use politburo::scenario::{Scenario, default_scenario_path};

fn text_1924() -> String {
    std::fs::read_to_string(default_scenario_path()).unwrap()
}

fn load(text: &str) -> Scenario {
    Scenario::from_str(text, "test.ron").unwrap_or_else(|e| panic!("{}", e.render()))
}

#[test]
fn a_scenario_speaks_its_own_words_and_defaults_to_1924s() {
    let plain = load(&text_1924());
    let deport = |s: &Scenario| narrate::motion(s, &Motion::Deport { target: s.cid("trotsky") }, None);
    assert_eq!(deport(&plain), "deport Leon Trotsky from the Soviet Union");
    assert_eq!(plain.words().turn, "quarter", "three-month turns are quarters");
    let text = text_1924().replacen(
        "    calendar:",
        "    words: (country: \"Albania\", police: \"the Sigurimi\", politburo: \"Political Bureau\", turn: \"season\"),\n    calendar:",
        1,
    );
    let s = load(&text);
    assert_eq!(deport(&s), "deport Leon Trotsky from Albania");
    assert_eq!(
        narrate::motion(&s, &Motion::RemoveFromPolitburo { target: s.cid("trotsky") }, None),
        "remove Leon Trotsky from the Political Bureau"
    );
    assert_eq!(s.words().police, "the Sigurimi");
    assert_eq!(s.words().turn, "season");
    assert_eq!(s.words().central_committee, "Central Committee", "a word not given keeps its default");
    // Without a `turn` word, a two-month turn is no quarter.
    let two = text_1924().replacen("months_per_turn: 3", "months_per_turn: 2", 1);
    assert_eq!(load(&two).words().turn, "turn");
}

#[test]
fn short_names_and_pronouns_come_from_the_scenario() {
    let s = load(&text_1924());
    let k = s.cid("krupskaya");
    assert_eq!((s.short(k), s.he(k), s.his(k), s.him(k)), ("Krupskaya", "she", "her", "her"));
    let t = s.cid("trotsky");
    assert_eq!((s.short(t), s.he(t), s.his(t)), ("Trotsky", "he", "his"));
    // A name written family name first gives its short name.
    let text = text_1924().replacen("name: \"Leon Trotsky\",", "name: \"Trotsky Lev\", short_name: \"Trotsky\",", 1);
    let s = load(&text);
    assert_eq!(s.short(s.cid("trotsky")), "Trotsky");
}

#[test]
fn did_you_mean_sees_a_transposition_in_an_id_and_in_a_mods_path() {
    // An id with two letters swapped.
    let text = text_1924().replacen("holder: Some(\"stalin\")", "holder: Some(\"stailn\")", 1);
    let err = Scenario::from_str(&text, "swap.ron").unwrap_err().to_string();
    assert!(err.contains("did you mean \"stalin\"?"), "{err}");
    // A mod's `set` path with a swapped id.
    let m = "(extends: \"1924\", id: \"swap\", name: \"Swap\", set: {\"characters/trostky/prestige\": 80})";
    let err = Scenario::from_str(m, "swap-mod.ron").unwrap_err().to_string();
    assert!(err.contains("did you mean \"trotsky\"?"), "{err}");
}

/// The 1924 scenario with `events` first in its list, and `milestones` added.
fn with_events(events: &str, milestones: &str) -> Scenario {
    let text = text_1924().replacen("    events: [\n", &format!("    events: [\n{events}\n"), 1).replacen(
        "    milestones: [\n",
        &format!("    milestones: [\n{milestones}\n"),
        1,
    );
    load(&text)
}

#[test]
fn events_arrest_strike_down_restore_and_raise_leaders() {
    use politburo::rules::chronicle::{Blow, Event};
    use politburo::rules::state::GameState;
    use politburo::scenario::Rank;
    let scn = with_events(
        r#"(id: "coup", title: "A coup", text: "The guards move.", date: Some("1924-01"), effects: [Arrest("zinoviev"), Incapacitate("trotsky"), SetRank("krupskaya", CentralCommittee), TakeOffice("moscow_soviet"), GiveOffice("comintern", "stalin")]),
           (id: "back", title: "Back", text: "He returns.", date: Some("1924-04"), effects: [Restore("trotsky"), Restore("zinoviev")]),"#,
        "",
    );
    let mut st = GameState::new(std::sync::Arc::new(scn), 1);
    st.chronicle.quiet = false;
    let (zinoviev, trotsky, krupskaya, stalin) =
        (st.scn.cid("zinoviev"), st.scn.cid("trotsky"), st.scn.cid("krupskaya"), st.scn.cid("stalin"));
    // The turn's events strike Zinoviev and Trotsky: the computer plays neither of them.
    let played: Vec<_> = politburo::ai::play_turn(&mut st, None).into_iter().map(|(c, _)| c).collect();
    assert!(!played.contains(&zinoviev) && !played.contains(&trotsky), "{played:?}");
    assert!(played.contains(&stalin));
    st.end_turn();
    assert_eq!(st.chars[zinoviev].rank, Rank::Expelled);
    assert_eq!(st.offices_of(zinoviev).count(), 0, "an arrested man loses every post");
    assert!(st.chars[trotsky].incapacitated);
    assert_eq!(st.chars[trotsky].rank, Rank::Politburo, "struck down, he keeps his rank");
    assert_eq!(st.chars[krupskaya].rank, Rank::CentralCommittee);
    assert!(st.holds(stalin, st.scn.oid("comintern")));
    assert!(st.holder(st.scn.oid("moscow_soviet")).is_none());
    let struck = |st: &GameState, who, blow| st.chronicle.entries.iter().any(|e| e.event == Event::Struck { who, blow });
    assert!(struck(&st, zinoviev, Blow::Arrested) && struck(&st, trotsky, Blow::Incapacitated));
    assert!(st.chronicle.entries.iter().any(|e| e.event == Event::Promoted { who: krupskaya, to: Rank::CentralCommittee }));
    // Struck down, he can give no command.
    st.chars[trotsky].ap = 5;
    let err = politburo::rules::legality::check(&st, trotsky, &politburo::rules::command::Command::Speech).unwrap_err();
    assert_eq!(err, politburo::rules::command::CommandError::NotActive);
    st.end_turn();
    assert!(!st.chars[trotsky].incapacitated);
    assert_eq!(st.chars[zinoviev].rank, Rank::Member, "restored, he is back in the party");
    assert!(struck(&st, trotsky, Blow::Restored));
    let text: Vec<String> = st.chronicle.entries.iter().map(|e| politburo::narrate::headline(&st.scn, e)).collect();
    assert!(text.iter().any(|t| t.contains("Grigory Zinoviev is arrested by the OGPU")), "{text:#?}");
}

#[test]
fn a_milestone_can_be_a_rise() {
    use politburo::analysis::{Setup, play_one};
    use politburo::rules::state::GameState;
    let scn = with_events(
        r#"(id: "raise", title: "Raised", text: "Up.", date: Some("1924-04"), effects: [SetRank("krupskaya", CentralCommittee)]),"#,
        r#"(name: "Krupskaya in the Central Committee by 1925", who: "krupskaya", at_least: Some(CentralCommittee), by: "1925-01"),
           (name: "Krupskaya General Secretary by 1925", who: "krupskaya", holds: Some("gensec"), by: "1925-01"),"#,
    );
    let setup = Setup { start: GameState::new(std::sync::Arc::new(scn), 1), seat: None };
    let r = play_one(&setup, 1);
    assert!(r.milestones[0], "the rise is counted");
    assert!(!r.milestones[1], "a post never taken is not");
}

#[test]
fn check_warns_of_a_contender_with_no_way_up_and_of_ignored_recorded_totals() {
    let warnings = |text: &str| -> Vec<String> {
        let (s, problems) = Scenario::check_str(text, "w.ron");
        assert!(s.is_some(), "{problems:?}");
        problems.iter().map(|p| p.message.clone()).collect()
    };
    // A contender who starts a plain member: the congresses can elect him.
    let k = "pronouns: She,\n            playable: false, contender: false, rank: Member";
    let member = text_1924().replacen(k, &k.replace("contender: false", "contender: true"), 1);
    assert!(!warnings(&member).iter().any(|w| w.contains("no way up")));
    // Expelled, with nothing to bring him back: a warning at his rank.
    let expelled = text_1924().replacen(k, &k.replace("contender: false, rank: Member", "contender: true, rank: Expelled"), 1);
    assert!(
        warnings(&expelled).iter().any(|w| w.contains("\"krupskaya\" starts at rank Expelled with no way up")),
        "{:?}",
        warnings(&expelled)
    );
    // Recorded totals on a plenum's vote (leaders and delegations apart) are ignored, and `check` says so.
    let text = text_1924();
    let at = text.find("command: Readmit(").expect("the script readmits");
    let recorded = format!("{}recorded: Some((yes: 50, no: 7, abstain: 0)), {}", &text[..at], &text[at..]);
    assert!(warnings(&recorded).iter().any(|w| w.contains("`recorded` totals are ignored: a plenum decides")), "{:?}", warnings(&recorded));
    // On the Politburo's own votes they hold: no warning.
    let at = text.find("command: SetLine(").expect("the script sets the line");
    let politburo = format!("{}recorded: Some((yes: 5, no: 2, abstain: 0)), {}", &text[..at], &text[at..]);
    assert!(!warnings(&politburo).iter().any(|w| w.contains("ignored")), "{:?}", warnings(&politburo));
    assert!(!warnings(&text).iter().any(|w| w.contains("ignored")), "the co-report's totals are held");
}

#[test]
fn check_plays_the_script_and_places_each_refused_entry() {
    assert!(politburo::rules::script_check::problems(&load(&text_1924()), &text_1924(), "1924.ron").is_empty(), "history replays legal");
    let text = text_1924().replacen("command: ExpelFromParty(\"trotsky\")", "command: ExpelFromParty(\"bukharin\")", 1);
    let problems = politburo::rules::script_check::problems(&load(&text), &text, "bad.ron");
    let line = text[..text.find("ExpelFromParty(\"bukharin\")").unwrap()].matches('\n').count() + 1;
    let first = problems[0].render();
    assert!(first.contains(&format!("bad.ron:{line}:9")), "{first}");
    assert!(first.contains("refuses this entry (November 1927, stalin): he must be off the Central Committee first"), "{first}");
    // What follows from it is refused too: Trotsky, never expelled, is neither exiled nor deported
    // (and the path, once left, may refuse more: the line a crisis motion already proposed).
    let said = |s: &str| problems.iter().any(|p| p.render().contains(s));
    assert!(said("only the expelled are exiled") && said("only the exiled are deported"), "{problems:?}");
    assert!(problems.len() <= 4, "{problems:?}");
}

/// Every scenario and mod the repository holds: the shipped scenarios, the test
/// mods, and today's 1924 file as format 1 left it (tests/formats).
#[test]
fn every_scenario_and_mod_in_the_repository_loads_old_formats_too() {
    use politburo::scenario::{Library, Severity};
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![];
    for dir in ["assets/scenarios", "tests/formats", "tests/mods"] {
        let mut stack = vec![root.join(dir)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(&d).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "ron") {
                    files.push(p);
                }
            }
        }
    }
    files.sort();
    assert!(files.len() >= 4, "{files:?}");
    let lib = Library::shipped();
    for f in &files {
        let (scn, problems) = lib.check_file(f);
        assert!(scn.is_some(), "{} does not load: {problems:?}", f.display());
        let old = problems.iter().any(|p| p.severity == Severity::Warning && p.message.contains("written for format 1"));
        assert_eq!(old, f.starts_with(root.join("tests/formats")), "{}: {problems:?}", f.display());
    }
    // The old 1924 file plays today's history, entry for entry.
    let old = Scenario::load(&root.join("tests/formats/1924-v1.ron")).unwrap();
    let (_, refused) = politburo::rules::history::play(std::sync::Arc::new(old), None, true);
    assert!(refused.is_empty());
    // A format from the future is refused, at its field.
    let future = text_1924().replacen("format: 2,", "format: 9,", 1);
    let err = Scenario::from_str(&future, "future.ron").unwrap_err().to_string();
    assert!(err.contains("future.ron:5:13") && err.contains("newer than this game's (2)"), "{err}");
}

/// The third scenario, Albania after Hoxha: data alone, in its own words; its
/// history replays legal, and more than one leader can come out on top.
#[test]
fn the_1985_scenario_speaks_albanian_and_replays_legal() {
    use politburo::rules::history;
    use politburo::rules::state::Outcome;
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios/1985.ron");
    let (scn, problems) = Scenario::check_file(&path);
    let scn = std::sync::Arc::new(scn.unwrap_or_else(|| panic!("{problems:?}")));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(scn.words().police, "the Sigurimi");
    let n = scn.cid("nexhmije");
    assert_eq!((scn.short(n), scn.he(n)), ("Nexhmije", "she"));
    let (st, refused) = history::play(scn.clone(), None, false);
    assert!(refused.is_empty(), "refused script entries: {refused:?}");
    assert!(st.holds(st.scn.cid("carcani"), st.scn.oid("front")), "Çarçani takes the Democratic Front, December 1990");
    assert!(st.chars[st.scn.cid("stefani")].rank < politburo::scenario::Rank::Candidate, "Stefani dropped, December 1990");
    let text: Vec<String> = st.chronicle.entries.iter().map(|e| narrate::headline(&st.scn, e)).collect();
    assert!(text.iter().any(|t| t.contains("removed from the Political Bureau")), "the chronicle speaks of the Political Bureau");
    let mut winners = std::collections::BTreeSet::new();
    for seed in 0..30 {
        let st = politburo::cli::simulate(scn.clone(), seed, None, true);
        if let Some(Outcome::Supremacy { winner, .. } | Outcome::EndDate { leader: winner, .. }) = &st.outcome {
            winners.insert(*winner);
        }
    }
    assert!(winners.len() >= 2, "only one leader ever wins 1985: {winners:?}");
}

#[test]
fn offices_open_and_close_by_date() {
    use politburo::rules::chronicle::Event;
    use politburo::rules::command::{Command, CommandError};
    use politburo::rules::state::GameState;
    let text = text_1924().replacen(
        "removal_body: Politburo, min_rank: CentralCommittee, weight: 8,\n        ),",
        "removal_body: Politburo, min_rank: CentralCommittee, weight: 8, closes: Some(\"1924-07\"),\n        ),",
        1,
    );
    assert!(text != text_1924(), "the Moscow Soviet's entry is found");
    let s = load(&text);
    let ms = s.oid("moscow_soviet");
    let mut st = GameState::new(std::sync::Arc::new(s), 1);
    st.chronicle.quiet = false;
    let (kamenev, stalin, zinoviev) = (st.scn.cid("kamenev"), st.scn.cid("stalin"), st.scn.cid("zinoviev"));
    assert!(st.holds(kamenev, ms) && st.office_exists(ms));
    st.end_turn();
    st.end_turn();
    assert!(!st.office_exists(ms) && st.holder(ms).is_none(), "abolished in July 1924, its holder loses it");
    assert!(st.chronicle.entries.iter().any(|e| e.event == Event::PostLost { who: kamenev, office: ms }));
    st.chars[stalin].ap = 5;
    let replace = Command::Propose(Motion::ReplaceInOffice { office: ms, with: zinoviev });
    assert_eq!(
        politburo::rules::legality::check(&st, stalin, &replace),
        Err(CommandError::NotNow("the office does not exist at this date"))
    );
    // A holder for an office that opens later is an error of `check`.
    let early = text_1924().replacen("weight: 8,\n        ),", "weight: 8, opens: Some(\"1925-01\"),\n        ),", 1);
    let err = Scenario::from_str(&early, "opens.ron").unwrap_err().to_string();
    assert!(err.contains("opens in January 1925 but has a holder at the start"), "{err}");
}

#[test]
fn a_scenario_can_give_the_line_to_the_plenum() {
    use politburo::rules::command::Command;
    use politburo::rules::state::GameState;
    use politburo::rules::votes::{self, Body};
    use politburo::scenario::date::Date;
    let text = text_1924().replacen("    line: (\n", "    line: (\n        decided_by: Plenum,\n", 1);
    assert!(text != text_1924());
    let mut st = GameState::new(std::sync::Arc::new(load(&text)), 1);
    let stalin = st.scn.cid("stalin");
    st.chars[stalin].ap = 5;
    st.date = Date::new(1924, 4);
    let line = Motion::SetLine { level: st.line + 1 };
    assert_eq!(votes::motion_body(&st, &line), Body::Plenum, "the plenum sets the line");
    politburo::rules::apply::apply(&mut st, stalin, Command::Propose(line)).unwrap();
    assert!(st.plenum_agenda.iter().any(|p| p.motion == line) && st.politburo_agenda.is_empty());
    // In 1924 as shipped it is the Politburo's.
    let plain = GameState::new(std::sync::Arc::new(load(&text_1924())), 1);
    assert_eq!(votes::motion_body(&plain, &line), Body::Politburo);
}

/// The rules' fixed texts (refusals, help, the glossary) speak the scenario's
/// words; 1924's read exactly as written.
#[test]
fn refusals_and_help_speak_the_scenarios_words() {
    use politburo::rules::command::CommandError;
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios/1985.ron");
    let albania = Scenario::check_file(&path).0.unwrap();
    let plain = load(&text_1924());
    let refused = CommandError::RankTooLow("only Politburo members propose there");
    assert_eq!(narrate::refusal(&plain, &refused), "only Politburo members propose there");
    assert_eq!(narrate::refusal(&albania, &refused), "only Political Bureau members propose there");
    let soviet = ["Politburo", "Lenin's", "Testament", "OGPU", "Soviet", "Pravda", "Red Army", "Comintern"];
    for kind in narrate::help::KINDS {
        for line in narrate::help::action(&albania, kind).map(|h| h.lines()).unwrap_or_default() {
            assert!(!soviet.iter().any(|w| line.contains(w)), "help {kind}: {line}");
        }
    }
    for (term, text) in narrate::help::glossary(&albania) {
        assert!(!soviet.iter().any(|w| term.contains(w) || text.contains(w)), "{term}: {text}");
    }
    assert!(narrate::help::action(&albania, "testament").is_none(), "no Testament in 1985");
    let grounds = "a motion against a leader needs grounds (charges, a lost fight over the line, the Testament) or it costs";
    assert_eq!(plain.speak(grounds), grounds);
    assert_eq!(albania.speak(grounds), "a motion against a leader needs grounds (charges, a lost fight over the line) or it costs");
}
