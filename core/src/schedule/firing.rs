//! What fires: deciding at each look what is due, shown, missed or paused; the log keyed
//! by rule and due that keeps a reminder from firing twice; snoozes; the last failure.

use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};
use rusqlite::{params, Connection, OptionalExtension};

use super::{
    dues_between, grace, local_rfc3339, paused_until, rule, rules, snooze_length, Firing,
    LOOK_BACK_DAYS,
};
use crate::history::Result;
use crate::store::rows::{self, Remembered};

/// Claims a rule's due for one outcome. False if it was already decided: this is what
/// keeps a due from firing twice, across restarts and clock changes.
fn claim(
    conn: &Connection,
    rule_id: i64,
    due: Timestamp,
    outcome: &str,
    now: Timestamp,
) -> Result<bool> {
    let inserted = conn.execute(
        "INSERT OR IGNORE INTO reminder_log (rule_id, due, outcome, at) VALUES (?1, ?2, ?3, ?4)",
        params![rule_id, due.to_string(), outcome, now.to_string()],
    )?;
    Ok(inserted == 1)
}

/// Records how showing a claimed due went.
pub(crate) fn record(
    conn: &Connection,
    rule_id: i64,
    due: Timestamp,
    outcome: &str,
    detail: Option<&str>,
) -> Result<()> {
    conn.execute(
        "UPDATE reminder_log SET outcome = ?3, detail = ?4 WHERE rule_id = ?1 AND due = ?2",
        params![rule_id, due.to_string(), outcome, detail],
    )?;
    Ok(())
}

/// The latest reminder decided as shown, failed or skipped: its due, outcome and detail.
fn last_told(conn: &Connection) -> Result<Option<(Timestamp, String, Option<String>)>> {
    let last: Option<(String, String, Option<String>)> = conn
        .query_row(
            "SELECT due, outcome, detail FROM reminder_log
             WHERE outcome IN ('shown', 'failed', 'skipped') ORDER BY at DESC, due DESC LIMIT 1",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    Ok(last.and_then(|(due, outcome, detail)| Some((due.parse().ok()?, outcome, detail))))
}

/// The last reminder that could not be shown, and why, unless one was shown since:
/// for the tray and the Reminders screen, whichever program showed it.
pub(crate) fn last_failure(conn: &Connection, tz: &TimeZone) -> Result<Option<String>> {
    Ok(last_told(conn)?.and_then(|(due, outcome, detail)| {
        let local = local_rfc3339(due, tz);
        (outcome == "failed").then(|| {
            crate::tr!(
                "reminder-could-not-show",
                time = local.get(11..16).unwrap_or(&local),
                reason = detail.unwrap_or_default()
            )
        })
    }))
}

/// The name of another computer on which a session was done since the rule's previous
/// due (or in the week before `due`, for its first), if one was: sessions that came
/// through the sync folder (sync/).
fn done_elsewhere(
    conn: &Connection,
    rule: &super::ReminderRule,
    due: Timestamp,
    tz: &TimeZone,
) -> Result<Option<String>> {
    let week = SignedDuration::from_hours(24 * 7);
    let previous = dues_between(
        rule,
        due - week - SignedDuration::from_hours(24),
        due - SignedDuration::from_secs(1),
        tz,
    )
    .last()
    .copied()
    .unwrap_or(due - week);
    crate::sync::done_elsewhere(conn, previous, due)
}

/// The last reminder skipped because its session was done on another computer, unless
/// one was shown since: for the tray's tooltip.
pub(crate) fn last_skip(conn: &Connection, tz: &TimeZone) -> Result<Option<String>> {
    Ok(last_told(conn)?.and_then(|(due, outcome, computer)| {
        let local = local_rfc3339(due, tz);
        (outcome == "skipped").then(|| {
            crate::tr!(
                "reminder-skipped-elsewhere",
                time = local.get(11..16).unwrap_or(&local),
                computer = computer.unwrap_or_default()
            )
        })
    }))
}

/// Re-arms a due `snooze_length` from now.
pub(crate) fn snooze(conn: &Connection, rule_id: i64, now: Timestamp) -> Result<Timestamp> {
    let at = now + snooze_length(conn)?;
    conn.execute(
        "INSERT INTO reminder_snoozes (rule_id, due) VALUES (?1, ?2)",
        params![rule_id, at.to_string()],
    )?;
    Ok(at)
}

pub(super) fn pending_snoozes(conn: &Connection) -> Result<Vec<(i64, i64, Timestamp)>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, rule_id, due FROM reminder_snoozes WHERE fired = 0 ORDER BY due",
    )?;
    let rows = statement
        .query_map([], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, String>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, rule, due)| due.parse().ok().map(|due| (id, rule, due)))
        .collect())
}

