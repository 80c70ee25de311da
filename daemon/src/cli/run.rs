//! Carries out the command-line subcommands that work on the data without a window:
//! reminders, pause and resume, history export and import, routines. Each opens the
//! database for what it does (reading only, or changing data) and prints text that came
//! from outside the program only in printable form.

use std::path::Path;
use std::process::ExitCode;

use solewise_core::app::{reminders, Changed};
use solewise_core::input::printable;
use solewise_core::store::{Access, Store};
use solewise_core::{output, routines, schedule, tr};

use super::{Command, RemindersCommand, RoutinesCommand, Switch};

/// Runs one data subcommand; `Start` and the window are the shell's.
pub fn data_command(command: &Command, data_dir: &Path) -> ExitCode {
    // What the command changed, as the use case says: the one rule for telling the daemon.
    let mut changed = Changed::Nothing;
    let result = match command {
        Command::Routines { action } => return routines_command(action, data_dir),
        Command::History { action } => super::history::run(action, data_dir),
        Command::Sync { action } => super::sync::run(action, data_dir),
        Command::Reminders { action } => reminders_command(action, data_dir, &mut changed),
        Command::Programmes { action } => super::programmes::run(action, data_dir, &mut changed),
        Command::Pause { length, until } => {
            pause(data_dir, length.as_deref(), until.as_deref(), &mut changed)
        }
        Command::Resume => open(data_dir, Access::Command).and_then(|db| {
            changed = reminders::pause(&db, None).map_err(|e| e.to_string())?;
            Ok(tr!("cli-reminders-on"))
        }),
        Command::Autostart { state } => autostart(*state),
        Command::Start { .. } | Command::Quit => Ok(String::new()),
    };
    match result {
        Ok(text) => {
            if changed.needs_reschedule() {
                // The daemon sleeps until the next due: tell it (if it runs; if not, it
                // reads the change when it starts).
                crate::link::reschedule(data_dir);
            }
            if !text.is_empty() {
                println!("{text}");
            }
            ExitCode::SUCCESS
        }
        Err(message) => fail(&explain_damage(data_dir, message)),
    }
}

/// Turns start at login on or off (this very program, `--minimized`), and says where it
/// stands.
fn autostart(state: Option<Switch>) -> Result<String, String> {
    use solewise_core::autostart;
    match state {
        Some(Switch::On) => {
            let program = crate::window::installed_here()?;
            autostart::enable(&program)?;
        }
        Some(Switch::Off) => autostart::disable()?,
        None => {}
    }
    Ok(if autostart::is_enabled()? {
        tr!("cli-autostart-on")
    } else {
        tr!("cli-autostart-off")
    })
}

fn fail(message: &str) -> ExitCode {
    eprintln!("solewise: {}", printable(message));
    ExitCode::FAILURE
}

thread_local! {
    /// How the last command opened the database, to look at it again after a failure.
    static OPENED_AS: std::cell::Cell<Option<Access>> = const { std::cell::Cell::new(None) };
}

pub(super) fn open(data_dir: &Path, access: Access) -> Result<Store, String> {
    OPENED_AS.set(Some(access));
    Store::open_for(data_dir, access).map_err(|e| e.to_string())
}

/// A command that failed because SQLite found a damaged page says so as opening would:
/// which file, and whether it was moved aside or left alone.
fn explain_damage(data_dir: &Path, failed: String) -> String {
    OPENED_AS
        .get()
        .and_then(|access| Store::recheck_after_damage(data_dir, access))
        .map_or(failed, |error| error.to_string())
}

fn reminders_command(
    action: &RemindersCommand,
    data_dir: &Path,
    changed: &mut Changed,
) -> Result<String, String> {
    let tz = solewise_core::zone::local();
    if let Some(problem) = solewise_core::zone::problem() {
        eprintln!(
            "solewise: {}",
            tr!("cli-warning", warning = problem.to_string())
        );
    }
    let now = jiff::Timestamp::now();
    match action {
        RemindersCommand::Add {
            days,
            at,
            routine,
            label,
        } => {
            let db = open(data_dir, Access::Command)?;
            let input = schedule::RuleInput {
                days: vec![days.clone()],
                at: at.clone(),
                routine_id: routine.clone(),
                label: label.clone(),
                enabled: true,
            };
            let library = routines::load_library(data_dir);
            let rule;
            (rule, *changed) = reminders::add(&db, &library, &input).map_err(|e| e.to_string())?;
            Ok(tr!(
                "cli-reminder-added",
                id = rule.id,
                days = rule.days.join(","),
                at = rule.at.as_str()
            ))
        }
        RemindersCommand::List { json } => {
            let db = open(data_dir, Access::ReadOnly)?;
            let rules = reminders::rules(&db).map_err(|e| e.to_string())?;
            if *json {
                return serde_json::to_string_pretty(&rules).map_err(|e| e.to_string());
            }
            if rules.is_empty() {
                return Ok(tr!("cli-no-reminders"));
            }
            let lines: Vec<String> = rules
                .iter()
                .map(|r| {
                    format!(
                        "{:>3}  {:<28} {}  {:<20}{}{}",
                        r.id,
                        r.days.join(","),
                        r.at,
                        printable(r.routine_id.as_deref().unwrap_or(routines::DEFAULT_ROUTINE)),
                        r.label
                            .as_deref()
                            .map(|l| format!("  \"{}\"", printable(l)))
                            .unwrap_or_default(),
                        if r.enabled {
                            String::new()
                        } else {
                            format!("  ({})", tr!("cli-reminder-off"))
                        }
                    )
                })
                .collect();
            Ok(lines.join("\n"))
        }
        RemindersCommand::Remove { id } => {
            let db = open(data_dir, Access::Command)?;
            reminders::remove(&db, *id)
                .map(|done| {
                    *changed = done;
                    tr!("cli-reminder-removed", id = *id)
                })
                .map_err(|e| e.to_string())
        }
        RemindersCommand::Next { count, json } => {
            let db = open(data_dir, Access::ReadOnly)?;
            let dues: Vec<String> = reminders::next(&db, now, usize::from(*count), &tz)
                .map_err(|e| e.to_string())?
                .into_iter()
                .map(|due| schedule::local_rfc3339(due, &tz))
                .collect();
            if *json {
                serde_json::to_string(&dues).map_err(|e| e.to_string())
            } else if dues.is_empty() {
                Ok(tr!("cli-no-reminders-ahead"))
            } else {
                Ok(dues.join("\n"))
            }
        }
        RemindersCommand::ExportIcs { out } => {
            if let Some(out) = out {
                output::refuse_own_files(out, data_dir)?;
            }
            let db = open(data_dir, Access::ReadOnly)?;
            let library = routines::load_library(data_dir);
            let text = reminders::calendar(&db, &library, now, &tz)
                .map_err(|e| e.to_string())?
                .ok_or_else(|| tr!("cli-nothing-to-export"))?;
            match out {
                None => {
                    print!("{text}");
                    Ok(String::new())
                }
                Some(path) => output::write_atomically(path, &text).map(|_| String::new()),
            }
        }
    }
}

