//! Checking the translations of the shipped library against their English (what
//! `routines validate` says of `routines/locales/`): keys with no English source, lists
//! of the wrong length, and what a language that says it is complete lacks.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use toml::Spanned;

use super::model::Problem;
use super::source::SourceFile;
use crate::tr;

/// The translatable keys of each kind of file, as the files spell them.
const TECHNIQUE_KEYS: [&str; 8] = [
    "title",
    "summary",
    "alt",
    "steps",
    "feel",
    "cautions",
    "tags",
    "tradition",
];
const ROUTINE_KEYS: [&str; 5] = ["title", "summary", "needs", "tags", "steps"];
const PROGRAMME_KEYS: [&str; 3] = ["title", "summary", "weeks"];
/// Lists whose items match the English one for one (a step is a step).
const SAME_LENGTH: [&str; 4] = ["steps", "cautions", "needs", "weeks"];

/// A tree of content files by name relative to the `routines/` folder
/// (`techniques/heel-circles.toml`, `locales/de/pages/why.md`), with their text.
pub(super) type Tree = BTreeMap<String, String>;

/// The shipped files as a `Tree`.
pub(super) fn shipped_tree() -> Tree {
    super::shipped::FILES
        .iter()
        .filter_map(|(name, text)| {
            Some((
                name.strip_prefix("routines/")?.to_string(),
                text.to_string(),
            ))
        })
        .collect()
}

/// Every problem with the translations in `tree`: a key with no English source, a list
/// with a different number of items than the English, a file with no English source,
/// and, for a language whose `about.toml` says `complete = true`, every file or text it
/// lacks. `shown` makes a tree name into the name messages show (FILE:LINE).
pub(super) fn check(tree: &Tree, shown: &dyn Fn(&str) -> String) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut tags: Vec<&str> = tree
        .keys()
        .filter_map(|name| name.strip_prefix("locales/")?.split('/').next())
        .collect();
    tags.dedup();
    for tag in tags {
        let prefix = format!("locales/{tag}/");
        let complete = tree
            .get(&format!("{prefix}about.toml"))
            .and_then(|text| toml::from_str::<toml::Table>(text).ok())
            .and_then(|about| about.get("complete")?.as_bool())
            .unwrap_or(false);
        for (name, text) in tree.range(prefix.clone()..) {
            let Some(relative) = name.strip_prefix(&prefix) else {
                break;
            };
            if relative == "about.toml" {
                continue;
            }
            let file = shown(name);
            let Some(english) = tree.get(relative) else {
                problems.push(file_problem(&file, tr!("translation-no-source")));
                continue;
            };
            if relative.ends_with(".toml") {
                check_file(&file, relative, english, text, complete, &mut problems);
            }
        }
        if complete {
            for english in tree.keys().filter(|n| !n.starts_with("locales/")) {
                if english.ends_with(".toml") || english.ends_with(".md") {
                    let translated = format!("{prefix}{english}");
                    if !tree.contains_key(&translated) {
                        problems.push(file_problem(
                            &shown(&translated),
                            tr!(
                                "translation-missing-file",
                                language = tag,
                                source = english.as_str()
                            ),
                        ));
                    }
                }
            }
        }
    }
    problems
}

fn file_problem(file: &str, message: String) -> Problem {
    Problem {
        file: file.to_string(),
        line: None,
        message,
    }
}

fn line_of(text: &str, offset: usize) -> u32 {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count() as u32
        + 1
}

