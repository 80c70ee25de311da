//! Other computers' records merged in: each field kept if its write is the latest by
//! (clock, computer), then the session, setting or routine file rebuilt from its fields.
//! The same records in any order, any number of times, give the same result.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;

use rusqlite::Connection;
use serde_json::Value;

use super::clock::Clock;
use super::record::{Entity, Record, DELETED, FIELDS};
use super::state;
use crate::history::{self, checks, transfer};
use crate::Result;

/// Lays one record's fields over what is known; says whether any of them won.
pub(super) fn apply(conn: &Connection, record: &Record) -> Result<bool> {
    let mut won = false;
    for (name, value) in &record.fields {
        won |= state::put_field(
            conn,
            (record.entity, &record.id),
            name,
            value,
            &record.clock,
            &record.device,
        )?;
    }
    Ok(won)
}

/// Moves this computer's clock past every clock it has seen, so that its next change
/// wins over them.
pub(super) fn observe(conn: &Connection, newest: Clock) -> Result<()> {
    let clock = state::clock(conn)?;
    if newest > clock {
        state::set_clock(conn, newest)?;
    }
    Ok(())
}

/// Rebuilds what changed from its fields. Returns the reason for each thing that could
/// not be written (it fails the checks an import or a routine file must pass).
pub(super) fn materialize(
    conn: &Connection,
    data_dir: &Path,
    touched: &BTreeSet<(Entity, String)>,
) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut techniques = None;
    for (entity, id) in touched {
        match entity {
            Entity::Session => session(conn, id, &mut problems)?,
            Entity::Setting => setting(conn, id)?,
            Entity::Routine => {
                let known = techniques.get_or_insert_with(|| {
                    crate::routines::load_library(data_dir)
                        .techniques
                        .into_iter()
                        .map(|t| t.id)
                        .collect()
                });
                routine(conn, data_dir, id, known, &mut problems)?;
            }
        }
        forget_change(conn, *entity, id)?;
    }
    Ok(problems)
}

/// A session deleted, written whole, or left for later while a field is on its way. One
/// whose fields fail the checks an import makes is left as it is here, and said.
fn session(conn: &Connection, id: &str, problems: &mut Vec<String>) -> Result<()> {
    let mut fields = state::fields(conn, Entity::Session, id)?;
    let deleted = fields.remove(DELETED);
    let under_way = conn
        .prepare_cached("SELECT 1 FROM sessions WHERE id = ?1 AND status = 'in_progress'")?
        .exists([id])?;
    if under_way {
        // Ids are random: only a damaged or forged record can name a session still
        // under way here. The one under way wins.
        let reason = crate::tr!("history-already-there", id = id);
        problems.push(crate::tr!("sync-session-refused", id = id, reason = reason));
        return Ok(());
    }
    let remove = |conn: &Connection| -> Result<()> {
        conn.prepare_cached("DELETE FROM sessions WHERE id = ?1")?
            .execute([id])?;
        Ok(())
    };
    if deleted == Some(Value::Bool(true)) {
        return remove(conn);
    }
    if deleted != Some(Value::Bool(false)) || !FIELDS.iter().all(|f| fields.contains_key(*f)) {
        return Ok(());
    }
    fields.insert("id".into(), Value::String(id.to_string()));
    let read = serde_json::value::RawValue::from_string(Value::Object(fields).to_string())
        .map_err(|error| error.to_string())
        .and_then(|raw| transfer::read_session(&raw));
    let checked = read
        .and_then(|mut detail| checks::check(&mut detail, jiff::Timestamp::now()).map(|()| detail));
    match checked {
        Ok(detail) => {
            remove(conn)?;
            history::insert_in(conn, &detail)?;
        }
        Err(reason) => problems.push(crate::tr!("sync-session-refused", id = id, reason = reason)),
    }
    Ok(())
}

/// A setting set or cleared.
fn setting(conn: &Connection, key: &str) -> Result<()> {
    match state::fields(conn, Entity::Setting, key)?.get("value") {
        Some(Value::String(value)) => {
            conn.execute(
                "INSERT INTO settings VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value.as_str()],
            )?;
        }
        _ => {
            conn.execute("DELETE FROM settings WHERE key = ?1", [key])?;
        }
    }
    Ok(())
}

/// A routine file written (once it passes every check a file of the user's must) or
/// deleted.
fn routine(
    conn: &Connection,
    data_dir: &Path,
    id: &str,
    techniques: &HashSet<String>,
    problems: &mut Vec<String>,
) -> Result<()> {
    let fields = state::fields(conn, Entity::Routine, id)?;
    let path = crate::routines::custom_dir(data_dir).join(format!("{id}.toml"));
    let done = match (fields.get(DELETED), fields.get("text")) {
        (Some(Value::Bool(true)), _) => match std::fs::remove_file(&path) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(error.to_string()),
            _ => Ok(()),
        },
        (Some(Value::Bool(false)), Some(Value::String(text))) => {
            let file = crate::routines::SourceFile::new(format!("{id}.toml"), text.clone());
            match crate::routines::parse_routine(&file, techniques) {
                Ok(parsed) if parsed.id == id => crate::data_dir::write_atomically(&path, text)
                    .map_err(|error| error.to_string()),
                Ok(_) => Err(crate::tr!("sync-line-bad-id", id = id)),
                Err(found) => Err(found
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("; ")),
            }
        }
        _ => Ok(()),
    };
    if let Err(reason) = done {
        problems.push(crate::tr!("sync-routine-refused", id = id, reason = reason));
    }
    Ok(())
}

/// What merging wrote is not a change made here: it must not travel back.
fn forget_change(conn: &Connection, entity: Entity, id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM sync_dirty WHERE entity = ?1 AND id = ?2")?
        .execute([entity.name(), id])?;
    Ok(())
}
