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
