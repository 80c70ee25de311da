//! Solewise's core: everything both programs (the tray daemon and the window app) need,
//! with no Tauri, GTK or WebKit. Time comes from the caller where a test must control it.

pub mod database;
pub mod history;
pub mod input;
pub mod player;
pub mod routines;
pub mod schedule;
pub mod settings;
pub mod zone;

/// The app's identifier: the name of its folder in the OS app-data directory, and its
/// identity for notifications and bundles.
pub const IDENTIFIER: &str = "app.solewise.desktop";
