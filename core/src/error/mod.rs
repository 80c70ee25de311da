//! The one error of Solewise's core, with questions a caller can ask of it
//! (`is_invalid()`, `is_not_found()`, `is_busy()`, `is_damaged()`) instead of matching
//! on its parts, as jiff's error does. Each message is a sentence for a person.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::routines::RoutineError;

mod database;
pub use database::DatabaseError;

/// What went wrong in the core, as a sentence for a person; ask `is_invalid()` and the
/// other questions below rather than matching on it.
#[derive(Debug)]
pub enum Error {
    /// What was asked for does not pass a check; the sentence says which and why.
    Invalid(String),
    /// A session that is not (or no longer) in the history.
    NotFound(String),
    /// The database failed while in use (busy, locked, damaged, full and the like).
    Sqlite(SqliteError),
    /// Opening the database, a snapshot of it or a restore failed.
    Database(DatabaseError),
    /// A routine could not be saved, imported, exported or deleted.
    Routine(RoutineError),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Invalid(sentence) => f.write_str(sentence),
            Error::NotFound(id) => f.write_str(&crate::tr!("history-no-session", id = id.as_str())),
            Error::Sqlite(error) => {
                f.write_str(&crate::tr!("database-failed", error = error.to_string()))
            }
            Error::Database(error) => error.fmt(f),
            Error::Routine(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for Error {
    /// The inner error's own source, as `#[error(transparent)]` gave it: the sentence
    /// already says what the wrapped error says.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Invalid(_) | Error::NotFound(_) | Error::Sqlite(_) => None,
            Error::Database(error) => std::error::Error::source(error),
            Error::Routine(error) => std::error::Error::source(error),
        }
    }
}

impl From<DatabaseError> for Error {
    fn from(error: DatabaseError) -> Error {
        Error::Database(error)
    }
}

impl From<RoutineError> for Error {
    fn from(error: RoutineError) -> Error {
        Error::Routine(error)
    }
}

/// The result of the core's operations: `Error` unless another error is named.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Set when SQLite said a file is damaged: the database asks for a whole-file check at
/// its next open when it closes (`Store::close`).
static DAMAGE_REPORTED: AtomicBool = AtomicBool::new(false);

/// Whether SQLite reported damage since the last call; forgets it.
pub(crate) fn take_damage_report() -> bool {
    DAMAGE_REPORTED.swap(false, Ordering::Relaxed)
}

/// Whether SQLite reported damage (and no one took the report yet).
pub(crate) fn damage_reported() -> bool {
    DAMAGE_REPORTED.load(Ordering::Relaxed)
}

/// What SQLite said, kept whole for the message and the log. Callers ask `Error`'s
/// questions (`is_busy()`, `is_damaged()`); SQLite's own types stay inside the core.
#[derive(Debug)]
pub struct SqliteError(rusqlite::Error);

impl std::fmt::Display for SqliteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for SqliteError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.0.source()
    }
}

impl From<rusqlite::Error> for SqliteError {
    fn from(error: rusqlite::Error) -> SqliteError {
        SqliteError(error)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Error {
        if is_damage(&error) {
            DAMAGE_REPORTED.store(true, Ordering::Relaxed);
        }
        Error::Sqlite(SqliteError(error))
    }
}

fn is_damage(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt)
    )
}

impl Error {
    /// The request itself was refused (bad input, a rule it breaks): asking again the
    /// same way will not help.
    pub fn is_invalid(&self) -> bool {
        matches!(self, Error::Invalid(_)) || matches!(self, Error::Routine(error) if !error.is_io())
    }

    /// The session asked for is not (or no longer) in the history.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Error::NotFound(_))
    }

    /// Another program holds the database's write lock for longer than we wait.
    pub fn is_busy(&self) -> bool {
        matches!(
            self,
            Error::Sqlite(SqliteError(error)) if matches!(
                error.sqlite_error_code(),
                Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
            )
        )
    }

    /// The database file is damaged.
    pub fn is_damaged(&self) -> bool {
        match self {
            Error::Sqlite(SqliteError(error)) => is_damage(error),
            Error::Database(error) => error.is_damaged(),
            _ => false,
        }
    }

    /// Storage failed (the database, or a file): nothing the person typed was wrong.
    pub fn is_storage(&self) -> bool {
        matches!(self, Error::Sqlite(_) | Error::Database(_))
            || matches!(self, Error::Routine(error) if error.is_io())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caller_can_ask_what_kind_of_failure_it_was() {
        assert!(Error::Invalid("no".into()).is_invalid());
        assert!(Error::NotFound("x".into()).is_not_found());
        let busy = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
            None,
        );
        let busy = Error::from(busy);
        assert!(busy.is_busy() && busy.is_storage() && !busy.is_invalid());
        let corrupt = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
            None,
        );
        assert!(Error::from(corrupt).is_damaged());
        assert!(damage_reported(), "damage is remembered for the next open");
    }
}
