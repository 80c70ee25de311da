//! The window program's command line, its definition alone (clap, nothing of Solewise's
//! own), so that the manual page generator (tools/manpages) reads the same definition.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// The window program's command line (`solewise` is the one people type).
#[derive(Debug, Clone, Parser)]
#[command(
    name = "solewise-window",
    version,
    about = "The Solewise window. Started by `solewise`, the tray or the desktop menu.",
    long_about = None
)]
pub struct Args {
    /// Keep all data in DIR instead of the system's app-data folder.
    #[arg(long, global = true, value_name = "DIR", env = "SOLEWISE_DATA_DIR")]
    pub data_dir: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<WindowCommand>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum WindowCommand {
    /// Open on a routine's check-in (in the open window if there is one).
    Start { routine: String },
}

impl Args {
    /// The routine asked for on this command line, if any.
    pub fn routine(&self) -> Option<String> {
        self.command
            .as_ref()
            .map(|WindowCommand::Start { routine }| routine.clone())
    }
}
