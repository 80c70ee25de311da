//! The one place that opens Solewise's SQLite database: settings it must run with,
//! health checks at start, moving a damaged file aside, refusing a file from a newer
//! version, and migrations kept in `PRAGMA user_version`.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};

/// The database's file name inside the data folder.
pub const FILE_NAME: &str = "solewise.db";

/// Schema changes, oldest first. Entry `n` takes the database from version `n` to `n + 1`.
/// Never edit a released entry: add a new one.
const MIGRATIONS: &[&str] = &[
    // 1: the log of every notification the app tried to show, and how it went.
    "CREATE TABLE notification_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,          -- RFC 3339, UTC
        kind TEXT NOT NULL,        -- 'test' | 'reminder'
        summary TEXT NOT NULL,
        body TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('shown', 'failed')),
        error TEXT
    ) STRICT;",
    // 2: sessions (guided, or logged by hand), their steps, and app settings.
    "CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('guided', 'self', 'partner', 'professional')),
        routine_id TEXT,
        title TEXT NOT NULL,           -- the routine's title then, or the logged label
        started_at TEXT NOT NULL,      -- RFC 3339, UTC
        ended_at TEXT,                 -- NULL while a guided session is under way
        status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'partial')),
        planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
        done_seconds INTEGER NOT NULL DEFAULT 0 CHECK (done_seconds >= 0),
        current_step INTEGER NOT NULL DEFAULT 0,
        step_elapsed_ms INTEGER NOT NULL DEFAULT 0,
        stress_before INTEGER CHECK (stress_before BETWEEN 1 AND 10),
        stress_after INTEGER CHECK (stress_after BETWEEN 1 AND 10),
        note TEXT NOT NULL DEFAULT '',
        therapist TEXT,
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX sessions_by_start ON sessions (started_at DESC, id);
    CREATE INDEX sessions_by_status ON sessions (status) WHERE status = 'in_progress';
    CREATE TABLE session_steps (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        technique TEXT NOT NULL,
        foot TEXT NOT NULL CHECK (foot IN ('left', 'right', 'both')),
        seconds INTEGER NOT NULL,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        PRIMARY KEY (session_id, position)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;",
    // 3: reminder rules, the log that keeps a due from firing twice, and snoozes.
    "CREATE TABLE reminder_rules (
        id INTEGER PRIMARY KEY,
        days TEXT NOT NULL,            -- 'tue,fri'
        at TEXT NOT NULL,              -- local 'HH:MM'
        routine_id TEXT,
        label TEXT,
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE reminder_log (
        rule_id INTEGER NOT NULL,
        due TEXT NOT NULL,             -- RFC 3339, UTC
        outcome TEXT NOT NULL CHECK (outcome IN ('shown', 'failed', 'missed', 'paused')),
        at TEXT NOT NULL,
        detail TEXT,
        PRIMARY KEY (rule_id, due)
    ) STRICT;
    CREATE TABLE reminder_snoozes (
        id INTEGER PRIMARY KEY,
        rule_id INTEGER NOT NULL,
        due TEXT NOT NULL,
        fired INTEGER NOT NULL DEFAULT 0 CHECK (fired IN (0, 1))
    ) STRICT;",
];

/// The schema version this build of Solewise writes.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

#[derive(Debug, thiserror::Error)]
pub enum DatabaseError {
    #[error("Could not create the data folder {}: {source}", path.display())]
    CreateDir {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "The database {} was written by a newer version of Solewise (data version {found}; \
         this version understands up to {supported}). It was left untouched. Update Solewise, \
         or start it with --data-dir pointing at another folder.",
        path.display()
    )]
    NewerVersion {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    #[error("The database {} is damaged and could not be moved aside to {}: {source}", path.display(), to.display())]
    MoveAside {
        path: PathBuf,
        to: PathBuf,
        source: std::io::Error,
    },
    #[error("Could not back up {} before upgrading it: {source}", path.display())]
    Backup {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("Upgrading the database {} to data version {version} failed, so nothing was changed: {source}", path.display())]
    Migration {
        path: PathBuf,
        version: i64,
        source: rusqlite::Error,
    },
    #[error("There is no backup named '{0}' in the backups folder.")]
    NoSuchBackup(String),
    #[error("Database {}: {source}", path.display())]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
}

