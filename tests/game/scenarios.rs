//! The scenarios: the shipped ones and their historical scripts, and the
//! positioned errors a broken scenario gets.

use crate::{game, id, scenario};
use politburo::cli::simulate;
use politburo::rules::chronicle::Event;
use politburo::rules::command::Motion;
use politburo::rules::state::GameState;
use politburo::scenario::{Rank, Scenario, default_scenario_path};
use std::sync::Arc;

#[test]
fn the_1924_scenario_has_the_real_leaders_in_their_posts() {
    let st = game(1);
    let s = &st.scn;
    assert!(s.n_chars() >= 20);
    for who in [
        "stalin",
        "trotsky",
        "zinoviev",
        "kamenev",
        "rykov",
        "tomsky",
        "bukharin",
        "dzerzhinsky",
        "kalinin",
        "molotov",
        "frunze",
        "voroshilov",
        "kuibyshev",
        "ordzhonikidze",
        "kirov",
        "sokolnikov",
        "preobrazhensky",
        "krupskaya",
        "uglanov",
        "kaganovich",
    ] {
        assert!(s.char_id(who).is_some(), "{who} is missing");
    }
    assert_eq!(st.gensec_holder(), Some(id(&st, "stalin")));
    assert_eq!(st.chars[id(&st, "trotsky")].rank, Rank::Politburo);
    assert_eq!(st.chars[id(&st, "bukharin")].rank, Rank::Candidate);
    assert!(s.def.characters[id(&st, "stalin")].playable && s.def.characters[id(&st, "trotsky")].playable);
}

#[test]
fn a_typo_in_a_scenario_gets_a_positioned_error() {
    let text = std::fs::read_to_string(default_scenario_path()).unwrap();
    // A misspelt field.
    let broken = text.replacen("months_per_turn", "months_per_trun", 1);
    let err = Scenario::from_str(&broken, "typo.ron").unwrap_err().to_string();
    let line = text[..text.find("months_per_turn").unwrap()].matches('\n').count() + 1;
    assert!(err.contains(&format!("typo.ron:{line}:")), "{err}");
    assert!(err.contains("months_per_trun"), "{err}");
    // An id that names nothing, with a suggestion.
    let at = text.find("holder: Some(\"stalin\")").expect("Stalin holds an office");
    let broken = format!("{}holder: Some(\"stalim\"){}", &text[..at], &text[at + "holder: Some(\"stalin\")".len()..]);
    let err = Scenario::from_str(&broken, "id.ron").unwrap_err().to_string();
    let line = text[..at].matches('\n').count() + 1;
    assert!(err.contains(&format!("id.ron:{line}:")), "{err}");
    assert!(err.contains("did you mean \"stalin\""), "{err}");
    // A syntax error.
    let err = Scenario::from_str(&text.replacen('(', "[", 1), "syntax.ron").unwrap_err().to_string();
    assert!(err.starts_with("error: syntax.ron:"), "{err}");
    // Not even RON.
    assert!(Scenario::from_str("", "empty.ron").is_err());
}

