//! One sync: this computer's changes out to the folder, the other computers' in. Run
//! by `solewise sync now`, by the daemon when the folder changes and now and then, and
//! by turning sync on. A folder that is away (an unmounted disk, a read-only share)
//! loses nothing: changes wait in the database and the problem is said in the status.

use std::collections::BTreeSet;
use std::path::Path;

use rusqlite::Connection;
use serde::Serialize;

use super::clock::Clock;
use super::folder::ReadError;
use super::record::{Record, Refused};
use super::seal::Unreadable;
use super::{device, folder, local, merge, name, state};
use crate::store::Store;
use crate::{Error, Result};

/// At most this many records go in one change file.
const FILE_RECORDS: usize = 5000;

/// How far a sync has come, for a progress bar: bytes of change files read of those to
/// read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Bytes read so far.
    pub done: u64,
    /// Bytes to read in all.
    pub total: u64,
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Changes made here written to the folder.
    pub sent: u32,
    /// Records from other computers merged in.
    pub received: u32,
    /// Whether the history here changed (the window and the daemon look again).
    pub changed: bool,
    /// What went wrong, in plain words (the rest went ahead).
    pub problems: Vec<String>,
}

/// Syncs once with the folder set in `enable`.
pub fn run(store: &mut Store, progress: &mut dyn FnMut(Progress)) -> Result<Report> {
    let Some(folder) = super::folder(store)? else {
        return Err(Error::Invalid(crate::tr!("sync-is-off")));
    };
    let mut report = Report::default();
    let folder_text = folder.display().to_string();
    if !folder.is_dir() {
        report
            .problems
            .push(crate::tr!("sync-folder-missing", folder = folder_text));
    } else {
        let data_dir = store
            .path()
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let routines = crate::routines::custom_dir(&data_dir);
        let me = own_device(store, &folder, &mut report)?;
        let passphrase = state::get(store.conn(), "passphrase")?;
        if passphrase.is_none() && super::locked(store, &folder, &me)? {
            // Another computer encrypts its files: without the passphrase this computer
            // can read none of them, and writes none in the clear beside them.
            report.problems.push(crate::tr!("sync-encrypted"));
            return finish(store, report);
        }
        let here = Here {
            me: &me,
            data_dir: &data_dir,
            passphrase: passphrase.as_deref(),
        };
        if local::pending(store.conn(), &routines)? {
            store.write(|tx| local::collect(tx, &routines, &me).map(drop))?;
        }
        send(store, &folder, here, &mut report)?;
        receive(store, &folder, here, &mut report, progress)?;
        if state::get(store.conn(), "seed_settings")?.is_some() {
            store.write(|tx| local::seed_settings(tx))?;
        }
        if local::pending(store.conn(), &routines)? {
            store.write(|tx| local::collect(tx, &routines, &me).map(drop))?;
            send(store, &folder, here, &mut report)?;
        }
    }
    finish(store, report)
}

/// Notes how the sync went, for the status.
fn finish(store: &Store, report: Report) -> Result<Report> {
    // Written only when something changed: the daemon syncs now and then all week, and
    // a sync with nothing to do costs no disk write.
    let conn = store.conn();
    let first = state::get(conn, "merged_at")?.is_none();
    if report.problems.is_empty() && (report.sent > 0 || report.received > 0 || first) {
        state::set(conn, "merged_at", &jiff::Timestamp::now().to_string())?;
    }
    let problems = serde_json::to_string(&report.problems).unwrap_or_default();
    if state::get(conn, "problems")?.unwrap_or_else(|| "[]".into()) != problems {
        state::set(conn, "problems", &problems)?;
    }
    Ok(report)
}

/// This computer's device id, after checking that no other computer writes under it (a
/// data folder copied from one computer to another): a change file here that this
/// computer did not write means one does, and this one takes a new id. The old folder
/// is then read like any other computer's, so nothing either wrote is lost.
fn own_device(store: &Store, folder: &Path, report: &mut Report) -> Result<String> {
    let me = device(store)?;
    let files = folder::change_files(folder, &me).unwrap_or_default();
    let mut foreign = false;
    for file in &files {
        foreign |= !state::merged(store.conn(), &me, file)?;
    }
    if !foreign {
        return Ok(me);
    }
    let new = uuid::Uuid::new_v4().to_string();
    state::set(store.conn(), "device", &new)?;
    state::set(store.conn(), "name_unsent", "1")?;
    report.problems.push(crate::tr!("sync-device-shared"));
    Ok(new)
}

