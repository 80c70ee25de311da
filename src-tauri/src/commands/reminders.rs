//! Commands for the reminders screen: rules, the next times they fire, pausing, the
//! first-start offer of a twice-weekly reminder, and the plan as a calendar file.

use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use ts_rs::TS;

use super::database;
use super::dialog::{self, FileKind};
use crate::error::{Error, Result};
use crate::schedule::{self, RuleInput, RuleView};
use crate::settings::{self, Key};
use crate::state::AppState;

/// Everything the reminders screen shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReminderOverview {
    pub rules: Vec<RuleView>,
    /// The next reminder that will be shown (pause included), RFC 3339 local.
    pub next: Option<String>,
    /// Reminders are paused until then (local); "forever" when until turned back on.
    pub paused_until: Option<String>,
    /// The last reminder that could not be shown, and why.
    pub last_failure: Option<String>,
    /// Offer the suggested twice-weekly reminder (first start, no rules yet).
    pub offer: Option<RuleInput>,
    pub snooze_minutes: u32,
    pub grace_minutes: u32,
    /// Set when the system time zone (TZ) is not valid, so times are in UTC.
    pub time_zone_problem: Option<String>,
}

#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Pause {
    Today,
    Days { days: u32 },
    UntilResumed,
}

fn timezone() -> jiff::tz::TimeZone {
    crate::zone::local()
}

#[tauri::command]
pub async fn reminders(state: State<'_, AppState>) -> Result<ReminderOverview> {
    let db = database(&state)?;
    let conn = db.conn();
    let tz = timezone();
    let now = jiff::Timestamp::now();
    let rules = schedule::rules(conn)?;
    let views = rules
        .iter()
        .map(|rule| RuleView {
            rule: rule.clone(),
            next: schedule::upcoming(rule, now, 5, &tz)
                .into_iter()
                .map(|due| schedule::local_rfc3339(due, &tz))
                .collect(),
        })
        .collect();
    let paused = schedule::paused_until(conn)?.filter(|until| *until > now);
    let offer_done = settings::get(conn, Key::ReminderOfferDone)?.is_some();
    let last_failure = schedule::last_failure(conn, &tz)?;
    Ok(ReminderOverview {
        rules: views,
        next: schedule::next_reminder(conn, now, &tz)?.map(|due| schedule::local_rfc3339(due, &tz)),
        paused_until: paused.map(|until| {
            if until >= schedule::forever() {
                "forever".to_string()
            } else {
                schedule::local_rfc3339(until, &tz)
            }
        }),
        last_failure,
        offer: (rules.is_empty() && !offer_done).then(schedule::suggested),
        snooze_minutes: settings::snooze_minutes(conn)?,
        grace_minutes: settings::grace_minutes(conn)?,
        time_zone_problem: crate::zone::problem(),
    })
}

/// Tells the tray daemon that rules or the pause changed.
fn changed(state: &AppState) {
    crate::daemon::reschedule(&state.data_dir);
}

#[tauri::command]
pub async fn add_reminder(state: State<'_, AppState>, rule: RuleInput) -> Result<ReminderOverview> {
    {
        let db = database(&state)?;
        schedule::add_rule(db.conn(), &rule)?;
        settings::set(db.conn(), Key::ReminderOfferDone, "yes")?;
    }
    changed(&state);
    reminders(state).await
}

#[tauri::command]
pub async fn update_reminder(
    state: State<'_, AppState>,
    id: i64,
    rule: RuleInput,
) -> Result<ReminderOverview> {
    schedule::update_rule(database(&state)?.conn(), id, &rule)?;
    changed(&state);
    reminders(state).await
}

#[tauri::command]
pub async fn delete_reminder(state: State<'_, AppState>, id: i64) -> Result<ReminderOverview> {
    schedule::remove_rule(database(&state)?.conn(), id)?;
    changed(&state);
    reminders(state).await
}

#[tauri::command]
pub async fn pause_reminders(state: State<'_, AppState>, pause: Pause) -> Result<ReminderOverview> {
    let now = jiff::Timestamp::now();
    let until = match pause {
        Pause::Today => schedule::end_of_today(now, &timezone()),
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
    schedule::pause_until(database(&state)?.conn(), Some(until))?;
    changed(&state);
    reminders(state).await
}

#[tauri::command]
pub async fn resume_reminders(state: State<'_, AppState>) -> Result<ReminderOverview> {
    schedule::pause_until(database(&state)?.conn(), None)?;
    changed(&state);
    reminders(state).await
}

#[tauri::command]
pub async fn set_reminder_options(
    state: State<'_, AppState>,
    snooze_minutes: u32,
    grace_minutes: u32,
) -> Result<ReminderOverview> {
    settings::set_reminder_minutes(database(&state)?.conn(), snooze_minutes, grace_minutes)?;
    changed(&state);
    reminders(state).await
}

/// Asks where to save, then writes the reminders that are on as an iCalendar file for
/// any calendar (as `solewise reminders export-ics` does); the path, or null if
/// cancelled. With no reminder on there is nothing to write, and no dialog.
#[tauri::command]
pub async fn export_calendar(app: AppHandle, state: State<'_, AppState>) -> Result<Option<String>> {
    let text = {
        let db = database(&state)?;
        let rules = schedule::rules(db.conn())?;
        let library = crate::routines::load_library(&state.data_dir);
        schedule::ics::calendar(&rules, &library, jiff::Timestamp::now(), &timezone())
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
    crate::output::write_export(&path, &text, &state.data_dir).map_err(|message| {
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
    settings::set(database(&state)?.conn(), Key::ReminderOfferDone, "yes")?;
    reminders(state).await
}
