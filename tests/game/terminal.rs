//! The terminal game as a new player meets it, driven line by line through
//! `cli::session` (the same loop `politburo play` runs): numbers fixed for the
//! turn, commands by name, blank lines, `why`, `help`, confirmation of
//! irreversible moves, the tutorial, the ledger and how a game ends.

use crate::{game, id};
use politburo::cli::names;
use politburo::cli::session::{self, Options};
use politburo::narrate::help;
use politburo::rules::GameState;
use politburo::rules::legality::legal_commands;
use std::collections::VecDeque;

/// Plays `who` from a new game of `seed` on the given lines; returns the game and what was printed.
fn play_lines(who: &str, seed: u64, input: &str, opts: Options) -> (GameState, String) {
    let mut st = game(seed);
    let me = id(&st, who);
    let mut lines: VecDeque<String> = input.lines().map(String::from).collect();
    let mut out = Vec::new();
    session::play(&mut st, me, &mut lines, &mut out, &opts);
    (st, String::from_utf8(out).unwrap())
}

/// The text printed before the first turn's report.
fn first_turn(out: &str) -> &str {
    out.split("--- What happened ---").next().unwrap()
}

#[test]
fn command_numbers_stay_fixed_for_the_whole_turn() {
    // Issue 18: `1` then `2` gave a speech, then a stance shift instead of the article listed as 2.
    // 1 and 2 answer January 1924's question (the army's Political Directorate).
    let (st, out) = play_lines("trotsky", 5, "3\n4\n", Options::default());
    let me = id(&st, "trotsky");
    assert!(out.contains("speaks to the party"), "{out}");
    assert!(out.contains("publishes an article"), "{out}");
    assert!(!out.contains("shifts"), "{out}");
    let turn1 = first_turn(&out);
    // The list is printed once, at the turn's start, not after every line.
    assert_eq!(turn1.matches("Give a speech").count(), 1, "{turn1}");
    // `list` again: the speech keeps its number, marked done.
    let (_, out) = play_lines("trotsky", 5, "3\nlist\n", Options::default());
    assert!(out.contains("  3. Give a speech [1 AP]  -- done"), "{out}");
    assert_eq!(st.chars[me].ap, 1);
}

/// A command that becomes possible during the turn takes the next free number;
/// the others keep theirs.
#[test]
fn new_commands_take_the_next_numbers() {
    let (_, out) = play_lines("stalin", 3, "form centre\nlist\n", Options::default());
    let (first, again) = out.split_once("> list").unwrap();
    let numbered = |text: &str, what: &str| -> usize {
        let line = text.lines().find(|l| l.contains(what)).unwrap_or_else(|| panic!("{what} not listed: {text}"));
        line.trim().split('.').next().unwrap().parse().unwrap()
    };
    let form = numbered(first, "Form The Stalinist Centre");
    assert_eq!(numbered(again, "Form The Stalinist Centre"), form, "{again}");
    assert!(again.contains("Form The Stalinist Centre [2 AP]  -- done"), "{again}");
    let last = first.lines().filter_map(|l| l.trim().split_once(". ").and_then(|(n, _)| n.parse::<usize>().ok())).max().unwrap();
    assert!(!first.contains("Publish your bloc's platform"), "{first}");
    assert!(numbered(again, "Publish your bloc's platform") > last, "{again}");
}

#[test]
fn a_blank_line_does_nothing_and_help_says_how_to_end_the_turn() {
    let (st, out) = play_lines("stalin", 1, "\n\n\nhelp\n", Options::default());
    assert_eq!(st.turn, 0, "blank lines did not end the turn");
    assert!(!out.contains("--- What happened ---"), "{out}");
    assert!(out.contains("END THE TURN") && out.contains("a blank line does nothing"), "{out}");
}