fn pause(
    data_dir: &Path,
    length: Option<&str>,
    until: Option<&str>,
    changed: &mut Changed,
) -> Result<String, String> {
    let tz = solewise_core::zone::local();
    let now = jiff::Timestamp::now();
    let until = match (length, until) {
        (Some(length), _) => schedule::parse_for(length).and_then(|length| {
            now.checked_add(length).map_err(|_| {
                solewise_core::Error::Invalid(tr!(
                    "cli-pause-too-long",
                    length = length.to_string()
                ))
            })
        }),
        (None, Some(date)) => schedule::parse_until(date, &tz, now),
        (None, None) => Ok(schedule::forever()),
    }
    .map_err(|e| e.to_string())?;
    let db = open(data_dir, Access::Command)?;
    *changed = reminders::pause(&db, Some(until)).map_err(|e| e.to_string())?;
    Ok(if until >= schedule::forever() {
        tr!("cli-paused-until-resume")
    } else {
        tr!(
            "cli-paused-until",
            until = schedule::local_rfc3339(until, &tz)
        )
    })
}

fn routines_command(action: &RoutinesCommand, data_dir: &Path) -> ExitCode {
    match action {
        RoutinesCommand::Validate { paths } => {
            let (checked, problems) = routines::validate_paths(paths);
            for problem in &problems {
                println!("{}", printable(&problem.to_string()));
            }
            if problems.is_empty() {
                println!("{}", tr!("cli-validate-good", checked = checked));
                ExitCode::SUCCESS
            } else {
                eprintln!(
                    "{}",
                    tr!(
                        "cli-validate-problems",
                        count = problems.len(),
                        checked = checked
                    )
                );
                ExitCode::FAILURE
            }
        }
        RoutinesCommand::List { json } => {
            let library = routines::load_library(data_dir);
            for problem in &library.problems {
                eprintln!(
                    "{}",
                    tr!("cli-skipped", problem = printable(&problem.to_string()))
                );
            }
            if *json {
                match serde_json::to_string_pretty(&library.routines) {
                    Ok(text) => println!("{text}"),
                    Err(error) => return fail(&error.to_string()),
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
                        entry.routine.id,
                        minutes,
                        source,
                        printable(&entry.routine.title)
                    );
                }
            }
            if library.problems.is_empty() {
                ExitCode::SUCCESS
            } else {
                eprintln!(
                    "solewise: {}",
                    tr!("cli-list-problems", count = library.problems.len())
                );
                ExitCode::FAILURE
            }
        }
        RoutinesCommand::Search { words, json } => {
            let library = routines::load_library(data_dir);
            let found = routines::search(&library, &words.join(" "));
            if *json {
                return match serde_json::to_string_pretty(&found) {
                    Ok(text) => {
                        println!("{text}");
                        ExitCode::SUCCESS
                    }
                    Err(error) => fail(&error.to_string()),
                };
            }
            let title = |id: &str| -> String {
                let technique = library.techniques.iter().find(|t| t.id == id);
                let routine = library.routines.iter().find(|e| e.routine.id == id);
                technique
                    .map(|t| t.title.clone())
                    .or_else(|| routine.map(|e| e.routine.title.clone()))
                    .unwrap_or_default()
            };
            for (kind, ids) in [
                ("routine", &found.routines),
                ("technique", &found.techniques),
            ] {
                for id in ids {
                    println!("{kind:<10} {id:<26} {}", printable(&title(id)));
                }
            }
            if found.routines.is_empty() && found.techniques.is_empty() {
                println!(
                    "{}",
                    tr!("cli-nothing-found", words = printable(&words.join(" ")))
                );
            }
            ExitCode::SUCCESS
        }
    }
}
