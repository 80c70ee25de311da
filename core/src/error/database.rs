//! What can go wrong opening or keeping the database, each in a sentence that names the
//! file and says what was (and was not) done to it.

use std::path::PathBuf;

/// What went wrong opening, snapshotting or restoring the database, in a sentence that
/// names the file.
#[derive(Debug, thiserror::Error)]
pub enum DatabaseError {
    /// The data folder could not be created.
    #[error("Could not create the data folder {}: {source}", path.display())]
    CreateDir {
        /// The data folder.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file was written by a newer Solewise; it was left untouched.
    #[error(
        "The database {} was written by a newer version of Solewise (data version {found}; \
         this version understands up to {supported}). It was left untouched. Update Solewise, \
         or start it with --data-dir pointing at another folder.",
        path.display()
    )]
    NewerVersion {
        /// The database file.
        path: PathBuf,
        /// The data version in the file.
        found: i64,
        /// The newest data version this build understands.
        supported: i64,
    },
    /// A damaged database could not be moved out of the way.
    #[error("The database {} is damaged and could not be moved aside to {}: {source}", path.display(), to.display())]
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
    #[error("Could not back up {} before upgrading it: {source}", path.display())]
    Backup {
        /// The database being copied.
        path: PathBuf,
        /// What SQLite said.
        source: super::SqliteError,
    },
    /// Upgrading the database failed; the whole upgrade was rolled back.
    #[error("Upgrading the database {} to data version {version} failed, so nothing was changed: {source}", path.display())]
    Migration {
        /// The database file.
        path: PathBuf,
        /// The data version the failed step was to bring it to.
        version: i64,
        /// What SQLite said.
        source: super::SqliteError,
    },
    /// A command that changes data found the database damaged, moved it aside and stopped.
    #[error(
        "The database {} is damaged ({reason}). It was moved to {} and kept; nothing else \
         was done. Start Solewise to begin a new history, or restore a backup from its \
         History screen.",
        path.display(),
        moved_to.display()
    )]
    Damaged {
        /// Where the database was.
        path: PathBuf,
        /// Where the damaged file now is (it is kept, never deleted).
        moved_to: PathBuf,
        /// Why it was judged damaged, in SQLite's words.
        reason: String,
    },
    /// A command that only reads found the database damaged and left it where it is.
    #[error(
        "The database {} is damaged ({reason}). It was left as it is, and nothing was \
         read from it. Start Solewise (or any command that changes data) to move it aside \
         and begin a new history.",
        path.display()
    )]
    DamagedLeftAlone {
        /// The damaged database file.
        path: PathBuf,
        /// Why it was judged damaged, in SQLite's words.
        reason: String,
    },
    /// What sits where the database should be is not a Solewise database (a folder, or
    /// another program's SQLite file); it was left untouched.
    #[error(
        "{} is not a Solewise database ({reason}). It was left untouched. Move it away, or \
         start Solewise with --data-dir pointing at another folder.",
        path.display()
    )]
    Foreign {
        /// The file found where the database should be.
        path: PathBuf,
        /// What shows it is not one.
        reason: String,
    },
    /// The data folder's path is a file, not a folder.
    #[error(
        "The data folder {} is a file, not a folder. Move that file away, or pass --data-dir \
         with another folder.",
        .0.display()
    )]
    NotAFolder(PathBuf),
    /// The database file could not be created.
    #[error("Could not create the database {}: {source}", path.display())]
    Create {
        /// The database file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// What is at the database's path could not be examined (permission denied, say).
    #[error("Could not read the database {}: {source}", path.display())]
    Read {
        /// The database file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// No snapshot of that name is in the backups folder (the name given is kept).
    #[error("There is no backup named '{0}' in the backups folder.")]
    NoSuchBackup(String),
    /// SQLite failed on the database, or on a snapshot being restored.
    #[error("Database {}: {source}", path.display())]
    Sqlite {
        /// The database file, or the snapshot being restored from.
        path: PathBuf,
        /// What SQLite said.
        source: super::SqliteError,
    },
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
