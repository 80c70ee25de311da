//! Solewise: a desktop companion for self foot massage. This crate is the whole app: the
//! command line, the Tauri shell (window, tray, IPC) and the domain modules it hosts.

pub mod bindings;
pub mod cli;
pub mod commands;
pub mod database;
pub mod error;
pub mod history;
pub mod input;
pub mod notify;
pub mod player;
mod reminders;
pub mod routines;
pub mod schedule;
mod shell;
mod tray;
pub mod zone;

use std::process::ExitCode;

use clap::Parser;

/// The app's identifier: also the name of its folder in the OS app-data directory.
pub const IDENTIFIER: &str = "app.solewise.desktop";

/// Entry point of the `solewise` binary.
pub fn run() -> ExitCode {
    let cli = cli::Cli::parse();
    if !matches!(cli.command, None | Some(cli::Command::Start { .. })) {
        // Command-line work logs to stderr only; the app logs through its log plugin.
        env_logger::Builder::from_env(
            env_logger::Env::default().default_filter_or("warn,solewise_lib=info"),
        )
        .init();
    }
    let data_dir = match cli.data_dir() {
        Ok(dir) => dir,
        Err(message) => {
            eprintln!("solewise: {message}");
            return ExitCode::from(2);
        }
    };
    match &cli.command {
        None | Some(cli::Command::Start { .. }) => shell::run(&cli, data_dir),
        Some(command) => cli::run::data_command(command, &data_dir),
    }
}
