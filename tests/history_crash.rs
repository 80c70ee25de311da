//! A process that dies in the middle of a session (no destructors, no clean close) leaves
//! a database that opens cleanly and still holds the session and its saved progress.

use std::process::Command;

use solewise_core::history::{
    self, ResumePoint, Session, SessionDetail, SessionKind, SessionStatus,
};
use solewise_core::store::Store;

const CHILD_DIR: &str = "SOLEWISE_CRASH_TEST_DIR";

/// Runs in a child process: starts a session, saves progress, then dies at once.
#[test]
#[ignore = "run by a_killed_process_loses_at_most_unsaved_seconds"]
fn child_starts_a_session_then_dies() {
    let Some(dir) = std::env::var_os(CHILD_DIR) else {
        return;
    };
    let mut db = Store::open(std::path::Path::new(&dir)).unwrap().database;
    let detail = SessionDetail {
        session: Session {
            id: "5f0c2d4e-8a1b-4c3d-9e2f-123456789abc".into(),
            kind: SessionKind::Guided,
            routine_id: Some("twice-weekly".into()),
            title: "Twice-weekly foot care".into(),
            started_at: history::now(),
            ended_at: None,
            status: SessionStatus::InProgress,
            planned_seconds: 900,
            done_seconds: 0,
            steps_total: 0,
            steps_done: 0,
            stress_before: Some(6),
            stress_after: None,
            note: String::new(),
            therapist: None,
        },
        steps: Vec::new(),
        zones_before: Vec::new(),
        zones_after: Vec::new(),
        resume_at: None,
    };
    history::insert(db.conn_mut(), &detail).unwrap();
    history::save_progress(
        db.conn_mut(),
        &detail.session.id,
        ResumePoint {
            current_step: 4,
            step_elapsed_ms: 31_000,
        },
        331,
        &[],
    )
    .unwrap();
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

    let db = Store::open(dir.path()).expect("the file opens after the crash");
    assert!(db.recovery.is_none(), "nothing was damaged");
    let found = history::unfinished(db.database.conn())
        .unwrap()
        .expect("the session survived");
    assert_eq!(found.session.stress_before, Some(6));
    assert_eq!(found.session.done_seconds, 331);
    assert_eq!(
        found.resume_at,
        Some(ResumePoint {
            current_step: 4,
            step_elapsed_ms: 31_000
        })
    );
}
