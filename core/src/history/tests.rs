use jiff::civil::Weekday;

use super::insights::compute;
use super::*;
use crate::store::Store;
use crate::test_support::{logged, new_york, open};
use crate::week::{days_between, week_of};

fn guided(id: &str, steps: u32) -> SessionDetail {
    SessionDetail {
        session: Session {
            id: id.into(),
            kind: SessionKind::Guided,
            routine_id: Some("twice-weekly".into()),
            title: "Twice-weekly foot care".into(),
            started_at: "2026-11-20T20:00:00Z".into(),
            ended_at: None,
            status: SessionStatus::InProgress,
            planned_seconds: steps * 60,
            done_seconds: 0,
            steps_total: steps,
            steps_done: 0,
            stress_before: Some(7),
            stress_after: None,
            note: String::new(),
            therapist: None,
        },
        steps: (0..steps)
            .map(|position| SessionStep {
                position,
                technique: "heel-circles".into(),
                foot: Foot::Left,
                seconds: 60,
                done: false,
            })
            .collect(),
        zones_before: Vec::new(),
        zones_after: Vec::new(),
        resume_at: None,
    }
}

#[test]
fn a_guided_session_is_saved_as_it_goes_and_found_unfinished() {
    let (_dir, mut db) = open();
    let id = new_id();
    insert(db.conn_mut(), &guided(&id, 3)).unwrap();
    save_progress(
        db.conn_mut(),
        &id,
        ResumePoint {
            current_step: 1,
            step_elapsed_ms: 12_000,
        },
        72,
        &[true, false, false],
    )
    .unwrap();

    let found = unfinished(db.conn())
        .unwrap()
        .expect("an unfinished session");
    assert_eq!(found.session.id, id);
    assert_eq!(
        found.resume_at,
        Some(ResumePoint {
            current_step: 1,
            step_elapsed_ms: 12_000
        })
    );
    assert_eq!(found.session.steps_done, 1);
    assert_eq!(found.session.done_seconds, 72);

    finish(db.conn(), &id, SessionStatus::Partial).unwrap();
    assert!(unfinished(db.conn()).unwrap().is_none());
    assert_eq!(
        get(db.conn(), &id).unwrap().session.status,
        SessionStatus::Partial
    );
}

#[test]
fn history_pages_newest_first_and_filters_by_kind_routine_and_local_dates() {
    let (_dir, mut db) = open();
    for day in 1..=30 {
        logged(&mut db, &format!("2026-09-{day:02}T21:30"), 15, None, None);
    }
    let mut pro = ManualSession {
        kind: SessionKind::Professional,
        started_at: "2026-10-02T10:00".into(),
        minutes: 60,
        routine_id: None,
        title: "Reflexology with Sam".into(),
        therapist: Some(" Sam ".into()),
        note: "Lovely".into(),
        stress_before: Some(6),
        stress_after: Some(2),
    };
    log_manual(db.conn_mut(), &pro, &new_york()).unwrap();

    let all = list(db.conn(), &SessionFilter::default(), None, &new_york()).unwrap();
    assert_eq!(all.total, 31);
    assert_eq!(all.sessions[0].title, "Reflexology with Sam");
    assert_eq!(all.sessions[0].therapist.as_deref(), Some("Sam"));

    // 21:30 in New York on 30 September is already 1 October in UTC: the local date counts.
    let september = SessionFilter {
        from: Some("2026-09-30".into()),
        to: Some("2026-09-30".into()),
        ..Default::default()
    };
    let page = list(db.conn(), &september, None, &new_york()).unwrap();
    assert_eq!(page.total, 1);
    assert_eq!(page.sessions[0].started_at, "2026-10-01T01:30:00Z");

    let professional = SessionFilter {
        kind: Some(SessionKind::Professional),
        ..Default::default()
    };
    assert_eq!(
        list(db.conn(), &professional, None, &new_york())
            .unwrap()
            .total,
        1
    );

    // Bad input is refused with a reason, not a panic.
    pro.minutes = 0;
    assert!(log_manual(db.conn_mut(), &pro, &new_york()).is_err());
    let bad = SessionFilter {
        from: Some("yesterday".into()),
        ..Default::default()
    };
    assert!(list(db.conn(), &bad, None, &new_york())
        .unwrap_err()
        .to_string()
        .contains("must be a date"));
}

