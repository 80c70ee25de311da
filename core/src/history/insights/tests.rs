//! Insights from the kept totals and calendar (migration 4) against the reference that
//! reads every row, through imports, edits, deletes, undo, finished sessions, a new time
//! zone and a new first day of the week; and the query plans of pages and insights.

use std::sync::{Arc, Mutex};

use jiff::civil::Weekday;
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use super::compute;
use crate::history::by_rows::compute_by_rows;
use crate::history::*;
use crate::store::Store;
use crate::test_support::open;

/// A small deterministic random source (xorshift), so a failure can be replayed.
struct Dice(u64);

impl Dice {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

const TECHNIQUES: [&str; 5] = [
    "soak",
    "heel-circles",
    "arch-thumb-walk",
    "ball-knead",
    "toe-pull",
];

/// Sessions from autumn 2025 to spring 2027, about one a day, each at a start time no
/// other session has, many near local midnight in the zones the tests use, across both
/// year ends and the DST changes.
fn history(dice: &mut Dice, count: usize, from: &str) -> Vec<SessionDetail> {
    let start: Timestamp = from.parse().unwrap();
    (0..count)
        .map(|index| {
            let minutes = index as i64 * 1_430 + dice.next(1_400) as i64;
            let started = start + SignedDuration::from_mins(minutes);
            let status = match dice.next(10) {
                0 => SessionStatus::InProgress,
                1..=3 => SessionStatus::Partial,
                _ => SessionStatus::Completed,
            };
            let kind = match dice.next(4) {
                0 => SessionKind::Guided,
                1 => SessionKind::SelfMassage,
                2 => SessionKind::Partner,
                _ => SessionKind::Professional,
            };
            let routine = match dice.next(4) {
                0 => None,
                n => Some(format!("routine-{n}")),
            };
            let rated = dice.next(3) != 0;
            let steps: Vec<SessionStep> = (0..dice.next(6) as u32)
                .map(|position| SessionStep {
                    position,
                    technique: TECHNIQUES[dice.next(5) as usize].into(),
                    foot: crate::routines::Foot::Both,
                    seconds: 60,
                    done: dice.next(3) != 0,
                })
                .collect();
            SessionDetail {
                session: Session {
                    // A UUID, as the undo's checks want: the batch's first digits, then the index.
                    id: format!(
                        "{:08x}-0000-4000-8000-{index:012x}",
                        start.as_second() as u32
                    ),
                    kind,
                    title: routine
                        .as_deref()
                        .map_or("Logged".into(), |r| format!("Title of {r}")),
                    routine_id: routine,
                    started_at: started.to_string(),
                    ended_at: (status != SessionStatus::InProgress)
                        .then(|| (started + SignedDuration::from_mins(20)).to_string()),
                    status,
                    planned_seconds: 900,
                    done_seconds: dice.next(1_200) as u32,
                    steps_total: steps.len() as u32,
                    steps_done: 0,
                    stress_before: rated.then(|| dice.next(10) as u8 + 1),
                    stress_after: rated.then(|| dice.next(10) as u8 + 1),
                    note: String::new(),
                    therapist: None,
                },
                steps,
                // Every third session rates a heel at check-in, every other one an arch
                // at check-out (no dice: the other draws stay as they were).
                zones_before: rated_zone(index, 3, "left-heel"),
                zones_after: rated_zone(index, 2, "right-arch"),
                resume_at: None,
            }
        })
        .collect()
}

fn rated_zone(index: usize, every: usize, zone: &str) -> Vec<crate::history::zones::ZoneRating> {
    index
        .is_multiple_of(every)
        .then(|| crate::history::zones::ZoneRating {
            zone: zone.into(),
            rating: (index % 11) as u8,
        })
        .into_iter()
        .collect()
}

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap()
}

