//! The hostile input corpus (tests/corpus/), run through the real command line: every
//! bad import is refused whole with a message that names the file and the field and
//! changes nothing; every bad routine file is reported at its FILE:LINE; every damaged
//! or foreign database stops the command, names the file and keeps its bytes.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "support/command.rs"]
mod command;

use command::{solewise, text};

fn root() -> PathBuf {
    command::repo()
}

fn corpus(folder: &str) -> PathBuf {
    root().join("tests/corpus").join(folder)
}

/// `FILE<TAB>…` lines of an EXPECT.tsv, split into their columns.
fn expectations(folder: &str) -> Vec<Vec<String>> {
    fs::read_to_string(corpus(folder).join("EXPECT.tsv"))
        .unwrap()
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| line.split('\t').map(String::from).collect())
        .collect()
}

fn export(data_dir: &Path) -> String {
    let out = solewise(data_dir, &["history", "export", "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    value["sessions"].to_string()
}

#[test]
fn every_hostile_import_is_refused_whole_and_says_where() {
    let data = tempfile::tempdir().unwrap();
    let good = corpus("imports").join("good.json");
    let first = solewise(data.path(), &["history", "import", good.to_str().unwrap()]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let before = export(data.path());

    let cases = expectations("imports");
    assert!(cases.len() >= 40, "{} import cases", cases.len());
    let mut wrong = Vec::new();
    for case in &cases {
        let (name, expected) = (&case[0], &case[1]);
        let file = corpus("imports").join(name);
        let out = solewise(data.path(), &["history", "import", file.to_str().unwrap()]);
        let message = text(&out.stderr);
        let named = message.contains(&file.display().to_string());
        if out.status.code() != Some(1) || !named || !message.to_lowercase().contains(expected) {
            wrong.push(format!(
                "{name}: exit {:?}, expected {expected:?} and the file's name in: {message}",
                out.status.code()
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert_eq!(
        export(data.path()),
        before,
        "a refused import changed the history"
    );
}

#[test]
fn every_hostile_routine_file_is_reported_at_its_line() {
    let cases = expectations("routines");
    assert!(cases.len() >= 30, "{} routine cases", cases.len());
    let mut wrong = Vec::new();
    for case in &cases {
        let (name, line, expected) = (&case[0], &case[1], &case[2]);
        let file = corpus("routines").join(name);
        let out = Command::new(env!("CARGO_BIN_EXE_solewise"))
            .args(["routines", "validate"])
            .arg(&file)
            .output()
            .unwrap();
        let report = text(&out.stdout);
        let at = if line == "0" {
            format!("{}: ", file.display())
        } else {
            format!("{}:{line}: ", file.display())
        };
        let found = report
            .lines()
            .any(|l| l.starts_with(&at) && l.to_lowercase().contains(expected));
        if out.status.code() != Some(1) || !found {
            wrong.push(format!("{name}: expected {at}…{expected}…, got: {report}"));
        }
        if report.contains('\u{1b}') {
            wrong.push(format!("{name}: the report holds a raw escape character"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A database made by the app, with one session in it.
fn real_database(dir: &Path) -> PathBuf {
    let good = corpus("imports").join("good.json");
    let out = solewise(dir, &["history", "import", good.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    dir.join("solewise.db")
}

type Fault = fn(&Path) -> PathBuf;

/// Each fault, made in a data folder; returns the path whose bytes must be kept.
fn faults() -> Vec<(&'static str, Fault)> {
    vec![
        ("an empty file", |dir| {
            let path = dir.join("solewise.db");
            fs::write(&path, b"").unwrap();
            path
        }),
        ("a text file", |dir| {
            let path = dir.join("solewise.db");
            fs::write(&path, "my shopping list\n".repeat(300)).unwrap();
            path
        }),
        ("a database cut short", |dir| {
            let path = real_database(dir);
            let bytes = fs::read(&path).unwrap();
            fs::write(&path, &bytes[..100]).unwrap();
            path
        }),
        ("a data version of -1", |dir| {
            let path = dir.join("solewise.db");
            rusqlite::Connection::open(&path)
                .unwrap()
                .execute_batch("CREATE TABLE t (x); PRAGMA user_version = -1;")
                .unwrap();
            path
        }),
        ("another program's database", |dir| {
            let path = dir.join("solewise.db");
            rusqlite::Connection::open(&path)
                .unwrap()
                .execute_batch(
                    "CREATE TABLE moz_places (url TEXT); INSERT INTO moz_places VALUES ('a');",
                )
                .unwrap();
            path
        }),
        ("a database from a newer Solewise", |dir| {
            let path = real_database(dir);
            rusqlite::Connection::open(&path)
                .unwrap()
                .execute_batch("PRAGMA user_version = 99;")
                .unwrap();
            path
        }),
        ("a folder where the file should be", |dir| {
            let path = dir.join("solewise.db");
            fs::create_dir(&path).unwrap();
            fs::write(path.join("keep.txt"), b"mine").unwrap();
            path.join("keep.txt")
        }),
        ("a zero-length file behind a link", |dir| {
            let target = dir.join("elsewhere.db");
            fs::write(&target, b"").unwrap();
            #[cfg(unix)]
            std::os::unix::fs::symlink(&target, dir.join("solewise.db")).unwrap();
            #[cfg(not(unix))]
            fs::write(dir.join("solewise.db"), b"").unwrap();
            target
        }),
        ("a data folder that is a file", |dir| {
            let path = dir.join("not-a-folder");
            fs::write(&path, b"plain file").unwrap();
            path
        }),
    ]
}

/// A database made by the app with garbage over two of its pages (the header and the
/// schema on page 1 are whole, so opening alone does not see it).
fn garbage_over_pages(dir: &Path) -> PathBuf {
    let path = real_database(dir);
    let connection = rusqlite::Connection::open(&path).unwrap();
    connection
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    drop(connection);
    let mut bytes = fs::read(&path).unwrap();
    let page = 4096;
    for byte in bytes.iter_mut().skip(page).take(page * 2) {
        *byte = 0xA5;
    }
    fs::write(&path, &bytes).unwrap();
    path
}

/// Opening does not read every page (it would cost as much as the history is long): a
/// damaged page is found when a command reads it, and then the whole file is checked
/// and the command says which file and what was done, as at open; after a program
/// ended without closing the database, the next open checks every page first.
#[test]
fn a_damaged_page_is_reported_with_the_file_when_read_or_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let path = garbage_over_pages(dir.path());
    let bytes = fs::read(&path).unwrap();
    let export = solewise(dir.path(), &["history", "export", "--format", "json"]);
    let said = text(&export.stderr);
    assert!(!export.status.success());
    assert!(
        said.contains("is damaged") && said.contains(&path.display().to_string()),
        "{said}"
    );
    assert!(
        said.contains("left as it is"),
        "a read moves nothing: {said}"
    );
    assert_eq!(fs::read(&path).unwrap(), bytes);

    let stats = solewise(dir.path(), &["history", "stats", "--json"]);
    let said = text(&stats.stderr);
    assert!(!stats.status.success(), "{said}");
    let moved = said
        .split_whitespace()
        .find(|word| word.contains(".damaged-"))
        .map(|word| PathBuf::from(word.trim_end_matches(['.', ','])))
        .unwrap_or_else(|| panic!("a command that writes moves the file aside: {said}"));
    assert_eq!(fs::read(&moved).unwrap(), bytes, "its bytes are kept");

    // A window or daemon that was killed left its open marker behind, unlocked.
    let crashed = tempfile::tempdir().unwrap();
    let path = garbage_over_pages(crashed.path());
    fs::create_dir_all(crashed.path().join("open")).unwrap();
    fs::write(crashed.path().join("open").join("app-999999"), b"").unwrap();
    let list = solewise(crashed.path(), &["reminders", "list"]);
    let said = text(&list.stderr);
    assert!(!list.status.success(), "{said}");
    assert!(
        said.contains("is damaged") && said.contains(&path.display().to_string()),
        "{said}"
    );
}

#[test]
fn damaged_and_foreign_databases_stop_commands_and_keep_their_bytes() {
    let good = corpus("imports").join("good.json");
    let mut wrong = Vec::new();
    for (name, make) in faults() {
        for args in [
            vec!["history", "export", "--format", "json"],
            vec!["reminders", "list"],
            vec!["history", "import", good.to_str().unwrap()],
            vec!["reminders", "add", "--days", "tue", "--at", "20:00"],
        ] {
            let dir = tempfile::tempdir().unwrap();
            let kept = make(dir.path());
            let bytes = fs::read(&kept).unwrap();
            let data_dir = if name == "a data folder that is a file" {
                kept.clone()
            } else {
                dir.path().to_path_buf()
            };
            let out = solewise(&data_dir, &args);
            let message = text(&out.stderr);
            let moved = message
                .split_whitespace()
                .find(|word| word.contains(".damaged-"))
                .map(|word| PathBuf::from(word.trim_end_matches(['.', ','])));
            let still_there = match &moved {
                Some(moved) => fs::read(moved).ok() == Some(bytes.clone()),
                None => fs::read(&kept).ok() == Some(bytes.clone()),
            };
            let read_only = args[1] == "export" || args[1] == "list";
            if out.status.success()
                || !message.contains(&dir.path().display().to_string())
                || !still_there
                || (read_only && moved.is_some())
                || (!read_only && message.contains("is damaged") && moved.is_none())
            {
                wrong.push(format!(
                    "{name} / {}: exit {:?}, kept {still_there}, said: {message}",
                    args.join(" "),
                    out.status.code()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