#[test]
fn paging_walks_every_session_exactly_once() {
    let (_dir, mut db) = open();
    for i in 0..(PAGE_SIZE * 2 + 7) {
        let minute = i % 60;
        let hour = i / 60;
        logged(
            &mut db,
            &format!("2026-06-01T{:02}:{minute:02}", 8 + hour),
            10,
            None,
            None,
        );
    }
    let mut seen = HashSet::new();
    let mut after = None;
    loop {
        let page = list(
            db.conn(),
            &SessionFilter::default(),
            after.as_deref(),
            &new_york(),
        )
        .unwrap();
        for session in &page.sessions {
            assert!(seen.insert(session.id.clone()));
        }
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    assert_eq!(seen.len() as u32, PAGE_SIZE * 2 + 7);
}

use std::collections::HashSet;

#[test]
fn edit_and_delete_with_undo() {
    let (_dir, mut db) = open();
    let session = logged(&mut db, "2026-11-01T20:00", 15, Some(8), Some(3));
    let edited = update(
        db.conn(),
        &session.id,
        &SessionEdit {
            note: "Calmer".into(),
            stress_before: Some(9),
            stress_after: Some(2),
            therapist: None,
        },
    )
    .unwrap();
    assert_eq!(edited.session.note, "Calmer");
    assert!(update(
        db.conn(),
        &session.id,
        &SessionEdit {
            note: String::new(),
            stress_before: Some(11),
            stress_after: None,
            therapist: None
        }
    )
    .is_err());

    let removed = delete(db.conn_mut(), &session.id).unwrap();
    assert!(matches!(
        get(db.conn(), &session.id),
        Err(Error::NotFound(_))
    ));
    insert(db.conn_mut(), &removed).unwrap();
    assert_eq!(get(db.conn(), &session.id).unwrap().session.note, "Calmer");
}

/// The insights, after checking they equal the ones read from every row.
fn insights(db: &Store, now: &str, starts_on: Weekday, goal: u32) -> super::insights::Insights {
    let now = now.parse().unwrap();
    let kept = compute(db.conn(), &new_york(), starts_on, goal, now).unwrap();
    let every_row =
        super::by_rows::compute_by_rows(db.conn(), &new_york(), starts_on, goal, now).unwrap();
    assert_eq!(kept, every_row);
    kept
}

#[test]
fn streaks_count_weeks_that_met_the_goal_across_the_year_end() {
    let (_dir, mut db) = open();
    // Two sessions a week from the week of 15 Dec 2025 to the week of 5 Jan 2026
    // (Monday weeks), then a week with one, then two again.
    for date in [
        "2025-12-15",
        "2025-12-18",
        "2025-12-22",
        "2025-12-27",
        "2025-12-29",
        "2026-01-02",
        "2026-01-05",
        "2026-01-07",
        "2026-01-13",
        "2026-01-19",
        "2026-01-20",
    ] {
        logged(&mut db, &format!("{date}T20:00"), 15, Some(7), Some(4));
    }
    let result = insights(&db, "2026-01-21T12:00:00Z", Weekday::Monday, 2);
    assert_eq!(result.best_streak, 4, "15 Dec to 5 Jan, across New Year");
    assert_eq!(
        result.current_streak, 1,
        "the week of 19 Jan met it; 12 Jan did not"
    );
    assert_eq!(result.this_week, 2);
    assert_eq!(result.average_stress_change, Some(-3.0));
    assert_eq!(result.minutes_all_time, 11 * 15);

    // With Sunday weeks, 27 Dec (a Saturday) and 2 Jan land differently but the run holds.
    let sunday = insights(&db, "2026-01-21T12:00:00Z", Weekday::Sunday, 2);
    assert_eq!(sunday.week_starts_on, "sunday");
    assert!(sunday.best_streak >= 3);
}

#[test]
fn a_week_that_is_not_over_yet_does_not_break_the_streak() {
    let (_dir, mut db) = open();
    for date in [
        "2026-11-02",
        "2026-11-04",
        "2026-11-09",
        "2026-11-12",
        "2026-11-16",
        "2026-11-19",
    ] {
        logged(&mut db, &format!("{date}T20:00"), 15, None, None);
    }
    // Tuesday 24 Nov: this week has nothing yet, the three weeks before met the goal.
    let result = insights(&db, "2026-11-24T15:00:00Z", Weekday::Monday, 2);
    assert_eq!(result.current_streak, 3);
    assert_eq!(result.this_week, 0);
}

#[test]
fn weeks_and_days_follow_local_time_across_dst_changes() {
    let (_dir, mut db) = open();
    // Sunday 1 Nov 2026, 23:30 in New York: clocks went back that morning. In UTC it is
    // already Monday 2 Nov; locally it is still Sunday, in the week of 26 Oct.
    logged(&mut db, "2026-11-01T23:30", 15, None, None);
    logged(&mut db, "2026-10-27T20:00", 15, None, None);
    // Sunday 8 Mar 2026: 02:30 does not exist (spring forward); it is read as 03:30.
    let gap = logged(&mut db, "2026-03-08T02:30", 15, None, None);
    assert_eq!(gap.started_at, "2026-03-08T07:30:00Z");

    let result = insights(&db, "2026-11-05T12:00:00Z", Weekday::Monday, 2);
    assert_eq!(
        result.this_week, 0,
        "Sunday night belongs to the week before"
    );
    assert_eq!(result.current_streak, 1);
    let monday = "2026-10-26".parse().unwrap();
    assert_eq!(
        week_of("2026-11-01".parse().unwrap(), Weekday::Monday),
        monday
    );
    let heatmap_day = days_between(
        result.heatmap_from.parse().unwrap(),
        "2026-11-01".parse().unwrap(),
    ) as usize;
    assert_eq!(result.heatmap[heatmap_day], 1);
    assert_eq!(result.heatmap.iter().sum::<u32>(), 3);
}

#[test]
fn export_then_import_round_trips_and_merges_by_id() {
    let (_dir, mut db) = open();
    logged(&mut db, "2026-11-01T20:00", 15, Some(8), Some(3));
    let id = new_id();
    let mut session = guided(&id, 2);
    session.steps[0].done = true;
    insert(db.conn_mut(), &session).unwrap();
    finish(db.conn(), &id, SessionStatus::Partial).unwrap();
    let json = transfer::export_json(db.conn()).unwrap();
    let csv = transfer::export_csv(db.conn()).unwrap();
    assert_eq!(csv.lines().count(), 3);
    assert!(csv.starts_with("id,kind,routine_id,title,started_at"));

    let (_other_dir, mut other) = open();
    let summary = transfer::import(other.conn_mut(), &json, true).unwrap();
    assert_eq!(
        (summary.added, summary.skipped, summary.rejected),
        (2, 0, 0)
    );
    assert_eq!(
        get(other.conn(), &id).unwrap().steps,
        get(db.conn(), &id).unwrap().steps
    );
    // The same sessions, byte for byte; `exported_at` differs between the two files.
    let sessions_of = |text: &str| -> serde_json::Value {
        serde_json::from_str::<serde_json::Value>(text).unwrap()["sessions"].clone()
    };
    assert_eq!(
        sessions_of(&transfer::export_json(other.conn()).unwrap()),
        sessions_of(&json)
    );

    // Again: everything is already there.
    let again = transfer::import(other.conn_mut(), &json, true).unwrap();
    assert_eq!((again.added, again.skipped), (0, 2));
}

#[test]
fn a_broken_import_changes_nothing_and_says_why() {
    let (_dir, mut db) = open();
    logged(&mut db, "2026-11-01T20:00", 15, None, None);
    let good = transfer::export_json(db.conn()).unwrap();
    let (_other_dir, mut other) = open();

    let cases = [
        ("not json at all", "this is not a Solewise history export"),
        ("{\"format\": \"something-else\", \"version\": 1, \"exported_at\": \"2026-11-01T20:00:00Z\", \"sessions\": []}", "not 'solewise-history'"),
        ("{\"format\": \"solewise-history\", \"version\": 99, \"exported_at\": \"2026-11-01T20:00:00Z\", \"sessions\": []}", "newer Solewise"),
        (&good.replace("\"stress_before\": null", "\"stress_before\": 42"), "stress_before must be from 1 to 10"),
        (&good.replace("\"started_at\": \"2026", "\"started_at\": \"someday"), "started_at 'someday"),
        (&good.replace("\"kind\": \"self\"", "\"kind\": \"robot\""), "unknown variant `robot`"),
    ];
    for (text, expected) in cases {
        let error = transfer::import(other.conn_mut(), text, true)
            .unwrap_err()
            .to_string();
        assert!(error.contains(expected), "{expected:?} not in {error:?}");
    }
    assert_eq!(
        list(other.conn(), &SessionFilter::default(), None, &new_york())
            .unwrap()
            .total,
        0
    );

    // In the app, valid sessions go in and the rest are reported.
    let mixed = good.replace("\"stress_before\": null", "\"stress_before\": 42");
    let summary = transfer::import(other.conn_mut(), &mixed, false).unwrap();
    assert_eq!((summary.added, summary.rejected), (0, 1));
    assert!(summary.problems[0].starts_with("session 1 (id "));
}
