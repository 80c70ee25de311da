//! Three computers share one folder and do anything in any order (log, edit, delete,
//! undo, sync): once each has synced after the last change, all three show the same
//! history, and every session no one ever deleted is in it (a deletion and an undo on
//! different computers may go either way, but the same way everywhere).

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;

use jiff::tz::TimeZone;
use proptest::prelude::*;
use solewise_core::app;
use solewise_core::history::{ManualSession, SessionDetail, SessionEdit, SessionKind};
use solewise_core::store::Store;
use solewise_core::sync;

#[derive(Debug, Clone)]
enum Step {
    Log { on: usize, day: u8 },
    Note { on: usize, pick: usize, text: u8 },
    Stress { on: usize, pick: usize, after: u8 },
    Delete { on: usize, pick: usize },
    Undo { on: usize },
    Sync { on: usize },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..3usize, 1..28u8).prop_map(|(on, day)| Step::Log { on, day }),
        (0..3usize, any::<usize>(), any::<u8>()).prop_map(|(on, pick, text)| Step::Note {
            on,
            pick,
            text
        }),
        (0..3usize, any::<usize>(), 1..11u8).prop_map(|(on, pick, after)| Step::Stress {
            on,
            pick,
            after
        }),
        (0..3usize, any::<usize>()).prop_map(|(on, pick)| Step::Delete { on, pick }),
        (0..3usize).prop_map(|on| Step::Undo { on }),
        (0..3usize).prop_map(|on| Step::Sync { on }),
    ]
}

struct Computer {
    _dir: tempfile::TempDir,
    store: Store,
    undo: Option<SessionDetail>,
}

impl Computer {
    fn ids(&self) -> Vec<String> {
        let mut statement = self.store_conn_ids();
        statement.sort();
        statement
    }

    fn store_conn_ids(&self) -> Vec<String> {
        let tz = TimeZone::UTC;
        let mut ids = Vec::new();
        let mut after = None;
        loop {
            let page = app::history::list(&self.store, &Default::default(), after.as_deref(), &tz)
                .unwrap();
            ids.extend(page.sessions.iter().map(|s| s.id.clone()));
            match page.next {
                Some(next) => after = Some(next),
                None => return ids,
            }
        }
    }

    fn history(&self) -> Vec<SessionDetail> {
        self.ids()
            .iter()
            .map(|id| app::history::get(&self.store, id).unwrap())
            .collect()
    }
}

fn run(steps: &[Step]) {
    let folder = tempfile::tempdir().unwrap();
    let mut computers: Vec<Computer> = (0..3)
        .map(|_| {
            let dir = tempfile::tempdir().unwrap();
            let store = Store::open(dir.path()).unwrap().database;
            sync::enable(&store, folder.path()).unwrap();
            Computer {
                _dir: dir,
                store,
                undo: None,
            }
        })
        .collect();
    let mut logged = BTreeSet::new();
    let mut deleted = BTreeSet::new();
    for step in steps {
        match *step {
            Step::Log { on, day } => {
                let manual = ManualSession {
                    kind: SessionKind::SelfMassage,
                    started_at: format!("2026-11-{day:02}T20:00"),
                    minutes: 15,
                    routine_id: None,
                    title: "Evening feet".into(),
                    therapist: None,
                    note: String::new(),
                    stress_before: Some(5),
                    stress_after: None,
                };
                let c = &mut computers[on];
                logged.insert(
                    app::history::log(&mut c.store, &manual, &TimeZone::UTC)
                        .unwrap()
                        .id,
                );
            }
            Step::Note { on, pick, text }
            | Step::Stress {
                on,
                pick,
                after: text,
            } => {
                let c = &computers[on];
                let ids = c.ids();
                if ids.is_empty() {
                    continue;
                }
                let id = &ids[pick % ids.len()];
                let now = app::history::get(&c.store, id).unwrap().session;
                let mut edit = SessionEdit {
                    note: now.note,
                    stress_before: now.stress_before,
                    stress_after: now.stress_after,
                    therapist: now.therapist,
                };
                if matches!(step, Step::Note { .. }) {
                    edit.note = format!("note {text}");
                } else {
                    edit.stress_after = Some(text);
                }
                app::history::update(&c.store, id, &edit).unwrap();
            }
            Step::Delete { on, pick } => {
                let c = &mut computers[on];
                let ids = c.ids();
                if ids.is_empty() {
                    continue;
                }
                let id = ids[pick % ids.len()].clone();
                c.undo = Some(app::history::delete(&mut c.store, &id).unwrap());
                deleted.insert(id);
            }
            Step::Undo { on } => {
                let c = &mut computers[on];
                if let Some(session) = c.undo.take() {
                    // Another computer's change may have brought it back already.
                    let _ = app::history::restore(&mut c.store, session);
                }
            }
            Step::Sync { on } => {
                sync::run(&mut computers[on].store, &mut |_| {}).unwrap();
            }
        }
    }
    // Everyone sends, then everyone reads: all have seen everything.
    for _ in 0..2 {
        for c in &mut computers {
            let report = sync::run(&mut c.store, &mut |_| {}).unwrap();
            assert!(report.problems.is_empty(), "{report:?}");
        }
    }
    let first = computers[0].history();
    for c in &computers[1..] {
        assert_eq!(c.history(), first);
    }
    let here: BTreeSet<String> = first.iter().map(|d| d.session.id.clone()).collect();
    for id in logged.difference(&deleted) {
        assert!(
            here.contains(id),
            "session {id} was never deleted but is gone"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn three_computers_agree_once_all_have_synced(steps in prop::collection::vec(step(), 1..40)) {
        run(&steps);
    }
}
