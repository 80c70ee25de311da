//! Two and three computers sharing one folder, each with its own data folder: what one
//! does reaches the others, edits and deletions too, and a folder that misbehaves loses
//! nothing.

use std::path::Path;

use super::*;
use crate::history::{self, SessionDetail, SessionEdit};
use crate::test_support::{logged, open};

pub(super) struct Computer {
    pub(super) _dir: tempfile::TempDir,
    pub(super) store: Store,
}

pub(super) fn computer(folder: &Path) -> Computer {
    let (dir, store) = open();
    enable(&store, folder).unwrap();
    Computer { _dir: dir, store }
}

impl Computer {
    pub(super) fn sync(&mut self) -> Report {
        run(&mut self.store, &mut |_| {}).unwrap()
    }

    pub(super) fn log(&mut self, local: &str, note: &str) -> String {
        let id = logged(&mut self.store, local, 15, Some(6), Some(3)).id;
        self.edit(&id, |edit| edit.note = note.into());
        id
    }

    pub(super) fn edit(&self, id: &str, change: impl FnOnce(&mut SessionEdit)) {
        let now = history::get(self.store.conn(), id).unwrap().session;
        let mut edit = SessionEdit {
            note: now.note,
            stress_before: now.stress_before,
            stress_after: now.stress_after,
            therapist: now.therapist,
        };
        change(&mut edit);
        history::update(self.store.conn(), id, &edit).unwrap();
    }

    pub(super) fn delete(&mut self, id: &str) -> SessionDetail {
        history::delete(self.store.conn_mut(), id).unwrap()
    }

    /// Every session here, whole, by id.
    pub(super) fn history(&self) -> Vec<serde_json::Value> {
        let ids: Vec<String> = self
            .store
            .conn()
            .prepare("SELECT id FROM sessions ORDER BY id")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        ids.iter()
            .map(|id| serde_json::to_value(history::get(self.store.conn(), id).unwrap()).unwrap())
            .collect()
    }

    pub(super) fn note(&self, id: &str) -> Option<String> {
        history::get(self.store.conn(), id)
            .ok()
            .map(|d| d.session.note)
    }
}

pub(super) fn shared() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

#[test]
fn a_session_logged_on_one_computer_reaches_the_other_once() {
    let folder = shared();
    let (mut laptop, mut desktop) = (computer(folder.path()), computer(folder.path()));
    let id = laptop.log("2026-11-03T20:00", "after the run");
    assert_eq!(laptop.sync().sent, 1);
    let report = desktop.sync();
    assert!(report.changed && report.problems.is_empty(), "{report:?}");
    assert_eq!(desktop.note(&id).as_deref(), Some("after the run"));
    assert_eq!(desktop.history(), laptop.history());
    // Again, both ways: nothing doubles, nothing travels back.
    for _ in 0..2 {
        assert_eq!(desktop.sync().sent, 0);
        assert_eq!(laptop.sync().sent, 0);
    }
    assert_eq!(desktop.history().len(), 1);
    let status = status(&desktop.store).unwrap();
    assert_eq!(status.computers.len(), 1);
    assert_eq!(
        status.computers[0].name, status.name,
        "both are named after this host"
    );
    assert!(status.merged_at.is_some() && status.problems.is_empty());
}

#[test]
fn turning_sync_on_merges_both_histories_with_nothing_doubled() {
    let folder = shared();
    let (dir_a, mut a) = open();
    let (dir_b, mut b) = open();
    logged(&mut a, "2026-11-02T08:00", 15, None, None);
    logged(&mut a, "2026-11-05T08:00", 15, None, None);
    logged(&mut b, "2026-11-04T21:00", 20, None, None);
    let mut a = Computer {
        _dir: dir_a,
        store: a,
    };
    let mut b = Computer {
        _dir: dir_b,
        store: b,
    };
    enable(&a.store, folder.path()).unwrap();
    enable(&b.store, folder.path()).unwrap();
    a.sync();
    b.sync();
    a.sync();
    assert_eq!(a.history().len(), 3);
    assert_eq!(a.history(), b.history());
    // Off and on again sends what the folder has already: nothing changes.
    disable(&a.store).unwrap();
    enable(&a.store, folder.path()).unwrap();
    a.sync();
    assert!(!b.sync().changed);
    assert_eq!(b.history().len(), 3);
}

