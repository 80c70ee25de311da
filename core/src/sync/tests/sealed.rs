//! The folder's optional passphrase: with one, nothing readable is in the folder; a
//! computer without it (or with another) merges nothing, writes nothing in the clear and
//! says why; setting, changing or removing it writes this computer's files again.

use std::path::Path;

use super::{computer, shared};
use crate::sync::{folder, set_passphrase, status};

const PASSPHRASE: &str = "salt water & almond oil";

/// Every file under the folder's Solewise/, by name, with its bytes.
fn files(folder: &Path) -> Vec<(String, Vec<u8>)> {
    let mut found = Vec::new();
    for device in folder::devices(folder).unwrap() {
        let dir = folder::device_dir(folder, &device);
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            found.push((name, std::fs::read(&path).unwrap()));
        }
    }
    found.sort();
    found
}

/// Whether `needle` is anywhere in the folder's files, as written.
fn readable(folder: &Path, needle: &str) -> bool {
    files(folder)
        .iter()
        .any(|(_, bytes)| String::from_utf8_lossy(bytes).contains(needle))
}

#[test]
fn with_a_passphrase_two_computers_agree_and_the_folder_holds_nothing_readable() {
    let folder = shared();
    let (mut laptop, mut desktop) = (computer(folder.path()), computer(folder.path()));
    set_passphrase(&laptop.store, Some(PASSPHRASE)).unwrap();
    set_passphrase(&desktop.store, Some(PASSPHRASE)).unwrap();
    let id = laptop.log("2026-11-03T20:00", "sore left heel after the run");
    laptop.sync();
    let report = desktop.sync();
    assert!(report.problems.is_empty(), "{report:?}");
    assert_eq!(
        desktop.note(&id).as_deref(),
        Some("sore left heel after the run")
    );
    assert_eq!(desktop.history(), laptop.history());
    assert!(status(&desktop.store).unwrap().encrypted);
    // Every file is an age file: no note, no host name, no record in the clear.
    let written = files(folder.path());
    assert!(!written.is_empty());
    for (name, bytes) in &written {
        assert!(name.ends_with(".age"), "{name} is not encrypted");
        assert!(bytes.starts_with(b"age-encryption.org/v1"), "{name}");
    }
    assert!(!readable(folder.path(), "sore left heel"));
    assert!(!readable(folder.path(), "\"entity\""));
}

#[test]
fn without_the_passphrase_a_computer_says_the_files_are_encrypted_and_changes_nothing() {
    let folder = shared();
    let mut laptop = computer(folder.path());
    set_passphrase(&laptop.store, Some(PASSPHRASE)).unwrap();
    laptop.log("2026-11-03T20:00", "from the laptop");
    laptop.sync();
    let before = files(folder.path());

    let mut desktop = computer(folder.path());
    let own = desktop.log("2026-11-04T20:00", "only on the desktop");
    let report = desktop.sync();
    assert_eq!(report.received, 0);
    assert_eq!(report.sent, 0);
    assert!(report.problems[0].contains("encrypted"), "{report:?}");
    assert_eq!(desktop.history().len(), 1);
    // The desktop wrote nothing into the folder, not even its name.
    assert_eq!(files(folder.path()), before);
    assert!(status(&desktop.store).unwrap().problems[0].contains("encrypted"));

    // Another passphrase opens nothing either, and says whose files it cannot open.
    set_passphrase(&desktop.store, Some("not the same one")).unwrap();
    let report = desktop.sync();
    assert_eq!(report.received, 0);
    assert!(
        report.problems.iter().any(|p| p.contains("passphrase")),
        "{report:?}"
    );
    assert_eq!(desktop.history().len(), 1);

    // The right one: both histories in step, the desktop's session encrypted too.
    set_passphrase(&desktop.store, Some(PASSPHRASE)).unwrap();
    let report = desktop.sync();
    assert!(report.problems.is_empty(), "{report:?}");
    laptop.sync();
    assert_eq!(laptop.history(), desktop.history());
    assert_eq!(laptop.note(&own).as_deref(), Some("only on the desktop"));
    assert!(!readable(folder.path(), "only on the desktop"));
    assert!(!readable(folder.path(), "from the laptop"));
}

#[test]
fn setting_or_removing_the_passphrase_writes_this_computers_files_again() {
    let folder = shared();
    let (mut laptop, mut desktop) = (computer(folder.path()), computer(folder.path()));
    laptop.log("2026-11-03T20:00", "written in the clear");
    laptop.sync();
    desktop.sync();
    assert!(readable(folder.path(), "written in the clear"));

    // Set on both: the laptop's old files are replaced by encrypted ones.
    set_passphrase(&laptop.store, Some(PASSPHRASE)).unwrap();
    set_passphrase(&desktop.store, Some(PASSPHRASE)).unwrap();
    laptop.sync();
    assert!(!readable(folder.path(), "written in the clear"));
    let id = desktop.log("2026-11-05T20:00", "after the change");
    desktop.sync();
    laptop.sync();
    assert_eq!(laptop.note(&id).as_deref(), Some("after the change"));

    // Removed on both: readable again, and still in step.
    set_passphrase(&laptop.store, None).unwrap();
    set_passphrase(&desktop.store, None).unwrap();
    laptop.sync();
    desktop.sync();
    laptop.sync();
    assert!(files(folder.path())
        .iter()
        .all(|(name, _)| !name.ends_with(".age")));
    assert!(readable(folder.path(), "written in the clear"));
    assert_eq!(laptop.history(), desktop.history());
    assert_eq!(laptop.history().len(), 2);
}

#[test]
fn a_short_or_multi_line_passphrase_is_refused_and_nothing_changes() {
    let folder = shared();
    let laptop = computer(folder.path());
    for bad in ["short", "two\nlines here"] {
        let error = set_passphrase(&laptop.store, Some(bad)).unwrap_err();
        assert!(error.to_string().contains("at least 8"), "{error}");
    }
    assert!(!status(&laptop.store).unwrap().encrypted);
}

#[test]
fn a_half_delivered_encrypted_file_waits_for_the_rest_and_is_merged_once_whole() {
    let folder = shared();
    let (mut laptop, mut desktop) = (computer(folder.path()), computer(folder.path()));
    set_passphrase(&laptop.store, Some(PASSPHRASE)).unwrap();
    set_passphrase(&desktop.store, Some(PASSPHRASE)).unwrap();
    let id = laptop.log("2026-11-03T20:00", "long enough to matter");
    laptop.sync();
    let device = status(&laptop.store).unwrap().device;
    let dir = folder::device_dir(folder.path(), &device);
    let change = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .find(|path| path.to_string_lossy().ends_with(".jsonl.age"))
        .unwrap();
    let whole = std::fs::read(&change).unwrap();
    std::fs::write(&change, &whole[..whole.len() - 20]).unwrap();
    let report = desktop.sync();
    assert!(
        report
            .problems
            .iter()
            .any(|p| p.contains("cannot be opened yet")),
        "{report:?}"
    );
    assert_eq!(desktop.note(&id), None);
    std::fs::write(&change, &whole).unwrap();
    let report = desktop.sync();
    assert!(report.problems.is_empty(), "{report:?}");
    assert_eq!(desktop.note(&id).as_deref(), Some("long enough to matter"));
}
