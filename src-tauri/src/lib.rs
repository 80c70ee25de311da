//! Solewise: a desktop companion for self foot massage. This crate is the whole app: the
//! command line, the Tauri shell (window, tray, IPC) and the domain modules it hosts.

pub mod bindings;
pub mod cli;
pub mod commands;
pub mod database;
pub mod error;
pub mod history;
pub mod notify;
pub mod player;
mod reminders;
pub mod routines;
pub mod schedule;
mod shell;
mod tray;

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
        Some(cli::Command::Routines { action }) => routines_command(action, &data_dir),
        Some(cli::Command::History { action }) => history_command(action, &data_dir),
        Some(command) => reminders_command(command, &data_dir),
    }
}

fn reminders_command(command: &cli::Command, data_dir: &std::path::Path) -> ExitCode {
    let database = match database::Database::open(data_dir) {
        Ok(opened) => opened.database,
        Err(error) => {
            eprintln!("solewise: {error}");
            return ExitCode::FAILURE;
        }
    };
    let conn = database.conn();
    let tz = jiff::tz::TimeZone::system();
    let now = jiff::Timestamp::now();
    let result: Result<String, history::HistoryError> = match command {
        cli::Command::Reminders { action } => match action {
            cli::RemindersCommand::Add {
                days,
                at,
                routine,
                label,
            } => schedule::add_rule(
                conn,
                &schedule::RuleInput {
                    days: vec![days.clone()],
                    at: at.clone(),
                    routine_id: routine.clone(),
                    label: label.clone(),
                    enabled: true,
                },
            )
            .map(|rule| {
                format!(
                    "added reminder {}: {} at {}",
                    rule.id,
                    rule.days.join(","),
                    rule.at
                )
            }),
            cli::RemindersCommand::List { json } => schedule::rules(conn).map(|rules| {
                if *json {
                    serde_json::to_string_pretty(&rules).unwrap_or_default()
                } else if rules.is_empty() {
                    "no reminders".to_string()
                } else {
                    rules
                        .iter()
                        .map(|r| {
                            format!(
                                "{:>3}  {:<28} {}  {}{}",
                                r.id,
                                r.days.join(","),
                                r.at,
                                r.routine_id.as_deref().unwrap_or(routines::DEFAULT_ROUTINE),
                                if r.enabled { "" } else { "  (off)" }
                            )
                        })
                        .collect::<Vec<_>>()
                        .join("\n")
                }
            }),
            cli::RemindersCommand::Remove { id } => {
                schedule::remove_rule(conn, *id).map(|_| format!("removed reminder {id}"))
            }
            cli::RemindersCommand::Next { count, json } => {
                let mut dues = Vec::new();
                let mut cursor = now;
                while dues.len() < *count {
                    match schedule::next_reminder(conn, cursor, &tz) {
                        Ok(Some(due)) => {
                            dues.push(schedule::local_rfc3339(due, &tz));
                            cursor = due;
                        }
                        Ok(None) => break,
                        Err(error) => return fail(error),
                    }
                }
                Ok(if *json {
                    serde_json::to_string(&dues).unwrap_or_default()
                } else if dues.is_empty() {
                    "no reminders ahead".to_string()
                } else {
                    dues.join("\n")
                })
            }
        },
        cli::Command::Pause { length, until } => {
            let until = match (length, until) {
                (Some(length), _) => schedule::parse_for(length).map(|d| now + d),
                (None, Some(date)) => schedule::parse_until(date, &tz),
                (None, None) => Ok(schedule::forever()),
            };
            until.and_then(|until| {
                schedule::pause_until(conn, Some(until)).map(|_| {
                    format!(
                        "reminders paused until {}",
                        schedule::local_rfc3339(until, &tz)
                    )
                })
            })
        }
        cli::Command::Resume => {
            schedule::pause_until(conn, None).map(|_| "reminders are on".to_string())
        }
        _ => Ok(String::new()),
    };
    match result {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(error) => fail(error),
    }
}

fn fail(error: impl std::fmt::Display) -> ExitCode {
    eprintln!("solewise: {error}");
    ExitCode::FAILURE
}

fn history_command(action: &cli::HistoryCommand, data_dir: &std::path::Path) -> ExitCode {
    let mut database = match database::Database::open(data_dir) {
        Ok(opened) => opened.database,
        Err(error) => {
            eprintln!("solewise: {error}");
            return ExitCode::FAILURE;
        }
    };
    let result: Result<(), String> = match action {
        cli::HistoryCommand::Export { format, out } => {
            let text = match format {
                cli::ExportFormat::Csv => history::transfer::export_csv(database.conn()),
                cli::ExportFormat::Json => history::transfer::export_json(database.conn()),
            };
            match (text, out) {
                (Err(error), _) => Err(error.to_string()),
                (Ok(text), None) => {
                    print!("{text}");
                    Ok(())
                }
                (Ok(text), Some(path)) => std::fs::write(path, text)
                    .map_err(|e| format!("could not write {}: {e}", path.display())),
            }
        }
        cli::HistoryCommand::Import { file } => commands::history::read_import(file)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                history::transfer::import(database.conn_mut(), &text, true)
                    .map_err(|e| format!("{}: {e}", file.display()))
            })
            .map(|summary| {
                println!(
                    "{} session(s) added, {} already there and skipped",
                    summary.added, summary.skipped
                );
            }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("solewise: {message}");
            ExitCode::FAILURE
        }
    }
}

fn routines_command(action: &cli::RoutinesCommand, data_dir: &std::path::Path) -> ExitCode {
    match action {
        cli::RoutinesCommand::Validate { paths } => {
            let (checked, problems) = routines::validate_paths(paths);
            for problem in &problems {
                println!("{problem}");
            }
            if problems.is_empty() {
                println!("{checked} file(s) checked: all good");
                ExitCode::SUCCESS
            } else {
                eprintln!("{} problem(s) in {checked} file(s) checked", problems.len());
                ExitCode::FAILURE
            }
        }
        cli::RoutinesCommand::List { json } => {
            let library = routines::load_library(data_dir);
            for problem in &library.problems {
                eprintln!("skipped: {problem}");
            }
            if *json {
                match serde_json::to_string_pretty(&library.routines) {
                    Ok(text) => println!("{text}"),
                    Err(error) => {
                        eprintln!("solewise: {error}");
                        return ExitCode::FAILURE;
                    }
                }
            } else {
                println!("{:<24} {:>7}  {:<8} TITLE", "ID", "MINUTES", "SOURCE");
                for entry in &library.routines {
                    let source = match entry.source {
                        routines::Source::BuiltIn => "built-in",
                        routines::Source::Custom => "custom",
                    };
                    let minutes = format!(
                        "{}:{:02}",
                        entry.total_seconds / 60,
                        entry.total_seconds % 60
                    );
                    println!(
                        "{:<24} {:>7}  {:<8} {}",
                        entry.routine.id, minutes, source, entry.routine.title
                    );
                }
            }
            ExitCode::SUCCESS
        }
    }
}
