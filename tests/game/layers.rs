//! The code's layers, read from its own `use` lines: each top-level module uses
//! only the layers below it, and no two files of `rules` use each other, however
//! indirectly. `cargo test --test game layers` prints the graph it checked.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Bottom up; a module may use its own layer's file mates and anything lower,
/// never a module of its own layer or above (cli and ui never see each other).
const LAYERS: &[&[&str]] = &[
    &["files"],
    &["scenario"],
    &["rules"],
    &["ai", "narrate"],
    &["actions", "saves"],
    &["analysis", "prefs", "classroom"],
    &["cli", "ui"],
];

fn layer(top: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&top))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// A file's module path: src/rules/votes/mod.rs is ["rules", "votes"].
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|l| l == "mod") {
        parts.pop();
    }
    parts
}

/// The modules a file names: `crate::a::b`, and `super::x` resolved against its place.
fn references(module: &[String], text: &str) -> BTreeSet<Vec<String>> {
    let mut out = BTreeSet::new();
    // A file's `super` is its parent module; a mod.rs's `super` is its module's parent.
    let parent: Vec<String> = module[..module.len().saturating_sub(1)].to_vec();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        for (prefix, base) in [("crate::", Vec::new()), ("super::", parent.clone())] {
            let mut rest = code;
            while let Some(i) = rest.find(prefix) {
                // `super::super::` and the like are not used in this code base.
                let after = &rest[i + prefix.len()..];
                for path in paths_after(after) {
                    let mut full = base.clone();
                    full.extend(path);
                    out.insert(full);
                }
                rest = after;
            }
        }
    }
    out
}

/// The module paths named after a `crate::` or `super::`: `a::b::Name` gives
/// [a, b]; a group, `{a, b::c}` or `a::{b, c}`, gives each of its members.
fn paths_after(text: &str) -> Vec<Vec<String>> {
    let word = |s: &str| s.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect::<String>();
    let is_module = |w: &str| w.chars().next().is_some_and(|c| c.is_ascii_lowercase());
    if let Some(inner) = text.strip_prefix('{') {
        let group = &inner[..inner.find('}').unwrap_or(inner.len())];
        return group.split(',').map(|m| m.trim()).filter(|m| is_module(m)).map(|m| vec![word(m)]).collect();
    }
    let first = word(text);
    if !is_module(&first) {
        return vec![];
    }
    let rest = &text[first.len()..];
    match rest.strip_prefix("::") {
        Some(r) if r.starts_with('{') => {
            let mut out: Vec<Vec<String>> = paths_after(r).into_iter().map(|p| std::iter::once(first.clone()).chain(p).collect()).collect();
            if out.is_empty() {
                out.push(vec![first]);
            }
            out
        }
        Some(r) if is_module(&word(r)) => vec![vec![first, word(r)]],
        _ => vec![vec![first]],
    }
}

/// The file that holds a module path, walking up until one exists.
fn file_of(src: &Path, mut path: Vec<String>) -> Option<PathBuf> {
    while !path.is_empty() {
        let base = path.iter().fold(src.to_path_buf(), |p, s| p.join(s));
        for candidate in [base.with_extension("rs"), base.join("mod.rs")] {
            if candidate.is_file() {
                return Some(candidate);
            }
        }
        path.pop();
    }
    None
}

#[test]
fn each_layer_uses_only_the_layers_below_and_rules_has_no_cycle() {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = vec![];
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    let mut wrong = vec![];
    for f in &files {
        let module = module_of(&src, f);
        let Some(top) = module.first().cloned() else { continue };
        let text = std::fs::read_to_string(f).unwrap();
        let is_mod = f.file_name().is_some_and(|n| n == "mod.rs");
        for r in references(&module, &text) {
            let Some(target) = file_of(&src, r.clone()) else { continue };
            if &target == f {
                continue;
            }
            // A module's own mod.rs declaring and re-exporting its children is structure, not use.
            if is_mod && target.starts_with(f.parent().unwrap()) {
                continue;
            }
            let (from, to) = (layer(&top), layer(&r[0]));
            if let (Some(a), Some(b)) = (from, to)
                && (b > a || (b == a && r[0] != top))
            {
                wrong.push(format!("{} uses {} ({} is not below {})", f.display(), r.join("::"), r[0], top));
            }
            graph.entry(f.clone()).or_default().insert(target);
        }
    }
    assert!(wrong.is_empty(), "layers broken:\n{}", wrong.join("\n"));
    // No cycle among the files of rules: a depth-first search for a back edge.
    let rules: Vec<&PathBuf> = graph.keys().filter(|f| f.starts_with(src.join("rules"))).collect();
    let mut state: BTreeMap<&PathBuf, u8> = BTreeMap::new();
    fn visit<'a>(
        f: &'a PathBuf,
        graph: &'a BTreeMap<PathBuf, BTreeSet<PathBuf>>,
        state: &mut BTreeMap<&'a PathBuf, u8>,
        stack: &mut Vec<&'a PathBuf>,
    ) -> Option<Vec<String>> {
        match state.get(f) {
            Some(2) => return None,
            Some(1) => {
                let at = stack.iter().position(|x| *x == f).unwrap_or(0);
                return Some(stack[at..].iter().map(|p| p.display().to_string()).collect());
            }
            _ => {}
        }
        state.insert(f, 1);
        stack.push(f);
        for g in graph.get(f).into_iter().flatten() {
            if g.components().any(|c| c.as_os_str() == "rules")
                && let Some(cycle) = visit(g, graph, state, stack)
            {
                return Some(cycle);
            }
        }
        stack.pop();
        state.insert(f, 2);
        None
    }
    for f in &rules {
        let mut stack = vec![];
        if let Some(cycle) = visit(f, &graph, &mut state, &mut stack) {
            panic!("a cycle inside rules: {}", cycle.join(" -> "));
        }
    }
    // The graph, for whoever runs this with --nocapture.
    for (f, uses) in &graph {
        let names: Vec<String> = uses.iter().map(|u| u.strip_prefix(&src).unwrap().display().to_string()).collect();
        println!("{} -> {}", f.strip_prefix(&src).unwrap().display(), names.join(", "));
    }
    assert!(rules.len() > 15, "the rules' files were found: {}", rules.len());
}
