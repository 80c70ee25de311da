//! What a look of the scheduler writes down.

use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::decide;
use crate::test_support::{looked_at, open, with_rule};

fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

/// Waiting costs no disk write a minute: a look that finds nothing due writes nothing,
/// and the mark of the last look moves on hourly or when something was logged.
#[test]
fn a_quiet_look_writes_nothing_but_an_hourly_mark() {
    let (_dir, db) = open();
    with_rule(&db, "tue", "20:00");
    let utc = TimeZone::UTC;
    looked_at(&db, "2026-11-23T10:00:00Z");
    let mark = |db: &crate::store::Store| {
        crate::store::rows::get(db.conn(), crate::store::rows::Remembered::SchedulerLookedAt)
            .unwrap()
    };
    let changes = |db: &crate::store::Store| db.conn().total_changes();

    let before = changes(&db);
    assert!(decide(db.conn(), ts("2026-11-23T10:01:00Z"), &utc)
        .unwrap()
        .is_empty());
    assert!(decide(db.conn(), ts("2026-11-23T10:59:00Z"), &utc)
        .unwrap()
        .is_empty());
    assert_eq!(changes(&db), before, "quiet looks wrote to the database");
    assert_eq!(mark(&db).as_deref(), Some("2026-11-23T10:00:00Z"));

    decide(db.conn(), ts("2026-11-23T11:00:00Z"), &utc).unwrap();
    assert_eq!(mark(&db).as_deref(), Some("2026-11-23T11:00:00Z"));

    // The Tuesday due fires once, though the mark was last moved 20 hours before it,
    // and a look a minute later does not fire it again.
    looked_at(&db, "2026-11-24T00:00:00Z");
    assert_eq!(
        decide(db.conn(), ts("2026-11-24T20:00:05Z"), &utc)
            .unwrap()
            .len(),
        1
    );
    assert_eq!(mark(&db).as_deref(), Some("2026-11-24T20:00:05Z"));
    looked_at(&db, "2026-11-24T19:00:00Z");
    assert!(decide(db.conn(), ts("2026-11-24T20:01:00Z"), &utc)
        .unwrap()
        .is_empty());
}
