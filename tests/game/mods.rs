//! Mods: extending a scenario by path, errors inside a mod, and MODDING.md's examples.

use crate::scenario;
use politburo::cli::simulate;
use politburo::scenario::Scenario;
use std::sync::Arc;

/// A mod extends the shipped scenario without copying it: `set` changes values
/// by path, `add` appends events; a mistake in the mod is reported in the mod's
/// own file and line, and a mod can extend another mod.
#[test]
fn a_mod_extends_a_scenario_and_its_errors_point_into_the_mod() {
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/mods");
    // The mods folder is passed in, never set globally: the shipped library alone does not know the mod.
    assert!(politburo::scenario::Library::shipped().find("1924-trotsky-ascendant").is_none());
    let lib = politburo::scenario::Library::new([dir.clone()]);
    let path = lib.find("1924-trotsky-ascendant").expect("the mod is found by its id");
    let scn = lib.load(&path).unwrap_or_else(|e| panic!("{}", e.render()));
    let base = scenario();
    let t = scn.cid("trotsky");
    assert_eq!(scn.def.characters[t].prestige, 85);
    assert_eq!(scn.def.characters[t].relations["zinoviev"], -20);
    assert_eq!(scn.def.balance.vote.apparatus, 0);
    assert_eq!(scn.def.events.len(), base.def.events.len() + 1);
    assert_eq!(scn.def.name, "Trotsky Ascendant");
    assert_eq!(scn.def.characters.len(), base.def.characters.len());
    // It plays.
    let st = simulate(Arc::new(scn), 1, None, true);
    assert!(st.is_over());

    // A mistake in a mod of the mod: the error names the mod's file and line.
    let tmp = std::env::temp_dir().join(format!("politburo-mod-test-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let child = tmp.join("child.ron");
    std::fs::write(
        &child,
        "(\n    extends: \"1924-trotsky-ascendant\",\n    id: \"child\",\n    name: \"Child\",\n    set: {\n        \"characters/stalin/prestige\": 400,\n    },\n)\n",
    )
    .unwrap();
    let err = lib.load(&child).unwrap_err();
    let e = &err.0[0];
    assert!(e.file.ends_with("child.ron") && e.line == 6 && e.message.contains("prestige"), "{}", err.render());
    std::fs::write(&child, "(\n    extends: \"1924-trotsky-ascendant\",\n    id: \"child\",\n    name: \"Child\",\n    set: {\n        \"characters/stalim/prestige\": 40,\n    },\n)\n").unwrap();
    let err = lib.load(&child).unwrap_err();
    assert!(err.0[0].line == 6 && err.0[0].hint.as_deref().is_some_and(|h| h.contains("stalin")), "{}", err.render());
    std::fs::write(&child, "(\n    extends: \"1924-trotsky-ascendant\",\n    id: \"child\",\n    name: \"Child\",\n    set: {\n        \"characters/stalin/prestige\": 40,\n    },\n)\n").unwrap();
    let ok = lib.load(&child).unwrap_or_else(|e| panic!("{}", e.render()));
    assert_eq!(ok.def.characters[ok.cid("stalin")].prestige, 40);
    assert_eq!(ok.def.characters[ok.cid("trotsky")].prestige, 85, "the grandparent mod's change stays");
    std::fs::write(&child, "(extends: \"nonesuch\", id: \"child\", name: \"Child\")").unwrap();
    assert!(lib.load(&child).unwrap_err().to_string().contains("no scenario has the id \"nonesuch\""));
    std::fs::remove_dir_all(&tmp).ok();
}

/// Every RON example in MODDING.md: a whole scenario or extension loads clean,
/// a `ron,broken` one is refused, a `ron,fragment` is a piece of a file.
#[test]
fn modding_md_examples_load() {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let doc = std::fs::read_to_string(root.join("MODDING.md")).unwrap();
    let tmp = std::env::temp_dir().join(format!("politburo-modding-md-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let (mut whole, mut broken) = (0, 0);
    let mut lines = doc.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let Some(kind) = line.trim().strip_prefix("```ron") else { continue };
        let body: Vec<&str> = lines.by_ref().map(|(_, l)| l).take_while(|l| l.trim() != "```").collect();
        if kind.contains("fragment") {
            continue;
        }
        let path = tmp.join(format!("example-{}.ron", n + 1));
        std::fs::write(&path, body.join("\n")).unwrap();
        let loaded = Scenario::load(&path);
        if kind.contains("broken") {
            broken += 1;
            assert!(loaded.is_err(), "MODDING.md line {}: the broken example loads", n + 1);
        } else {
            whole += 1;
            let scn = loaded.unwrap_or_else(|e| panic!("MODDING.md line {}: {}", n + 1, e.render()));
            assert!(simulate(Arc::new(scn), 1, None, true).is_over());
        }
    }
    std::fs::remove_dir_all(&tmp).ok();
    assert!(whole >= 2 && broken >= 1, "{whole} whole examples, {broken} broken");
}
