//! `docs/architecture.md` stays true: every file in `src/` is named in its module table, every file it names exists,
//! and no two files of `src/` import each other, directly or through others.
//!
//! Module hubs (`mod.rs`, `lib.rs`, `main.rs`) declare and re-export their children, so edges into and out of them
//! are left out of the cycle check; a cycle among the files that hold the code is what it finds.

mod common;

use common::repo;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Every `.rs` file under `src/`, relative to `src/` (`report/outline.rs`).
fn source_files() -> BTreeSet<String> {
    /// Collects the files of one folder.
    fn walk(dir: &Path, base: &Path, out: &mut BTreeSet<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, base, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.insert(
                    p.strip_prefix(base)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/"),
                );
            }
        }
    }
    let base = repo().join("src");
    let mut out = BTreeSet::new();
    walk(&base, &base, &mut out);
    out
}

/// The files named in the first cell of the module table: `dir/a.rs`, then `b.rs` in the same cell is `dir/b.rs`.
fn documented_files(doc: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in doc.lines().filter(|l| l.starts_with("| `")) {
        let cell = line.split('|').nth(1).unwrap_or_default();
        let mut dir = String::new();
        for (i, token) in cell.split('`').enumerate() {
            if i % 2 == 0 || !token.ends_with(".rs") {
                continue;
            }
            match token.rsplit_once('/') {
                Some((d, _)) => {
                    dir = format!("{d}/");
                    out.insert(token.to_string());
                }
                None => {
                    out.insert(format!("{dir}{token}"));
                }
            }
        }
    }
    out
}

#[test]
fn every_source_file_is_in_the_architecture_document() {
    let doc = std::fs::read_to_string(repo().join("docs/architecture.md")).unwrap();
    let (have, named) = (source_files(), documented_files(&doc));
    let missing: Vec<_> = have.difference(&named).collect();
    let stale: Vec<_> = named.difference(&have).collect();
    assert!(
        missing.is_empty() && stale.is_empty(),
        "docs/architecture.md: files missing from the module table: {missing:?}; named but absent: {stale:?}"
    );
}

/// The module path of a file (`report/refs/scan.rs` → `["report", "refs", "scan"]`; `mod.rs` names its folder).
fn module_of(file: &str) -> Vec<String> {
    let stem = file.trim_end_matches(".rs");
    let mut parts: Vec<String> = stem.split('/').map(String::from).collect();
    if parts
        .last()
        .is_some_and(|p| p == "mod" || p == "lib" || p == "main")
    {
        parts.pop();
    }
    parts
}

/// The file that holds the longest prefix of a module path that is a file.
fn file_of(path: &[String], files: &BTreeSet<String>) -> Option<String> {
    for n in (1..=path.len()).rev() {
        let p = path[..n].join("/");
        for f in [format!("{p}.rs"), format!("{p}/mod.rs")] {
            if files.contains(&f) {
                return Some(f);
            }
        }
    }
    None
}

/// Expands a `use` tree (`a::{b, c::d}`) into its paths.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or(tree).trim().to_string()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let (mut parts, mut depth, mut start) = (vec![], 0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(|p| expand(p).into_iter().map(|e| format!("{prefix}{e}")))
        .collect()
}

/// The files a file imports (`use crate::…`, `use super::…`, and inline `crate::…` paths).
fn imports(file: &str, text: &str, files: &BTreeSet<String>) -> BTreeSet<String> {
    let module = module_of(file);
    // `super` is the parent of the file's module (for `a/mod.rs`, module `a`, that is the crate root).
    let parent: Vec<String> = module[..module.len().saturating_sub(1)].to_vec();
    let mut paths = vec![];
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    for stmt in code.split(';') {
        let s = stmt.trim();
        let s = s.strip_prefix("pub ").unwrap_or(s);
        if let Some(tree) = s.strip_prefix("use ") {
            paths.extend(expand(tree));
        }
    }
    for (i, _) in code.match_indices("crate::") {
        let rest: String = code[i..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        paths.push(rest);
    }
    let mut out = BTreeSet::new();
    for p in paths {
        let segs: Vec<String> = p.split("::").map(|s| s.trim().to_string()).collect();
        let abs: Vec<String> = match segs.first().map(String::as_str) {
            Some("crate") => segs[1..].to_vec(),
            Some("super") => {
                let ups = segs.iter().take_while(|s| *s == "super").count();
                let mut base = parent[..parent.len().saturating_sub(ups - 1)].to_vec();
                base.extend(segs[ups..].iter().cloned());
                base
            }
            _ => continue,
        };
        if let Some(f) = file_of(&abs, files) {
            if f != file {
                out.insert(f);
            }
        }
    }
    out
}

#[test]
fn no_two_source_files_import_each_other() {
    let files = source_files();
    let hub = |f: &str| f.ends_with("mod.rs") || f == "lib.rs" || f == "main.rs";
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in files.iter().filter(|f| !hub(f)) {
        let text = std::fs::read_to_string(repo().join("src").join(f)).unwrap();
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        let deps = imports(f, text, &files)
            .into_iter()
            .filter(|d| !hub(d))
            .collect();
        graph.insert(f.clone(), deps);
    }
    // Depth-first search for a cycle, reporting the first one found as a path.
    fn visit(
        n: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(n.to_string(), 1);
        stack.push(n.to_string());
        for d in graph.get(n).into_iter().flatten() {
            match state.get(d.as_str()) {
                Some(1) => {
                    let at = stack.iter().position(|s| s == d).unwrap();
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(d.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(d, graph, state, stack) {
                        return Some(c);
                    }
                }
            }
        }
        stack.pop();
        state.insert(n.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in graph.keys() {
        if !state.contains_key(n.as_str()) {
            if let Some(c) = visit(n, &graph, &mut state, &mut vec![]) {
                panic!("circular import between files: {}", c.join(" → "));
            }
        }
    }
    // The check sees real edges (guards against a parser that finds nothing).
    assert!(graph["report/outline.rs"].contains("report/achievement.rs"));
    assert!(
        graph["validate/narrative.rs"].contains("report/refs/mod.rs")
            || graph["validate/narrative.rs"].contains("report/refs/scan.rs")
    );
}

#[test]
fn use_trees_expand() {
    assert_eq!(
        expand("a::{b, c::{d, e as f}}"),
        vec!["a::b", "a::c::d", "a::c::e"]
    );
}

#[test]
fn docs_format_md_lists_every_narrative_file_of_the_outline() {
    let doc = std::fs::read_to_string(repo().join("docs/format.md")).unwrap();
    for stem in lkjip::model::Slot::stems() {
        assert!(
            doc.contains(&format!("`{stem}.md`")),
            "docs/format.md does not list `{stem}.md`"
        );
    }
}

#[test]
fn docs_format_md_lists_every_choice_a_project_can_make() {
    use lkjip::model::{FontFamily, NegativeFormula, RangeReading, ZeroTarget};
    let doc = std::fs::read_to_string(repo().join("docs/format.md")).unwrap();
    let choices = FontFamily::NAMES
        .iter()
        .chain(&NegativeFormula::NAMES)
        .chain(&ZeroTarget::NAMES)
        .chain(&RangeReading::NAMES);
    for name in choices {
        assert!(
            doc.contains(name),
            "docs/format.md does not name the choice {name:?}"
        );
    }
}