/// Insights both ways for each moment, first day of the week and goal, in `tz`.
fn same_both_ways(db: &Store, tz: &TimeZone, days: &[Weekday], goals: &[u32]) {
    let moments = [
        "2026-01-01T04:30:00Z",
        "2026-03-08T12:00:00Z",
        "2026-11-01T06:00:00Z",
        "2027-02-01T23:59:00Z",
    ];
    for now in moments {
        let now: Timestamp = now.parse().unwrap();
        for &day in days {
            for &goal in goals {
                let kept = compute(db.conn(), tz, day, goal, now).unwrap();
                let every_row = compute_by_rows(db.conn(), tz, day, goal, now).unwrap();
                assert_eq!(
                    kept,
                    every_row,
                    "{} at {now}, weeks from {day:?}, goal {goal}",
                    tz.iana_name().unwrap_or("?")
                );
            }
        }
    }
}

/// The page's total for the filters the kept counts answer equals counting the rows.
fn totals_match_the_rows(db: &Store) {
    let tz = zone("America/New_York");
    let mut filters = vec![SessionFilter::default()];
    for kind in [SessionKind::Guided, SessionKind::Partner] {
        filters.push(SessionFilter {
            kind: Some(kind),
            ..Default::default()
        });
    }
    for routine in ["routine-1", "routine-3", "none-such"] {
        filters.push(SessionFilter {
            routine_id: Some(routine.into()),
            ..Default::default()
        });
    }
    for filter in filters {
        let page = list(db.conn(), &filter, None, &tz).unwrap();
        let mut sql = "SELECT count(*) FROM sessions WHERE status != 'in_progress'".to_string();
        if let Some(kind) = filter.kind {
            sql += &format!(" AND kind = '{}'", kind_str(kind));
        }
        if let Some(routine) = &filter.routine_id {
            sql += &format!(" AND routine_id = '{routine}'");
        }
        let counted: u32 = db.conn().query_row(&sql, [], |row| row.get(0)).unwrap();
        assert_eq!(page.total, counted, "{filter:?}");
    }
}

#[test]
fn kept_insights_equal_reading_every_row_through_every_kind_of_change() {
    let (_dir, mut db) = open();
    let mut dice = Dice(0x5013_3015_e000_0001);
    let sessions = history(&mut dice, 560, "2025-10-20T03:10:00Z");
    insert_many(db.conn_mut(), &sessions).unwrap();

    let every_day = [Weekday::Monday, Weekday::Sunday, Weekday::Saturday];
    for tz in ["America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"] {
        same_both_ways(&db, &zone(tz), &every_day, &[1, 2, 3]);
    }
    totals_match_the_rows(&db);

    // From here on one zone and one first day, so each change patches the kept days.
    let tz = zone("Australia/Lord_Howe");
    let check = |db: &Store| {
        same_both_ways(db, &tz, &[Weekday::Sunday], &[2, 3]);
        totals_match_the_rows(db);
        let left: u32 = db
            .conn()
            .query_row("SELECT count(*) FROM history_changed", [], |row| row.get(0))
            .unwrap();
        assert_eq!(left, 0, "every change was taken into the calendar");
    };
    check(&db);

    // Delete some, then undo one of them.
    let mut deleted = Vec::new();
    for session in sessions.iter().step_by(17) {
        deleted.push(delete(db.conn_mut(), &session.session.id).unwrap());
    }
    check(&db);
    let undone = deleted
        .iter()
        .find(|detail| {
            detail.session.status != SessionStatus::InProgress
                && detail.session.started_at.as_str() < "2026-11-01"
        })
        .unwrap();
    restore(db.conn_mut(), undone.clone()).unwrap();
    check(&db);

    // Edit the stress ratings of some, clear others.
    for (n, session) in sessions.iter().skip(1).step_by(13).enumerate() {
        let edit = SessionEdit {
            note: "edited".into(),
            stress_before: (n % 2 == 0).then_some(9),
            stress_after: (n % 2 == 0).then_some(2),
            therapist: None,
        };
        if let Err(error) = update(db.conn(), &session.session.id, &edit) {
            assert!(matches!(error, Error::NotFound(_)), "{error}");
        }
    }
    check(&db);

    // Finish the sessions left in progress: their progress first, then the end.
    let open_ones: Vec<String> = {
        let mut statement = db
            .conn()
            .prepare("SELECT id FROM sessions WHERE status = 'in_progress'")
            .unwrap();
        let ids = statement.query_map([], |row| row.get(0)).unwrap();
        ids.collect::<rusqlite::Result<_>>().unwrap()
    };
    assert!(!open_ones.is_empty());
    for (n, id) in open_ones.iter().enumerate() {
        let steps = get(db.conn(), id).unwrap().steps.len();
        let resume = ResumePoint {
            current_step: 0,
            step_elapsed_ms: 0,
        };
        save_progress(db.conn_mut(), id, resume, 400, &vec![true; steps]).unwrap();
        let status = if n % 2 == 0 {
            SessionStatus::Completed
        } else {
            SessionStatus::Partial
        };
        finish(db.conn(), id, status).unwrap();
    }
    check(&db);

    // More sessions, some on days that already had one, as a second import.
    let more = history(&mut dice, 90, "2026-02-10T11:00:00Z");
    insert_many(db.conn_mut(), &more).unwrap();
    check(&db);
}