fn check_file(
    file: &str,
    relative: &str,
    english: &str,
    text: &str,
    complete: bool,
    problems: &mut Vec<Problem>,
) {
    let keys: &[&str] = if relative.starts_with("techniques/") {
        &TECHNIQUE_KEYS
    } else if relative.starts_with("programmes/") {
        &PROGRAMME_KEYS
    } else {
        &ROUTINE_KEYS
    };
    let at = |offset: usize, message: String| Problem {
        file: file.to_string(),
        line: Some(line_of(text, offset)),
        message,
    };
    let translated: BTreeMap<Spanned<String>, Spanned<toml::Value>> = match toml::from_str(text) {
        Ok(table) => table,
        Err(error) => {
            problems.push(Problem {
                file: file.to_string(),
                line: error.span().map(|s| line_of(text, s.start)),
                message: error.message().trim().replace('\n', " "),
            });
            return;
        }
    };
    let Ok(source) = toml::from_str::<toml::Table>(english) else {
        return;
    };
    for (key, value) in &translated {
        let name = key.get_ref().as_str();
        let Some(original) = source.get(name).filter(|_| keys.contains(&name)) else {
            problems.push(at(
                key.span().start,
                tr!("translation-key-no-source", key = name),
            ));
            continue;
        };
        if SAME_LENGTH.contains(&name) {
            let (Some(ours), Some(theirs)) = (value.get_ref().as_array(), original.as_array())
            else {
                continue;
            };
            if ours.len() != theirs.len() {
                problems.push(at(
                    key.span().start,
                    tr!(
                        "translation-count",
                        key = name,
                        count = ours.len(),
                        english = theirs.len()
                    ),
                ));
                continue;
            }
            // A cue or note only where the English step or week has one.
            for (i, (ours, theirs)) in ours.iter().zip(theirs).enumerate() {
                let (Some(ours), Some(theirs)) = (ours.as_table(), theirs.as_table()) else {
                    continue;
                };
                for inner in ours.keys() {
                    if !theirs.contains_key(inner) {
                        let place = format!("{name}[{}].{inner}", i + 1);
                        problems.push(at(
                            key.span().start,
                            tr!("translation-key-no-source", key = place),
                        ));
                    }
                }
            }
        }
    }
    if complete {
        for key in keys {
            let present = translated.keys().any(|k| k.get_ref() == key);
            if source.contains_key(*key) && !present && *key != "tags" {
                problems.push(file_problem(
                    file,
                    tr!("translation-missing-key", key = *key),
                ));
            }
        }
    }
}

/// Reads the content tree under a `routines/` folder on disk (for `routines validate`).
pub(super) fn read_tree(root: &Path, problems: &mut Vec<Problem>) -> Tree {
    let mut tree = Tree::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(error) => {
                problems.push(file_problem(
                    &dir.display().to_string(),
                    tr!("translation-folder-unreadable", error = error.to_string()),
                ));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "toml" || x == "md") {
                let Ok(relative) = path.strip_prefix(root) else {
                    continue;
                };
                let name = relative.to_string_lossy().replace('\\', "/");
                match super::read_source(&path) {
                    Ok(file) => {
                        tree.insert(name, file.text);
                    }
                    Err(problem) => problems.push(problem),
                }
            }
        }
    }
    tree
}

/// The `routines/` folder a translation file sits under (`…/routines` for
/// `…/routines/locales/de/x.toml`), or None for any other file.
pub(super) fn root_of(name: &str) -> Option<&str> {
    let marker = format!("routines/{}/", super::overlay::FOLDER);
    let normalised = name.replace('\\', "/");
    let at = normalised
        .match_indices(&marker)
        .map(|(i, _)| i)
        .find(|&i| i == 0 || normalised[..i].ends_with('/'))?;
    name.get(..at + "routines".len())
}

/// Checks the translations among `files` against the English of their `routines/`
/// folder; a language that says it is complete is checked for what it lacks too. Returns
/// how many translation files were checked.
pub(super) fn check_on_disk(
    paths: &[PathBuf],
    files: &[SourceFile],
    problems: &mut Vec<Problem>,
) -> usize {
    let mut roots: Vec<&str> = files.iter().filter_map(|f| root_of(&f.name)).collect();
    roots.sort();
    roots.dedup();
    for root in roots {
        let base = if root.is_empty() {
            Path::new(".")
        } else {
            Path::new(root)
        };
        let tree = read_tree(base, problems);
        // Each folder joined on its own: the system's separators throughout (Windows too).
        let shown = |name: &str| {
            let path = name
                .split('/')
                .fold(base.to_path_buf(), |path, part| path.join(part));
            path.display().to_string()
        };
        // Only what was asked about: `validate routines/locales/de` leaves French alone.
        let asked = |problem: &Problem| {
            paths
                .iter()
                .any(|path| Path::new(&problem.file).starts_with(path))
        };
        problems.extend(check(&tree, &shown).into_iter().filter(asked));
    }
    files.len()
}