/// Writes the changes waiting here into new change files.
fn send(store: &Store, folder: &Path, here: Here, report: &mut Report) -> Result<()> {
    let me = here.me;
    let unwritable = |error: std::io::Error| {
        crate::tr!(
            "sync-folder-unwritable",
            folder = folder.display().to_string(),
            error = error.to_string()
        )
    };
    if !folder::has_device_file(folder, me) || state::get(store.conn(), "name_unsent")?.is_some() {
        match folder::write_device(folder, me, &name(store)?, here.passphrase) {
            Ok(()) => state::unset(store.conn(), "name_unsent")?,
            Err(error) => {
                report.problems.push(unwritable(error));
                return Ok(());
            }
        }
    }
    loop {
        let rows: Vec<(i64, String)> = store
            .conn()
            .prepare("SELECT seq, line FROM sync_outbox ORDER BY seq LIMIT ?1")?
            .query_map([FILE_RECORDS as i64], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
            // All sent: fold the files into a snapshot if there are many.
            return super::compact::compact(store, folder, me, here.passphrase).map(drop);
        };
        let clock_of = |line: &str| {
            serde_json::from_str::<Record>(line)
                .map(|r| r.clock)
                .unwrap_or_default()
        };
        let base = format!("{}_{}.jsonl", clock_of(&first.1), clock_of(&last.1));
        let name = folder::change_file_name(&base, here.passphrase);
        // Noted as this computer's before it exists: if the program stops between the
        // two, the file is still known as ours (and written again, whole, next time).
        state::mark_merged(store.conn(), me, &name)?;
        let lines: Vec<String> = rows.iter().map(|(_, line)| line.clone()).collect();
        if let Err(error) = folder::write_changes(folder, me, &name, &lines, here.passphrase) {
            report.problems.push(unwritable(error));
            return Ok(());
        }
        store
            .conn()
            .execute("DELETE FROM sync_outbox WHERE seq <= ?1", [last.0])?;
        report.sent += rows.len() as u32;
    }
}

/// This computer: its device id, its data folder and its passphrase for the folder.
#[derive(Clone, Copy)]
struct Here<'a> {
    me: &'a str,
    data_dir: &'a Path,
    passphrase: Option<&'a str>,
}

/// Merges every change file of the other computers not merged yet.
fn receive(
    store: &mut Store,
    folder: &Path,
    here: Here,
    report: &mut Report,
    progress: &mut dyn FnMut(Progress),
) -> Result<()> {
    let devices = match folder::devices(folder) {
        Ok(devices) => devices,
        Err(error) => {
            let folder = folder.display().to_string();
            report.problems.push(crate::tr!(
                "sync-folder-unreadable",
                folder = folder,
                error = error.to_string()
            ));
            return Ok(());
        }
    };
    let mut todo = Vec::new();
    for device in devices.into_iter().filter(|device| device != here.me) {
        let name = folder::device_name(folder, &device, here.passphrase)
            .unwrap_or_else(|| device.chars().take(8).collect());
        if state::device_name(store.conn(), &device)?.as_deref() != Some(name.as_str()) {
            store.write(|tx| state::saw_device(tx, &device, &name, None))?;
        }
        for file in folder::change_files(folder, &device).unwrap_or_default() {
            if !state::merged(store.conn(), &device, &file)? {
                let path = folder::device_dir(folder, &device).join(&file);
                let size = std::fs::metadata(&path).map_or(0, |m| m.len());
                todo.push((device.clone(), name.clone(), file, path, size));
            }
        }
    }
    // Read one file at a time: a first merge of a long history is large.
    let total = todo.iter().map(|(.., size)| size).sum();
    let mut done = 0;
    let mut refused = BTreeSet::new();
    for (device, name, file, path, size) in todo {
        let shown = path.display().to_string();
        match folder::read(&path, here.passphrase) {
            Ok(text) => {
                store.write(|tx| {
                    merge_file(tx, here, (&device, &name), (&shown, &file), &text, report)
                })?;
            }
            // Said once for each computer; its files are read again next time.
            Err(ReadError::Sealed) => {
                if refused.insert(device.clone()) {
                    report.problems.push(crate::tr!("sync-encrypted"));
                }
            }
            Err(ReadError::Unreadable(Unreadable::WrongPassphrase)) => {
                if refused.insert(device.clone()) {
                    report
                        .problems
                        .push(crate::tr!("sync-passphrase-wrong", computer = name));
                }
            }
            Err(ReadError::Unreadable(Unreadable::Damaged(reason))) => report.problems.push(
                crate::tr!("sync-file-unreadable", file = shown, error = reason),
            ),
            // Gone since the folder was listed: its computer folded it into a snapshot,
            // which is read instead.
            Err(ReadError::Io(error)) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(ReadError::Io(error)) => report.problems.push(format!("{shown}: {error}")),
        }
        done += size;
        progress(Progress { done, total });
    }
    Ok(())
}

/// Merges one change file in one transaction: all of its good records or none.
fn merge_file(
    conn: &Connection,
    here: Here,
    (device, name): (&str, &str),
    (shown, file): (&str, &str),
    text: &str,
    report: &mut Report,
) -> Result<()> {
    // A change made here a moment ago is sent before it can be merged over.
    local::collect(conn, &crate::routines::custom_dir(here.data_dir), here.me)?;
    let mut touched = BTreeSet::new();
    let mut newest: Option<Clock> = None;
    let mut later = false;
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match Record::read(line, device) {
            Ok((record, clock)) => {
                if merge::apply(conn, &record)? {
                    touched.insert((record.entity, record.id.clone()));
                }
                newest = newest.max(Some(clock));
                report.received += 1;
            }
            Err(Refused::Newer(_)) => later = true,
            Err(Refused::Bad(reason)) => {
                report
                    .problems
                    .push(format!("{shown}:{}: {reason}", index + 1));
            }
        }
    }
    report.changed |= !touched.is_empty();
    report
        .problems
        .extend(merge::materialize(conn, here.data_dir, &touched)?);
    if let Some(newest) = newest {
        merge::observe(conn, newest)?;
    }
    state::saw_device(conn, device, name, newest)?;
    if later {
        report
            .problems
            .push(crate::tr!("sync-file-newer", file = shown));
    } else {
        state::mark_merged(conn, device, file)?;
    }
    Ok(())
}
