//! The catalogue check: every language has every message of English and no other, each
//! with the same variables and attributes, in valid Fluent; every message the Rust code
//! asks for exists and every Rust-side message is asked for; no sentence for a person is
//! left as a literal in the command line's output; and every shipped translation of the
//! content matches its English (`routines validate`'s check). The window's own ids are
//! checked by its Vitest suite (ui/src/lib/i18n).

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use solewise_core::i18n::{self, LANGUAGES};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Each message of a catalogue: its variables and attribute names.
type Shape = BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)>;

fn variables(pattern: &Pattern<&str>, found: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, found: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for variant in variants {
                variables(&variant.value, found);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, found),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, found: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, found);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}

/// Reads a catalogue, failing with FILE:LINE on any syntax error.
fn shape(path: &Path) -> Shape {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| {
        let first = &errors[0];
        let line = text[..first.pos.start.min(text.len())]
            .lines()
            .count()
            .max(1);
        panic!(
            "{}:{line}: not valid Fluent: {:?}",
            path.display(),
            first.kind
        )
    });
    let mut shape = Shape::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut found = BTreeSet::new();
            if let Some(value) = &message.value {
                variables(value, &mut found);
            }
            let mut attributes = BTreeSet::new();
            for attribute in &message.attributes {
                variables(&attribute.value, &mut found);
                attributes.insert(attribute.id.name.to_string());
            }
            let id = message.id.name.to_string();
            assert!(
                shape.insert(id.clone(), (found, attributes)).is_none(),
                "{}: {id} is defined twice",
                path.display()
            );
        }
    }
    shape
}

fn catalogue_files() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(root().join("locales/en"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ftl"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_language_has_every_message_of_english_with_the_same_variables() {
    let folders: BTreeSet<String> = fs::read_dir(root().join("locales"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let languages: BTreeSet<String> = LANGUAGES.iter().map(|l| l.tag.to_string()).collect();
    assert_eq!(
        folders, languages,
        "one folder in locales/ for each language of i18n::LANGUAGES"
    );
    let mut problems = Vec::new();
    for file in catalogue_files() {
        let english = shape(&root().join("locales/en").join(&file));
        for language in LANGUAGES.iter().filter(|l| l.tag != "en") {
            let path = root().join("locales").join(language.tag).join(&file);
            if !path.exists() {
                problems.push(format!("{}: missing", path.display()));
                continue;
            }
            let theirs = shape(&path);
            for (id, (vars, attributes)) in &english {
                match theirs.get(id) {
                    None => problems.push(format!("{}: no message {id}", path.display())),
                    Some((their_vars, their_attributes)) => {
                        if their_vars != vars {
                            problems.push(format!(
                                "{}: {id} has variables {their_vars:?}, English {vars:?}",
                                path.display()
                            ));
                        }
                        if their_attributes != attributes {
                            problems.push(format!(
                                "{}: {id} has attributes {their_attributes:?}, English {attributes:?}",
                                path.display()
                            ));
                        }
                    }
                }
            }
            for id in theirs.keys().filter(|id| !english.contains_key(*id)) {
                problems.push(format!("{}: {id} is not in English", path.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Every `tr!("id"` in the Rust sources, with the file it is in.
fn ids_used_in_rust() -> BTreeMap<String, String> {
    let mut used = BTreeMap::new();
    let mut stack: Vec<PathBuf> = ["core/src", "daemon/src", "src-tauri/src"]
        .iter()
        .map(|dir| root().join(dir))
        .collect();
    while let Some(path) = stack.pop() {
        if path.is_dir() {
            stack.extend(fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        if path.extension().is_none_or(|x| x != "rs") {
            continue;
        }
        let text = fs::read_to_string(&path).unwrap();
        // Code only: the macro's own documentation shows made-up ids.
        let code: String = text
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for (at, _) in code.match_indices("tr!(") {
            // The macro itself, not the end of another's name (`include_str!(`).
            let before = code[..at].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = code[at + 4..].trim_start();
            if let Some(rest) = rest.strip_prefix('"') {
                let id: String = rest.chars().take_while(|c| *c != '"').collect();
                used.insert(id, path.display().to_string());
            }
        }
    }
    used
}

#[test]
fn every_rust_message_is_used_and_every_use_has_a_message() {
    let mut english = Shape::new();
    for file in catalogue_files().iter().filter(|f| *f != "window.ftl") {
        english.extend(shape(&root().join("locales/en").join(file)));
    }
    let used = ids_used_in_rust();
    let missing: Vec<String> = used
        .iter()
        .filter(|(id, _)| !english.contains_key(*id))
        .map(|(id, file)| format!("{file}: tr!(\"{id}\") has no message in locales/en"))
        .collect();
    assert!(missing.is_empty(), "{}", missing.join("\n"));
    let unused: Vec<&String> = english
        .keys()
        .filter(|id| !used.contains_key(*id))
        .collect();
    assert!(unused.is_empty(), "messages no Rust code uses: {unused:?}");
}

#[test]
fn the_command_line_prints_no_sentence_that_is_not_in_the_catalogue() {
    // Text a person reads, printed straight from a literal. Allowed: the program's name
    // before a message, the columns of `routines list` (a table scripts read), and
    // formats with no words of their own.
    let allowed = ["solewise: ", "ID", "MINUTES", "SOURCE", "TITLE"];
    let mut found = Vec::new();
    for file in [
        "daemon/src/main.rs",
        "daemon/src/cli/run.rs",
        "daemon/src/cli/programmes.rs",
    ] {
        let text = fs::read_to_string(root().join(file)).unwrap();
        for (number, line) in text.lines().enumerate() {
            let printing = [
                "println!(\"",
                "eprintln!(\"",
                "Ok(\"",
                "Err(\"",
                ".to_string()",
            ]
            .iter()
            .any(|p| line.contains(p));
            if !printing || line.trim_start().starts_with("//") || line.contains("tr!(") {
                continue;
            }
            let Some(literal) = line.split('"').nth(1) else {
                continue;
            };
            let mut words = literal.to_string();
            for allow in allowed {
                words = words.replace(allow, "");
            }
            let words: String = words
                .split(['{', '}'])
                .enumerate()
                .filter(|(i, _)| i % 2 == 0)
                .map(|(_, s)| s)
                .collect();
            if words.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
                found.push(format!("{file}:{}: {}", number + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "English left in the output:\n{}",
        found.join("\n")
    );
}

#[test]
fn every_shipped_translation_of_the_content_matches_its_english() {
    let problems = solewise_core::routines::check_translations();
    let said: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(said.is_empty(), "{}", said.join("\n"));
}

#[test]
fn the_pseudo_language_replaces_every_letter_of_every_message() {
    i18n::set_language(i18n::PSEUDO);
    let text = solewise_core::tr!("tray-start");
    i18n::set_language("en");
    assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{text}");
    assert!(text.starts_with('['), "{text}");
}
