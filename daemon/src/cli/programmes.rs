//! `solewise programmes`: list the programmes, join one (with its reminder), see where
//! you are, leave; the same use cases as the window's.

use solewise_core::tr;
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
                        "{:<22} {}",
                        p.id,
                        tr!(
                            "cli-programme-line",
                            title = printable(&p.title),
                            weeks = weeks,
                            sessions = sessions
                        )
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
            Ok(match days.first() {
                Some(days) => tr!(
                    "cli-programme-joined-reminder",
                    programme = printable(&progress.line),
                    days = days.as_str(),
                    at = at.as_str()
                ),
                None => tr!(
                    "cli-programme-joined",
                    programme = printable(&progress.line)
                ),
            })
        }
        ProgrammesCommand::Status { json: as_json } => {
            let db = open(data_dir, Access::ReadOnly)?;
            let progress =
                app::programmes::progress(&db, &library.programmes).map_err(|e| e.to_string())?;
            if *as_json {
                return serde_json::to_string_pretty(&progress).map_err(|e| e.to_string());
            }
            Ok(progress.map_or_else(
                || tr!("cli-no-programme"),
                |progress| printable(&progress.line),
            ))
        }
        ProgrammesCommand::Leave => {
            let db = open(data_dir, Access::Command)?;
            let joined =
                app::programmes::progress(&db, &library.programmes).map_err(|e| e.to_string())?;
            *changed = app::programmes::leave(&db).map_err(|e| e.to_string())?;
            Ok(match joined {
                Some(progress) => tr!("cli-programme-left", programme = printable(&progress.title)),
                None => tr!("cli-no-programme-to-leave"),
            })
        }
    }
}
