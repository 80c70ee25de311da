//! `solewise`: the tray daemon and the command line. With no command it opens the window
//! (starting the daemon first if it is not running); `--minimized` runs the daemon; the
//! subcommands work on the data folder and tell the daemon what changed.

mod cli;
mod link;
mod notify;
mod process;
mod reminders;
mod service;
mod state;
mod sync;
#[cfg(all(unix, not(target_os = "macos")))]
mod tray;
#[cfg(windows)]
#[path = "tray_windows.rs"]
mod tray;
#[cfg(target_os = "macos")]
#[path = "tray_macos.rs"]
mod tray;
#[cfg(any(windows, target_os = "macos"))]
mod tray_menu;
mod when;
mod window;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    env_logger::Builder::from_env(
        env_logger::Env::default().default_filter_or("warn,solewise=info,solewise_core=info"),
    )
    .init();
    let data_dir = match cli.data_dir() {
        Ok(dir) => dir,
        Err(message) => {
            eprintln!("solewise: {message}");
            return ExitCode::from(2);
        }
    };
    if cli.command.is_some() {
        cli.choose_language(&data_dir);
    }
    match &cli.command {
        None if cli.minimized => service::run(data_dir),
        None => open(&data_dir, None),
        Some(Command::Start { routine }) => open(&data_dir, Some(routine)),
        Some(Command::Quit) => match link::quit(&data_dir) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => {
                println!("{}", solewise_core::tr!("cli-daemon-not-running"));
                ExitCode::SUCCESS
            }
            Err(message) => {
                eprintln!("solewise: {message}");
                ExitCode::FAILURE
            }
        },
        Some(command) => {
            quiet_on_closed_pipe();
            cli::run::data_command(command, &data_dir)
        }
    }
}

/// Opens the window (on a routine's check-in), with the daemon running behind it.
fn open(data_dir: &std::path::Path, routine: Option<&str>) -> ExitCode {
    if let Err(message) = link::ensure_daemon(data_dir) {
        // The window works without it; reminders wait until it runs.
        eprintln!("solewise: {message}");
    }
    match window::open(data_dir, routine, window::Wait::UntilStarted) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("solewise: {message}");
            ExitCode::FAILURE
        }
    }
}

/// A command's output piped into a reader that stops early (`| head`) ends the command
/// quietly, as other Unix tools do, instead of a panic about a broken pipe. Only for
/// the commands: the daemon keeps ignoring SIGPIPE, so a window that goes away while
/// it writes to the endpoint is an error it handles, not its end.
fn quiet_on_closed_pipe() {
    #[cfg(unix)]
    // SAFETY: restoring a signal's default action has no preconditions; this runs on
    // the main thread before the command starts any other.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
