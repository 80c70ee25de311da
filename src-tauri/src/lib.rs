//! Solewise: a desktop companion for self foot massage. This crate is the whole app: the
//! command line, the Tauri shell (window, tray, IPC) and the domain modules it hosts.

pub mod bindings;
pub mod cli;
mod commands;
pub mod database;
pub mod error;
pub mod notify;
mod shell;
mod tray;

use std::process::ExitCode;

use clap::Parser;

/// The app's identifier: also the name of its folder in the OS app-data directory.
pub const IDENTIFIER: &str = "app.solewise.desktop";

/// Entry point of the `solewise` binary.
pub fn run() -> ExitCode {
    env_logger::Builder::from_env(
        env_logger::Env::default().default_filter_or("warn,solewise_lib=info"),
    )
    .init();

    let cli = cli::Cli::parse();
    let data_dir = match cli.data_dir() {
        Ok(dir) => dir,
        Err(message) => {
            eprintln!("solewise: {message}");
            return ExitCode::from(2);
        }
    };
    shell::run(&cli, data_dir)
}
