//! Solewise's window: the Tauri shell over the core (`solewise-core`), started by the
//! tray daemon (`solewise`) or from the desktop menu, and ended when its window closes.
//! The reminders, the tray and the command line are the daemon's.

pub mod bindings;
pub mod commands;
mod daemon;
pub mod error;
mod shell;
pub mod state;
mod webview;
mod window;

use std::path::PathBuf;
use std::process::ExitCode;

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

/// Entry point of the `solewise-window` binary.
pub fn run() -> ExitCode {
    let args = Args::parse();
    match solewise_core::DataDir::locate(args.data_dir.as_deref()) {
        Ok(data_dir) => shell::run(&args, data_dir.path().to_path_buf()),
        Err(message) => {
            eprintln!("solewise-window: {message}");
            ExitCode::from(2)
        }
    }
}
