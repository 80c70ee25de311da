use jiff::Timestamp;

use super::*;
use crate::history::{
    finish, insert, save_progress, ResumePoint, Session, SessionDetail, SessionKind, SessionStatus,
    SessionStep,
};
use crate::routines::{Foot, ProgrammeWeek};
use crate::store::Store;

fn plan() -> Programme {
    let week = |sessions: [&str; 2]| ProgrammeWeek {
        sessions: sessions.map(String::from).to_vec(),
        note: None,
    };
    Programme {
        id: "first-four-weeks".into(),
        title: "First four weeks".into(),
        summary: "Gently.".into(),
        weeks: vec![
            week(["desk-reset", "desk-reset"]),
            week(["heel-arch-relief", "desk-reset"]),
            week(["twice-weekly", "twice-weekly"]),
        ],
    }
}

fn at(text: &str) -> Timestamp {
    text.parse().unwrap()
}

const JOINED: &str = "2026-11-02T09:30:00Z";

/// A guided session of `routine` started at `started`, written as the player writes it.
fn session(
    db: &mut Store,
    routine: &str,
    started: &str,
    status: SessionStatus,
    done: u32,
) -> String {
    let id = crate::history::new_id();
    let detail = SessionDetail {
        session: Session {
            id: id.clone(),
            kind: SessionKind::Guided,
            routine_id: Some(routine.into()),
            title: routine.into(),
            started_at: started.into(),
            ended_at: None,
            status: SessionStatus::InProgress,
            planned_seconds: 600,
            done_seconds: done,
            steps_total: 1,
            steps_done: 0,
            stress_before: None,
            stress_after: None,
            note: String::new(),
            therapist: None,
        },
        steps: vec![SessionStep {
            position: 0,
            technique: "heel-circles".into(),
            foot: Foot::Both,
            seconds: 600,
            done: false,
        }],
        zones_before: Vec::new(),
        zones_after: Vec::new(),
        resume_at: None,
    };
    insert(db.conn_mut(), &detail).unwrap();
    if status != SessionStatus::InProgress {
        finish(db.conn(), &id, status).unwrap();
    }
    id
}

fn line(db: &Store) -> String {
    progress(db.conn(), &plan(), at(JOINED)).unwrap().line
}

#[test]
fn a_new_programme_starts_at_its_first_session() {
    let (_dir, db) = crate::test_support::open();
    let progress = progress(db.conn(), &plan(), at(JOINED)).unwrap();
    assert_eq!(progress.line, "First four weeks · week 1, session 1 of 2");
    assert_eq!((progress.done, progress.total), (0, 6));
    assert_eq!(progress.next_routine.as_deref(), Some("desk-reset"));
    assert!(!progress.complete);
}

#[test]
fn only_finished_sessions_of_the_next_routine_since_joining_move_it_on() {
    let (_dir, mut db) = crate::test_support::open();
    use SessionStatus::*;
    // Before joining: not counted.
    session(
        &mut db,
        "desk-reset",
        "2026-11-02T09:29:59Z",
        Completed,
        300,
    );
    // Another routine, and a later routine of the programme out of order: not counted.
    session(
        &mut db,
        "bedtime-unwind",
        "2026-11-02T20:00:00Z",
        Completed,
        840,
    );
    session(
        &mut db,
        "twice-weekly",
        "2026-11-03T20:00:00Z",
        Completed,
        900,
    );
    // Unfinished, and partial under the goal's threshold: not counted.
    session(
        &mut db,
        "desk-reset",
        "2026-11-04T20:00:00Z",
        InProgress,
        290,
    );
    session(&mut db, "desk-reset", "2026-11-04T21:00:00Z", Partial, 60);
    assert_eq!(line(&db), "First four weeks · week 1, session 1 of 2");
    // Partial with enough done counts, as for the weekly goal.
    session(
        &mut db,
        "desk-reset",
        "2026-11-05T20:00:00Z",
        Partial,
        PARTIAL_COUNTS_AFTER_SECONDS,
    );
    assert_eq!(line(&db), "First four weeks · week 1, session 2 of 2");
    session(
        &mut db,
        "desk-reset",
        "2026-11-06T20:00:00Z",
        Completed,
        300,
    );
    assert_eq!(line(&db), "First four weeks · week 2, session 1 of 2");
}

