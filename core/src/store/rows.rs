//! The rows of the `settings` table, in two kinds kept apart: what the user chose
//! (`Pref`, read as `crate::prefs::Prefs`) and what the program noted between runs
//! (`Remembered`). Every key is named here and read or written only through here.

use rusqlite::{Connection, OptionalExtension};

/// A preference the user set (Settings, Reminders' snooze and grace).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pref {
    /// Sessions a week to aim for, 1 to 14.
    WeeklyGoal,
    /// The first day of the week, lowercase ("monday"); absent until known.
    WeekStart,
    /// The chime at each step change: "off", or on when absent or anything else.
    Chime,
    /// How long Snooze puts a reminder off, in minutes.
    SnoozeMinutes,
    /// How late a missed reminder may still be shown, in minutes.
    GraceMinutes,
    /// Spoken guidance in the player: "on" or absent (off).
    Voice,
    /// The voice's name, as the speech service lists it; absent for its default.
    VoiceName,
    /// Speech speed, -100 to 100.
    VoiceRate,
    /// The language Solewise speaks: a tag ("de") or "system" (absent: "system").
    Language,
}

/// What the program noted, not something the user set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Remembered {
    /// The first-start welcome was finished or skipped.
    WelcomeDone,
    /// The first-start offer of a twice-weekly reminder is done with (a rule was added, or
    /// the offer turned down): it is not made again.
    ReminderOfferDone,
    /// Until when reminders are paused (RFC 3339); absent when they are on.
    PausedUntil,
    /// The last instant the scheduler decided what to fire (RFC 3339).
    SchedulerLookedAt,
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
    /// When the daemon last checked every page of the database (RFC 3339).
    WholeFileCheckedAt,
    /// What that check found: "ok", or SQLite's words.
    WholeFileFound,
}

/// A key of the `settings` table.
pub trait Row: Copy {
    /// The name in the database; never change one (existing databases hold it).
    fn name(self) -> &'static str;
}

impl Row for Pref {
    fn name(self) -> &'static str {
        match self {
            Pref::WeeklyGoal => "weekly_goal",
            Pref::WeekStart => "week_start",
            Pref::Chime => "chime",
            Pref::SnoozeMinutes => "snooze_minutes",
            Pref::GraceMinutes => "reminder_grace_minutes",
            Pref::Voice => "voice_guidance",
            Pref::VoiceName => "voice_name",
            Pref::VoiceRate => "voice_rate",
            Pref::Language => "language",
        }
    }
}

impl Row for Remembered {
    fn name(self) -> &'static str {
        match self {
            Remembered::WelcomeDone => "welcome_done",
            Remembered::ReminderOfferDone => "reminder_offer_done",
            Remembered::PausedUntil => "reminders_paused_until",
            Remembered::SchedulerLookedAt => "scheduler_looked_at",
            Remembered::RecoveryNotice => "recovery_notice",
            Remembered::Programme => "programme",
            Remembered::ProgrammeJoinedAt => "programme_joined_at",
            Remembered::ProgrammeReminder => "programme_reminder",
            Remembered::WholeFileCheckedAt => "whole_file_checked_at",
            Remembered::WholeFileFound => "whole_file_found",
        }
    }
}

pub(crate) fn get(conn: &Connection, key: impl Row) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT value FROM settings WHERE key = ?1",
        [key.name()],
        |row| row.get(0),
    )
    .optional()
}

pub(crate) fn set(conn: &Connection, key: impl Row, value: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key.name(), value],
    )
    .map(|_| ())
}

pub(crate) fn clear(conn: &Connection, key: impl Row) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM settings WHERE key = ?1", [key.name()])
        .map(|_| ())
}