/// What the app should tell the user after a damaged file was replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Where the damaged file now is (kept, never deleted).
    pub damaged_copy: PathBuf,
    /// Why it was judged damaged, in SQLite's words.
    pub reason: String,
}

/// An open database and what happened while opening it.
pub struct Opened {
    pub database: Database,
    /// Set when the file at the path was damaged and a fresh one was created.
    pub recovery: Option<Recovery>,
    /// Set when an older database was upgraded: the snapshot taken first.
    pub backup: Option<PathBuf>,
}

pub struct Database {
    conn: Connection,
    path: PathBuf,
}

/// One row of the notification log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationRecord {
    pub kind: String,
    pub summary: String,
    pub body: String,
    /// `None` when the notification was shown; the reason when it was not.
    pub error: Option<String>,
}

impl Database {
    /// Opens (creating if needed) the database in `data_dir`, moving a damaged file aside.
    pub fn open(data_dir: &Path) -> Result<Opened, DatabaseError> {
        open_with(data_dir, MIGRATIONS)
    }

    /// The connection, for domain modules that take a `Connection`.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn version(&self) -> Result<i64, DatabaseError> {
        user_version(&self.conn).map_err(|source| self.sqlite_error(source))
    }

    pub fn log_notification(&self, record: &NotificationRecord) -> Result<(), DatabaseError> {
        let outcome = if record.error.is_some() {
            "failed"
        } else {
            "shown"
        };
        self.conn
            .execute(
                "INSERT INTO notification_log (at, kind, summary, body, outcome, error)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                (
                    jiff::Timestamp::now().to_string(),
                    &record.kind,
                    &record.summary,
                    &record.body,
                    outcome,
                    &record.error,
                ),
            )
            .map(|_| ())
            .map_err(|source| self.sqlite_error(source))
    }

    fn sqlite_error(&self, source: rusqlite::Error) -> DatabaseError {
        DatabaseError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }
}

fn open_with(data_dir: &Path, migrations: &[&str]) -> Result<Opened, DatabaseError> {
    fs::create_dir_all(data_dir).map_err(|source| DatabaseError::CreateDir {
        path: data_dir.to_path_buf(),
        source,
    })?;
    let path = data_dir.join(FILE_NAME);
    let sqlite = |source| DatabaseError::Sqlite {
        path: path.clone(),
        source,
    };

    let mut recovery = None;
    if path.exists() {
        if let Some(reason) = damage(&path, migrations.len() as i64)? {
            let damaged_copy = move_aside(&path)?;
            log::warn!(
                "database {} is damaged ({reason}); moved to {}",
                path.display(),
                damaged_copy.display()
            );
            recovery = Some(Recovery {
                damaged_copy,
                reason,
            });
        }
    }

    let conn = Connection::open(&path).map_err(sqlite)?;
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(sqlite)?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .map_err(sqlite)?;
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(sqlite)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(sqlite)?;

    let mut database = Database { conn, path };
    let backup = migrate(&mut database, data_dir, migrations)?;
    Ok(Opened {
        database,
        recovery,
        backup,
    })
}

/// Looks at an existing file before it is used. `Ok(Some(reason))` means it is damaged
/// (not SQLite, or failing `quick_check`) and should be moved aside; a file from a newer
/// version is an error, so that it is left exactly as it is.
fn damage(path: &Path, supported: i64) -> Result<Option<String>, DatabaseError> {
    let sqlite = |source| DatabaseError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sqlite)?;

    let version = match user_version(&conn) {
        Ok(version) => version,
        Err(error) if is_damage(&error) => return Ok(Some(error.to_string())),
        Err(error) => return Err(sqlite(error)),
    };
    if version > supported {
        return Err(DatabaseError::NewerVersion {
            path: path.to_path_buf(),
            found: version,
            supported,
        });
    }

    let check = conn
        .prepare("PRAGMA quick_check")
        .and_then(|mut statement| {
            statement
                .query_map([], |row| row.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()
        });
    match check {
        Ok(rows) if rows == ["ok"] => Ok(None),
        Ok(rows) => Ok(Some(format!("quick_check found: {}", rows.join("; ")))),
        Err(error) if is_damage(&error) => Ok(Some(error.to_string())),
        Err(error) => Err(sqlite(error)),
    }
}

