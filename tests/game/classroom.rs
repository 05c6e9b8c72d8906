//! The classroom's exports (issue 21 items 3 and 4): the evidence log read from a
//! game's typed events, its for-and-against worksheet, and the printable debrief
//! with the votes that decided the game and who had seated the secretaries of the
//! delegations that cast them.

use politburo::classroom::{debrief, decisive, evidence, worksheet};
use politburo::cli::simulate;
use politburo::rules::replay::SaveFile;
use politburo::scenario::{Library, Scenario};
use std::sync::Arc;

fn chapter(id: &str) -> Arc<Scenario> {
    let lib = Library::shipped();
    Arc::new(lib.load(&lib.find(id).unwrap()).unwrap())
}

/// A finished chapter game, replayed from its save as `politburo debrief` does.
fn finished(id: &str, seed: u64) -> politburo::rules::GameState {
    let scn = chapter(id);
    let st = simulate(scn.clone(), seed, None, true);
    SaveFile::parse(&SaveFile::from_game(&st).to_ron()).unwrap().replay(scn, false).unwrap()
}

#[test]
fn the_evidence_log_weighs_votes_and_quotes_the_sources() {
    let st = finished("chapter-1926-opposition", 7);
    let log = evidence::log(&st);
    let opened = st.scn.def.chapter.as_ref().unwrap().opens;
    assert!(log.iter().all(|e| e.date >= opened), "only the chapter's own evidence");
    for who in ["stalin", "trotsky", "zinoviev"] {
        let c = st.scn.cid(who);
        assert!(log.iter().any(|e| e.leader == c), "no evidence about {who}");
    }
    assert!(log.iter().any(|e| e.for_claim) && log.iter().any(|e| !e.for_claim));
    // A charge under the ban is evidence against, with the resolution of 1921 quoted.
    let charged = log.iter().find(|e| e.kind == "Charged").expect("someone was charged");
    assert!(!charged.for_claim);
    let src = &st.scn.def.sources[charged.source.expect("a source on charges")];
    assert!(src.cite.contains("Party Unity"), "{}", src.cite);
    // Every carried motion against a leader counts against him.
    for e in log.iter().filter(|e| e.kind == "Removed" || e.kind == "Expelled") {
        assert!(!e.for_claim, "{}", e.reason);
    }
}

#[test]
fn the_worksheet_has_a_for_and_an_against_column_per_leader() {
    let st = finished("chapter-1926-opposition", 7);
    let csv = worksheet::csv(&st);
    let head = csv.lines().next().unwrap();
    assert_eq!(
        head,
        "Stalin for,Stalin against,Trotsky for,Trotsky against,Zinoviev for,Zinoviev against,Kamenev for,Kamenev against,Bukharin for,Bukharin against"
    );
    assert!(csv.lines().count() >= 2, "a header and at least one row of evidence");
    let html = worksheet::html(&st);
    assert!(html.contains("For his claim to lead") && html.contains("Leon Trotsky") && html.contains("Your verdict"));
}

#[test]
fn the_debrief_names_the_decisive_votes_and_who_seated_the_secretaries() {
    let st = finished("chapter-1926-opposition", 7);
    let votes = decisive::decisive(&st);
    assert_eq!(votes.len(), 3);
    assert!(votes.windows(2).all(|w| w[0].date <= w[1].date), "in date order");
    // A congress's vote is cast by delegations, and Kirov's Leningrad was seated by Stalin in January 1926.
    let congress = votes.iter().find(|v| !v.delegations.is_empty()).expect("a vote cast by delegations");
    let leningrad = congress.delegations.iter().find(|d| d.region == st.scn.rid("leningrad")).unwrap();
    assert_eq!(leningrad.appointed_by.map(|(c, _)| c), Some(st.scn.cid("stalin")));
    let page = debrief::page(&st);
    for needle in [
        "@page { size: A4",
        "The question:",
        "Can Trotsky stay in the party",
        "Secretary seated by",
        "<svg",
        "For discussion",
        "This game beside history",
    ] {
        assert!(page.contains(needle), "the debrief lacks {needle}");
    }
    for q in &st.scn.def.discussion {
        assert!(page.contains(&politburo::classroom::esc(q)));
    }
}

#[test]
fn scenario_text_is_escaped() {
    assert_eq!(politburo::classroom::esc("<b>\"Koba\" & 'Ilyich'</b>"), "&lt;b&gt;&quot;Koba&quot; &amp; &#39;Ilyich&#39;&lt;/b&gt;");
}
