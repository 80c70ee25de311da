//! Programmes as the Guides screen, the tray and the command line use them: the ones
//! there are, joining one (with a reminder on the days chosen), leaving, and progress.

use jiff::Timestamp;
use serde::Serialize;
use ts_rs::TS;

use super::Changed;
use crate::programme::{self, Progress};
use crate::routines::{Library, Programme};
use crate::store::Store;
use crate::Result;

/// The programmes there are, and the one joined with its progress.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ProgrammeOverview {
    /// Every programme shipped with Solewise.
    pub programmes: Vec<Programme>,
    /// Where the person is in the programme they joined; null when they joined none.
    pub progress: Option<Progress>,
}

/// The programmes and the joined one's progress, for the Guides screen.
pub fn overview(store: &Store, library: Library) -> Result<ProgrammeOverview> {
    let progress = programme::current(store.conn(), &library.programmes)?;
    Ok(ProgrammeOverview {
        programmes: library.programmes,
        progress,
    })
}

/// How far along the joined programme is; `None` when none is (or it no longer ships).
pub fn progress(store: &Store, programmes: &[Programme]) -> Result<Option<Progress>> {
    programme::current(store.conn(), programmes)
}

/// Joins programme `id` (starting it over if it was joined before). With `days`, also
/// adds a reminder on those days at `at` for its next routine; both or neither.
pub fn join(
    store: &Store,
    library: &Library,
    id: &str,
    days: &[String],
    at: &str,
    now: Timestamp,
) -> Result<(Progress, Changed)> {
    let progress = programme::join_with_reminder(store.conn(), library, id, days, at, now)?;
    // The tray's programme line changes with it, reminder or not.
    Ok((progress, Changed::Reminders))
}

/// Leaves the programme joined; its sessions and any reminder stay.
pub fn leave(store: &Store) -> Result<Changed> {
    programme::leave(store.conn())?;
    Ok(Changed::Reminders)
}