#[test]
fn why_help_and_save_give_specific_answers() {
    let (_, out) = play_lines("trotsky", 5, "why 3\nwhy\nwhy abc\nsave\nhelp court\nhelp glossary\nhelp nonsense\n", Options::default());
    // `why` on a speech: what it does, its cost, its effects and the rule, not "see the README".
    assert!(out.contains("Give a speech [1 AP now]") && out.contains("What it does:") && out.contains("The rule:"), "{out}");
    assert!(!out.contains("See `help` and the README"), "{out}");
    assert!(out.contains("`why` needs a command: its number or its name"), "{out}");
    assert!(out.contains("why abc: \"abc\": no command by that number or name"), "{out}");
    assert!(out.contains("`save` needs a file to write: `save FILE`"), "{out}");
    assert!(out.contains("Court a leader (`court`)") && out.contains("his regard for you +12"), "{out}");
    assert!(
        out.contains("The ladder: off the Politburo")
            && out.contains("The Testament: Lenin's Testament, the Letter to the Congress")
            && out.contains("It judges Stalin, Trotsky, Zinoviev, Kamenev, Bukharin and Pyatakov"),
        "{out}"
    );
    assert!(out.contains("No help on \"nonsense\""), "{out}");
}

#[test]
fn every_action_kind_has_its_help_in_one_place() {
    let st = game(3);
    for k in help::KINDS {
        let h = help::action(&st.scn, k).unwrap_or_else(|| panic!("no help for {k}"));
        assert!(!h.what.is_empty() && !h.cost.is_empty() && !h.effects.is_empty() && !h.rule.is_empty(), "{k}");
    }
    // Every command any leader can give now has its kind's help.
    for c in st.ids() {
        for cmd in legal_commands(&st, c) {
            assert!(help::action(&st.scn, help::kind(&cmd)).is_some(), "{cmd:?}");
        }
    }
    let words: Vec<String> = help::glossary(&st.scn).into_iter().map(|(t, _)| t).collect();
    for w in ["Politburo", "Congress", "The ladder", "The Testament", "General Secretary of the Central Committee"] {
        assert!(words.iter().any(|x| x == w), "{w} missing from {words:?}");
    }
}

#[test]
fn commands_by_name_with_completion() {
    let (st, out) = play_lines("stalin", 3, "court kamenev\nappoint moscow\npropose remove trotsky\n", Options::default());
    assert!(out.contains("courts Kamenev"), "{out}");
    assert!(out.contains("appoints a cadre loyal to Stalin secretary of Moscow"), "{out}");
    assert!(out.contains("proposes to remove Leon Trotsky from the Politburo"), "{out}");
    assert_eq!(st.log.len(), 3, "three commands by name, all carried out");
    // Ambiguous and unknown names are answered, not guessed.
    let (_, out) = play_lines("stalin", 3, "court\nflatter kamenev\n", Options::default());
    assert!(out.contains("\"court\" could be"), "{out}");
    assert!(out.contains("\"flatter kamenev\": no command by that number or name"), "{out}");
    // Words in another order find the name when nothing matches in order.
    let named = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<String>>();
    let list = vec![named(&["testament", "publish"]), named(&["testament", "suppress"]), named(&["platform"])];
    assert_eq!(names::find(&list, "publish testament"), names::Found::One(0));
    assert_eq!(names::find(&list, "publish"), names::Found::One(0));
    assert_eq!(names::find(&list, "sup test"), names::Found::One(1));
    assert_eq!(names::find(&list, "testament"), names::Found::Several(vec![0, 1]));
    assert_eq!(names::find(&list, "publish platform"), names::Found::None);
    // Completion offers the next word of the names that fit.
    let st = game(3);
    let me = id(&st, "stalin");
    let all: Vec<Vec<String>> = legal_commands(&st, me).iter().map(|c| names::words(&st.scn, c)).collect();
    assert!(names::complete(&all, "court ka").contains(&"kamenev".to_string()));
    assert!(names::complete(&all, "propose re").contains(&"remove".to_string()));
    assert!(names::complete(&all, "appoint ").contains(&"moscow".to_string()));
}

#[test]
fn the_short_list_folds_hopeless_motions() {
    // As the window does: a motion with no chance is not listed at 0% in the short
    // list (shown as the turn opens and by `list`), only by `all`.
    let (_, out) = play_lines("trotsky", 2026, "list\nall\n", Options::default());
    assert_eq!(out.matches("Propose to remove Joseph Stalin from the Politburo").count(), 1, "{out}");
    assert!(out.contains("motions with no chance of passing: type `all`"), "{out}");
}

