//! `solewise programmes`: list the programmes, join one (with its reminder), see where
//! you are, leave; the same use cases as the window's.

use std::path::Path;

use solewise_core::app::{self, Changed};
use solewise_core::input::printable;
use solewise_core::routines;
use solewise_core::store::Access;

use super::run::open;
use super::ProgrammesCommand;

pub(super) fn run(
    action: &ProgrammesCommand,
    data_dir: &Path,
    changed: &mut Changed,
) -> Result<String, String> {
    let library = routines::load_library(data_dir);
    match action {
        ProgrammesCommand::List { json: as_json } => {
            let programmes = &library.programmes;
            if *as_json {
                return serde_json::to_string_pretty(programmes).map_err(|e| e.to_string());
            }
            let lines: Vec<String> = programmes
                .iter()
                .map(|p| {
                    let sessions = p.sessions().len();
                    let weeks = p.weeks.len();
                    format!(
                        "{:<22} {} ({weeks} weeks, {sessions} sessions)",
                        p.id,
                        printable(&p.title)
                    )
                })
                .collect();
            Ok(lines.join("\n"))
        }
        ProgrammesCommand::Join { id, days, at } => {
            let db = open(data_dir, Access::Command)?;
            let days: Vec<String> = days.iter().cloned().collect();
            let now = jiff::Timestamp::now();
            let (progress, done) = app::programmes::join(&db, &library, id, &days, at, now)
                .map_err(|e| e.to_string())?;
            *changed = done;
            let reminder = match days.first() {
                Some(days) => format!("; a reminder on {days} at {at}"),
                None => String::new(),
            };
            Ok(format!("joined {}{reminder}", printable(&progress.line)))
        }
        ProgrammesCommand::Status { json: as_json } => {
            let db = open(data_dir, Access::ReadOnly)?;
            let progress =
                app::programmes::progress(&db, &library.programmes).map_err(|e| e.to_string())?;
            if *as_json {
                return serde_json::to_string_pretty(&progress).map_err(|e| e.to_string());
            }
            Ok(progress.map_or_else(
                || "no programme joined: see `solewise programmes list`".to_string(),
                |progress| printable(&progress.line),
            ))
        }
        ProgrammesCommand::Leave => {
            let db = open(data_dir, Access::Command)?;
            let joined =
                app::programmes::progress(&db, &library.programmes).map_err(|e| e.to_string())?;
            *changed = app::programmes::leave(&db).map_err(|e| e.to_string())?;
            Ok(match joined {
                Some(progress) => format!("left {}", printable(&progress.title)),
                None => "no programme was joined".to_string(),
            })
        }
    }
}