/// The historical replay reproduces the real sequence through the game's own votes.
#[test]
fn the_historical_replay_follows_history() {
    use politburo::rules::history;
    use politburo::scenario::date::Date;
    let scn = scenario();
    let at = |y, m| history::play(scn.clone(), Some(Date::new(y, m)), true).0;
    let rank = |st: &GameState, who: &str| st.chars[st.scn.cid(who)].rank;
    let holds = |st: &GameState, who: &str, office: &str| st.holds(st.scn.cid(who), st.scn.oid(office));

    let st = at(1925, 4);
    assert!(!holds(&st, "trotsky", "war") && holds(&st, "frunze", "war"), "Trotsky leaves the War Commissariat, January 1925");
    let st = at(1926, 1);
    assert!(st.chars[st.scn.cid("zinoviev")].charges >= 1, "the 14th Congress condemns the New Opposition");
    assert!(holds(&st, "voroshilov", "war"));
    let st = at(1926, 10);
    assert_eq!(rank(&st, "zinoviev"), Rank::CentralCommittee, "Zinoviev off the Politburo, July 1926");
    assert_eq!(rank(&st, "trotsky"), Rank::Politburo);
    let st = at(1927, 1);
    assert_eq!(rank(&st, "trotsky"), Rank::CentralCommittee, "Trotsky off the Politburo, October 1926");
    assert_eq!(rank(&st, "kamenev"), Rank::CentralCommittee);
    assert!(holds(&st, "bukharin", "comintern"));
    let st = at(1928, 1);
    assert_eq!(rank(&st, "trotsky"), Rank::Expelled, "expelled from the CC (October) and the party (November 1927)");
    assert_eq!(rank(&st, "zinoviev"), Rank::Expelled);
    assert_eq!(rank(&st, "kamenev"), Rank::Expelled, "the 15th Congress expels Kamenev");
    let st = at(1928, 4);
    assert_eq!(rank(&st, "trotsky"), Rank::Exiled, "Alma-Ata, January 1928");
    assert!(st.chars[st.scn.cid("zinoviev")].recanted);
    let st = at(1929, 4);
    assert_eq!(rank(&st, "trotsky"), Rank::Deported, "deported, February 1929");
    assert_eq!(rank(&st, "zinoviev"), Rank::Member, "readmitted, June 1928");
    let (st, refused) = history::play(scn.clone(), None, false);
    assert!(refused.is_empty(), "every scripted act is legal: {refused:?}");
    assert_eq!(rank(&st, "bukharin"), Rank::CentralCommittee, "Bukharin off the Politburo, November 1929");
    assert!(st.outcome.as_ref().is_some_and(|o| o.won(st.scn.cid("stalin"))));
    let zinoviev = st.scn.cid("zinoviev");
    let tally = st
        .chronicle
        .entries
        .iter()
        .find_map(|e| match &e.event {
            Event::Voted { put, tally } if put.motion == Motion::CongressReport { co_reporter: Some(zinoviev) } => Some(tally),
            _ => None,
        })
        .expect("the 14th Congress votes on Zinoviev's co-report");
    assert_eq!((tally.passed, tally.yes, tally.no, tally.abstain), (true, 559, 65, 41), "the real tally of December 1925");
    assert_eq!(tally.casts.iter().map(|c| c.yes).sum::<i32>(), 559, "the delegations' votes add up to the record");
    // Stable across runs.
    assert_eq!(st.state_hash(), history::play(scn, None, true).0.state_hash());
}

