//! `solewise sync`: the command line's Settings → Sync, on the same use cases.

use std::io::{IsTerminal, Write};
use std::path::Path;

use solewise_core::app;
use solewise_core::input::printable;
use solewise_core::store::Access;
use solewise_core::sync::{Progress, Report};
use solewise_core::tr;

use super::run::open;
use super::SyncCommand;

pub(super) fn run(action: &SyncCommand, data_dir: &Path) -> Result<String, String> {
    let said = act(action, data_dir);
    if !matches!(action, SyncCommand::Status { .. }) {
        // The daemon watches the folder in use and syncs when woken: a new folder (or
        // none, or a new name) is taken up at once.
        crate::link::reschedule(data_dir);
    }
    said
}

fn act(action: &SyncCommand, data_dir: &Path) -> Result<String, String> {
    let mut db = open(data_dir, Access::Command)?;
    let error = |e: solewise_core::Error| e.to_string();
    match action {
        SyncCommand::Set { dir } => {
            let report = app::sync::set(&mut db, dir, &mut bar()).map_err(error)?;
            let folder = app::sync::status(&db)
                .map_err(error)?
                .folder
                .unwrap_or_default();
            said(report, tr!("cli-sync-on", folder = printable(&folder)))
        }
        SyncCommand::Off => {
            app::sync::off(&db).map_err(error)?;
            Ok(tr!("cli-sync-off"))
        }
        SyncCommand::Now => {
            let report = app::sync::now(&mut db, &mut bar()).map_err(error)?;
            said(report, String::new())
        }
        SyncCommand::Status { json } => {
            let status = app::sync::status(&db).map_err(error)?;
            if *json {
                return serde_json::to_string_pretty(&status).map_err(|e| e.to_string());
            }
            let when = |at: &str| {
                at.parse::<jiff::Timestamp>().map_or_else(
                    |_| at.to_string(),
                    |at| {
                        crate::when::date_time(&at.to_zoned_datetime(solewise_core::zone::local()))
                    },
                )
            };
            let mut lines = vec![match &status.folder {
                Some(folder) => tr!("cli-sync-status-on", folder = printable(folder)),
                None => tr!("cli-sync-status-off"),
            }];
            lines.push(tr!("cli-sync-status-name", name = printable(&status.name)));
            lines.push(match &status.merged_at {
                Some(at) => tr!("cli-sync-status-merged", when = when(at)),
                None => tr!("cli-sync-status-never"),
            });
            lines.push(tr!(
                "cli-sync-status-computers",
                count = status.computers.len()
            ));
            for computer in &status.computers {
                lines.push(format!(
                    "  {}",
                    tr!(
                        "cli-sync-status-computer",
                        name = printable(&computer.name),
                        when = when(&computer.seen_at)
                    )
                ));
            }
            if status.encrypted {
                lines.push(tr!("cli-sync-status-encrypted"));
            }
            if status.waiting > 0 {
                lines.push(tr!("cli-sync-status-waiting", count = status.waiting));
            }
            lines.extend(status.problems.iter().map(|problem| printable(problem)));
            Ok(lines.join("\n"))
        }
        SyncCommand::Rename { name } => {
            app::sync::rename(&db, name).map_err(error)?;
            Ok(tr!("cli-sync-renamed", name = printable(name.trim())))
        }
        SyncCommand::Passphrase { off } => {
            let passphrase = if *off { None } else { Some(ask_passphrase()?) };
            let report =
                app::sync::passphrase(&mut db, passphrase.as_deref(), &mut bar()).map_err(error)?;
            let first = if *off {
                tr!("cli-sync-passphrase-off")
            } else {
                tr!("cli-sync-passphrase-on")
            };
            match report {
                Some(report) => said(report, first),
                None => Ok(first),
            }
        }
    }
}

/// The passphrase: typed twice without echo on a terminal, else one line of standard
/// input (for scripts, which can keep it out of their command lines this way).
fn ask_passphrase() -> Result<String, String> {
    if !std::io::stdin().is_terminal() {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .map_err(|e| e.to_string())?;
        return Ok(line.trim_end_matches(['\r', '\n']).to_string());
    }
    let first = rpassword::prompt_password(format!("{} ", tr!("cli-sync-passphrase-ask")))
        .map_err(|e| e.to_string())?;
    let again = rpassword::prompt_password(format!("{} ", tr!("cli-sync-passphrase-again")))
        .map_err(|e| e.to_string())?;
    if first != again {
        return Err(tr!("cli-sync-passphrase-mismatch"));
    }
    Ok(first)
}

/// What a sync did, in a line; its problems make the command fail.
fn said(report: Report, first: String) -> Result<String, String> {
    let done = tr!(
        "cli-sync-done",
        sent = report.sent,
        received = report.received
    );
    let text = if first.is_empty() {
        done
    } else {
        format!("{first}\n{done}")
    };
    if report.problems.is_empty() {
        Ok(text)
    } else {
        println!("{text}");
        Err(report.problems.join("\n"))
    }
}

/// A progress bar on standard error, when it is a terminal and there is much to merge.
fn bar() -> impl FnMut(Progress) {
    let terminal = std::io::stderr().is_terminal();
    move |progress: Progress| {
        // Only for a merge that takes a while: a few megabytes of changes.
        if !terminal || progress.total < 4 << 20 {
            return;
        }
        let width = 30;
        let filled = (progress.done * width / progress.total.max(1)) as usize;
        let mut err = std::io::stderr();
        let _ = write!(
            err,
            "\r[{}{}] {}",
            "#".repeat(filled),
            " ".repeat(width as usize - filled),
            tr!(
                "cli-sync-progress",
                done = progress.done,
                total = progress.total
            )
        );
        if progress.done >= progress.total {
            let _ = writeln!(err);
        }
    }
}