#[test]
fn a_large_import_rebuilds_the_calendar_and_a_new_zone_moves_every_day() {
    let (_dir, mut db) = open();
    let new_york = zone("America/New_York");
    let mut dice = Dice(0x0bad_cafe_1234_5678);
    insert_many(
        db.conn_mut(),
        &history(&mut dice, 50, "2026-01-03T04:40:00Z"),
    )
    .unwrap();
    same_both_ways(&db, &new_york, &[Weekday::Monday], &[2]);
    // More changed days than the calendar patches one by one.
    insert_many(
        db.conn_mut(),
        &history(&mut dice, 2_100, "2020-01-01T04:50:00Z"),
    )
    .unwrap();
    same_both_ways(&db, &new_york, &[Weekday::Monday], &[2]);
    same_both_ways(&db, &zone("Pacific/Kiritimati"), &[Weekday::Monday], &[2]);
    same_both_ways(
        &db,
        &TimeZone::fixed(jiff::tz::offset(-11)),
        &[Weekday::Monday],
        &[2],
    );
}

/// Every statement a closure runs, as prepared (its parameters unbound, so its plan is
/// the one the program runs with).
fn statements_of(db: &mut Store, run: impl FnOnce(&mut Store)) -> Vec<String> {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = Arc::clone(&seen);
    db.conn_mut()
        .trace_v2(
            rusqlite::trace::TraceEventCodes::SQLITE_TRACE_STMT,
            Some(move |event: rusqlite::trace::TraceEvent<'_>| {
                if let rusqlite::trace::TraceEvent::Stmt(statement, text) = event {
                    if !text.starts_with("--") {
                        log.lock().unwrap().push(statement.sql().to_string());
                    }
                }
            }),
        )
        .unwrap();
    run(db);
    db.conn_mut()
        .trace_v2(
            rusqlite::trace::TraceEventCodes::empty(),
            None::<fn(rusqlite::trace::TraceEvent<'_>)>,
        )
        .unwrap();
    let statements = seen.lock().unwrap().clone();
    statements
}