/// `tests/broken/`: one small broken scenario per kind of mistake, each with its
/// expected problems in `NAME.expect` (one `LINE:COLUMN substring` a line, where
/// the substring is looked for in `file:line:col: message (hint)`; `ok` for a
/// file that must load clean). Every error a file gives must be expected: no
/// noise after the real one. Plus what is generated rather than committed: a
/// file over the size limit, refused before it is read, and a megabyte of brackets.
#[test]
fn broken_scenarios_report_what_their_expect_files_say() {
    use politburo::scenario::{MAX_SCENARIO_BYTES, Severity};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/broken");
    let mut names: Vec<_> =
        std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "ron")).collect();
    names.sort();
    assert!(names.len() >= 15, "only {} broken scenarios", names.len());
    let mut failures = vec![];
    for path in &names {
        let expect_path = path.with_extension("expect");
        let expect = std::fs::read_to_string(&expect_path).unwrap_or_else(|_| panic!("{} has no .expect file", path.display()));
        let (scn, problems) = Scenario::check_file(path);
        let errors: Vec<_> = problems.iter().filter(|e| e.severity == Severity::Error).collect();
        let shown = errors.iter().map(|e| format!("    {e}")).collect::<Vec<_>>().join("\n");
        if expect.trim() == "ok" {
            if scn.is_none() || !errors.is_empty() {
                failures.push(format!("{}: should load clean, gave\n{shown}", path.display()));
            }
            continue;
        }
        let wanted: Vec<(&str, &str)> =
            expect.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).map(|l| l.split_once(' ').unwrap_or((l, ""))).collect();
        if scn.is_some() {
            failures.push(format!("{}: loaded although broken", path.display()));
        }
        if errors.len() != wanted.len() {
            failures.push(format!("{}: {} errors where {} are expected:\n{shown}", path.display(), errors.len(), wanted.len()));
        }
        for (pos, text) in wanted {
            let (line, col) = pos.split_once(':').expect("LINE:COL");
            let hit = errors.iter().any(|e| e.line.to_string() == line && e.column.to_string() == col && e.to_string().contains(text));
            if !hit {
                failures.push(format!("{}: expected at {pos}: {text}\n  got:\n{shown}", path.display()));
            }
        }
        for e in &errors {
            // The rustc-style rendering: the position, and the line with a caret under the culprit.
            let r = e.render();
            assert!(r.starts_with("error: "), "{r}");
            if e.line > 0 {
                assert!(r.contains(&format!("--> {}:{}:{}", e.file, e.line, e.column)), "{r}");
                assert!(r.contains(&format!("{} | ", e.line)) && r.contains('^'), "{r}");
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));

    // Too big: refused from its size alone (a sparse file: nothing is written or read).
    let tmp = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken-huge");
    std::fs::create_dir_all(&tmp).unwrap();
    let huge = tmp.join("huge.ron");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(MAX_SCENARIO_BYTES * 64).unwrap();
    drop(f);
    let start = std::time::Instant::now();
    let err = Scenario::load(&huge).unwrap_err().to_string();
    assert!(err.contains("huge.ron: the file is 256.0 MiB; a scenario may be at most 4 MiB"), "{err}");
    assert!(start.elapsed().as_secs() < 2, "the size check reads the file");
    let _ = std::fs::remove_dir_all(&tmp);
    // The same limit for text handed over directly.
    let big = "(".to_string() + &" ".repeat(MAX_SCENARIO_BYTES as usize) + ")";
    assert!(Scenario::from_str(&big, "big.ron").unwrap_err().to_string().contains("at most 4 MiB"));
    // A thousand mistakes: the first hundred, in the file's order, and a note that more may follow.
    let valid = std::fs::read_to_string(dir.join("minimal-valid.ron")).unwrap();
    let owners = vec!["\"nobody\""; 1000].join(", ");
    let (scn, problems) = Scenario::check_str(&valid.replace("owners: [\"stalin\"]", &format!("owners: [{owners}]")), "many.ron");
    assert!(scn.is_none());
    assert_eq!(problems.len(), politburo::scenario::check::MAX_PROBLEMS + 1);
    assert!(problems.windows(2).take(99).all(|w| (w[0].line, w[0].column) < (w[1].line, w[1].column)), "each at its own occurrence");
    assert!(problems.last().unwrap().message.contains("more problems may follow"));
    // A megabyte of brackets is refused at the 65th, quickly.
    let start = std::time::Instant::now();
    let err = Scenario::from_str(&"[".repeat(1 << 20), "deep.ron").unwrap_err().to_string();
    assert!(err.contains("deep.ron:1:65: brackets nested more than 64 deep"), "{err}");
    assert!(start.elapsed().as_millis() < 1000);
}

/// The second scenario, 1953, is data alone: it loads clean, its historical
/// script plays with every entry legal and follows history (Beria off the
/// Presidium in 1953, Khrushchev First Secretary, Malenkov out as premier by
/// 1955), and whole games end with more than one possible winner.
#[test]
fn the_1953_scenario_plays_from_data_alone() {
    use politburo::rules::history;
    use politburo::scenario::date::Date;
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("assets/scenarios/1953.ron");
    let scn = Arc::new(Scenario::load(&path).unwrap_or_else(|e| panic!("{}", e.render())));
    assert_eq!(scn.def.id, "1953");
    let (st, refused) = history::play(scn.clone(), None, true);
    assert!(refused.is_empty(), "refused script entries: {refused:?}");
    assert!(st.is_over());
    let at = |y, m| history::play(scn.clone(), Some(Date::new(y, m)), true).0;
    let st = at(1954, 1);
    assert!(st.chars[st.scn.cid("beria")].rank < Rank::Candidate, "Beria falls in 1953");
    assert!(st.holds(st.scn.cid("khrushchev"), st.scn.oid("first_secretary")), "Khrushchev First Secretary, September 1953");
    let st = at(1955, 7);
    assert!(!st.holds(st.scn.cid("malenkov"), st.scn.oid("premier")), "Malenkov loses the premiership, February 1955");
    let mut winners = std::collections::BTreeSet::new();
    for seed in 0..40 {
        let st = simulate(scn.clone(), seed, None, true);
        assert!(st.is_over());
        if let Some(
            politburo::rules::state::Outcome::Supremacy { winner, .. } | politburo::rules::state::Outcome::EndDate { leader: winner, .. },
        ) = &st.outcome
        {
            winners.insert(*winner);
        }
    }
    assert!(winners.len() >= 2, "only one leader ever wins 1953: {winners:?}");
}
