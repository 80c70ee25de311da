//! A process that dies in the middle of a session (no destructors, no clean close) leaves
//! a database that opens cleanly and still holds the session and its saved progress.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::Command;

use solewise_core::app::{self, session};
use solewise_core::history::ResumePoint;
use solewise_core::player::Player;
use solewise_core::routines::{self, Library};
use solewise_core::store::Store;

const CHILD_DIR: &str = "SOLEWISE_CRASH_TEST_DIR";

/// The player of the shipped twice-weekly routine, 31 s into its fifth step.
fn fifth_step(player: Player) -> Player {
    player.restore(4, 31_000, &[true, true, true, true])
}

fn library(dir: &std::path::Path) -> Library {
    routines::load_library(dir)
}

/// Runs in a child process: starts a session, saves progress, then dies at once.
#[test]
#[ignore = "run by a_killed_process_loses_at_most_unsaved_seconds"]
fn child_starts_a_session_then_dies() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let dir = std::path::Path::new(&dir);
    let mut store = Store::open(dir).unwrap().database;
    let started = session::begin(
        &mut store,
        &library(dir),
        "twice-weekly",
        Some(6),
        Vec::new(),
    );
    let player = fifth_step(started.unwrap());
    session::save_progress(&mut store, &player, 0).unwrap();
    std::process::abort(); // like SIGKILL: nothing is flushed or closed on the way out
}

#[test]
fn a_killed_process_loses_at_most_unsaved_seconds() {
    let dir = tempfile::tempdir().unwrap();
    let status = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "child_starts_a_session_then_dies",
            "--ignored",
            "--nocapture",
        ])
        .env(CHILD_DIR, dir.path())
        .status()
        .unwrap();
    assert!(!status.success(), "the child should have died");

    let opened = Store::open(dir.path()).expect("the file opens after the crash");
    assert!(opened.recovery.is_none(), "nothing was damaged");
    let store = opened.database;
    let found = session::unfinished(&store)
        .unwrap()
        .expect("the session survived");
    assert_eq!(found.stress_before, Some(6));
    let library = library(dir.path());
    let twice_weekly = &library
        .routines
        .iter()
        .find(|e| e.routine.id == "twice-weekly");
    let twice_weekly = &twice_weekly.expect("the shipped routine").routine;
    let player = fifth_step(Player::new(
        found.id.clone(),
        twice_weekly,
        &library.techniques,
    ));
    assert_eq!(found.done_seconds, player.done_seconds(0));
    assert!(found.done_seconds > 31, "the four steps done count too");
    let detail = app::history::get(&store, &found.id).unwrap();
    assert_eq!(
        detail.resume_at,
        Some(ResumePoint {
            current_step: 4,
            step_elapsed_ms: 31_000
        })
    );
}
