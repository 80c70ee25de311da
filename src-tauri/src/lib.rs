//! Solewise's window: the Tauri shell over the core (`solewise-core`), started by the
//! tray daemon (`solewise`) or from the desktop menu, and ended when its window closes.
//! The reminders, the tray and the command line are the daemon's.

mod args;
pub mod bindings;
pub mod commands;
mod daemon;
mod display;
pub mod error;
mod shell;
pub mod state;
mod webview;
mod window;

use std::process::ExitCode;

use clap::Parser;

pub use args::{Args, WindowCommand};

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
