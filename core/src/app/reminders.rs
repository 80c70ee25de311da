//! Reminders as the Reminders screen and `solewise reminders` see them: the overview,
//! and adding or changing a rule with every check (a routine it names must exist).

use jiff::tz::TimeZone;
use jiff::Timestamp;
use serde::Serialize;
use ts_rs::TS;

use super::Changed;
use crate::prefs::ReminderMinutes;
use crate::routines::Library;
use crate::schedule::{self, Firing, ReminderRule, RuleInput, RuleView};
use crate::store::rows::{self, Remembered};
use crate::store::Store;
use crate::{Error, Result};

/// Everything the reminders screen shows.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ReminderOverview {
    /// Every rule, in the order they were added, each with its next five times.
    pub rules: Vec<RuleView>,
    /// The next reminder that will be shown (pause included), RFC 3339 local.
    pub next: Option<String>,
    /// Reminders are paused until then (local); "forever" when until turned back on.
    pub paused_until: Option<String>,
    /// The last reminder that could not be shown, and why.
    pub last_failure: Option<String>,
    /// Offer the suggested twice-weekly reminder (first start, no rules yet).
    pub offer: Option<RuleInput>,
    /// How long Snooze puts a reminder off, in minutes (1 to 120).
    pub snooze_minutes: u32,
    /// How late a missed reminder may still be shown, in minutes (5 to 1440); a later one
    /// is logged as missed.
    pub grace_minutes: u32,
    /// Set when the system time zone (TZ) is not valid, so times are in UTC.
    pub time_zone_problem: Option<String>,
}

/// Everything the Reminders screen shows, at `now` in the time zone `tz`.
pub fn overview(db: &Store, now: Timestamp, tz: &TimeZone) -> Result<ReminderOverview> {
    let conn = db.conn();
    let rules = schedule::rules(conn)?;
    let views = rules
        .iter()
        .map(|rule| RuleView {
            rule: rule.clone(),
            next: schedule::upcoming(rule, now, 5, tz)
                .into_iter()
                .map(|due| schedule::local_rfc3339(due, tz))
                .collect(),
        })
        .collect();
    let paused = schedule::paused_until(conn)?.filter(|until| *until > now);
    let offer_done = rows::get(conn, Remembered::ReminderOfferDone)?.is_some();
    let minutes = crate::settings::reminder_minutes(conn)?;
    Ok(ReminderOverview {
        rules: views,
        next: schedule::next_reminder(conn, now, tz)?.map(|due| schedule::local_rfc3339(due, tz)),
        paused_until: paused.map(|until| {
            if until >= schedule::forever() {
                "forever".to_string()
            } else {
                schedule::local_rfc3339(until, tz)
            }
        }),
        last_failure: schedule::last_failure(conn, tz)?,
        offer: (rules.is_empty() && !offer_done).then(schedule::suggested),
        snooze_minutes: minutes.snooze,
        grace_minutes: minutes.grace,
        time_zone_problem: crate::zone::problem(),
    })
}

/// The rules, in the order they were added.
pub fn rules(db: &Store) -> Result<Vec<ReminderRule>> {
    schedule::rules(db.conn())
}

/// The next `count` reminders that will be shown after `from` (the pause included).
pub fn next(db: &Store, from: Timestamp, count: usize, tz: &TimeZone) -> Result<Vec<Timestamp>> {
    let mut dues = Vec::new();
    let mut cursor = from;
    while dues.len() < count {
        match schedule::next_reminder(db.conn(), cursor, tz)? {
            Some(due) => {
                dues.push(due);
                cursor = due;
            }
            None => break,
        }
    }
    Ok(dues)
}

/// Until when reminders are paused, if they are now.
pub fn paused_until(db: &Store, now: Timestamp) -> Result<Option<Timestamp>> {
    Ok(schedule::paused_until(db.conn())?.filter(|until| *until > now))
}

/// The last reminder that could not be shown, and why.
pub fn last_failure(db: &Store, tz: &TimeZone) -> Result<Option<String>> {
    schedule::last_failure(db.conn(), tz)
}

/// The last reminder skipped because its session was done on another computer, unless
/// one was shown since (the tray's tooltip says so).
pub fn last_skip(db: &Store, tz: &TimeZone) -> Result<Option<String>> {
    schedule::last_skip(db.conn(), tz)
}

/// The reminders that are on, as an iCalendar file for any calendar; `None` when none
/// is on.
pub fn calendar(
    db: &Store,
    library: &Library,
    now: Timestamp,
    tz: &TimeZone,
) -> Result<Option<String>> {
    let rules = schedule::rules(db.conn())?;
    Ok(schedule::ics::calendar(&rules, library, now, tz))
}

/// The routine a fired rule asks for: the joined programme's next session's when the
/// rule is the reminder added on joining it, else the rule's own.
pub fn routine_for(db: &Store, library: &Library, rule: &ReminderRule) -> Result<Option<String>> {
    let programme =
        crate::programme::routine_for_reminder(db.conn(), &library.programmes, rule.id)?;
    Ok(programme.or_else(|| rule.routine_id.clone()))
}

/// The reminders due by `now` (missed ones within the grace period included), each
/// claimed in the log as it is returned, so none is ever shown twice.
pub fn due(db: &Store, now: Timestamp, tz: &TimeZone) -> Result<Vec<Firing>> {
    schedule::decide(db.conn(), now, tz)
}

/// Notes how showing the reminder due at `due` went: `failure` is why it could not be
/// shown, `None` when it was.
pub fn record_shown(db: &Store, rule: i64, due: Timestamp, failure: Option<&str>) -> Result<()> {
    let word = if failure.is_some() { "failed" } else { "shown" };
    schedule::record(db.conn(), rule, due, word, failure)
}

