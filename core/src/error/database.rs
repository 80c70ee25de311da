//! What can go wrong opening or keeping the database, each in a sentence that names the
//! file and says what was (and was not) done to it.

use std::path::PathBuf;

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
        source: super::SqliteError,
    },
    #[error("Upgrading the database {} to data version {version} failed, so nothing was changed: {source}", path.display())]
    Migration {
        path: PathBuf,
        version: i64,
        source: super::SqliteError,
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
