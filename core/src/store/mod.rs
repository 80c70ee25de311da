//! The one place that opens Solewise's SQLite database: settings it must run with,
//! health checks at start, moving a damaged file aside, refusing a file from a newer
//! version, and migrations kept in `PRAGMA user_version`.
//!
//! Opening costs the same at a million sessions as at ten: the whole file is checked
//! (`quick_check`) only when it matters: after a program ended without closing it
//! (`markers`), when SQLite reported damage or the daemon's daily check found some
//! (`DataDir::check_wanted`), and once a day in the daemon (`check_whole_file`).

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::Connection;
use rusqlite::TransactionBehavior;

use rows::Remembered;

/// The database's file name inside the data folder.
pub const FILE_NAME: &str = crate::data_dir::DATABASE_FILE;

/// Every migration's SQL, oldest first (tests read the triggers in them).
#[cfg(test)]
pub(crate) fn migrations_sql() -> &'static [&'static str] {
    MIGRATIONS
}

/// The schema version this build of Solewise writes.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
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
    /// What to tell the user, in the active language.
    pub fn message(&self) -> String {
        crate::tr!(
            "database-recovered",
            reason = self.reason.as_str(),
            moved_to = self.damaged_copy.display().to_string()
        )
    }

    /// As it waits in the settings until the window shows it: the facts, not the
    /// sentence, so that it is said in the language the window speaks then (the database
    /// is opened before its language setting can be read).
    fn kept(&self) -> String {
        serde_json::json!({
            "damaged_copy": self.damaged_copy.to_string_lossy(),
            "reason": self.reason,
        })
        .to_string()
    }

    /// What `kept` wrote; `None` for anything else (a sentence kept by an older version).
    fn from_kept(text: &str) -> Option<Recovery> {
        let value: serde_json::Value = serde_json::from_str(text).ok()?;
        Some(Recovery {
            damaged_copy: PathBuf::from(value.get("damaged_copy")?.as_str()?),
            reason: value.get("reason")?.as_str()?.to_string(),
        })
    }
}

/// An open database and what happened while opening it.
pub struct Opened {
    /// The database, open and up to date.
    pub database: Store,
    /// Set when the file at the path was damaged and a fresh one was created.
    pub recovery: Option<Recovery>,
    /// Set when an older database was upgraded: the snapshot taken first.
    pub backup: Option<PathBuf>,
}

/// Solewise's open SQLite database; dropping it (or `close`) notes that it was closed
/// properly.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Held while a long-running program (`Access::App`) has the file open.
    marker: Option<markers::OpenMarker>,
    access: Access,
}

/// One row of the notification log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationRecord {
    /// What the notification was: "test" (the sample the user asked for) or "reminder".
    pub kind: String,
    /// The notification's title.
    pub summary: String,
    /// The line under the title.
    pub body: String,
    /// `None` when the notification was shown; the reason when it was not.
    pub error: Option<String>,
}