#[test]
fn a_killed_and_resumed_session_counts_once() {
    let (_dir, mut db) = crate::test_support::open();
    let id = session(
        &mut db,
        "desk-reset",
        "2026-11-03T20:00:00Z",
        SessionStatus::InProgress,
        0,
    );
    // Killed part-way, then resumed twice: the same row is saved again and finished.
    for seconds in [120, 240, 300] {
        let resume = ResumePoint {
            current_step: 0,
            step_elapsed_ms: seconds * 1000,
        };
        save_progress(db.conn_mut(), &id, resume, seconds, &[false]).unwrap();
    }
    finish(db.conn(), &id, SessionStatus::Completed).unwrap();
    let progress = progress(db.conn(), &plan(), at(JOINED)).unwrap();
    assert_eq!(progress.done, 1);
    assert_eq!(progress.line, "First four weeks · week 1, session 2 of 2");
}

#[test]
fn a_missed_week_waits_and_the_last_session_completes_it() {
    let (_dir, mut db) = crate::test_support::open();
    use SessionStatus::Completed;
    session(
        &mut db,
        "desk-reset",
        "2026-11-03T20:00:00Z",
        Completed,
        300,
    );
    session(
        &mut db,
        "desk-reset",
        "2026-11-05T20:00:00Z",
        Completed,
        300,
    );
    // Three weeks with nothing, then on again: still week 2.
    assert_eq!(line(&db), "First four weeks · week 2, session 1 of 2");
    session(
        &mut db,
        "heel-arch-relief",
        "2026-11-30T20:00:00Z",
        Completed,
        600,
    );
    session(
        &mut db,
        "desk-reset",
        "2026-12-01T20:00:00Z",
        Completed,
        300,
    );
    session(
        &mut db,
        "twice-weekly",
        "2026-12-02T20:00:00Z",
        Completed,
        900,
    );
    assert_eq!(line(&db), "First four weeks · week 3, session 2 of 2");
    session(
        &mut db,
        "twice-weekly",
        "2026-12-04T20:00:00Z",
        Completed,
        900,
    );
    let progress = progress(db.conn(), &plan(), at(JOINED)).unwrap();
    assert!(progress.complete);
    assert_eq!((progress.done, progress.total), (6, 6));
    assert_eq!(progress.next_routine, None);
    assert_eq!(progress.line, "First four weeks · complete");
    // More sessions after the end change nothing.
    session(
        &mut db,
        "twice-weekly",
        "2026-12-08T20:00:00Z",
        Completed,
        900,
    );
    assert_eq!(line(&db), "First four weeks · complete");
}

#[test]
fn joining_is_kept_in_the_settings_and_leaving_forgets_it() {
    let (_dir, mut db) = crate::test_support::open();
    let library = Library {
        programmes: vec![plan()],
        ..Library::default()
    };
    assert_eq!(current(db.conn(), &library.programmes).unwrap(), None);
    let error = join(db.conn(), &library, "first-for-weeks", at(JOINED)).unwrap_err();
    assert_eq!(
        error.to_string(),
        "There is no programme 'first-for-weeks'."
    );
    let joined = join(db.conn(), &library, "first-four-weeks", at(JOINED)).unwrap();
    assert_eq!(joined.joined_at, JOINED);
    session(
        &mut db,
        "desk-reset",
        "2026-11-03T20:00:00Z",
        SessionStatus::Completed,
        300,
    );
    let now = current(db.conn(), &library.programmes).unwrap().unwrap();
    assert_eq!(now.line, "First four weeks · week 1, session 2 of 2");
    // Joining again starts over: earlier sessions no longer count.
    join(
        db.conn(),
        &library,
        "first-four-weeks",
        at("2026-11-04T00:00:00Z"),
    )
    .unwrap();
    assert_eq!(
        current(db.conn(), &library.programmes)
            .unwrap()
            .unwrap()
            .done,
        0
    );
    // A programme no longer shipped counts as none joined.
    assert_eq!(current(db.conn(), &[]).unwrap(), None);
    leave(db.conn()).unwrap();
    assert_eq!(current(db.conn(), &library.programmes).unwrap(), None);
    assert_eq!(super::membership::joined(db.conn()).unwrap(), None);
}

