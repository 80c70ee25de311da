//! The one error type of the app. Domain modules have their own errors; they join here
//! with `#[from]`, and this is what crosses IPC, as `{kind, message}`, so the UI can tell
//! a person what went wrong and what to do about it.

use serde::Serialize;
use ts_rs::TS;

use solewise_core::routines::RoutineError;
use solewise_core::store::DatabaseError;

/// What kind of failure it was, so the UI can choose how to show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The database could not be opened or written.
    Database,
    /// The database was not opened at start, so nothing that needs it works.
    DatabaseUnavailable,
    /// A desktop notification could not be shown.
    Notification,
    /// Guidance could not be spoken (no speech service, or it stopped answering).
    Speech,
    /// The UI sent something the backend will not accept.
    InvalidInput,
    /// A file could not be read or written.
    Io,
    /// A bug or an unexpected state: the message says what.
    Internal,
}

/// The shape of every error that crosses IPC.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct IpcError {
    pub kind: ErrorKind,
    /// A sentence for a person: what happened and, where possible, what to do.
    pub message: String,
}

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Database(#[from] DatabaseError),
    #[error("{0}")]
    DatabaseUnavailable(String),
    /// A desktop notification could not be shown (the sentence says why).
    #[error("{0}")]
    Notification(String),
    /// Spoken guidance failed (the sentence says why).
    #[error("{0}")]
    Speech(String),
    #[error(transparent)]
    Routine(#[from] RoutineError),
    /// The core's one error (history, settings, reminders, programmes).
    #[error(transparent)]
    Core(#[from] solewise_core::Error),
    #[error("{0}")]
    InvalidInput(String),
    #[error("{0}")]
    Internal(String),
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Database(_) => ErrorKind::Database,
            Error::DatabaseUnavailable(_) => ErrorKind::DatabaseUnavailable,
            Error::Notification(_) => ErrorKind::Notification,
            Error::Speech(_) => ErrorKind::Speech,
            Error::Routine(RoutineError::Io { .. }) => ErrorKind::Io,
            Error::Routine(_) | Error::InvalidInput(_) => ErrorKind::InvalidInput,
            Error::Core(error) if error.is_invalid() || error.is_not_found() => {
                ErrorKind::InvalidInput
            }
            Error::Core(solewise_core::Error::Routine(_)) => ErrorKind::Io,
            Error::Core(_) => ErrorKind::Database,
            Error::Internal(_) => ErrorKind::Internal,
        }
    }

    pub fn to_ipc(&self) -> IpcError {
        IpcError {
            kind: self.kind(),
            message: self.to_string(),
        }
    }
}

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.to_ipc().serialize(serializer)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_cross_ipc_as_kind_and_message() {
        let error = Error::InvalidInput("the weekly goal must be between 1 and 14".into());
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "kind": "invalid_input",
                "message": "the weekly goal must be between 1 and 14"
            })
        );
    }
}
