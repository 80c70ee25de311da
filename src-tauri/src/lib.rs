//! Solewise: a desktop companion for self foot massage. This crate is the app over the
//! core (`solewise-core`): the command line, the Tauri shell (window, tray, IPC) and the
//! reminder host.

pub mod bindings;
pub mod cli;
pub mod commands;
pub mod error;
pub mod notify;
mod reminders;
mod shell;
pub mod state;
mod tray;
mod window;

// The core, under the names the app's modules have always used.
pub use solewise_core::{
    database, history, input, player, routines, schedule, settings, zone, IDENTIFIER,
};

use std::process::ExitCode;

use clap::Parser;

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
