//! Commands for the reminders screen: rules, the next times they fire, pausing, the
//! first-start offer of a twice-weekly reminder, and the plan as a calendar file.

use serde::Deserialize;
use solewise_core::app::reminders::{self as use_case, ReminderOverview};
use solewise_core::app::Changed;
use solewise_core::prefs::ReminderMinutes;
use tauri::{AppHandle, State};
use ts_rs::TS;

use super::database;
use super::dialog::{self, FileKind};
use crate::error::{Error, Result};
use crate::state::AppState;
use solewise_core::schedule::{self, RuleInput};

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Pause {
    Today,
    Days { days: u32 },
    UntilResumed,
}

#[tauri::command]
pub async fn reminders(state: State<'_, AppState>) -> Result<ReminderOverview> {
    let tz = solewise_core::zone::local();
    Ok(use_case::overview(
        &*database(&state)?,
        jiff::Timestamp::now(),
        &tz,
    )?)
}

/// The one place the window tells the tray daemon that reminders (or what its tray
/// shows of them) changed.
pub(super) fn tell_daemon(state: &AppState, changed: Changed) {
    if changed.needs_reschedule() {
        crate::daemon::reschedule(&state.data_dir);
    }
}

/// Tells the tray daemon when reminders changed, then shows them.
async fn after(state: State<'_, AppState>, changed: Changed) -> Result<ReminderOverview> {
    tell_daemon(&state, changed);
    reminders(state).await
}

#[tauri::command]
pub async fn add_reminder(state: State<'_, AppState>, rule: RuleInput) -> Result<ReminderOverview> {
    let library = solewise_core::routines::load_library(&state.data_dir);
    let (_, changed) = use_case::add(&*database(&state)?, &library, &rule)?;
    after(state, changed).await
}

#[tauri::command]
pub async fn update_reminder(
    state: State<'_, AppState>,
    id: i64,
    rule: RuleInput,
) -> Result<ReminderOverview> {
    let library = solewise_core::routines::load_library(&state.data_dir);
    let changed = use_case::update(&*database(&state)?, &library, id, &rule)?;
    after(state, changed).await
}

#[tauri::command]
pub async fn delete_reminder(state: State<'_, AppState>, id: i64) -> Result<ReminderOverview> {
    let changed = use_case::remove(&*database(&state)?, id)?;
    after(state, changed).await
}

#[tauri::command]
pub async fn pause_reminders(state: State<'_, AppState>, pause: Pause) -> Result<ReminderOverview> {
    let now = jiff::Timestamp::now();
    let until = match pause {
        Pause::Today => schedule::end_of_today(now, &solewise_core::zone::local()),
        Pause::Days { days } if (1..=365).contains(&days) => {
            now + jiff::SignedDuration::from_hours(i64::from(days) * 24)
        }
        Pause::Days { days } => {
            return Err(Error::InvalidInput(format!(
                "Pause for 1 to 365 days, not {days}."
            )))
        }
        Pause::UntilResumed => schedule::forever(),
    };
    let changed = use_case::pause(&*database(&state)?, Some(until))?;
    after(state, changed).await
}

#[tauri::command]
pub async fn resume_reminders(state: State<'_, AppState>) -> Result<ReminderOverview> {
    let changed = use_case::pause(&*database(&state)?, None)?;
    after(state, changed).await
}

#[tauri::command]
pub async fn set_reminder_options(
    state: State<'_, AppState>,
    snooze_minutes: u32,
    grace_minutes: u32,
) -> Result<ReminderOverview> {
    let minutes = ReminderMinutes {
        snooze: snooze_minutes,
        grace: grace_minutes,
    };
    let changed = use_case::set_minutes(&*database(&state)?, minutes)?;
    after(state, changed).await
}

/// Asks where to save, then writes the reminders that are on as an iCalendar file for
/// any calendar (as `solewise reminders export-ics` does); the path, or null if
/// cancelled. With no reminder on there is nothing to write, and no dialog.
#[tauri::command]
pub async fn export_calendar(app: AppHandle, state: State<'_, AppState>) -> Result<Option<String>> {
    let text = {
        let library = solewise_core::routines::load_library(&state.data_dir);
        let (now, tz) = (jiff::Timestamp::now(), solewise_core::zone::local());
        use_case::calendar(&*database(&state)?, &library, now, &tz)?
    };
    let Some(text) = text else {
        return Err(Error::InvalidInput(
            "There is no reminder to add to a calendar: add one, or turn one on, first.".into(),
        ));
    };
    let kind = FileKind {
        label: "iCalendar file",
        extension: "ics",
    };
    let name = schedule::ics::FILE_NAME.to_string();
    let Some(path) = dialog::save(&app, "Add your reminders to a calendar", name, kind).await?
    else {
        return Ok(None);
    };
    solewise_core::output::write_export(&path, &text, &state.data_dir).map_err(|message| {
        let mut letters = message.chars();
        let sentence = letters
            .next()
            .map(|first| first.to_uppercase().chain(letters).collect::<String>())
            .unwrap_or_default();
        Error::InvalidInput(format!("{sentence}."))
    })?;
    Ok(Some(path.display().to_string()))
}

/// "Not now" on the first-start offer: it is not offered again.
#[tauri::command]
pub async fn dismiss_reminder_offer(state: State<'_, AppState>) -> Result<ReminderOverview> {
    let changed = use_case::dismiss_offer(&*database(&state)?)?;
    after(state, changed).await
}
