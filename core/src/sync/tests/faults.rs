//! A folder that misbehaves, and records that cannot be trusted: a missing or
//! unwritable folder, a damaged line, a data folder copied to a second computer, a file
//! from a newer version, a forged edit. Nothing is lost, and the status says what
//! happened.

use std::fs;

use super::{computer, shared, Computer};
use crate::history;
use crate::store::Store;
use crate::sync::{folder, status};

#[test]
fn a_missing_folder_keeps_changes_waiting_and_says_so() {
    let folder = shared();
    let mut a = computer(folder.path());
    let gone = folder.path().join("Solewise");
    a.log("2026-11-03T20:00", "while away");
    let away = folder.path().with_extension("away");
    fs::rename(folder.path(), &away).unwrap();
    let report = a.sync();
    assert_eq!(report.sent, 0);
    assert!(report.problems[0].contains("is not there"), "{report:?}");
    let waiting = status(&a.store).unwrap();
    assert_eq!(waiting.waiting, 0, "collected only once the folder is back");
    fs::rename(&away, folder.path()).unwrap();
    assert_eq!(a.sync().sent, 1);
    assert!(gone.is_dir());
    assert!(status(&a.store).unwrap().problems.is_empty());
}

#[test]
fn a_folder_it_cannot_write_in_keeps_changes_waiting_and_says_so() {
    let folder = shared();
    let mut a = computer(folder.path());
    a.log("2026-11-03T20:00", "unwritable");
    // Where this computer's folder should be, a file: no one can write in it, root
    // included (the tests may run as root, who ignores permissions).
    let own = folder::device_dir(folder.path(), &status(&a.store).unwrap().device);
    fs::remove_dir_all(&own).unwrap();
    fs::write(&own, "not a folder").unwrap();
    let report = a.sync();
    assert!(report.problems[0].contains("cannot write"), "{report:?}");
    assert_eq!(status(&a.store).unwrap().waiting, 1);
    assert_eq!(status(&a.store).unwrap().problems, report.problems);
    fs::remove_file(&own).unwrap();
    assert_eq!(a.sync().sent, 1);
}

#[test]
fn a_damaged_line_is_named_and_the_rest_of_its_file_merges() {
    let folder = shared();
    let (mut a, mut b) = (computer(folder.path()), computer(folder.path()));
    a.log("2026-11-03T20:00", "one");
    a.log("2026-11-04T20:00", "two");
    a.sync();
    let own = folder::device_dir(folder.path(), &status(&a.store).unwrap().device);
    let file = folder::change_files(folder.path(), &status(&a.store).unwrap().device).unwrap();
    let path = own.join(&file[0]);
    let text = fs::read_to_string(&path)
        .unwrap()
        .replacen("{\"v\":1", "{\"v\":1,\"oops\"", 1);
    // The same file as a sync tool's conflict copy: merging it twice is harmless.
    fs::write(
        own.join("x.sync-conflict-20261203-101010-ABCDEFG.jsonl"),
        &text,
    )
    .unwrap();
    let report = b.sync();
    assert_eq!(b.history().len(), 2);
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.contains(".sync-conflict-") && p.contains(".jsonl:1: ")),
        "{report:?}"
    );
}

#[test]
fn a_copied_data_folder_gets_an_id_of_its_own_and_loses_nothing() {
    let folder = shared();
    let mut a = computer(folder.path());
    a.log("2026-11-03T20:00", "before the copy");
    a.sync();
    // A second computer set up from a copy of a's data folder writes under a's id.
    let copy = tempfile::tempdir().unwrap();
    let snapshot = a.store.snapshot(copy.path(), "copy").unwrap();
    fs::copy(snapshot, copy.path().join(crate::store::FILE_NAME)).unwrap();
    let mut c = Computer {
        store: Store::open(copy.path()).unwrap().database,
        _dir: copy,
    };
    c.log("2026-11-04T20:00", "on the copy");
    c.sync();
    let first = status(&a.store).unwrap().device;
    a.log("2026-11-05T20:00", "after the copy");
    let report = a.sync();
    assert!(
        report.problems.iter().any(|p| p.contains("copied")),
        "{report:?}"
    );
    assert_ne!(status(&a.store).unwrap().device, first);
    c.sync();
    a.sync();
    assert_eq!(a.history().len(), 3);
    assert_eq!(a.history(), c.history());
}

#[test]
fn a_file_from_a_newer_version_waits_for_an_update() {
    let folder = shared();
    let (mut a, mut b) = (computer(folder.path()), computer(folder.path()));
    a.log("2026-11-03T20:00", "new");
    a.sync();
    let device = status(&a.store).unwrap().device;
    let own = folder::device_dir(folder.path(), &device);
    let file = &folder::change_files(folder.path(), &device).unwrap()[0];
    let text = fs::read_to_string(own.join(file))
        .unwrap()
        .replace("{\"v\":1", "{\"v\":2,\"mood\":1");
    fs::write(own.join(file), text).unwrap();
    let report = b.sync();
    assert!(report.problems[0].contains("newer version"), "{report:?}");
    assert!(b.history().is_empty());
}

#[test]
fn a_forged_edit_of_a_session_here_leaves_it_as_it_is_and_says_so() {
    let folder = shared();
    let (mut a, mut b) = (computer(folder.path()), computer(folder.path()));
    let id = a.log("2026-11-03T20:00", "mine");
    a.sync();
    b.sync();
    // Another computer's file sets a stress no session can have.
    let device = status(&b.store).unwrap().device;
    let line = format!(
        r#"{{"v":1,"clock":"999999999999999-000000","device":"{device}","entity":"session","id":"{id}","fields":{{"stress_after":99}}}}"#
    );
    fs::write(
        folder::device_dir(folder.path(), &device).join("forged.jsonl"),
        line,
    )
    .unwrap();
    let report = a.sync();
    assert!(
        report.problems.iter().any(|p| p.contains(&id)),
        "{report:?}"
    );
    assert_eq!(a.note(&id).as_deref(), Some("mine"));
    assert_eq!(
        history::get(a.store.conn(), &id)
            .unwrap()
            .session
            .stress_after,
        Some(3)
    );
}
