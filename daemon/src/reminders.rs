//! Showing a reminder from the daemon: its words, recording how showing it went (as soon
//! as that is known), Snooze, and opening the window for Open and Start now.

use std::sync::{Arc, Mutex};

use jiff::Timestamp;
use solewise_core::app::reminders;
use solewise_core::notice::{self, Notice};
use solewise_core::routines;
use solewise_core::schedule::Firing;
use solewise_core::store::Store;
use tokio::sync::Notify;

use crate::notify::{Answer, Notifier};
use crate::state::Shared;
use crate::window;

/// Shows a reminder and acts on the answer, on a task of its own.
pub fn remind(shared: &Arc<Shared>, firing: Firing) {
    let shared = shared.clone();
    tokio::spawn(async move {
        let (data_dir, db) = (shared.data_dir.clone(), shared.db.clone());
        let rule = firing.rule.clone();
        let read = tokio::task::spawn_blocking(move || {
            let library = routines::load_library(&data_dir);
            // The reminder added on joining a programme names its next session.
            let next = db.lock().ok().and_then(|db| {
                reminders::routine_for(&db, &library, &rule)
                    .map_err(|error| log::warn!("could not read the programme: {error}"))
                    .ok()
                    .flatten()
            });
            (library, next)
        })
        .await;
        let Ok((library, next)) = read else { return };
        let mut firing = firing;
        if let Some(next) = next {
            firing.rule.routine_id = Some(next);
        }
        let (words, routine_id) = notice::for_reminder(&firing, &library);
        let answer = deliver(
            shared.notifier.as_ref(),
            shared.db.clone(),
            &shared.wake,
            &firing,
            &words,
        )
        .await;
        match answer {
            Answer::StartNow => window::open_logged(&shared.data_dir, Some(&routine_id)),
            Answer::Open => window::open_logged(&shared.data_dir, None),
            Answer::Snooze | Answer::Closed => {}
        }
    });
}

/// Shows one reminder, records in the database how that went (as soon as it is known,
/// not when the person answers), carries out Snooze, and returns the person's answer.
/// Store work runs on blocking threads; the scheduler is woken after each change.
async fn deliver(
    notifier: &dyn Notifier,
    db: Arc<Mutex<Store>>,
    wake: &Notify,
    firing: &Firing,
    words: &Notice,
) -> Answer {
    let (rule_id, due) = (firing.rule.id, firing.due);
    let (told, hear) = tokio::sync::oneshot::channel();
    let answering = notifier.remind(
        words,
        Box::new(move |outcome| {
            let _ = told.send(outcome);
        }),
    );
    let recording = async {
        let Ok(outcome) = hear.await else { return };
        match &outcome {
            Ok(()) => log::info!(
                "reminder {rule_id} for {due} shown {} ms after it was due",
                (Timestamp::now() - due).as_millis()
            ),
            Err(error) => log::warn!("reminder {rule_id} for {due} could not be shown: {error}"),
        }
        let detail = outcome.err().map(|error| error.to_string());
        let db = db.clone();
        let _ = tokio::task::spawn_blocking(move || {
            let recorded = db
                .lock()
                .map_err(|_| "the database lock was poisoned".to_string())
                .and_then(|db| {
                    reminders::record_shown(&db, rule_id, due, detail.as_deref())
                        .map_err(|e| e.to_string())
                });
            if let Err(error) = recorded {
                log::error!("could not record reminder {rule_id}: {error}");
            }
        })
        .await;
        // The tray shows the failure (or that it is gone) after the next look.
        wake.notify_one();
    };
    let (answer, ()) = tokio::join!(answering, recording);
    if answer == Answer::Snooze {
        let db = db.clone();
        let snoozed = tokio::task::spawn_blocking(move || {
            db.lock()
                .map_err(|_| "the database lock was poisoned".to_string())
                .and_then(|db| {
                    reminders::snooze(&db, rule_id, Timestamp::now())
                        .map(|(at, _)| at)
                        .map_err(|e| e.to_string())
                })
        })
        .await;
        match snoozed {
            Ok(Ok(at)) => log::info!("reminder {rule_id} snoozed until {at}"),
            Ok(Err(error)) => log::error!("could not snooze: {error}"),
            Err(error) => log::error!("could not snooze: {error}"),
        }
        wake.notify_one();
    }
    answer
}

#[cfg(test)]
mod tests;
