//! What the core's unit tests share: a store in a temporary folder, a fixed time zone, a
//! session logged by hand, a reminder rule made long ago, the scheduler's last look.

use jiff::tz::TimeZone;

use crate::history::{log_manual, ManualSession, Session, SessionKind};
use crate::schedule::{add_rule, ReminderRule, RuleInput};
use crate::store::Store;

pub(crate) fn open() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let db = Store::open(dir.path()).unwrap().database;
    (dir, db)
}

pub(crate) fn new_york() -> TimeZone {
    TimeZone::get("America/New_York").unwrap()
}

/// A finished session of `minutes`, started at a local New York time.
pub(crate) fn logged(
    db: &mut Store,
    local: &str,
    minutes: u32,
    before: Option<u8>,
    after: Option<u8>,
) -> Session {
    log_manual(
        db.conn_mut(),
        &ManualSession {
            kind: SessionKind::SelfMassage,
            started_at: local.into(),
            minutes,
            routine_id: Some("twice-weekly".into()),
            title: "Twice-weekly foot care".into(),
            therapist: None,
            note: String::new(),
            stress_before: before,
            stress_after: after,
        },
        &new_york(),
    )
    .unwrap()
}

/// A rule made well before the dues the tests look at.
pub(crate) fn with_rule(db: &Store, days: &str, at: &str) -> ReminderRule {
    let rule = add_rule(
        db.conn(),
        &RuleInput {
            days: vec![days.into()],
            at: at.into(),
            routine_id: None,
            label: None,
            enabled: true,
        },
    )
    .unwrap();
    // Made well before the dues these tests look at.
    db.conn()
        .execute(
            "UPDATE reminder_rules SET created_at = '2026-01-01T00:00:00Z' WHERE id = ?1",
            [rule.id],
        )
        .unwrap();
    rule
}

/// As if the scheduler last looked at `when`.
pub(crate) fn looked_at(db: &Store, when: &str) {
    crate::store::rows::set(
        db.conn(),
        crate::store::rows::Remembered::SchedulerLookedAt,
        when,
    )
    .unwrap();
}
