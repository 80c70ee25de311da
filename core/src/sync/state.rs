//! What this computer keeps about syncing, in its own database: its settings (the
//! folder, its device id and name, the clock), the fields of each thing that travels with
//! the clock and computer of their last write, and which change files were merged.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{Map, Value};

use super::clock::Clock;
use super::record::Entity;
use crate::Result;

/// A setting kept in `sync_state`.
pub(super) fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT value FROM sync_state WHERE key = ?1",
            [key],
            |row| row.get(0),
        )
        .optional()?)
}

pub(super) fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO sync_state VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

pub(super) fn unset(conn: &Connection, key: &str) -> Result<()> {
    conn.execute("DELETE FROM sync_state WHERE key = ?1", [key])?;
    Ok(())
}

/// The last clock reading this computer handed out or saw.
pub(super) fn clock(conn: &Connection) -> Result<Clock> {
    Ok(get(conn, "clock")?
        .as_deref()
        .and_then(Clock::parse)
        .unwrap_or_default())
}

pub(super) fn set_clock(conn: &Connection, clock: Clock) -> Result<()> {
    set(conn, "clock", &clock.to_string())
}

/// Every field known for one thing, by name.
pub(super) fn fields(conn: &Connection, entity: Entity, id: &str) -> Result<Map<String, Value>> {
    let mut statement =
        conn.prepare_cached("SELECT field, value FROM sync_fields WHERE entity = ?1 AND id = ?2")?;
    let rows = statement.query_map([entity.name(), id], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })?;
    let mut fields = Map::new();
    for row in rows {
        let (field, value) = row?;
        // Written by this code from a JSON value; anything else reads as null.
        fields.insert(field, serde_json::from_str(&value).unwrap_or(Value::Null));
    }
    Ok(fields)
}

/// Writes a field if this write is later than the one kept, by (clock, device): the
/// same on every computer whatever order the records arrive in. Says whether it won.
pub(super) fn put_field(
    conn: &Connection,
    (entity, id): (Entity, &str),
    field: &str,
    value: &Value,
    clock: &str,
    device: &str,
) -> Result<bool> {
    let changed = conn
        .prepare_cached(
            "INSERT INTO sync_fields VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (entity, id, field) DO UPDATE SET
                value = excluded.value, clock = excluded.clock, device = excluded.device
             WHERE (excluded.clock, excluded.device) > (clock, device)",
        )?
        .execute(params![
            entity.name(),
            id,
            field,
            value.to_string(),
            clock,
            device
        ])?;
    Ok(changed > 0)
}

/// Whether a change file was merged already.
pub(super) fn merged(conn: &Connection, device: &str, file: &str) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM sync_files WHERE device = ?1 AND file = ?2")?
        .query_row([device, file], |_| Ok(()))
        .optional()?
        .is_some())
}

pub(super) fn mark_merged(conn: &Connection, device: &str, file: &str) -> Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO sync_files VALUES (?1, ?2)")?
        .execute([device, file])?;
    Ok(())
}

/// Notes another computer: its name, and its newest change merged here (or, if none
/// yet, when its folder was first seen).
pub(super) fn saw_device(
    conn: &Connection,
    device: &str,
    name: &str,
    newest: Option<Clock>,
) -> Result<()> {
    let seen = newest.map_or_else(|| jiff::Timestamp::now().to_string(), Clock::time);
    let update_seen = if newest.is_some() {
        "max(seen_at, excluded.seen_at)"
    } else {
        "seen_at"
    };
    conn.prepare_cached(&format!(
        "INSERT INTO sync_devices VALUES (?1, ?2, ?3) ON CONFLICT (device) DO UPDATE SET
            name = excluded.name, seen_at = {update_seen}"
    ))?
    .execute(params![device, name, seen])?;
    Ok(())
}

/// The name another computer had when last seen.
pub(super) fn device_name(conn: &Connection, device: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT name FROM sync_devices WHERE device = ?1")?
        .query_row([device], |row| row.get(0))
        .optional()?)
}
