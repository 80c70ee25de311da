//! Reading and saving what the user chose (`Prefs`, `ReminderMinutes`) in the store's
//! rows. The checks are the preferences' own (`crate::prefs`); what the program
//! remembers between runs is apart (`store::rows::Remembered`).

use rusqlite::Connection;

use crate::prefs::{self, Prefs, ReminderMinutes};
use crate::store::rows::{self, Pref, Remembered};
use crate::Result;

pub(crate) fn read(conn: &Connection) -> Result<Prefs> {
    let defaults = Prefs::default();
    Ok(Prefs {
        weekly_goal: prefs::within(
            rows::get(conn, Pref::WeeklyGoal)?,
            &prefs::WEEKLY_GOAL,
            defaults.weekly_goal,
        ),
        week_start: rows::get(conn, Pref::WeekStart)?,
        chime: rows::get(conn, Pref::Chime)?.as_deref() != Some("off"),
        welcome_done: rows::get(conn, Remembered::WelcomeDone)?.is_some(),
        voice_guidance: rows::get(conn, Pref::Voice)?.as_deref() == Some("on"),
        voice_name: rows::get(conn, Pref::VoiceName)?,
        voice_rate: prefs::within(
            rows::get(conn, Pref::VoiceRate)?,
            &prefs::VOICE_RATE,
            defaults.voice_rate,
        ),
        language: rows::get(conn, Pref::Language)?.unwrap_or(defaults.language),
    })
}

/// Checks and saves what the Settings screen sends; returns what is now in force.
pub(crate) fn save(conn: &Connection, wanted: &Prefs) -> Result<Prefs> {
    wanted.validate()?;
    let on_off = |on: bool| if on { "on" } else { "off" };
    rows::set(conn, Pref::WeeklyGoal, &wanted.weekly_goal.to_string())?;
    if let Some(day) = &wanted.week_start {
        rows::set(conn, Pref::WeekStart, &day.to_ascii_lowercase())?;
    }
    rows::set(conn, Pref::Chime, on_off(wanted.chime))?;
    rows::set(conn, Pref::Voice, on_off(wanted.voice_guidance))?;
    match &wanted.voice_name {
        Some(name) => rows::set(conn, Pref::VoiceName, name)?,
        None => rows::clear(conn, Pref::VoiceName)?,
    }
    rows::set(conn, Pref::VoiceRate, &wanted.voice_rate.to_string())?;
    rows::set(conn, Pref::Language, &wanted.language)?;
    if wanted.welcome_done {
        rows::set(conn, Remembered::WelcomeDone, "yes")?;
    }
    read(conn)
}

/// How long Snooze puts a reminder off and how late a reminder may still be shown.
pub(crate) fn reminder_minutes(conn: &Connection) -> Result<ReminderMinutes> {
    let defaults = ReminderMinutes::default();
    Ok(ReminderMinutes {
        snooze: prefs::within(
            rows::get(conn, Pref::SnoozeMinutes)?,
            &prefs::SNOOZE_MINUTES,
            defaults.snooze,
        ),
        grace: prefs::within(
            rows::get(conn, Pref::GraceMinutes)?,
            &prefs::GRACE_MINUTES,
            defaults.grace,
        ),
    })
}

pub(crate) fn set_reminder_minutes(conn: &Connection, minutes: ReminderMinutes) -> Result<()> {
    minutes.validate()?;
    rows::set(conn, Pref::SnoozeMinutes, &minutes.snooze.to_string())?;
    Ok(rows::set(
        conn,
        Pref::GraceMinutes,
        &minutes.grace.to_string(),
    )?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prefs::{DEFAULT_SNOOZE_MINUTES, DEFAULT_WEEKLY_GOAL};

    #[test]
    fn settings_are_checked_saved_and_read_back() {
        let (_dir, db) = crate::test_support::open();
        let conn = db.conn();
        assert_eq!(read(conn).unwrap().weekly_goal, DEFAULT_WEEKLY_GOAL);
        let mut wanted = read(conn).unwrap();
        wanted.weekly_goal = 15;
        assert!(save(conn, &wanted).unwrap_err().is_invalid());
        assert_eq!(read(conn).unwrap().weekly_goal, DEFAULT_WEEKLY_GOAL);
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
        let (_dir, db) = crate::test_support::open();
        let conn = db.conn();
        let minutes = |snooze, grace| ReminderMinutes { snooze, grace };
        assert!(set_reminder_minutes(conn, minutes(0, 60)).is_err());
        assert!(set_reminder_minutes(conn, minutes(10, 2)).is_err());
        set_reminder_minutes(conn, minutes(5, 30)).unwrap();
        assert_eq!(reminder_minutes(conn).unwrap(), minutes(5, 30));
        // A value written by hand that is out of range falls back to the default.
        rows::set(conn, Pref::SnoozeMinutes, "100000").unwrap();
        assert_eq!(
            reminder_minutes(conn).unwrap().snooze,
            DEFAULT_SNOOZE_MINUTES
        );
    }
}