#[test]
fn pages_and_insights_read_sessions_through_indexes() {
    let (_dir, mut db) = open();
    let tz = zone("Europe/Berlin");
    let mut dice = Dice(0x1dea_5eed_0000_0042);
    insert_many(
        db.conn_mut(),
        &history(&mut dice, 300, "2025-12-01T06:00:00Z"),
    )
    .unwrap();
    let now: Timestamp = "2026-06-01T12:00:00Z".parse().unwrap();
    compute(db.conn(), &tz, Weekday::Monday, 2, now).unwrap(); // builds the calendar
    let one_more = history(&mut dice, 1, "2026-05-30T09:00:00Z");
    insert_many(db.conn_mut(), &one_more).unwrap();

    let statements = statements_of(&mut db, |db| {
        compute(db.conn(), &tz, Weekday::Monday, 2, now).unwrap();
        let first = list(db.conn(), &SessionFilter::default(), None, &tz).unwrap();
        list(
            db.conn(),
            &SessionFilter::default(),
            first.next.as_deref(),
            &tz,
        )
        .unwrap();
        for filter in [
            SessionFilter {
                routine_id: Some("routine-2".into()),
                ..Default::default()
            },
            SessionFilter {
                kind: Some(SessionKind::Partner),
                ..Default::default()
            },
            SessionFilter {
                from: Some("2026-02-01".into()),
                to: Some("2026-02-28".into()),
                ..Default::default()
            },
        ] {
            list(db.conn(), &filter, None, &tz).unwrap();
        }
    });
    let reads: Vec<&String> = statements
        .iter()
        .filter(|sql| sql.trim_start().to_uppercase().starts_with("SELECT"))
        .filter(|sql| {
            // Those that read the sessions, their steps or their zone ratings (not the
            // small kept tables).
            let words: Vec<&str> = sql.split_whitespace().collect();
            words.windows(2).any(|pair| {
                pair[0].eq_ignore_ascii_case("FROM")
                    && ["sessions", "session_steps", "session_zones"].contains(&pair[1])
            })
        })
        .collect();
    assert!(reads.len() >= 8, "{reads:#?}");
    assert!(
        reads.iter().any(|sql| sql.contains("session_zones")),
        "the zone trends' reads are among them: {reads:#?}"
    );
    for sql in reads {
        let mut explain = db
            .conn()
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        // Its parameters left unbound, as when SQLite plans it for the program.
        let mut rows = explain.raw_query();
        let mut plan: Vec<String> = Vec::new();
        while let Some(row) = rows.next().unwrap() {
            plan.push(row.get(3).unwrap());
        }
        // The zone trends read ratings by time from their index alone.
        if sql.contains("FROM session_zones") && sql.contains("started_at") {
            assert!(
                plan.iter()
                    .any(|step| step.contains("COVERING INDEX session_zones_by_time")),
                "reads zone ratings other than from their index by time:\n{sql}\n{plan:#?}"
            );
        }
        for step in &plan {
            let whole_table = step.starts_with("SCAN")
                && !step.contains("USING INDEX")
                && !step.contains("USING COVERING INDEX")
                && (step.contains("sessions")
                    || step.contains("session_zones")
                    || ["s", "z"].iter().any(|t| step == &format!("SCAN {t}"))
                    || step.starts_with("SCAN s ")
                    || step.starts_with("SCAN z "));
            assert!(!whole_table, "reads every session:\n{sql}\n{plan:#?}");
            // A read between two times stops at the second: the index bounds both ends.
            let upper = sql.contains("started_at <");
            assert!(
                !(upper && step.contains("started_at>?")) || step.contains("started_at<?"),
                "reads past the end of its range:\n{sql}\n{plan:#?}"
            );
            assert!(
                !step.contains("TEMP B-TREE"),
                "sorts outside an index:\n{sql}\n{plan:#?}"
            );
        }
    }
}

#[test]
fn a_short_session_that_counts_for_the_goal_shows_its_minute() {
    let (_dir, mut db) = open();
    let mut short = history(&mut Dice(7), 1, "2026-11-24T19:00:00Z").remove(0);
    short.session.status = SessionStatus::Completed;
    short.session.ended_at = Some("2026-11-24T19:00:10Z".into());
    short.session.done_seconds = 10;
    insert(db.conn_mut(), &short).unwrap();
    let now: Timestamp = "2026-11-25T12:00:00Z".parse().unwrap();
    let tz = TimeZone::get("Europe/London").unwrap();
    let insights = compute(db.conn(), &tz, Weekday::Monday, 2, now).unwrap();
    assert_eq!(insights.this_week, 1);
    assert_eq!(
        (insights.minutes_this_week, insights.minutes_all_time),
        (1, 1),
        "counted toward the goal, so not 0 minutes"
    );
}