#[test]
fn edits_of_different_fields_on_two_computers_both_survive() {
    let folder = shared();
    let (mut a, mut b) = (computer(folder.path()), computer(folder.path()));
    let id = a.log("2026-11-03T20:00", "first note");
    a.sync();
    b.sync();
    a.edit(&id, |e| e.note = "edited on the laptop".into());
    b.edit(&id, |e| e.stress_after = Some(1));
    a.sync();
    b.sync();
    a.sync();
    assert_eq!(a.history(), b.history());
    let session = history::get(a.store.conn(), &id).unwrap().session;
    assert_eq!(session.note, "edited on the laptop");
    assert_eq!(session.stress_after, Some(1));
}

#[test]
fn a_later_edit_of_the_same_field_wins_everywhere() {
    let folder = shared();
    let (mut a, mut b) = (computer(folder.path()), computer(folder.path()));
    let id = a.log("2026-11-03T20:00", "one");
    a.sync();
    b.sync();
    // b has seen a's change, so its own is later whatever the wall clocks say.
    b.edit(&id, |e| e.note = "two".into());
    b.sync();
    a.sync();
    assert_eq!(a.note(&id).as_deref(), Some("two"));
    // Both at once: they agree, whichever wins.
    a.edit(&id, |e| e.note = "three (a)".into());
    b.edit(&id, |e| e.note = "three (b)".into());
    a.sync();
    b.sync();
    a.sync();
    assert_eq!(a.note(&id), b.note(&id));
}

#[test]
fn a_deletion_travels_and_so_does_its_undo() {
    let folder = shared();
    let (mut a, mut b) = (computer(folder.path()), computer(folder.path()));
    let id = a.log("2026-11-03T20:00", "keep?");
    a.sync();
    b.sync();
    let deleted = b.delete(&id);
    b.sync();
    a.sync();
    assert_eq!(a.note(&id), None);
    history::restore(b.store.conn_mut(), deleted).unwrap();
    b.sync();
    a.sync();
    assert_eq!(a.note(&id).as_deref(), Some("keep?"));
    assert_eq!(a.history(), b.history());
}

#[test]
fn sync_needs_a_folder_that_exists() {
    let (_dir, store) = open();
    let error = enable(&store, Path::new("/nonexistent/solewise-sync")).unwrap_err();
    assert!(error.to_string().contains("solewise-sync"), "{error}");
    assert!(folder(&store).unwrap().is_none());
    let mut store = store;
    assert!(run(&mut store, &mut |_| {})
        .unwrap_err()
        .to_string()
        .contains("Sync is off"));
}

#[test]
fn a_computer_can_be_renamed_and_the_others_see_the_new_name() {
    let folder = shared();
    let (mut a, mut b) = (computer(folder.path()), computer(folder.path()));
    rename(&a.store, "Laptop on the sofa").unwrap();
    a.log("2026-11-03T20:00", "x");
    a.sync();
    b.sync();
    assert_eq!(
        status(&b.store).unwrap().computers[0].name,
        "Laptop on the sofa"
    );
    for bad in ["", "  ", "two\nlines", &"x".repeat(61)] {
        assert!(rename(&a.store, bad).is_err(), "{bad:?}");
    }
}

#[test]
fn many_changes_fold_into_a_snapshot_and_every_computer_still_agrees() {
    let folder = shared();
    let (mut a, mut b) = (computer(folder.path()), computer(folder.path()));
    let mut ids = Vec::new();
    for day in 1..=7 {
        ids.push(a.log(&format!("2026-11-{day:02}T20:00"), "evening"));
        a.sync();
        if day == 2 {
            b.sync(); // b has read the first files before they are folded away
        }
    }
    a.edit(&ids[0], |e| e.note = "edited".into());
    a.sync();
    a.delete(&ids[1]);
    a.sync();
    let device = status(&a.store).unwrap().device;
    let files = folder::change_files(folder.path(), &device).unwrap();
    assert!(
        files.iter().any(|f| f.starts_with("snapshot-")),
        "{files:?}"
    );
    assert!(
        files.len() <= super::compact::COMPACT_AFTER + 1,
        "{files:?}"
    );
    // b reads on from where it was; c arrives late and reads the snapshot.
    b.sync();
    let mut c = computer(folder.path());
    c.sync();
    assert_eq!(a.history().len(), 6);
    assert_eq!(b.history(), a.history());
    assert_eq!(c.history(), a.history());
    assert_eq!(c.note(&ids[0]).as_deref(), Some("edited"));
    assert_eq!(c.note(&ids[1]), None);
}

mod faults;
mod sealed;
mod shared;