#[test]
fn a_motion_on_the_agenda_is_broken_down() {
    // Any waiting motion, a rival's against the player too, is explained voter by voter.
    let (_, out) = play_lines("stalin", 3, "propose remove trotsky\nagenda\nagenda 1\nagenda 9\n", Options::default());
    assert!(out.contains("  1. Stalin: remove Leon Trotsky from the Politburo"), "{out}");
    assert!(out.contains("Trotsky          ") && out.contains("(it is aimed at him: he votes against it)"), "{out}");
    assert!(out.contains("Leningrad") && out.contains("follows Zinoviev with loyalty"), "{out}");
    assert!(out.contains("`agenda N` needs the number of a motion on the agenda, 1 to 1"), "{out}");
}

#[test]
fn the_rivals_plans_can_be_read() {
    // What the window's reasons panel shows, the terminal's `plans` gives: the
    // front-runner and each rival's plan with its cause.
    let (st, out) = play_lines("trotsky", 2026, "plans\n", Options::default());
    assert!(out.contains("Front-runner: Stalin"), "{out}");
    let zinoviev = politburo::ai::plan_of(&st, id(&st, "zinoviev"));
    assert!(out.contains(&format!("Zinoviev     {}", politburo::narrate::plan_intent(&st.scn, zinoviev))), "{out}");
    assert!(!out.contains("Trotsky      plan"), "the player's own plan is not listed: {out}");
}

#[test]
fn irreversible_moves_ask_to_be_confirmed() {
    // Trotsky can recant from the first turn.
    let (st, out) = play_lines("trotsky", 5, "recant\nno\n", Options::default());
    assert!(out.contains("Recant your errors: this cannot be undone") && out.contains("Not done."), "{out}");
    assert!(!st.chars[id(&st, "trotsky")].recanted);
    let (st, _) = play_lines("trotsky", 5, "recant\nyes\n", Options::default());
    assert!(st.chars[id(&st, "trotsky")].recanted);
    let (st, _) = play_lines("trotsky", 5, "recant!\n", Options::default());
    assert!(st.chars[id(&st, "trotsky")].recanted);
    let (st, out) = play_lines("trotsky", 5, "recant\n", Options { yes: true, ..Default::default() });
    assert!(st.chars[id(&st, "trotsky")].recanted && !out.contains("cannot be undone"), "{out}");
    // Any other answer is not a yes: it is taken as the next command.
    let (st, out) = play_lines("trotsky", 5, "recant\nspeech\n", Options::default());
    assert!(!st.chars[id(&st, "trotsky")].recanted && out.contains("speaks to the party"), "{out}");
}

#[test]
fn the_tutorial_guides_the_first_turns() {
    let (_, out) = play_lines("stalin", 3, "1\nend\nend\nend\n", Options { tutorial: true, ..Default::default() });
    assert!(out.contains("TUTORIAL 1/6 - Patronage") && out.contains("SEATED AT THE END OF THE TURN"), "{out}");
    assert!(out.contains("TUTORIAL 2/6 - The agenda and the odds") && out.contains("`why "), "{out}");
    assert!(out.contains("TUTORIAL 3/6 - Blocs and the ban"), "{out}");
    assert!(out.contains("TUTORIAL 4/6 - The ladder"), "{out}");
    let (_, out) = play_lines("trotsky", 3, "end\n", Options { tutorial: true, ..Default::default() });
    assert!(out.contains("You cannot appoint secretaries: Stalin holds that power"), "{out}");
}

#[test]
fn the_ledger_gives_every_change_with_its_cause() {
    let (st, out) = play_lines("trotsky", 5, "3\n4\nend\n", Options::default());
    let report = out.split("--- Ledger: what changed this turn, and why ---").nth(1).expect("a ledger after the turn");
    assert!(report.contains("Your prestige") && report.contains("you: give a speech"), "{report}");
    assert!(report.contains("fame fades: each turn prestige moves"), "{report}");
    assert!(report.contains("regard for you"), "{report}");
    assert!(report.contains("power"), "{report}");
    // `ledger` at the prompt: what changed so far this turn.
    let (_, out) = play_lines("trotsky", 5, "3\nledger\n", Options::default());
    let now = out.split("--- Ledger: what changed this turn, and why ---").nth(1).expect("the ledger on demand");
    assert!(now.contains("Your prestige +") && now.contains("you: give a speech"), "{now}");
    assert!(st.turn >= 1);
}

