//! Settings: what the user chooses (weekly goal, first day of the week, chime, reminder
//! snooze and grace) and what the app remembers between runs (the pause, when the
//! scheduler last looked, whether the welcome and the reminder offer were seen). Every
//! key of the `settings` table is named here and read or written only through here.

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::history::{HistoryError, Result};

/// A row of the `settings` table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    WeeklyGoal,
    WeekStart,
    Chime,
    WelcomeDone,
    SnoozeMinutes,
    GraceMinutes,
    /// Until when reminders are paused (RFC 3339); absent when they are on.
    PausedUntil,
    /// The last instant the scheduler decided what to fire (RFC 3339).
    SchedulerLookedAt,
    ReminderOfferDone,
    /// Spoken guidance in the player: "on" or absent (off).
    Voice,
    /// The voice's name, as the speech service lists it; absent for its default.
    VoiceName,
    /// Speech speed, -100 to 100.
    VoiceRate,
    /// A sentence about a damaged database that was moved aside, until the window
    /// has shown it (the daemon may be the one that found it).
    RecoveryNotice,
    /// The programme the user joined (its id); absent when none.
    Programme,
    /// When they joined it (RFC 3339): only sessions started since move it on.
    ProgrammeJoinedAt,
    /// The id of the reminder added on joining: it reminds of the programme's next
    /// session's routine.
    ProgrammeReminder,
}

impl Key {
    /// The name in the database; never change one (existing databases hold it).
    fn name(self) -> &'static str {
        match self {
            Key::WeeklyGoal => "weekly_goal",
            Key::WeekStart => "week_start",
            Key::Chime => "chime",
            Key::WelcomeDone => "welcome_done",
            Key::SnoozeMinutes => "snooze_minutes",
            Key::GraceMinutes => "reminder_grace_minutes",
            Key::PausedUntil => "reminders_paused_until",
            Key::SchedulerLookedAt => "scheduler_looked_at",
            Key::ReminderOfferDone => "reminder_offer_done",
            Key::RecoveryNotice => "recovery_notice",
            Key::Voice => "voice_guidance",
            Key::VoiceName => "voice_name",
            Key::VoiceRate => "voice_rate",
            Key::Programme => "programme",
            Key::ProgrammeJoinedAt => "programme_joined_at",
            Key::ProgrammeReminder => "programme_reminder",
        }
    }
}

pub fn get(conn: &Connection, key: Key) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [key.name()],
            |row| row.get(0),
        )
        .optional()?)
}

pub fn set(conn: &Connection, key: Key, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key.name(), value],
    )?;
    Ok(())
}

pub fn clear(conn: &Connection, key: Key) -> Result<()> {
    conn.execute("DELETE FROM settings WHERE key = ?1", [key.name()])?;
    Ok(())
}

/// What the user can set about goals and the player.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Settings {
    /// Sessions a week to aim for.
    pub weekly_goal: u32,
    /// First day of the week ("monday", "sunday", …); null until known from the locale.
    pub week_start: Option<String>,
    /// A soft chime when a step changes.
    pub chime: bool,
    /// The first-start welcome was finished or skipped: it is not shown again.
    pub welcome_done: bool,
    /// The player speaks each step (off by default).
    pub voice_guidance: bool,
    /// Which voice speaks; null for the speech service's default.
    pub voice_name: Option<String>,
    /// How fast it speaks: -100 (slowest) to 100, 0 the voice's own pace.
    pub voice_rate: i32,
}

pub const DEFAULT_WEEKLY_GOAL: u32 = 2;
pub const WEEKLY_GOAL: std::ops::RangeInclusive<u32> = 1..=14;
pub const VOICE_RATE: std::ops::RangeInclusive<i32> = -100..=100;
const LONGEST_VOICE_NAME: usize = 200;

