//! The database opener's promises: settings, damaged and foreign files, versions,
//! upgrades and backups.

use super::*;

fn pragma(db: &Store, name: &str) -> String {
    db.conn
        .pragma_query_value(None, name, |row| row.get::<_, rusqlite::types::Value>(0))
        .map(|value| match value {
            rusqlite::types::Value::Integer(i) => i.to_string(),
            rusqlite::types::Value::Text(t) => t,
            other => format!("{other:?}"),
        })
        .unwrap()
}

#[test]
fn a_new_folder_gets_a_current_database_in_wal_mode() {
    let dir = tempfile::tempdir().unwrap();
    let opened = Store::open(&dir.path().join("nested/data")).unwrap();
    let db = opened.database;
    assert_eq!(db.version().unwrap(), latest_version());
    assert_eq!(pragma(&db, "journal_mode"), "wal");
    assert_eq!(pragma(&db, "synchronous"), "2"); // FULL
    assert_eq!(pragma(&db, "foreign_keys"), "1");
    assert!(opened.recovery.is_none());
    assert!(opened.backup.is_none());
}

#[test]
fn a_file_that_is_not_sqlite_is_moved_aside_not_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    fs::write(&path, "these are my notes, not a database\n".repeat(200)).unwrap();

    let opened = Store::open(dir.path()).unwrap();
    let recovery = opened.recovery.expect("the user must be told");
    assert_eq!(
        fs::read_to_string(&recovery.damaged_copy).unwrap(),
        "these are my notes, not a database\n".repeat(200)
    );
    assert!(
        recovery.reason.contains("not a database"),
        "{}",
        recovery.reason
    );
    assert_eq!(opened.database.version().unwrap(), latest_version());
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 99;")
            .unwrap();
    }
    let before = fs::read(&path).unwrap();

    let error = Store::open(dir.path()).err().expect("must refuse");
    assert!(matches!(
        error,
        DatabaseError::NewerVersion { found: 99, .. }
    ));
    assert!(error.to_string().contains("newer version of Solewise"));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn upgrading_snapshots_the_old_database_first() {
    let dir = tempfile::tempdir().unwrap();
    let v1 = ["CREATE TABLE note (text TEXT NOT NULL);"];
    let opened = open_with(dir.path(), &v1, Access::App).unwrap();
    opened
        .database
        .conn
        .execute("INSERT INTO note VALUES ('keep me')", [])
        .unwrap();
    drop(opened);

    let v2 = [v1[0], "ALTER TABLE note ADD COLUMN rating INTEGER;"];
    let opened = open_with(dir.path(), &v2, Access::App).unwrap();
    assert_eq!(opened.database.version().unwrap(), 2);
    let backup = opened.backup.expect("a snapshot before upgrading");
    let old = Connection::open(backup).unwrap();
    let text: String = old
        .query_row("SELECT text FROM note", [], |r| r.get(0))
        .unwrap();
    assert_eq!(text, "keep me");
}

#[test]
fn a_failing_migration_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let broken = [
        "CREATE TABLE a (x);",
        "CREATE TABLE b (y); THIS IS NOT SQL;",
    ];
    let error = open_with(dir.path(), &broken, Access::App)
        .err()
        .expect("must fail");
    assert!(matches!(error, DatabaseError::Migration { .. }), "{error}");

    let conn = Connection::open(dir.path().join(FILE_NAME)).unwrap();
    assert_eq!(user_version(&conn).unwrap(), 0);
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .unwrap();
    assert_eq!(tables, 0, "no half-applied schema");
}

#[test]
fn backups_are_daily_pruned_to_seven_and_restorable() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = Store::open(dir.path()).unwrap().database;
    db.conn
        .execute("INSERT INTO settings VALUES ('weekly_goal', '3')", [])
        .unwrap();
    let daily = db
        .daily_snapshot(dir.path())
        .unwrap()
        .expect("the first start of the day");
    assert!(
        db.daily_snapshot(dir.path()).unwrap().is_none(),
        "one a day"
    );
    let file = daily.file_name().unwrap().to_string_lossy().to_string();

    db.conn
        .execute("UPDATE settings SET value = '9'", [])
        .unwrap();
    let safety = db.restore(dir.path(), &file).unwrap();
    let goal: String = db
        .conn
        .query_row("SELECT value FROM settings", [], |r| r.get(0))
        .unwrap();
    assert_eq!(goal, "3", "restored");
    let before: String = Connection::open(safety)
        .unwrap()
        .query_row("SELECT value FROM settings", [], |r| r.get(0))
        .unwrap();
    assert_eq!(before, "9", "the state before the restore was kept");
    assert!(matches!(
        db.restore(dir.path(), "../solewise.db"),
        Err(DatabaseError::NoSuchBackup(_))
    ));

    for i in 0..10 {
        let name = format!("solewise-daily-2020010{}T000000Z.db", i % 10);
        fs::write(backups_dir(dir.path()).join(name), b"old").unwrap();
    }
    db.snapshot(dir.path(), "daily").unwrap();
    let kept: Vec<Backup> = list_backups(dir.path())
        .into_iter()
        .filter(|b| b.reason == "daily")
        .collect();
    assert_eq!(kept.len(), KEEP_BACKUPS);
    assert!(
        kept.iter().all(|b| !b.created_at.starts_with("2020-01-01")),
        "the oldest went first"
    );
}

