//! Folding a computer's own change files into one snapshot, so that the folder does not
//! grow with every change ever made: once it has written more than `COMPACT_AFTER`
//! files, a computer writes every field it wrote that still stands (each with the clock
//! it was written at, so merging the snapshot changes nothing anywhere), then deletes
//! the files the snapshot replaces. A computer that had not read them yet reads the
//! snapshot instead and ends the same. A passphrase set, changed or removed does the
//! same at once (`reseal`): every file of this computer's is written again in the new
//! form and the old ones go.

use std::path::Path;

use serde_json::{Map, Value};

use super::record::{Entity, Record, VERSION};
use super::{folder, state};
use crate::store::Store;
use crate::Result;

/// Own change files above which they are folded into a snapshot.
pub(super) const COMPACT_AFTER: usize = if cfg!(test) { 3 } else { 64 };

/// Records a snapshot file holds at most.
const SNAPSHOT_RECORDS: usize = 5000;

/// Folds this computer's change files into a snapshot when there are many, or when
/// the passphrase changed. Nothing is deleted unless the whole snapshot was written.
pub(super) fn compact(
    store: &Store,
    folder: &Path,
    me: &str,
    passphrase: Option<&str>,
) -> Result<bool> {
    let old = folder::change_files(folder, me).unwrap_or_default();
    let reseal = state::get(store.conn(), "reseal")?.is_some();
    if old.len() <= COMPACT_AFTER && !reseal {
        return Ok(false);
    }
    let records = standing(store, me)?;
    let stamp = state::clock(store.conn())?.to_string();
    let mut written = Vec::new();
    for (index, chunk) in records.chunks(SNAPSHOT_RECORDS).enumerate() {
        let name =
            folder::change_file_name(&format!("snapshot-{stamp}-{index:04}.jsonl"), passphrase);
        // Noted as this computer's first, like any change file it writes.
        state::mark_merged(store.conn(), me, &name)?;
        let lines: Vec<String> = chunk.iter().map(Record::line).collect();
        if folder::write_changes(folder, me, &name, &lines, passphrase).is_err() {
            return Ok(false);
        }
        written.push(name);
    }
    let dir = folder::device_dir(folder, me);
    let mut left = false;
    for file in old.iter().filter(|file| !written.contains(file)) {
        left |= std::fs::remove_file(dir.join(file)).is_err() && dir.join(file).exists();
    }
    // A file left in its old form is tried again at the next sync.
    if reseal && !left {
        state::unset(store.conn(), "reseal")?;
    }
    Ok(true)
}

/// Every field this computer wrote that still stands, as records grouped by the clock
/// each was written at.
fn standing(store: &Store, me: &str) -> Result<Vec<Record>> {
    let mut statement = store.conn().prepare(
        "SELECT entity, id, clock, field, value FROM sync_fields WHERE device = ?1
         ORDER BY clock, entity, id, field",
    )?;
    let rows = statement.query_map([me], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, String>(4)?,
        ))
    })?;
    let mut records: Vec<Record> = Vec::new();
    for row in rows {
        let (entity, id, clock, field, value) = row?;
        let Some(entity) = Entity::from_name(&entity) else {
            continue;
        };
        let value = serde_json::from_str(&value).unwrap_or(Value::Null);
        match records.last_mut() {
            Some(last) if last.entity == entity && last.id == id && last.clock == clock => {
                last.fields.insert(field, value);
            }
            _ => records.push(Record {
                v: VERSION,
                clock,
                device: me.to_string(),
                entity,
                id,
                fields: Map::from_iter([(field, value)]),
            }),
        }
    }
    Ok(records)
}