pub fn read(conn: &Connection) -> Result<Settings> {
    let goal = get(conn, Key::WeeklyGoal)?
        .and_then(|v| v.parse().ok())
        .filter(|goal| WEEKLY_GOAL.contains(goal))
        .unwrap_or(DEFAULT_WEEKLY_GOAL);
    Ok(Settings {
        weekly_goal: goal,
        week_start: get(conn, Key::WeekStart)?,
        chime: get(conn, Key::Chime)?.as_deref() != Some("off"),
        welcome_done: get(conn, Key::WelcomeDone)?.is_some(),
        voice_guidance: get(conn, Key::Voice)?.as_deref() == Some("on"),
        voice_name: get(conn, Key::VoiceName)?,
        voice_rate: get(conn, Key::VoiceRate)?
            .and_then(|v| v.parse().ok())
            .filter(|rate| VOICE_RATE.contains(rate))
            .unwrap_or(0),
    })
}

/// Checks and saves what the Settings screen sends; returns what is now in force.
pub fn save(conn: &Connection, settings: &Settings) -> Result<Settings> {
    if !WEEKLY_GOAL.contains(&settings.weekly_goal) {
        return Err(HistoryError::Invalid(format!(
            "The weekly goal is from {} to {} sessions.",
            WEEKLY_GOAL.start(),
            WEEKLY_GOAL.end()
        )));
    }
    if let Some(day) = &settings.week_start {
        if crate::history::insights::parse_weekday(day).is_none() {
            return Err(HistoryError::Invalid(format!(
                "'{}' is not a day of the week.",
                crate::input::printable(day)
            )));
        }
    }
    if !VOICE_RATE.contains(&settings.voice_rate) {
        return Err(HistoryError::Invalid(
            "The voice speed is from -100 (slowest) to 100 (fastest).".into(),
        ));
    }
    if let Some(name) = &settings.voice_name {
        if name.trim().is_empty()
            || name.chars().count() > LONGEST_VOICE_NAME
            || name.chars().any(|c| c.is_control() || c.is_whitespace())
        {
            return Err(HistoryError::Invalid(format!(
                "'{}' is not a voice name.",
                crate::input::printable(name)
            )));
        }
    }
    set(conn, Key::WeeklyGoal, &settings.weekly_goal.to_string())?;
    if let Some(day) = &settings.week_start {
        set(conn, Key::WeekStart, &day.to_ascii_lowercase())?;
    }
    set(conn, Key::Chime, if settings.chime { "on" } else { "off" })?;
    set(
        conn,
        Key::Voice,
        if settings.voice_guidance { "on" } else { "off" },
    )?;
    match &settings.voice_name {
        Some(name) => set(conn, Key::VoiceName, name)?,
        None => clear(conn, Key::VoiceName)?,
    }
    set(conn, Key::VoiceRate, &settings.voice_rate.to_string())?;
    if settings.welcome_done {
        set(conn, Key::WelcomeDone, "yes")?;
    }
    read(conn)
}

/// The programme joined and when; `None` if none is (or what is stored is not one).
pub fn programme(conn: &Connection) -> Result<Option<(String, jiff::Timestamp)>> {
    let Some(id) = get(conn, Key::Programme)? else {
        return Ok(None);
    };
    let joined = get(conn, Key::ProgrammeJoinedAt)?.and_then(|at| at.parse().ok());
    Ok(joined.map(|at| (id, at)))
}

/// Remembers joining programme `id` at `at` (joining again starts it over), and the
/// reminder added with it, if one was.
pub fn set_programme(
    conn: &Connection,
    id: &str,
    at: jiff::Timestamp,
    reminder: Option<i64>,
) -> Result<()> {
    set(conn, Key::Programme, id)?;
    set(conn, Key::ProgrammeJoinedAt, &at.to_string())?;
    match reminder {
        Some(rule) => set(conn, Key::ProgrammeReminder, &rule.to_string()),
        None => clear(conn, Key::ProgrammeReminder),
    }
}

/// The reminder added on joining the programme still joined, if any.
pub fn programme_reminder(conn: &Connection) -> Result<Option<i64>> {
    Ok(get(conn, Key::ProgrammeReminder)?.and_then(|v| v.parse().ok()))
}

pub fn clear_programme(conn: &Connection) -> Result<()> {
    clear(conn, Key::Programme)?;
    clear(conn, Key::ProgrammeJoinedAt)?;
    clear(conn, Key::ProgrammeReminder)
}