fn is_damage(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

/// Renames the damaged file (and its WAL and shared-memory files) with a timestamp, so
/// nothing is lost and someone can still try to rescue it.
fn move_aside(path: &Path) -> Result<PathBuf, DatabaseError> {
    let stamp = jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string();
    let target = |p: &Path| {
        let mut name = p.as_os_str().to_os_string();
        name.push(format!(".damaged-{stamp}"));
        PathBuf::from(name)
    };
    let moved = target(path);
    fs::rename(path, &moved).map_err(|source| DatabaseError::MoveAside {
        path: path.to_path_buf(),
        to: moved.clone(),
        source,
    })?;
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_os_string();
        side.push(suffix);
        let side = PathBuf::from(side);
        if side.exists() {
            let to = target(&side);
            fs::rename(&side, &to).map_err(|source| DatabaseError::MoveAside {
                path: side.clone(),
                to,
                source,
            })?;
        }
    }
    Ok(moved)
}

fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Brings the schema up to date in one IMMEDIATE transaction: either every pending
/// migration applies, or none does. A database that already held data is first
/// snapshotted with `VACUUM INTO` into `backups/`.
fn migrate(
    database: &mut Database,
    data_dir: &Path,
    migrations: &[&str],
) -> Result<Option<PathBuf>, DatabaseError> {
    let current = database.version()?;
    let latest = migrations.len() as i64;
    if current > latest {
        return Err(DatabaseError::NewerVersion {
            path: database.path.clone(),
            found: current,
            supported: latest,
        });
    }
    if current == latest {
        return Ok(None);
    }

    let backup = if current > 0 {
        Some(snapshot(database, data_dir, current)?)
    } else {
        None
    };

    let path = database.path.clone();
    let failed = |version, source| DatabaseError::Migration {
        path: path.clone(),
        version,
        source,
    };
    let tx = database
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|source| failed(current + 1, source))?;
    for (index, sql) in migrations.iter().enumerate().skip(current as usize) {
        let version = index as i64 + 1;
        tx.execute_batch(sql)
            .and_then(|_| tx.pragma_update(None, "user_version", version))
            .map_err(|source| failed(version, source))?;
    }
    tx.commit().map_err(|source| failed(latest, source))?;
    log::info!(
        "database {} upgraded from data version {current} to {latest}",
        path.display()
    );
    Ok(backup)
}

/// Copies the whole database into `data_dir/backups/` before an upgrade.
fn snapshot(database: &Database, data_dir: &Path, version: i64) -> Result<PathBuf, DatabaseError> {
    database.snapshot(data_dir, &format!("v{version}-before-upgrade"))
}

/// How many snapshots are kept in `backups/`; older ones are removed.
pub const KEEP_BACKUPS: usize = 7;

/// A snapshot in the backups folder.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct Backup {
    pub file: String,
    /// Why it was made: "daily", "before-restore", "v1-before-upgrade".
    pub reason: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    #[ts(type = "number")]
    pub bytes: u64,
}

pub fn backups_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("backups")
}

/// The snapshots in `data_dir/backups/`, newest first.
pub fn list_backups(data_dir: &Path) -> Vec<Backup> {
    let Ok(entries) = fs::read_dir(backups_dir(data_dir)) else {
        return Vec::new();
    };
    let mut backups: Vec<Backup> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let file = entry.file_name().to_string_lossy().to_string();
            // solewise-<reason>-<YYYYmmddTHHMMSSZ>.db
            let stem = file.strip_prefix("solewise-")?.strip_suffix(".db")?;
            let (reason, stamp) = stem.rsplit_once('-')?;
            let (reason, stamp) = (reason.to_string(), stamp.to_string());
            let created = jiff::civil::DateTime::strptime("%Y%m%dT%H%M%SZ", &stamp).ok()?;
            let created_at = created
                .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .ok()?
                .timestamp();
            Some(Backup {
                file,
                reason,
                created_at: created_at.to_string(),
                bytes: entry.metadata().map(|m| m.len()).unwrap_or(0),
            })
        })
        .collect();
    backups.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.file.cmp(&a.file)));
    backups
}