#[test]
fn notifications_are_logged_with_their_outcome() {
    let dir = tempfile::tempdir().unwrap();
    let db = Store::open(dir.path()).unwrap().database;
    db.log_notification(&NotificationRecord {
        kind: "test".into(),
        summary: "Hello".into(),
        body: "World".into(),
        error: Some("no server".into()),
    })
    .unwrap();
    let (outcome, error): (String, String) = db
        .conn
        .query_row("SELECT outcome, error FROM notification_log", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    assert_eq!((outcome.as_str(), error.as_str()), ("failed", "no server"));
}

#[test]
fn an_empty_file_is_damaged_not_silently_new() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join(FILE_NAME), b"").unwrap();
    let opened = Store::open(dir.path()).unwrap();
    let recovery = opened.recovery.expect("the user must be told");
    assert!(recovery.reason.contains("empty"), "{}", recovery.reason);
    assert!(recovery.damaged_copy.exists());
}

#[test]
fn a_command_stops_on_a_damaged_file_and_names_where_it_went() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    fs::write(&path, "not a database\n".repeat(100)).unwrap();
    let error = Store::open_for(dir.path(), Access::Command)
        .err()
        .expect("must stop");
    let DatabaseError::Damaged { moved_to, .. } = &error else {
        panic!("{error}");
    };
    assert!(error.to_string().contains(&moved_to.display().to_string()));
    assert_eq!(
        fs::read(moved_to).unwrap(),
        "not a database\n".repeat(100).as_bytes()
    );
    assert!(!path.exists(), "no new empty history was made in its place");
}

#[test]
fn a_read_only_command_leaves_a_damaged_file_where_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    fs::write(&path, b"").unwrap();
    let error = Store::open_for(dir.path(), Access::ReadOnly)
        .err()
        .expect("must stop");
    assert!(
        matches!(error, DatabaseError::DamagedLeftAlone { .. }),
        "{error}"
    );
    assert!(error.to_string().contains(&path.display().to_string()));
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "nothing renamed, nothing created");
}

#[test]
fn a_read_only_command_creates_nothing_where_there_is_no_database() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("never-used");
    let db = Store::open_for(&data, Access::ReadOnly).unwrap();
    let sessions: i64 = db
        .conn
        .query_row("SELECT count(*) FROM sessions", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sessions, 0);
    assert!(!data.exists());
}

#[test]
fn a_read_only_command_cannot_write() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    let db = Store::open_for(dir.path(), Access::ReadOnly).unwrap();
    assert!(db
        .conn
        .execute("INSERT INTO settings VALUES ('x', 'y')", [])
        .is_err());
}

