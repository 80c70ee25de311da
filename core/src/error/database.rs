//! What can go wrong opening or keeping the database, each in a sentence that names the
//! file and says what was (and was not) done to it.

use std::path::PathBuf;

/// What went wrong opening, snapshotting or restoring the database, in a sentence that
/// names the file.
#[derive(Debug, thiserror::Error)]
pub enum DatabaseError {
    /// The data folder could not be created.
    CreateDir {
        /// The data folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file was written by a newer Solewise; it was left untouched.
    NewerVersion {
        /// The database file.
        path: PathBuf,
        /// The data version in the file.
        found: i64,
        /// The newest data version this build understands.
        supported: i64,
    },
    /// A damaged database could not be moved out of the way.
    MoveAside {
        /// The damaged database file.
        path: PathBuf,
        /// Where it was to be moved.
        to: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A snapshot into the backups folder failed (before an upgrade, the daily one, or
    /// before a restore).
    Backup {
        /// The database being copied.
        path: PathBuf,
        /// What SQLite said.
        source: super::SqliteError,
    },
    /// Upgrading the database failed; the whole upgrade was rolled back.
    Migration {
        /// The database file.
        path: PathBuf,
        /// The data version the failed step was to bring it to.
        version: i64,
        /// What SQLite said.
        source: super::SqliteError,
    },
    /// A command that changes data found the database damaged, moved it aside and stopped.
    Damaged {
        /// Where the database was.
        path: PathBuf,
        /// Where the damaged file now is (it is kept, never deleted).
        moved_to: PathBuf,
        /// Why it was judged damaged, in SQLite's words.
        reason: String,
    },
    /// A command that only reads found the database damaged and left it where it is.
    DamagedLeftAlone {
        /// The damaged database file.
        path: PathBuf,
        /// Why it was judged damaged, in SQLite's words.
        reason: String,
    },
    /// What sits where the database should be is not a Solewise database (a folder, or
    /// another program's SQLite file); it was left untouched.
    Foreign {
        /// The file found where the database should be.
        path: PathBuf,
        /// What shows it is not one.
        reason: String,
    },
    /// The data folder's path is a file, not a folder.
    NotAFolder(PathBuf),
    /// The database file could not be created.
    Create {
        /// The database file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// What is at the database's path could not be examined (permission denied, say).
    Read {
        /// The database file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// No snapshot of that name is in the backups folder (the name given is kept).
    NoSuchBackup(String),
    /// SQLite failed on the database, or on a snapshot being restored.
    Sqlite {
        /// The database file, or the snapshot being restored from.
        path: PathBuf,
        /// What SQLite said.
        source: super::SqliteError,
    },
}

impl std::fmt::Display for DatabaseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let shown = |path: &PathBuf| path.display().to_string();
        let sentence = match self {
            DatabaseError::CreateDir { path, source } => crate::tr!(
                "database-create-folder",
                folder = shown(path),
                error = source.to_string()
            ),
            DatabaseError::NewerVersion {
                path,
                found,
                supported,
            } => crate::tr!(
                "database-newer-version",
                file = shown(path),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            DatabaseError::MoveAside { path, to, source } => crate::tr!(
                "database-move-aside-failed",
                file = shown(path),
                to = shown(to),
                error = source.to_string()
            ),
            DatabaseError::Backup { path, source } => crate::tr!(
                "database-backup-failed",
                file = shown(path),
                error = source.to_string()
            ),
            DatabaseError::Migration {
                path,
                version,
                source,
            } => crate::tr!(
                "database-upgrade-failed",
                file = shown(path),
                version = version.to_string(),
                error = source.to_string()
            ),
            DatabaseError::Damaged {
                path,
                moved_to,
                reason,
            } => crate::tr!(
                "database-damaged-moved",
                file = shown(path),
                moved_to = shown(moved_to),
                reason = reason.as_str()
            ),
            DatabaseError::DamagedLeftAlone { path, reason } => crate::tr!(
                "database-damaged-left-alone",
                file = shown(path),
                reason = reason.as_str()
            ),
            DatabaseError::Foreign { path, reason } => crate::tr!(
                "database-foreign",
                file = shown(path),
                reason = reason.as_str()
            ),
            DatabaseError::NotAFolder(path) => {
                crate::tr!("database-folder-is-a-file", folder = shown(path))
            }
            DatabaseError::Create { path, source } => crate::tr!(
                "database-create-failed",
                file = shown(path),
                error = source.to_string()
            ),
            DatabaseError::Read { path, source } => crate::tr!(
                "database-read-failed",
                file = shown(path),
                error = source.to_string()
            ),
            DatabaseError::NoSuchBackup(name) => {
                crate::tr!("backup-not-found", name = name.as_str())
            }
            DatabaseError::Sqlite { path, source } => crate::tr!(
                "database-sqlite",
                file = shown(path),
                error = source.to_string()
            ),
        };
        f.write_str(&sentence)
    }
}

impl DatabaseError {
    /// The file was found damaged (and moved aside, or left alone for a read).
    pub fn is_damaged(&self) -> bool {
        matches!(
            self,
            DatabaseError::Damaged { .. } | DatabaseError::DamagedLeftAlone { .. }
        )
    }
}