/// Decides, at `now`, what to show: every due since the scheduler last looked (or the
/// last 14 days) that was not decided yet. The latest due of a rule that is less than
/// the grace period late is fired; the others are logged as missed; dues while paused
/// are logged as paused. The decisions are written before anything is shown.
pub(crate) fn decide(conn: &Connection, now: Timestamp, tz: &TimeZone) -> Result<Vec<Firing>> {
    let last_look: Timestamp = rows::get(conn, Remembered::SchedulerLookedAt)?
        .and_then(|t| t.parse().ok())
        .unwrap_or(now - SignedDuration::from_hours(24 * LOOK_BACK_DAYS));
    let from = last_look
        .max(now - SignedDuration::from_hours(24 * LOOK_BACK_DAYS))
        .min(now);
    let grace = grace(conn)?;
    let paused = paused_until(conn)?;
    let mut firings = Vec::new();
    // Whether this look wrote anything down; when not, the look itself is recorded only
    // hourly, so waiting costs no disk write a minute (the log, not the mark, keeps a
    // due from firing twice: dues since an older mark are claimed already).
    let mut logged = false;
    for rule in rules(conn)?.into_iter().filter(|r| r.enabled) {
        // Look slightly further back than the last look, so a due at the very instant
        // of the last look is not skipped (the log keeps it from firing twice).
        let created: Timestamp = rule.created_at.parse().unwrap_or(from);
        let since = (from - SignedDuration::from_secs(1)).max(created);
        let dues = dues_between(&rule, since, now, tz);
        let latest = dues.last().copied();
        for due in dues {
            let mut outcome = if paused.is_some_and(|until| due < until) {
                "paused"
            } else if Some(due) == latest && now - due <= grace {
                "shown"
            } else {
                "missed"
            };
            // Never a reminder for a session already done on another computer since
            // the one before.
            let elsewhere = match outcome {
                "shown" => done_elsewhere(conn, &rule, due, tz)?,
                _ => None,
            };
            if elsewhere.is_some() {
                outcome = "skipped";
            }
            let claimed = claim(conn, rule.id, due, outcome, now)?;
            if claimed && elsewhere.is_some() {
                record(conn, rule.id, due, outcome, elsewhere.as_deref())?;
            }
            logged |= claimed;
            if claimed && outcome == "shown" {
                firings.push(Firing {
                    rule: rule.clone(),
                    due,
                });
            }
        }
    }
    for (snooze_id, rule_id, due) in pending_snoozes(conn)? {
        if due > now {
            continue;
        }
        conn.execute(
            "UPDATE reminder_snoozes SET fired = 1 WHERE id = ?1",
            [snooze_id],
        )?;
        logged = true;
        // A snooze keeps to the rule's switch and the pause, as its rule's dues do.
        if let Ok(rule) = rule(conn, rule_id).map(|rule| (rule.enabled, rule)) {
            let (enabled, rule) = rule;
            if !enabled {
                continue;
            }
            if paused.is_some_and(|until| due < until) {
                claim(conn, rule_id, due, "paused", now)?;
            } else if now - due <= grace && claim(conn, rule_id, due, "shown", now)? {
                firings.push(Firing { rule, due });
            }
        }
    }
    if logged || now - last_look >= SignedDuration::from_hours(1) {
        rows::set(
            conn,
            Remembered::SchedulerLookedAt,
            &now.max(last_look).to_string(),
        )?;
    }
    Ok(firings)
}

#[cfg(test)]
mod tests;
