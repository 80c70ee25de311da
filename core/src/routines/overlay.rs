//! Translations of the shipped library: for each language, files that mirror the English
//! ones under `routines/locales/<tag>/` and hold only their words (titles, summaries,
//! steps, cues, cautions, needs, tags, alt texts, notes, pages). A field a translation
//! lacks, or gets the shape of wrong, stays English; `check` says where.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::model::{Block, Library, Page, Problem, Programme, Routine, Source, Span, Technique};
use crate::i18n::{pseudo, PSEUDO};
use crate::tr;

/// Where translations sit among the shipped files.
pub(super) const FOLDER: &str = "locales";

/// Whether a shipped file (`routines/…`) is a translation rather than an English source.
pub(super) fn is_translation(name: &str) -> bool {
    name.starts_with("routines/locales/")
}

#[derive(Deserialize, Default)]
struct TechniqueText {
    title: Option<String>,
    summary: Option<String>,
    alt: Option<String>,
    steps: Option<Vec<String>>,
    feel: Option<String>,
    cautions: Option<Vec<String>>,
    tags: Option<Vec<String>>,
    tradition: Option<String>,
}

#[derive(Deserialize, Default)]
struct StepText {
    cue: Option<String>,
}

#[derive(Deserialize, Default)]
struct RoutineText {
    title: Option<String>,
    summary: Option<String>,
    needs: Option<Vec<String>>,
    tags: Option<Vec<String>>,
    steps: Option<Vec<StepText>>,
}

#[derive(Deserialize, Default)]
struct WeekText {
    note: Option<String>,
}

#[derive(Deserialize, Default)]
struct ProgrammeText {
    title: Option<String>,
    summary: Option<String>,
    weeks: Option<Vec<WeekText>>,
}

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

fn shipped(name: &str) -> Option<&'static str> {
    super::shipped::FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

fn read<T: for<'de> Deserialize<'de> + Default>(name: &str) -> Option<T> {
    let text = shipped(name)?;
    match toml::from_str(text) {
        Ok(read) => Some(read),
        Err(error) => {
            log::warn!("{name}: {}", error.message());
            None
        }
    }
}

fn put(field: &mut String, text: Option<String>) {
    if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
        *field = text;
    }
}

fn put_list(field: &mut Vec<String>, list: Option<Vec<String>>) {
    if let Some(list) = list.filter(|l| l.len() == field.len()) {
        *field = list;
    }
}

/// The shipped library's words in language `tag` (English stays as it is; the pseudo-
/// language transforms the English). The user's own routines are shown as written.
pub fn localize(library: &mut Library, tag: &str) {
    if tag == PSEUDO {
        return pseudo_library(library);
    }
    if tag == "en" {
        return;
    }
    let base = format!("routines/{FOLDER}/{tag}");
    for technique in &mut library.techniques {
        if let Some(text) = read(&format!("{base}/techniques/{}.toml", technique.id)) {
            localize_technique(technique, text);
        }
    }
    for entry in &mut library.routines {
        if entry.source != Source::BuiltIn {
            continue;
        }
        if let Some(text) = read(&format!("{base}/{}.toml", entry.routine.id)) {
            localize_routine(&mut entry.routine, text);
        }
    }
    localize_programmes(&mut library.programmes, tag);
    for page in &mut library.pages {
        let name = format!("{base}/pages/{}.md", page.id);
        if let Some(text) = shipped(&name) {
            match super::pages::parse_page(&page.id, &name, text) {
                Ok(translated) => *page = translated,
                Err(problem) => log::warn!("{problem}"),
            }
        }
    }
}

/// The shipped programmes' words in language `tag`.
pub fn localize_programmes(programmes: &mut [Programme], tag: &str) {
    let base = format!("routines/{FOLDER}/{tag}");
    for programme in programmes {
        if tag == PSEUDO {
            programme.title = pseudo(&programme.title);
            programme.summary = pseudo(&programme.summary);
            for week in &mut programme.weeks {
                week.note = week.note.as_deref().map(pseudo);
            }
            continue;
        }
        let Some(text) = read::<ProgrammeText>(&format!("{base}/programmes/{}.toml", programme.id))
        else {
            continue;
        };
        put(&mut programme.title, text.title);
        put(&mut programme.summary, text.summary);
        if let Some(weeks) = text.weeks.filter(|w| w.len() == programme.weeks.len()) {
            for (week, text) in programme.weeks.iter_mut().zip(weeks) {
                if week.note.is_some() && text.note.is_some() {
                    week.note = text.note;
                }
            }
        }
    }
}

fn localize_technique(technique: &mut Technique, text: TechniqueText) {
    put(&mut technique.title, text.title);
    put(&mut technique.summary, text.summary);
    put(&mut technique.alt, text.alt);
    put(&mut technique.feel, text.feel);
    put_list(&mut technique.steps, text.steps);
    put_list(&mut technique.cautions, text.cautions);
    if technique.tradition.is_some() && text.tradition.is_some() {
        technique.tradition = text.tradition;
    }
    // Search finds a technique by the words of either language.
    technique.tags.extend(text.tags.unwrap_or_default());
}

fn localize_routine(routine: &mut Routine, text: RoutineText) {
    put(&mut routine.title, text.title);
    put(&mut routine.summary, text.summary);
    put_list(&mut routine.needs, text.needs);
    routine.tags.extend(text.tags.unwrap_or_default());
    if let Some(steps) = text.steps.filter(|s| s.len() == routine.steps.len()) {
        for (step, text) in routine.steps.iter_mut().zip(steps) {
            if step.cue.is_some() && text.cue.is_some() {
                step.cue = text.cue;
            }
        }
    }
}

fn pseudo_library(library: &mut Library) {
    let all = |list: &mut Vec<String>| list.iter_mut().for_each(|s| *s = pseudo(s));
    for t in &mut library.techniques {
        for field in [&mut t.title, &mut t.summary, &mut t.alt, &mut t.feel] {
            *field = pseudo(field);
        }
        all(&mut t.steps);
        all(&mut t.cautions);
        t.tradition = t.tradition.as_deref().map(pseudo);
    }
    for entry in &mut library.routines {
        if entry.source != Source::BuiltIn {
            continue;
        }
        let r = &mut entry.routine;
        r.title = pseudo(&r.title);
        r.summary = pseudo(&r.summary);
        all(&mut r.needs);
        for step in &mut r.steps {
            step.cue = step.cue.as_deref().map(pseudo);
        }
    }
    localize_programmes(&mut library.programmes, PSEUDO);
    for page in &mut library.pages {
        pseudo_page(page);
    }
}

fn pseudo_page(page: &mut Page) {
    page.title = pseudo(&page.title);
    let spans = |spans: &mut Vec<Span>| spans.iter_mut().for_each(|s| s.text = pseudo(&s.text));
    for block in &mut page.blocks {
        match block {
            Block::Heading { text } | Block::Paragraph { text } => spans(text),
            Block::List { items } => items.iter_mut().for_each(spans),
        }
    }
}

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