#[test]
fn a_negative_data_version_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); PRAGMA user_version = -1;")
        .unwrap();
    let before = fs::read(&path).unwrap();
    let error = Store::open(dir.path()).err().expect("must refuse");
    assert!(matches!(error, DatabaseError::Foreign { .. }), "{error}");
    assert!(error.to_string().contains("-1"), "{error}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn another_programs_sqlite_file_does_not_get_our_tables() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE bookmarks (url TEXT); INSERT INTO bookmarks VALUES ('x');")
        .unwrap();
    let before = fs::read(&path).unwrap();
    let error = Store::open(dir.path()).err().expect("must refuse");
    assert!(error.to_string().contains("bookmarks"), "{error}");
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn failed_upgrades_keep_one_snapshot_and_leave_the_daily_ones() {
    let dir = tempfile::tempdir().unwrap();
    let v1 = ["CREATE TABLE note (text TEXT);"];
    drop(open_with(dir.path(), &v1, Access::App).unwrap());
    fs::create_dir_all(backups_dir(dir.path())).unwrap();
    for day in 1..=7 {
        let name = format!("solewise-daily-2026110{day}T000000Z.db");
        fs::write(backups_dir(dir.path()).join(name), b"daily").unwrap();
    }
    let broken = [v1[0], "THIS IS NOT SQL;"];
    for attempt in 1..=8 {
        assert!(open_with(dir.path(), &broken, Access::App).is_err());
        // Give this attempt's snapshot its own, later time, as on a later start.
        let snapshot = list_backups(dir.path())
            .into_iter()
            .find(|b| b.reason == "v1-before-upgrade" && !b.file.contains("-2030"));
        if let Some(snapshot) = snapshot {
            let later = format!("solewise-v1-before-upgrade-20300101T00000{attempt}Z.db");
            fs::rename(
                backups_dir(dir.path()).join(&snapshot.file),
                backups_dir(dir.path()).join(later),
            )
            .unwrap();
        }
    }
    let backups = list_backups(dir.path());
    let count = |reason: &str| backups.iter().filter(|b| b.reason == reason).count();
    assert_eq!(count("v1-before-upgrade"), 1, "{backups:#?}");
    assert_eq!(count("daily"), 7, "{backups:#?}");
}

#[test]
fn two_programs_opening_a_new_database_at_once_both_get_it_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    let openers: Vec<_> = (0..4)
        .map(|_| {
            let path = path.clone();
            std::thread::spawn(move || Store::open(&path).map(|opened| opened.database.version()))
        })
        .collect();
    for opener in openers {
        let version = opener.join().unwrap().expect("opened").expect("a version");
        assert_eq!(version, latest_version());
    }
}

#[test]
fn the_daemon_reads_every_page_once_a_day_and_remembers_what_it_found() {
    let dir = tempfile::tempdir().unwrap();
    let db = Store::open(dir.path()).unwrap().database;
    let now: jiff::Timestamp = "2026-12-04T09:00:00Z".parse().unwrap();
    let found = db.check_whole_file_if_due(dir.path(), now).unwrap();
    assert_eq!(found.as_deref(), Some("ok"));
    let remembered = rows::get(&db.conn, Remembered::WholeFileFound).unwrap();
    assert_eq!(remembered.as_deref(), Some("ok"));
    let later = now + jiff::SignedDuration::from_hours(23);
    assert_eq!(db.check_whole_file_if_due(dir.path(), later).unwrap(), None);
    let next_day = now + WHOLE_FILE_EVERY;
    assert!(db
        .check_whole_file_if_due(dir.path(), next_day)
        .unwrap()
        .is_some());
    // A clock set back never postpones it for good.
    let earlier = now - jiff::SignedDuration::from_hours(48);
    assert!(db
        .check_whole_file_if_due(dir.path(), earlier)
        .unwrap()
        .is_some());
}

#[test]
fn a_program_that_closes_leaves_no_marker_and_one_that_does_not_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let data = crate::DataDir::new(dir.path());
    let mut db = Store::open(dir.path()).unwrap().database;
    assert!(markers::left_unclosed(&data).is_empty(), "held while open");
    db.close();
    assert_eq!(std::fs::read_dir(data.open_markers()).unwrap().count(), 0);

    // A killed program's marker stays, unlocked: the next open checks every page and
    // then forgets it.
    std::fs::write(data.open_markers().join("app-999999"), b"").unwrap();
    assert_eq!(markers::left_unclosed(&data).len(), 1);
    drop(Store::open(dir.path()).unwrap());
    assert!(markers::left_unclosed(&data).is_empty());
}

#[test]
fn zone_ratings_saved_before_version_7_get_their_sessions_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut old = open_with(dir.path(), &MIGRATIONS[..6], Access::App)
        .unwrap()
        .database;
    // Written as version 6's code wrote them (today's code writes the new column).
    old.conn
        .execute_batch(
            "INSERT INTO sessions (id, kind, title, started_at, ended_at, status,
                                   planned_seconds, updated_at)
             VALUES ('s1', 'self', 'Twice-weekly foot care', '2026-03-03T01:00:00Z',
                     '2026-03-03T01:15:00Z', 'completed', 900, '2026-03-03T01:15:00Z');
             INSERT INTO session_zones (session_id, moment, zone, rating)
             VALUES ('s1', 'before', 'left-heel', 6);",
        )
        .unwrap();
    old.close();

    let db = Store::open(dir.path()).unwrap().database;
    let started_at: String = db
        .conn
        .query_row(
            "SELECT started_at FROM session_zones WHERE session_id = 's1'",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(started_at, "2026-03-03T01:00:00Z");
}