pub const DEFAULT_SNOOZE_MINUTES: u32 = 10;
pub const SNOOZE_MINUTES: std::ops::RangeInclusive<u32> = 1..=120;
/// A due later than this is logged as missed instead of fired.
pub const DEFAULT_GRACE_MINUTES: u32 = 120;
pub const GRACE_MINUTES: std::ops::RangeInclusive<u32> = 5..=24 * 60;

fn minutes(
    conn: &Connection,
    key: Key,
    default: u32,
    range: &std::ops::RangeInclusive<u32>,
) -> Result<u32> {
    Ok(get(conn, key)?
        .and_then(|v| v.parse().ok())
        .filter(|minutes| range.contains(minutes))
        .unwrap_or(default))
}

/// How long Snooze puts a reminder off.
pub fn snooze_minutes(conn: &Connection) -> Result<u32> {
    minutes(
        conn,
        Key::SnoozeMinutes,
        DEFAULT_SNOOZE_MINUTES,
        &SNOOZE_MINUTES,
    )
}

/// How late a reminder may still be shown (after sleep, or with the app closed).
pub fn grace_minutes(conn: &Connection) -> Result<u32> {
    minutes(
        conn,
        Key::GraceMinutes,
        DEFAULT_GRACE_MINUTES,
        &GRACE_MINUTES,
    )
}

pub fn set_reminder_minutes(conn: &Connection, snooze: u32, grace: u32) -> Result<()> {
    if !SNOOZE_MINUTES.contains(&snooze) {
        return Err(HistoryError::Invalid(format!(
            "Snooze for {} to {} minutes.",
            SNOOZE_MINUTES.start(),
            SNOOZE_MINUTES.end()
        )));
    }
    if !GRACE_MINUTES.contains(&grace) {
        return Err(HistoryError::Invalid(
            "The grace period is from 5 minutes to 24 hours.".into(),
        ));
    }
    set(conn, Key::SnoozeMinutes, &snooze.to_string())?;
    set(conn, Key::GraceMinutes, &grace.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_checked_saved_and_read_back() {
        let (_dir, db) = crate::history::tests::open();
        let conn = db.conn();
        assert_eq!(read(conn).unwrap().weekly_goal, DEFAULT_WEEKLY_GOAL);
        let mut wanted = read(conn).unwrap();
        wanted.weekly_goal = 15;
        assert!(save(conn, &wanted)
            .unwrap_err()
            .to_string()
            .contains("1 to 14"));
        wanted.weekly_goal = 3;
        wanted.week_start = Some("Sunday".into());
        wanted.chime = false;
        assert!(!wanted.voice_guidance, "voice guidance is off by default");
        wanted.voice_guidance = true;
        wanted.voice_rate = 101;
        assert!(save(conn, &wanted)
            .unwrap_err()
            .to_string()
            .contains("-100"));
        wanted.voice_rate = -30;
        wanted.voice_name = Some("en gb\n".into());
        assert!(save(conn, &wanted)
            .unwrap_err()
            .to_string()
            .contains("not a voice"));
        wanted.voice_name = Some("en-gb".into());
        let saved = save(conn, &wanted).unwrap();
        assert_eq!(saved.week_start.as_deref(), Some("sunday"));
        assert!(!saved.chime);
        assert!(saved.voice_guidance);
        assert_eq!(
            (saved.voice_name.as_deref(), saved.voice_rate),
            (Some("en-gb"), -30)
        );
        assert_eq!(read(conn).unwrap(), saved);
    }

    #[test]
    fn reminder_minutes_out_of_range_are_refused_and_never_read() {
        let (_dir, db) = crate::history::tests::open();
        let conn = db.conn();
        assert!(set_reminder_minutes(conn, 0, 60).is_err());
        assert!(set_reminder_minutes(conn, 10, 2).is_err());
        set_reminder_minutes(conn, 5, 30).unwrap();
        assert_eq!(
            (snooze_minutes(conn).unwrap(), grace_minutes(conn).unwrap()),
            (5, 30)
        );
        // A value written by hand that is out of range falls back to the default.
        set(conn, Key::SnoozeMinutes, "100000").unwrap();
        assert_eq!(snooze_minutes(conn).unwrap(), DEFAULT_SNOOZE_MINUTES);
    }
}
