//! What the user chooses, as plain data: the weekly goal, the first day of the week, the
//! chime, voice guidance, and how reminders snooze and how late they may still come;
//! each with its default, its range and the check a saved value must pass. Where they
//! are stored is the store's business (`store::rows`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::{Error, Result};

/// What the user can set about goals and the player (the Settings screen).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(rename = "Settings")]
pub struct Prefs {
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
    /// The language Solewise speaks: "system" (the operating system's) or a tag of
    /// `i18n::LANGUAGES` ("de", "pt-BR").
    pub language: String,
}

/// The weekly goal until the person picks one: 2 sessions a week.
pub const DEFAULT_WEEKLY_GOAL: u32 = 2;
/// The weekly goals one can pick: 1 to 14 sessions a week.
pub const WEEKLY_GOAL: std::ops::RangeInclusive<u32> = 1..=14;
/// The voice speeds one can pick: -100 (slowest) to 100 (fastest), 0 the voice's own pace.
pub const VOICE_RATE: std::ops::RangeInclusive<i32> = -100..=100;
const LONGEST_VOICE_NAME: usize = 200;

impl Default for Prefs {
    fn default() -> Prefs {
        Prefs {
            weekly_goal: DEFAULT_WEEKLY_GOAL,
            week_start: None,
            chime: true,
            welcome_done: false,
            voice_guidance: false,
            voice_name: None,
            voice_rate: 0,
            language: "system".into(),
        }
    }
}

impl Prefs {
    /// Refuses what the Settings screen may not save, saying why.
    pub fn validate(&self) -> Result<()> {
        if !WEEKLY_GOAL.contains(&self.weekly_goal) {
            return Err(Error::Invalid(crate::tr!(
                "settings-weekly-goal-range",
                min = *WEEKLY_GOAL.start(),
                max = *WEEKLY_GOAL.end()
            )));
        }
        if let Some(day) = &self.week_start {
            if crate::week::parse_weekday(day).is_none() {
                return Err(Error::Invalid(crate::tr!(
                    "settings-not-a-weekday",
                    day = crate::input::printable(day)
                )));
            }
        }
        if !VOICE_RATE.contains(&self.voice_rate) {
            return Err(Error::Invalid(crate::tr!("settings-voice-rate-range")));
        }
        if self.language != "system" && crate::i18n::find(&self.language).is_none() {
            return Err(Error::Invalid(crate::tr!(
                "settings-unknown-language",
                tag = crate::input::printable(&self.language)
            )));
        }
        if let Some(name) = &self.voice_name {
            if name.trim().is_empty()
                || name.chars().count() > LONGEST_VOICE_NAME
                || name.chars().any(|c| c.is_control() || c.is_whitespace())
            {
                return Err(Error::Invalid(crate::tr!(
                    "settings-not-a-voice",
                    name = crate::input::printable(name)
                )));
            }
        }
        Ok(())
    }
}

/// How long Snooze puts a reminder off until the person picks a length: 10 minutes.
pub const DEFAULT_SNOOZE_MINUTES: u32 = 10;
/// The snooze lengths one can pick, in minutes: 1 to 120.
pub const SNOOZE_MINUTES: std::ops::RangeInclusive<u32> = 1..=120;
/// A due later than this is logged as missed instead of fired.
pub const DEFAULT_GRACE_MINUTES: u32 = 120;
/// The grace periods one can pick, in minutes: 5 to 1440 (24 hours).
pub const GRACE_MINUTES: std::ops::RangeInclusive<u32> = 5..=24 * 60;

/// How long Snooze puts a reminder off, and how late a reminder may still be shown
/// (after sleep, or with the app closed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReminderMinutes {
    /// How long Snooze puts a reminder off, in minutes (1 to 120).
    pub snooze: u32,
    /// How late a missed reminder may still be shown, in minutes (5 to 1440); a later one
    /// is logged as missed.
    pub grace: u32,
}

impl Default for ReminderMinutes {
    fn default() -> ReminderMinutes {
        ReminderMinutes {
            snooze: DEFAULT_SNOOZE_MINUTES,
            grace: DEFAULT_GRACE_MINUTES,
        }
    }
}

impl ReminderMinutes {
    /// Refuses a snooze length or grace period out of its range, saying why.
    pub fn validate(&self) -> Result<()> {
        if !SNOOZE_MINUTES.contains(&self.snooze) {
            return Err(Error::Invalid(crate::tr!(
                "settings-snooze-range",
                min = *SNOOZE_MINUTES.start(),
                max = *SNOOZE_MINUTES.end()
            )));
        }
        if !GRACE_MINUTES.contains(&self.grace) {
            return Err(Error::Invalid(crate::tr!("settings-grace-range")));
        }
        Ok(())
    }
}

/// A stored number, if it is one and within `range`; else `default` (a value written by
/// hand, or by a newer version, never reaches the program out of range).
pub fn within<T: std::str::FromStr + PartialOrd>(
    stored: Option<String>,
    range: &std::ops::RangeInclusive<T>,
    default: T,
) -> T {
    stored
        .and_then(|v| v.parse().ok())
        .filter(|v| range.contains(v))
        .unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_preference_is_checked_against_its_range() {
        let mut prefs = Prefs::default();
        assert!(prefs.validate().is_ok());
        prefs.weekly_goal = 15;
        assert!(prefs
            .validate()
            .unwrap_err()
            .to_string()
            .contains("1 to 14"));
        prefs.weekly_goal = 3;
        prefs.week_start = Some("Someday".into());
        assert!(prefs.validate().unwrap_err().is_invalid());
        prefs.week_start = Some("Sunday".into());
        prefs.voice_rate = 101;
        assert!(prefs.validate().unwrap_err().to_string().contains("-100"));
        prefs.voice_rate = 0;
        prefs.voice_name = Some("en gb\n".into());
        assert!(prefs
            .validate()
            .unwrap_err()
            .to_string()
            .contains("not a voice"));
    }

    #[test]
    fn stored_numbers_out_of_range_fall_back_to_the_default() {
        assert_eq!(within(Some("100000".into()), &SNOOZE_MINUTES, 10), 10);
        assert_eq!(within(Some("abc".into()), &SNOOZE_MINUTES, 10), 10);
        assert_eq!(within(Some("5".into()), &SNOOZE_MINUTES, 10), 5);
        assert!(ReminderMinutes {
            snooze: 0,
            grace: 60
        }
        .validate()
        .is_err());
        assert!(ReminderMinutes {
            snooze: 10,
            grace: 2
        }
        .validate()
        .is_err());
    }
}