#[test]
fn joining_with_days_adds_a_reminder_for_the_first_routine_or_nothing_at_all() {
    let (_dir, db) = crate::test_support::open();
    let library = Library {
        programmes: vec![plan()],
        ..Library::default()
    };
    let days = ["tue".to_string(), "fri".to_string()];
    let error = join_with_reminder(
        db.conn(),
        &library,
        "first-four-weeks",
        &days,
        "25:00",
        at(JOINED),
    );
    assert!(error.is_err());
    assert_eq!(
        current(db.conn(), &library.programmes).unwrap(),
        None,
        "no reminder, no joining"
    );
    assert!(crate::schedule::rules(db.conn()).unwrap().is_empty());
    join_with_reminder(
        db.conn(),
        &library,
        "first-four-weeks",
        &days,
        "19:30",
        at(JOINED),
    )
    .unwrap();
    let rules = crate::schedule::rules(db.conn()).unwrap();
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].routine_id.as_deref(), Some("desk-reset"));
    assert_eq!(rules[0].label.as_deref(), Some("First four weeks"));
    assert!(current(db.conn(), &library.programmes).unwrap().is_some());
    // Without days, joining adds no reminder.
    join_with_reminder(db.conn(), &library, "first-four-weeks", &[], "", at(JOINED)).unwrap();
    assert_eq!(crate::schedule::rules(db.conn()).unwrap().len(), 1);
}

#[test]
fn the_programme_reminder_names_the_next_session_and_other_reminders_their_own() {
    let (_dir, mut db) = crate::test_support::open();
    let library = Library {
        programmes: vec![plan()],
        ..Library::default()
    };
    let other = crate::schedule::add_rule(db.conn(), &crate::schedule::suggested()).unwrap();
    let days = ["tue".to_string()];
    join_with_reminder(
        db.conn(),
        &library,
        "first-four-weeks",
        &days,
        "19:30",
        at(JOINED),
    )
    .unwrap();
    let rules = crate::schedule::rules(db.conn()).unwrap();
    let mine = rules.iter().find(|r| r.id != other.id).unwrap().id;
    let named =
        |db: &Store, rule| routine_for_reminder(db.conn(), &library.programmes, rule).unwrap();
    assert_eq!(named(&db, mine).as_deref(), Some("desk-reset"));
    assert_eq!(named(&db, other.id), None);
    for (routine, day) in [("desk-reset", 3), ("desk-reset", 4)] {
        session(
            &mut db,
            routine,
            &format!("2026-11-0{day}T20:00:00Z"),
            SessionStatus::Completed,
            300,
        );
    }
    assert_eq!(named(&db, mine).as_deref(), Some("heel-arch-relief"));
    for (routine, day) in [
        ("heel-arch-relief", 5),
        ("desk-reset", 6),
        ("twice-weekly", 7),
        ("twice-weekly", 8),
    ] {
        session(
            &mut db,
            routine,
            &format!("2026-11-0{day}T20:00:00Z"),
            SessionStatus::Completed,
            900,
        );
    }
    assert_eq!(
        named(&db, mine).as_deref(),
        Some("twice-weekly"),
        "finished: the last routine"
    );
    // Joining without days, or leaving, makes it an ordinary reminder again.
    join_with_reminder(db.conn(), &library, "first-four-weeks", &[], "", at(JOINED)).unwrap();
    assert_eq!(named(&db, mine), None);
    join_with_reminder(
        db.conn(),
        &library,
        "first-four-weeks",
        &days,
        "19:30",
        at(JOINED),
    )
    .unwrap();
    leave(db.conn()).unwrap();
    assert_eq!(super::membership::reminder(db.conn()).unwrap(), None);
}
