//! This computer's own changes, turned into records: what the triggers marked as changed
//! (`sync_dirty`: sessions and the settings that travel) and the user's routine files
//! that differ from what was last written, compared field by field with what was last
//! written for them, so that only what really changed travels (and an edit of the note
//! here and of the stress on another computer both survive).

use std::path::Path;

use rusqlite::Connection;
use serde_json::{Map, Value};

use super::record::{Entity, Record, DELETED, FIELDS, VERSION};
use super::state;
use crate::history::{self, SessionStatus};
use crate::{Error, Result};

/// A session as it is here now: `None` while under way (it travels once finished).
fn session_here(conn: &Connection, session: &str) -> Result<Option<Map<String, Value>>> {
    let detail = match history::get(conn, session) {
        Ok(detail) => detail,
        Err(Error::NotFound(_)) => return Ok(Some(gone())),
        Err(error) => return Err(error),
    };
    if detail.session.status == SessionStatus::InProgress {
        return Ok(None);
    }
    let Value::Object(mut all) = serde_json::to_value(&detail).unwrap_or(Value::Null) else {
        return Ok(None);
    };
    all.retain(|name, _| FIELDS.contains(&name.as_str()));
    all.insert(DELETED.into(), Value::Bool(false));
    Ok(Some(all))
}

fn gone() -> Map<String, Value> {
    Map::from_iter([(DELETED.to_string(), Value::Bool(true))])
}

fn setting_here(conn: &Connection, key: &str) -> Result<Map<String, Value>> {
    use rusqlite::OptionalExtension;
    let value: Option<String> = conn
        .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
            row.get(0)
        })
        .optional()?;
    Ok(Map::from_iter([(
        "value".to_string(),
        value.map_or(Value::Null, Value::String),
    )]))
}

fn routine_here(dir: &Path, id: &str) -> Map<String, Value> {
    match std::fs::read_to_string(dir.join(format!("{id}.toml"))) {
        Ok(text) => Map::from_iter([
            ("text".to_string(), Value::String(text)),
            (DELETED.to_string(), Value::Bool(false)),
        ]),
        Err(_) => gone(),
    }
}

/// The fields of one thing that differ from what was last written for it. Something
/// deleted here that no other computer ever heard of does not travel.
fn changes(
    conn: &Connection,
    routines: &Path,
    entity: Entity,
    id: &str,
) -> Result<Map<String, Value>> {
    let known = state::fields(conn, entity, id)?;
    let here = match entity {
        Entity::Session => match session_here(conn, id)? {
            Some(here) => here,
            None => return Ok(Map::new()),
        },
        Entity::Setting => setting_here(conn, id)?,
        Entity::Routine => routine_here(routines, id),
    };
    let absent =
        here.get(DELETED) == Some(&Value::Bool(true)) || here.get("value") == Some(&Value::Null);
    if known.is_empty() && absent {
        return Ok(Map::new());
    }
    let mut changed = here;
    changed.retain(|name, value| known.get(name) != Some(value));
    Ok(changed)
}

/// Whether anything changed here since the last `collect`.
pub(super) fn pending(conn: &Connection, routines: &Path) -> Result<bool> {
    mark_routines(conn, routines)?;
    Ok(conn
        .prepare_cached("SELECT 1 FROM sync_dirty LIMIT 1")?
        .exists([])?)
}

/// Marks the routine files that differ from what was last written for them (no trigger
/// sees a file), and those that were deleted.
fn mark_routines(conn: &Connection, dir: &Path) -> Result<()> {
    let mut ids: Vec<String> = conn
        .prepare_cached("SELECT id FROM sync_fields WHERE entity = 'routine' AND field = 'deleted' AND value = 'false'")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(id) = name
                .strip_suffix(".toml")
                .filter(|id| crate::routines::is_valid_id(id))
            {
                ids.push(id.to_string());
            }
        }
    }
    ids.sort();
    ids.dedup();
    let now = super::now_ms();
    for id in ids {
        if !changes(conn, dir, Entity::Routine, &id)?.is_empty() {
            conn.prepare_cached(
                "INSERT INTO sync_dirty VALUES ('routine', ?1, ?2) ON CONFLICT (entity, id) DO NOTHING",
            )?
            .execute(rusqlite::params![id, i64::try_from(now).unwrap_or(i64::MAX)])?;
        }
    }
    Ok(())
}

/// Turns everything changed here since the last time into records in the outbox,
/// stamped with the clock at the time of the change. Returns how many.
pub(super) fn collect(conn: &Connection, routines: &Path, device: &str) -> Result<u32> {
    mark_routines(conn, routines)?;
    let dirty: Vec<(String, String, i64)> = conn
        .prepare("SELECT entity, id, at_ms FROM sync_dirty ORDER BY at_ms, entity, id")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut clock = state::clock(conn)?;
    let mut count = 0;
    for (entity, id, at_ms) in dirty {
        let Some(entity) = Entity::from_name(&entity) else {
            continue;
        };
        let fields = changes(conn, routines, entity, &id)?;
        if fields.is_empty() {
            continue;
        }
        clock = clock.tick(u64::try_from(at_ms).unwrap_or(0));
        let stamp = clock.to_string();
        for (name, value) in &fields {
            state::put_field(conn, (entity, &id), name, value, &stamp, device)?;
        }
        let record = Record {
            v: VERSION,
            clock: stamp,
            device: device.to_string(),
            entity,
            id,
            fields,
        };
        conn.prepare_cached("INSERT INTO sync_outbox (line) VALUES (?1)")?
            .execute([record.line()])?;
        count += 1;
    }
    conn.execute("DELETE FROM sync_dirty", [])?;
    state::set_clock(conn, clock)?;
    Ok(count)
}

/// Marks every finished session as changed, so that the next `collect` sends whatever
/// the folder does not have yet (turning sync on); the routine files are compared at
/// every `collect` anyway. Settings wait for `seed_settings`: the values in the folder
/// win over the ones this computer had before it synced (a welcome that saved the
/// default goal is not a choice of it).
pub(super) fn mark_all(conn: &Connection, now_ms: u64) -> Result<()> {
    let now = i64::try_from(now_ms).unwrap_or(i64::MAX);
    conn.execute(
        "INSERT INTO sync_dirty SELECT 'session', id, ?1 FROM sessions WHERE status != 'in_progress'
         ON CONFLICT (entity, id) DO NOTHING",
        [now],
    )?;
    conn.execute("DELETE FROM sync_dirty WHERE entity = 'setting'", [])?;
    state::set(conn, "seed_settings", "1")
}

/// After the first merge since sync was turned on: the settings the folder had nothing
/// for are sent from here.
pub(super) fn seed_settings(conn: &Connection) -> Result<()> {
    if state::get(conn, "seed_settings")?.is_none() {
        return Ok(());
    }
    for key in super::record::SETTINGS {
        if state::fields(conn, Entity::Setting, key)?.is_empty() {
            conn.prepare_cached(
                "INSERT INTO sync_dirty VALUES ('setting', ?1, 0) ON CONFLICT (entity, id) DO NOTHING",
            )?
            .execute([key])?;
        }
    }
    state::unset(conn, "seed_settings")
}
