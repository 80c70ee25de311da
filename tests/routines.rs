//! The shipped library and the rules for routine files, checked from outside the app:
//! every shipped file loads, every kind of mistake gets its message, and the command line
//! reports problems as FILE:LINE: message.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};

use solewise_core::routines::{self, Category, Foot};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[test]
fn every_shipped_file_loads_without_a_problem() {
    let data = tempfile::tempdir().unwrap();
    let library = routines::load_library(data.path());
    assert!(library.problems.is_empty(), "{:#?}", library.problems);
    assert!(
        library.techniques.len() >= 14,
        "{}",
        library.techniques.len()
    );
    assert!(library.routines.len() >= 6);
    assert_eq!(library.pages.len(), 3);
    for category in [
        Category::Preparation,
        Category::Sequence,
        Category::Library,
        Category::Traditional,
    ] {
        assert!(
            library.techniques.iter().any(|t| t.category == category),
            "{category:?}"
        );
    }
}

#[test]
fn the_twice_weekly_routine_is_fifteen_minutes_in_the_order_of_the_text() {
    let data = tempfile::tempdir().unwrap();
    let library = routines::load_library(data.path());
    let entry = library
        .routines
        .iter()
        .find(|e| e.routine.id == "twice-weekly")
        .expect("the 15-minute routine ships");
    assert_eq!(entry.total_seconds, 15 * 60);
    let order: Vec<&str> = entry
        .routine
        .steps
        .iter()
        .map(|s| s.technique.as_str())
        .collect();
    assert_eq!(
        order,
        [
            "warm-soak",
            "oil-up",
            "heel-circles",
            "arch-thumb-walk",
            "ball-knuckle-knead",
            "toe-pull-rotate",
            "heel-circles",
            "arch-thumb-walk",
            "ball-knuckle-knead",
            "toe-pull-rotate",
            "calf-stretch",
            "aftercare"
        ]
    );
    let soak = &entry.routine.steps[0];
    assert_eq!((soak.seconds, soak.foot), (300, Foot::Both));
    assert!(entry.routine.steps[2..10].iter().all(|s| s.seconds == 60));
}

#[test]
fn every_technique_has_its_own_drawing_with_motion_that_can_be_stilled() {
    let data = tempfile::tempdir().unwrap();
    for technique in routines::load_library(data.path()).techniques {
        let path = root()
            .join("ui/src/illustrations")
            .join(&technique.illustration);
        let svg = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        assert!(svg.contains("<title>"), "{} has no <title>", path.display());
        assert!(
            svg.contains("@keyframes"),
            "{} does not move",
            path.display()
        );
        assert!(
            svg.contains("prefers-reduced-motion"),
            "{} ignores reduced motion",
            path.display()
        );
        assert!(!svg.contains("<script"), "{} has a script", path.display());
        assert!(
            technique.alt.len() > 30,
            "{}: alt text too thin",
            technique.id
        );
    }
}

/// Each file in the corpus starts with `# expect: TEXT`; checking it must give a problem
/// whose `FILE:LINE: message` contains TEXT.
#[test]
fn each_kind_of_mistake_gets_its_own_message() {
    let corpus = root().join("tests/corpus/library");
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in [
        corpus.clone(),
        corpus.join("techniques"),
        corpus.join("programmes"),
    ] {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "toml") {
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 15, "only {} broken files", files.len());
    let mut wrong = Vec::new();
    for file in files {
        let bytes = fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let expected = text
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("# expect: "))
            .unwrap_or_else(|| panic!("{} has no '# expect:' line", file.display()))
            .trim_end();
        let (_, problems) = routines::validate_paths(std::slice::from_ref(&file));
        let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
        if !shown
            .iter()
            .any(|p| p.starts_with(&file.display().to_string()) && p.contains(expected))
        {
            wrong.push(format!("expected {expected:?}, got {shown:#?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
