//! What the window and the command line both do, once: each front end turns a click or
//! a command into one call here. A use case takes the open database, the data folder
//! and the clock it needs, checks what it is given, and says what it changed, so the
//! rule for telling the tray daemon lives in one place (`Changed`).

pub mod backups;
pub mod daemon;
pub mod export;
pub mod history;
pub mod programmes;
pub mod reminders;
pub mod session;
pub mod settings;
pub mod sync;

/// What a use case changed, for the front end to pass on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use = "the tray daemon must be told when reminders change"]
pub enum Changed {
    /// Nothing the daemon keeps in mind.
    Nothing,
    /// Rules, the pause or the reminder options: the daemon must look again.
    Reminders,
}

impl Changed {
    /// Whether the tray daemon must be told to look at the reminders again.
    pub fn needs_reschedule(self) -> bool {
        self == Changed::Reminders
    }
}
