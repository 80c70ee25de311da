//! The rules table: reading, adding, changing and removing reminder rules, each checked.

use rusqlite::{params, Connection, OptionalExtension};

use super::{invalid, parse_days, parse_time, ReminderRule, RuleInput};
use crate::history::{self, Result};

fn rule_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ReminderRule> {
    let days: String = row.get(1)?;
    Ok(ReminderRule {
        id: row.get(0)?,
        days: days
            .split(',')
            .filter(|d| !d.is_empty())
            .map(String::from)
            .collect(),
        at: row.get(2)?,
        routine_id: row.get(3)?,
        label: row.get(4)?,
        enabled: row.get(5)?,
        created_at: row.get(6)?,
    })
}

pub(crate) fn rules(conn: &Connection) -> Result<Vec<ReminderRule>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, days, at, routine_id, label, enabled, created_at FROM reminder_rules ORDER BY id",
    )?;
    let rows = statement.query_map([], rule_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn checked(input: &RuleInput) -> Result<(String, String, Option<String>, Option<String>)> {
    let days = parse_days(&input.days)?.join(",");
    let time = parse_time(&input.at)?;
    let label = input
        .label
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from);
    if label.as_ref().is_some_and(|l| l.chars().count() > 80) {
        return Err(invalid(crate::tr!("reminder-label-too-long")));
    }
    if let Some(found) = label.as_deref().and_then(crate::input::first_unsafe_char) {
        return Err(invalid(crate::tr!(
            "reminder-label-control-char",
            char = found
        )));
    }
    let routine = input
        .routine_id
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(String::from);
    Ok((days, time.strftime("%H:%M").to_string(), routine, label))
}

pub(crate) fn add_rule(conn: &Connection, input: &RuleInput) -> Result<ReminderRule> {
    let (days, at, routine, label) = checked(input)?;
    conn.execute(
        "INSERT INTO reminder_rules (days, at, routine_id, label, enabled, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![days, at, routine, label, input.enabled, history::now()],
    )?;
    rule(conn, conn.last_insert_rowid())
}

pub(crate) fn update_rule(conn: &Connection, id: i64, input: &RuleInput) -> Result<ReminderRule> {
    let (days, at, routine, label) = checked(input)?;
    let changed = conn.execute(
        "UPDATE reminder_rules SET days = ?2, at = ?3, routine_id = ?4, label = ?5, enabled = ?6 WHERE id = ?1",
        params![id, days, at, routine, label, input.enabled],
    )?;
    if changed == 0 {
        return Err(invalid(crate::tr!(
            "reminder-not-found",
            id = id.to_string()
        )));
    }
    rule(conn, id)
}

/// Removes rule `id` with its snoozes and its log: SQLite may give the next rule the
/// same id, which must start with nothing of this one's.
pub(crate) fn remove_rule(conn: &Connection, id: i64) -> Result<()> {
    let changed = conn.execute("DELETE FROM reminder_rules WHERE id = ?1", [id])?;
    if changed == 0 {
        return Err(invalid(crate::tr!(
            "reminder-not-found",
            id = id.to_string()
        )));
    }
    conn.execute("DELETE FROM reminder_snoozes WHERE rule_id = ?1", [id])?;
    conn.execute("DELETE FROM reminder_log WHERE rule_id = ?1", [id])?;
    Ok(())
}

pub(crate) fn rule(conn: &Connection, id: i64) -> Result<ReminderRule> {
    conn.query_row(
        "SELECT id, days, at, routine_id, label, enabled, created_at FROM reminder_rules WHERE id = ?1",
        [id],
        rule_from_row,
    )
    .optional()?
    .ok_or_else(|| invalid(crate::tr!("reminder-not-found", id = id.to_string())))
}
