//! The reminder path with a fake desktop: what is recorded when a reminder is shown or
//! cannot be, and what Snooze does, read back from a real database.

use solewise_core::notice::NotifyError;
use solewise_core::schedule::RuleInput;

use super::*;
use crate::notify::{Pending, Shown};

/// A desktop that answers every reminder with `answer`, or has no notification service.
struct FakeDesktop {
    answer: Option<Answer>,
    shown: Mutex<Vec<Notice>>,
}

impl Notifier for FakeDesktop {
    fn show<'a>(&'a self, notice: &'a Notice) -> Pending<'a, Result<(), NotifyError>> {
        self.shown.lock().unwrap().push(notice.clone());
        Box::pin(async { Ok(()) })
    }
    fn remind<'a>(&'a self, notice: &'a Notice, shown: Shown) -> Pending<'a, Answer> {
        self.shown.lock().unwrap().push(notice.clone());
        let answer = self.answer;
        Box::pin(async move {
            match answer {
                Some(answer) => {
                    shown(Ok(()));
                    answer
                }
                None => {
                    shown(Err(NotifyError::from_detail(
                        "org.freedesktop.DBus.Error.ServiceUnknown",
                    )));
                    Answer::Closed
                }
            }
        })
    }
}

/// The database file itself, to set up what no use case does (a rule added long ago, a
/// scheduler that last looked an hour ago) and to read back what was recorded.
fn file(dir: &std::path::Path) -> rusqlite::Connection {
    rusqlite::Connection::open(dir.join("solewise.db")).unwrap()
}

/// A database with a Tuesday 20:00 reminder labelled "Feet first", claimed as due.
fn due_reminder() -> (tempfile::TempDir, Arc<Mutex<Store>>, Firing) {
    let dir = tempfile::tempdir().unwrap();
    let db = Store::open(dir.path()).unwrap().database;
    let library = routines::load_library(dir.path());
    let rule = RuleInput {
        days: vec!["tue".into()],
        at: "20:00".into(),
        routine_id: Some("bedtime-unwind".into()),
        label: Some("Feet first".into()),
        enabled: true,
    };
    let _ = reminders::add(&db, &library, &rule).unwrap();
    file(dir.path())
        .execute_batch(
            "UPDATE reminder_rules SET created_at = '2026-01-01T00:00:00Z';
             UPDATE settings SET value = '2026-11-24T19:00:00Z' WHERE key = 'scheduler_looked_at';
             INSERT OR IGNORE INTO settings (key, value)
                 VALUES ('scheduler_looked_at', '2026-11-24T19:00:00Z');",
        )
        .unwrap();
    let utc = jiff::tz::TimeZone::UTC;
    let now: Timestamp = "2026-11-24T20:00:01Z".parse().unwrap();
    let mut firings = reminders::due(&db, now, &utc).unwrap();
    assert_eq!(firings.len(), 1);
    (dir, Arc::new(Mutex::new(db)), firings.remove(0))
}

fn logged(dir: &std::path::Path) -> Vec<(String, Option<String>)> {
    let file = file(dir);
    let mut statement = file
        .prepare("SELECT outcome, detail FROM reminder_log")
        .unwrap();
    statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

async fn deliver_with(
    answer: Option<Answer>,
) -> (Answer, tempfile::TempDir, Arc<Mutex<Store>>, Vec<Notice>) {
    let (dir, db, firing) = due_reminder();
    let desktop = FakeDesktop {
        answer,
        shown: Mutex::new(Vec::new()),
    };
    let library = routines::load_library(std::path::Path::new("/nonexistent"));
    let (words, routine) = notice::for_reminder(&firing, &library);
    assert_eq!(routine, "bedtime-unwind");
    let wake = Notify::new();
    let got = deliver(&desktop, db.clone(), &wake, &firing, &words).await;
    (got, dir, db, desktop.shown.into_inner().unwrap())
}

#[tokio::test]
async fn a_shown_reminder_is_recorded_and_start_now_comes_back_to_open_its_routine() {
    let (answer, dir, _db, shown) = deliver_with(Some(Answer::StartNow)).await;
    assert_eq!(answer, Answer::StartNow);
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].summary, "Feet first");
    assert!(shown[0].body.ends_with(" min"), "{}", shown[0].body);
    assert_eq!(logged(dir.path()), [("shown".to_string(), None)]);
}

#[tokio::test]
async fn a_reminder_that_cannot_be_shown_is_recorded_with_the_reason() {
    let (answer, dir, db, _) = deliver_with(None).await;
    assert_eq!(answer, Answer::Closed);
    let log = logged(dir.path());
    assert_eq!(log[0].0, "failed");
    assert!(
        log[0]
            .1
            .as_deref()
            .unwrap_or_default()
            .starts_with("No notification service"),
        "{log:?}"
    );
    let tz = jiff::tz::TimeZone::UTC;
    let failure = reminders::last_failure(&db.lock().unwrap(), &tz).unwrap();
    assert!(failure
        .unwrap()
        .starts_with("The reminder due at 20:00 could not be shown"));
}

#[tokio::test]
async fn snooze_brings_the_reminder_back_later() {
    let (answer, dir, _db, _) = deliver_with(Some(Answer::Snooze)).await;
    assert_eq!(answer, Answer::Snooze);
    let snoozes: i64 = file(dir.path())
        .query_row(
            "SELECT count(*) FROM reminder_snoozes WHERE fired = 0",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(snoozes, 1);
}