impl Database {
    /// Copies the whole database into `data_dir/backups/` with `VACUUM INTO`, then keeps
    /// only the newest `KEEP_BACKUPS` snapshots.
    pub fn snapshot(&self, data_dir: &Path, reason: &str) -> Result<PathBuf, DatabaseError> {
        let dir = backups_dir(data_dir);
        fs::create_dir_all(&dir).map_err(|source| DatabaseError::CreateDir {
            path: dir.clone(),
            source,
        })?;
        let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%SZ");
        let path = dir.join(format!("solewise-{reason}-{stamp}.db"));
        // One a second is plenty: a second request in the same second keeps the first.
        if !path.exists() {
            self.conn
                .execute("VACUUM INTO ?1", [path.to_string_lossy()])
                .map_err(|source| DatabaseError::Backup {
                    path: self.path.clone(),
                    source,
                })?;
        }
        for old in list_backups(data_dir).iter().skip(KEEP_BACKUPS) {
            let _ = fs::remove_file(dir.join(&old.file));
        }
        Ok(path)
    }

    /// Makes today's snapshot if there is none yet (the app calls this at start).
    pub fn daily_snapshot(&self, data_dir: &Path) -> Result<Option<PathBuf>, DatabaseError> {
        let today = jiff::Timestamp::now().strftime("%Y%m%d").to_string();
        let taken = list_backups(data_dir)
            .iter()
            .any(|b| b.reason == "daily" && b.file.contains(&format!("-{today}T")));
        if taken {
            return Ok(None);
        }
        self.snapshot(data_dir, "daily").map(Some)
    }

    /// Replaces the database's contents with a snapshot's, after snapshotting the
    /// current state (so a restore can itself be undone).
    pub fn restore(&mut self, data_dir: &Path, file: &str) -> Result<PathBuf, DatabaseError> {
        let source = backups_dir(data_dir).join(file);
        let known = list_backups(data_dir).iter().any(|b| b.file == file);
        if !known || file.contains(['/', '\\']) {
            return Err(DatabaseError::NoSuchBackup(file.to_string()));
        }
        let safety = self.snapshot(data_dir, "before-restore")?;
        self.conn
            .restore(
                rusqlite::MAIN_DB,
                &source,
                None::<fn(rusqlite::backup::Progress)>,
            )
            .map_err(|source_error| DatabaseError::Sqlite {
                path: source.clone(),
                source: source_error,
            })?;
        Ok(safety)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pragma(db: &Database, name: &str) -> String {
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
        let opened = Database::open(&dir.path().join("nested/data")).unwrap();
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

        let opened = Database::open(dir.path()).unwrap();
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

        let error = Database::open(dir.path()).err().expect("must refuse");
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
        let opened = open_with(dir.path(), &v1).unwrap();
        opened
            .database
            .conn
            .execute("INSERT INTO note VALUES ('keep me')", [])
            .unwrap();
        drop(opened);

        let v2 = [v1[0], "ALTER TABLE note ADD COLUMN rating INTEGER;"];
        let opened = open_with(dir.path(), &v2).unwrap();
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
        let error = open_with(dir.path(), &broken).err().expect("must fail");
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
        let mut db = Database::open(dir.path()).unwrap().database;
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
        let kept = list_backups(dir.path());
        assert_eq!(kept.len(), KEEP_BACKUPS);
        assert!(
            kept.iter().all(|b| !b.created_at.starts_with("2020-01-01")),
            "the oldest went first"
        );
    }

    #[test]
    fn notifications_are_logged_with_their_outcome() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open(dir.path()).unwrap().database;
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
}
