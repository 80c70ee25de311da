//! The one place that opens Solewise's SQLite database: settings it must run with,
//! health checks at start, moving a damaged file aside, refusing a file from a newer
//! version, and migrations kept in `PRAGMA user_version`.

use std::fs;
use std::path::{Path, PathBuf};

pub use rusqlite::Connection;
use rusqlite::{ErrorCode, OpenFlags, TransactionBehavior};

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
    #[error(
        "The database {} is damaged ({reason}). It was moved to {} and kept; nothing else \
         was done. Start Solewise to begin a new history, or restore a backup from its \
         History screen.",
        path.display(),
        moved_to.display()
    )]
    Damaged {
        path: PathBuf,
        moved_to: PathBuf,
        reason: String,
    },
    #[error(
        "The database {} is damaged ({reason}). It was left as it is, and nothing was \
         read from it. Start Solewise (or any command that changes data) to move it aside \
         and begin a new history.",
        path.display()
    )]
    DamagedLeftAlone { path: PathBuf, reason: String },
    #[error(
        "{} is not a Solewise database ({reason}). It was left untouched. Move it away, or \
         start Solewise with --data-dir pointing at another folder.",
        path.display()
    )]
    Foreign { path: PathBuf, reason: String },
    #[error(
        "The data folder {} is a file, not a folder. Move that file away, or pass --data-dir \
         with another folder.",
        .0.display()
    )]
    NotAFolder(PathBuf),
    #[error("Could not create the database {}: {source}", path.display())]
    Create {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("Could not read the database {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
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

impl Recovery {
    /// What to tell the user.
    pub fn message(&self) -> String {
        format!(
            "Your Solewise database could not be read ({}). It was moved to {} (nothing was \
             deleted) and a new, empty database was started.",
            self.reason,
            self.damaged_copy.display()
        )
    }
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

/// Who opens the database, which decides what happens to a damaged file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The app: a damaged file is moved aside, a new one created, and the user told.
    App,
    /// A command that changes data: a damaged file is moved aside and the command stops
    /// with an error naming where it went.
    Command,
    /// A command that only reads: a damaged file is left where it is, the command stops;
    /// a missing file is read as an empty history and not created.
    ReadOnly,
}

impl Database {
    /// Opens (creating if needed) the database in `data_dir`, moving a damaged file aside.
    pub fn open(data_dir: &Path) -> Result<Opened, DatabaseError> {
        open_with(data_dir, MIGRATIONS, Access::App)
    }

    /// Opens the database for a command-line command: see `Access`.
    pub fn open_for(data_dir: &Path, access: Access) -> Result<Database, DatabaseError> {
        open_with(data_dir, MIGRATIONS, access).map(|opened| opened.database)
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

fn open_with(
    data_dir: &Path,
    migrations: &[&str],
    access: Access,
) -> Result<Opened, DatabaseError> {
    let path = data_dir.join(FILE_NAME);
    let sqlite = |source| DatabaseError::Sqlite {
        path: path.clone(),
        source,
    };
    if data_dir.exists() && !data_dir.is_dir() {
        return Err(DatabaseError::NotAFolder(data_dir.to_path_buf()));
    }
    if access == Access::ReadOnly && !path.exists() {
        // Nothing to read: an empty history, without creating a file or a folder.
        let conn = Connection::open_in_memory().map_err(sqlite)?;
        let mut database = Database { conn, path };
        migrate(&mut database, data_dir, migrations)?;
        return Ok(Opened {
            database,
            recovery: None,
            backup: None,
        });
    }
    fs::create_dir_all(data_dir).map_err(|source| DatabaseError::CreateDir {
        path: data_dir.to_path_buf(),
        source,
    })?;

    let mut recovery = None;
    let mut current = false;
    if path.exists() {
        match examine(&path, migrations.len() as i64, access)? {
            Health::Current => current = true,
            Health::Older => {}
            Health::Damaged(reason) if access == Access::ReadOnly => {
                return Err(DatabaseError::DamagedLeftAlone { path, reason });
            }
            Health::Damaged(reason) => {
                let damaged_copy = move_aside(&path)?;
                log::warn!(
                    "database {} is damaged ({reason}); moved to {}",
                    path.display(),
                    damaged_copy.display()
                );
                if access == Access::Command {
                    return Err(DatabaseError::Damaged {
                        path,
                        moved_to: damaged_copy,
                        reason,
                    });
                }
                recovery = Some(Recovery {
                    damaged_copy,
                    reason,
                });
            }
        }
    }

    if !path.exists() {
        create_fresh(&path)?;
    }
    let conn = if access == Access::ReadOnly && current {
        open_read_only(&path).map_err(sqlite)?
    } else {
        Connection::open(&path).map_err(sqlite)?
    };
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(sqlite)?;
    if !conn.is_readonly(rusqlite::MAIN_DB).map_err(sqlite)? {
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(sqlite)?;
    }
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(sqlite)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(sqlite)?;

    let mut database = Database { conn, path };
    let backup = migrate(&mut database, data_dir, migrations)?;
    if let Some(recovery) = &recovery {
        // Kept until the window has shown it: the daemon may be the one that found it.
        let kept = crate::settings::set(
            &database.conn,
            crate::settings::Key::RecoveryNotice,
            &recovery.message(),
        );
        if let Err(error) = kept {
            log::warn!("could not keep the notice about the damaged database: {error}");
        }
    }
    Ok(Opened {
        database,
        recovery,
        backup,
    })
}

/// Makes a new, empty database (already in WAL mode) at `path` in one step: it is built
/// beside it under a name of its own, then linked into place. A program starting at the
/// same moment (the window and the daemon do) never sees a half-made file, which it
/// would take for a damaged one; if another got there first, its file is kept.
fn create_fresh(path: &Path) -> Result<(), DatabaseError> {
    static MADE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let made = MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let temporary = path.with_file_name(format!("{FILE_NAME}.new-{}-{made}", std::process::id()));
    let sqlite = |source| DatabaseError::Sqlite {
        path: temporary.clone(),
        source,
    };
    let built = Connection::open(&temporary)
        .and_then(|conn| conn.pragma_update(None, "journal_mode", "WAL"))
        .map_err(sqlite);
    let linked = built.and_then(|()| match fs::hard_link(&temporary, path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(DatabaseError::Create {
            path: path.to_path_buf(),
            source,
        }),
    });
    for suffix in ["", "-wal", "-shm"] {
        let mut name = temporary.as_os_str().to_os_string();
        name.push(suffix);
        let _ = fs::remove_file(PathBuf::from(name));
    }
    linked
}

/// Opens an existing file for reading only. A WAL database needs its `-shm` file, which
/// cannot be made in a read-only folder or on a read-only medium; when no `-wal` file is
/// left over, the main file holds everything, so it is then read as immutable.
fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    let readable = conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    });
    let mut wal = path.as_os_str().to_os_string();
    wal.push("-wal");
    match readable {
        Ok(_) => Ok(conn),
        Err(error) if is_damage(&error) || Path::new(&wal).exists() => Err(error),
        Err(_) => {
            let mut uri = String::from("file:");
            for c in path.to_string_lossy().chars() {
                match c {
                    '?' | '#' | '%' | ' ' => uri.push_str(&format!("%{:02X}", c as u32)),
                    '\\' => uri.push('/'),
                    c => uri.push(c),
                }
            }
            uri.push_str("?immutable=1");
            Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
        }
    }
}

/// What an existing file turned out to be.
enum Health {
    /// Solewise's, at the version this build writes.
    Current,
    /// Solewise's (or empty of tables), at an older version: to be upgraded.
    Older,
    /// Not readable as SQLite, failing `quick_check`, or empty: to be moved aside.
    Damaged(String),
}

/// Looks at an existing file before it is used. A file from a newer version, or an
/// SQLite file that is someone else's, is an error, so that it is left exactly as it is.
fn examine(path: &Path, supported: i64, access: Access) -> Result<Health, DatabaseError> {
    let sqlite = |source| DatabaseError::Sqlite {
        path: path.to_path_buf(),
        source,
    };
    let foreign = |reason: String| DatabaseError::Foreign {
        path: path.to_path_buf(),
        reason,
    };
    let size = fs::metadata(path)
        .map_err(|source| DatabaseError::Read {
            path: path.to_path_buf(),
            source,
        })?
        .len();
    if size == 0 {
        return Ok(Health::Damaged("the file is empty (0 bytes)".into()));
    }
    let conn = if access == Access::ReadOnly {
        open_read_only(path).map_err(sqlite)?
    } else {
        Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sqlite)?
    };

    let version = match user_version(&conn) {
        Ok(version) => version,
        Err(error) if is_damage(&error) => return Ok(Health::Damaged(error.to_string())),
        Err(error) => return Err(sqlite(error)),
    };
    if version > supported {
        return Err(DatabaseError::NewerVersion {
            path: path.to_path_buf(),
            found: version,
            supported,
        });
    }
    if version < 0 {
        return Err(foreign(format!(
            "its data version is {version}, which no Solewise writes"
        )));
    }

    let check = conn
        .prepare("PRAGMA quick_check")
        .and_then(|mut statement| {
            statement
                .query_map([], |row| row.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()
        });
    match check {
        Ok(rows) if rows == ["ok"] => {}
        Ok(rows) => {
            return Ok(Health::Damaged(format!(
                "quick_check found: {}",
                rows.join("; ")
            )))
        }
        Err(error) if is_damage(&error) => return Ok(Health::Damaged(error.to_string())),
        Err(error) => return Err(sqlite(error)),
    }
    if version == 0 {
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name LIMIT 4")
            .and_then(|mut statement| {
                statement
                    .query_map([], |row| row.get::<_, String>(0))?
                    .collect::<Result<Vec<_>, _>>()
            })
            .map_err(sqlite)?;
        if !tables.is_empty() {
            return Err(foreign(format!(
                "it is an SQLite database with other tables ({}) and no Solewise data version",
                tables.join(", ")
            )));
        }
    }
    Ok(if version == supported {
        Health::Current
    } else {
        Health::Older
    })
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
    // The window and the daemon may start at the same moment: whoever got the write
    // lock second finds the work done, or partly done, and continues from there.
    let current = user_version(&tx).map_err(|source| failed(current + 1, source))?;
    if current >= latest {
        return Ok(backup);
    }
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

/// `<data dir>/logs/<name>.log`, opened for appending (created with its folder): where
/// a program started in the background writes its output.
pub fn log_file(data_dir: &Path, name: &str) -> Option<fs::File> {
    let folder = data_dir.join("logs");
    fs::create_dir_all(&folder).ok()?;
    fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(folder.join(format!("{name}.log")))
        .ok()
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

/// Keeps the newest `KEEP_BACKUPS` snapshots of each reason, and only the newest one
/// taken before an upgrade from a given version: a start that fails its upgrade again
/// and again must not push the daily snapshots out.
fn prune_backups(data_dir: &Path) {
    let mut kept: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for backup in list_backups(data_dir) {
        let limit = if backup.reason.ends_with("-before-upgrade") {
            1
        } else {
            KEEP_BACKUPS
        };
        let count = kept.entry(backup.reason.clone()).or_default();
        *count += 1;
        if *count > limit {
            let _ = fs::remove_file(backups_dir(data_dir).join(&backup.file));
        }
    }
}

impl Database {
    /// Copies the whole database into `data_dir/backups/` with `VACUUM INTO`, then prunes
    /// old snapshots (see `prune_backups`).
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
        prune_backups(data_dir);
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
mod tests;