/// Snooze: the rule fires again after the snooze length; returns when.
pub fn snooze(db: &Store, rule: i64, now: Timestamp) -> Result<(Timestamp, Changed)> {
    Ok((schedule::snooze(db.conn(), rule, now)?, Changed::Reminders))
}

/// Refuses a rule that names a routine the library does not have.
fn check_routine(input: &RuleInput, library: &Library) -> Result<()> {
    match &input.routine_id {
        Some(id) if !library.routines.iter().any(|e| &e.routine.id == id) => {
            Err(Error::Invalid(crate::tr!(
                "reminder-no-such-routine",
                routine = crate::input::printable(id)
            )))
        }
        _ => Ok(()),
    }
}

/// Adds a rule (the first-start offer is then done with).
pub fn add(db: &Store, library: &Library, input: &RuleInput) -> Result<(ReminderRule, Changed)> {
    check_routine(input, library)?;
    let rule = db.write(|tx| {
        let rule = schedule::add_rule(tx, input)?;
        rows::set(tx, Remembered::ReminderOfferDone, "yes")?;
        Ok(rule)
    })?;
    Ok((rule, Changed::Reminders))
}

/// Changes rule `id` to `input`, with the checks `add` makes (a routine it names must
/// exist).
pub fn update(db: &Store, library: &Library, id: i64, input: &RuleInput) -> Result<Changed> {
    check_routine(input, library)?;
    schedule::update_rule(db.conn(), id, input)?;
    Ok(Changed::Reminders)
}

/// Deletes rule `id` (an id that is not a rule is an error).
/// Removes a rule, its snoozes and its log; if it was the programme's reminder, the
/// programme no longer has one.
pub fn remove(db: &Store, id: i64) -> Result<Changed> {
    db.write(|tx| {
        schedule::remove_rule(tx, id)?;
        if crate::programme::membership::reminder(tx)? == Some(id) {
            rows::clear(tx, Remembered::ProgrammeReminder)?;
        }
        Ok(())
    })?;
    Ok(Changed::Reminders)
}

/// Pauses until `until`, or turns reminders back on with `None`.
pub fn pause(db: &Store, until: Option<Timestamp>) -> Result<Changed> {
    schedule::pause_until(db.conn(), until)?;
    Ok(Changed::Reminders)
}

/// Saves how long Snooze lasts and how late a reminder may still come, after checking their
/// ranges.
pub fn set_minutes(db: &Store, minutes: ReminderMinutes) -> Result<Changed> {
    crate::settings::set_reminder_minutes(db.conn(), minutes)?;
    Ok(Changed::Reminders)
}

/// "Not now" on the first-start offer: it is not offered again.
pub fn dismiss_offer(db: &Store) -> Result<Changed> {
    rows::set(db.conn(), Remembered::ReminderOfferDone, "yes")?;
    Ok(Changed::Nothing)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(routine: Option<&str>) -> RuleInput {
        RuleInput {
            days: vec!["tue".into()],
            at: "20:00".into(),
            routine_id: routine.map(str::to_string),
            label: None,
            enabled: true,
        }
    }

    #[test]
    fn a_reminder_for_a_routine_that_does_not_exist_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let db = Store::open(dir.path()).unwrap().database;
        let library = crate::routines::load_library(dir.path());
        let refused = add(&db, &library, &input(Some("heel-circle"))).unwrap_err();
        assert!(refused.is_invalid(), "{refused}");
        assert!(
            refused.to_string().contains("no routine 'heel-circle'"),
            "{refused}"
        );
        assert!(
            schedule::rules(db.conn()).unwrap().is_empty(),
            "nothing was added"
        );

        let (rule, changed) = add(&db, &library, &input(None)).unwrap();
        assert!(changed.needs_reschedule());
        assert!(update(&db, &library, rule.id, &input(Some("heel-circle"))).is_err());
        let routine = library.routines[0].routine.id.clone();
        assert!(update(&db, &library, rule.id, &input(Some(&routine))).is_ok());
        let now: Timestamp = "2026-12-01T12:00:00Z".parse().unwrap();
        let seen = overview(&db, now, &TimeZone::UTC).unwrap();
        assert_eq!(seen.rules.len(), 1);
        assert!(seen.offer.is_none(), "the first-start offer is done with");
    }

    #[test]
    fn a_removed_rule_leaves_nothing_to_a_new_rule_that_gets_its_id() {
        let dir = tempfile::tempdir().unwrap();
        let db = Store::open(dir.path()).unwrap().database;
        let library = crate::routines::load_library(dir.path());
        let now: Timestamp = "2026-12-01T12:00:00Z".parse().unwrap();
        let days = ["tue".to_string()];
        let (_, _) =
            crate::app::programmes::join(&db, &library, "first-four-weeks", &days, "20:00", now)
                .unwrap();
        let programme_rule = rules(&db).unwrap()[0].clone();
        let _ = snooze(&db, programme_rule.id, now).unwrap();
        let _ = remove(&db, programme_rule.id).unwrap();

        let (own, _) = add(&db, &library, &input(None)).unwrap();
        assert_eq!(
            own.id, programme_rule.id,
            "SQLite gave the new rule the old id"
        );
        assert_eq!(
            routine_for(&db, &library, &own).unwrap(),
            None,
            "not the programme's"
        );
        let later = now + jiff::SignedDuration::from_hours(1);
        assert!(
            due(&db, later, &TimeZone::UTC).unwrap().is_empty(),
            "no old snooze fires"
        );
    }
}