/// Who opens the database, which decides what happens to a damaged file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// The app (the window, the daemon): a damaged file is moved aside, a new one
    /// created, and the user told. It holds an open marker while it runs.
    App,
    /// A command that changes data: a damaged file is moved aside and the command stops
    /// with an error naming where it went.
    Command,
    /// A command that only reads: a damaged file is left where it is, the command stops;
    /// a missing file is read as an empty history and not created.
    ReadOnly,
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir`, moving a damaged file aside.
    pub fn open(data_dir: &Path) -> Result<Opened, DatabaseError> {
        open_with(data_dir, MIGRATIONS, Access::App)
    }

    /// Says the database was closed properly (the program is quitting): the next open
    /// need not check the whole file. Dropping the `Store` does the same.
    pub fn close(&mut self) {
        // A read-only command writes nothing, not even this note.
        if crate::error::damage_reported() && self.access != Access::ReadOnly {
            if let Some(data_dir) = self.path.parent() {
                whole_file::want_whole_file_check(data_dir);
            }
        }
        if let Some(mut marker) = self.marker.take() {
            marker.release();
        }
    }

    /// Opens the database for a command-line command: see `Access`.
    pub fn open_for(data_dir: &Path, access: Access) -> Result<Store, DatabaseError> {
        open_with(data_dir, MIGRATIONS, access).map(|opened| opened.database)
    }

    /// After a command failed: when SQLite reported damage meanwhile, checks the whole
    /// file at once and returns what opening it now says (the file moved aside, or left
    /// alone for a read, with where it is), which a person can act on better than
    /// SQLite's words. `None` when no damage was reported or the file turns out sound.
    pub fn recheck_after_damage(data_dir: &Path, access: Access) -> Option<DatabaseError> {
        if !crate::error::take_damage_report() {
            return None;
        }
        open_checking(data_dir, MIGRATIONS, access, true).err()
    }

    /// Runs `f` in one IMMEDIATE write transaction: all of it is saved, or none.
    pub(crate) fn write<T>(
        &self,
        f: impl FnOnce(&rusqlite::Transaction) -> crate::Result<T>,
    ) -> crate::Result<T> {
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// The connection, for domain modules that take a `Connection`.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub(crate) fn conn_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    /// Where the database file is: `<data dir>/solewise.db`.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The data version the database is at (its schema, `PRAGMA user_version`).
    pub fn version(&self) -> Result<i64, DatabaseError> {
        user_version(&self.conn).map_err(|source| self.sqlite_error(source))
    }

    /// Adds a notification to the notification log: what it said, and whether it was shown
    /// or why not.
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

    /// The sentence about a damaged database moved aside, if one waits to be shown, in
    /// the active language; it is forgotten once taken.
    pub fn take_recovery_notice(&self) -> Result<Option<String>, DatabaseError> {
        let sqlite = |source| self.sqlite_error(source);
        let notice = rows::get(&self.conn, Remembered::RecoveryNotice).map_err(sqlite)?;
        if notice.is_some() {
            rows::clear(&self.conn, Remembered::RecoveryNotice).map_err(sqlite)?;
        }
        Ok(notice.map(|kept| Recovery::from_kept(&kept).map_or(kept, |found| found.message())))
    }

    fn sqlite_error(&self, source: rusqlite::Error) -> DatabaseError {
        DatabaseError::Sqlite {
            path: self.path.clone(),
            source: source.into(),
        }
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        self.close();
    }
}

fn open_with(
    data_dir: &Path,
    migrations: &[&str],
    access: Access,
) -> Result<Opened, DatabaseError> {
    open_checking(data_dir, migrations, access, false)
}

/// Opens; `whole_file` reads every page even when nothing says it should.
fn open_checking(
    data_dir: &Path,
    migrations: &[&str],
    access: Access,
    whole_file: bool,
) -> Result<Opened, DatabaseError> {
    let path = crate::DataDir::new(data_dir).database();
    let sqlite = |source: rusqlite::Error| DatabaseError::Sqlite {
        path: path.clone(),
        source: source.into(),
    };
    if data_dir.exists() && !data_dir.is_dir() {
        return Err(DatabaseError::NotAFolder(data_dir.to_path_buf()));
    }
    if access == Access::ReadOnly && !path.exists() {
        // Nothing to read: an empty history, without creating a file or a folder.
        let conn = Connection::open_in_memory().map_err(sqlite)?;
        let mut database = Store {
            conn,
            path,
            marker: None,
            access,
        };
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

    // The whole file is read only when there is a reason to doubt it.
    let data = crate::DataDir::new(data_dir);
    let unclosed = markers::left_unclosed(&data);
    let check_wanted = data.check_wanted();
    let whole_file = whole_file || !unclosed.is_empty() || check_wanted.exists();
    if whole_file && path.exists() {
        log::info!(
            "checking the whole database {}: {}",
            path.display(),
            if unclosed.is_empty() {
                "damage was reported"
            } else {
                "a program ended without closing it"
            }
        );
    }
    // Once checked (and a damaged file moved aside) the doubt is settled; a read-only
    // command changes nothing, so the next open checks again.
    let settled = || {
        if whole_file && access != Access::ReadOnly {
            markers::forget(&unclosed);
            let _ = fs::remove_file(&check_wanted);
        }
    };

    let mut recovery = None;
    let mut current = false;
    if path.exists() {
        let health = examine(&path, migrations.len() as i64, access, whole_file)?;
        settled();
        match health {
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
        open_writable(&path).map_err(sqlite)?
    };
    // Long enough to wait out a large import in the other program (its one transaction
    // holds the write lock; on a loaded machine under Wine 10,000 sessions took over 5 s),
    // so a session saved meanwhile waits its turn rather than failing.
    conn.busy_timeout(std::time::Duration::from_secs(30))
        .map_err(sqlite)?;
    if !conn.is_readonly(rusqlite::MAIN_DB).map_err(sqlite)? {
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(sqlite)?;
    }
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(sqlite)?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(sqlite)?;

    let marker = (access == Access::App).then(|| markers::OpenMarker::take(&data, "app"));
    let mut database = Store {
        conn,
        path,
        marker,
        access,
    };
    let backup = migrate(&mut database, data_dir, migrations)?;
    if let Some(recovery) = &recovery {
        // Kept until the window has shown it: the daemon may be the one that found it.
        let kept = rows::set(&database.conn, Remembered::RecoveryNotice, &recovery.kept());
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

fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

mod backups;
mod files;
mod markers;
mod migrations;
pub mod rows;
mod whole_file;

pub use whole_file::WHOLE_FILE_EVERY;

pub use crate::error::DatabaseError;
pub use backups::{backups_dir, list_backups, Backup, KEEP_BACKUPS};
use files::{create_fresh, examine, move_aside, open_read_only, open_writable, Health};
use migrations::{migrate, MIGRATIONS};

#[cfg(test)]
mod tests;