/// The ledger is complete: summed, its changes are exactly how far every
/// prestige, regard and loyalty moved, and each has a known cause.
#[test]
fn the_ledger_accounts_for_every_change() {
    use politburo::rules::ledger::{Cause, Measure};
    let mut st = game(11);
    st.chronicle.ledger = true;
    let start = st.clone();
    let from = st.ledger.len();
    for _ in 0..8 {
        politburo::ai::play_turn(&mut st, None);
        st.end_turn();
    }
    let changes = &st.ledger[from..];
    assert!(changes.iter().all(|c| c.cause != Cause::Unknown), "{:?}", changes.iter().find(|c| c.cause == Cause::Unknown));
    for c in st.ids() {
        let sum: i32 = changes.iter().filter(|x| x.measure == Measure::Prestige(c)).map(|x| x.by).sum();
        assert_eq!(start.chars[c].prestige + sum, st.chars[c].prestige, "prestige of {c:?}");
        for d in st.ids() {
            let sum: i32 = changes.iter().filter(|x| x.measure == Measure::Regard { of: c, for_: d }).map(|x| x.by).sum();
            assert_eq!(start.rel(c, d) + sum, st.rel(c, d), "regard of {c:?} for {d:?}");
        }
    }
    for r in 0..st.regions.len() {
        let rid = politburo::scenario::RegionId(r);
        let sum: i32 = changes.iter().filter(|x| x.measure == Measure::Loyalty(rid)).map(|x| x.by).sum();
        assert_eq!(start.regions[r].loyalty + sum, st.regions[r].loyalty, "loyalty of region {r}");
    }
    // A game that does not ask for it (the analysis), or a quiet one (the computer's lookahead), keeps none.
    for quiet in [false, true] {
        let mut other = game(11);
        other.chronicle.quiet = quiet;
        other.chronicle.ledger = quiet;
        politburo::ai::play_turn(&mut other, None);
        other.end_turn();
        assert!(other.ledger.is_empty());
    }
}

#[test]
fn courting_and_the_board_say_whose_regard() {
    let (_, out) = play_lines("stalin", 3, "court kamenev\n", Options::default());
    assert!(out.contains("(Kamenev's regard for Stalin +"), "{out}");
    assert!(out.contains("(Regard: each leader's regard for you"), "{out}");
    assert!(!out.contains("his regard +"), "{out}");
}

/// `appoint leningrad` cannot be done (Zinoviev's fief): the terminal says why
/// instead of "no command by that name"; `appoint ukraine`, already run by
/// Stalin's cadres, sends the best loyal candidate instead of failing.
#[test]
fn appoint_by_region_says_why_or_sends_the_best_loyal_candidate() {
    let (st, out) = play_lines("stalin", 3, "appoint leningrad\nappoint ukraine\n", Options::default());
    let turn1 = first_turn(&out);
    assert!(turn1.contains("You cannot appoint a secretary of Leningrad: the secretary sits in the Politburo"), "{turn1}");
    let me = id(&st, "stalin");
    let ukraine = st.scn.region_id("ukraine").unwrap();
    // Seated at the turn's end, or still waiting if the lines ran out first: a named man either way.
    let r = &st.regions[ukraine];
    let sent = r.pending.as_ref().map(|a| a.secretary).unwrap_or(r.secretary).expect("a named secretary of Ukraine");
    let g = game(3);
    let best = legal_commands(&g, me)
        .into_iter()
        .filter_map(|c| match c {
            politburo::rules::Command::Appoint { region, person: Some(p) } if region == ukraine => Some(g.rel(p, me)),
            _ => None,
        })
        .max()
        .unwrap();
    assert_eq!(g.rel(sent, me), best, "{turn1}");
    // Trotsky holds no such power: the reason, not a puzzle.
    let (_, out) = play_lines("trotsky", 3, "appoint ukraine\n", Options::default());
    assert!(first_turn(&out).contains("You cannot appoint a secretary of Ukraine: only the General Secretary"), "{out}");
}

#[test]
fn commands_as_the_list_words_them() {
    // A new player types what he reads: "leave your bloc", "give a speech".
    let (st, out) = play_lines("trotsky", 31, "leave your bloc\ngive a speech\n", Options::default());
    let trotsky = id(&st, "trotsky");
    let mine: Vec<_> = st.log.iter().filter(|&&(t, a, _)| t == 0 && a == trotsky).map(|&(_, _, c)| c).collect();
    assert!(mine.contains(&politburo::rules::Command::LeaveBloc), "{mine:?}\n{out}");
    assert!(mine.contains(&politburo::rules::Command::Speech), "{mine:?}\n{out}");
}
