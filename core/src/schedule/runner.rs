//! The scheduler loop, free of Tauri so it runs under tokio's paused time in tests: it
//! asks the host for the wall clock and the database, decides, hands firings to the
//! host, and sleeps until the next due, at most a minute at a time. It does not poll:
//! whoever changes rules, the pause or settings wakes it (the daemon's endpoint does).

use std::sync::Arc;

use jiff::tz::TimeZone;
use jiff::Timestamp;

use super::{decide, next_wake, sleep_for, Firing};
use crate::store::Store;

/// What the loop needs from the app around it.
pub trait Host: Send + Sync + 'static {
    /// The wall clock (it can jump: suspend, clock changes).
    fn now(&self) -> Timestamp;
    /// The system time zone that rules' "HH:MM" times are read in, asked at every look.
    fn time_zone(&self) -> TimeZone;
    /// Runs `f` on the store; `None` when there is none (the loop then ends).
    fn with_store<T>(&self, f: impl FnOnce(&Store) -> T) -> Option<T>;
    /// Shows a reminder (must not block for long).
    fn fire(&self, firing: Firing);
    /// Called after every look, for the tray and the window.
    fn looked(&self);
}

/// Runs the scheduler until the host has no store: at each look it fires what is due, then
/// sleeps until the next due (a minute at most) or until `wake` is notified.
pub async fn run<H: Host>(host: H, wake: Arc<tokio::sync::Notify>) {
    loop {
        let now = host.now();
        let tz = host.time_zone();
        let Some((firings, next)) = host.with_store(|store| {
            let conn = store.conn();
            let firings = decide(conn, now, &tz).unwrap_or_else(|error| {
                log::error!("reminders: could not decide what is due: {error}");
                Vec::new()
            });
            (firings, next_wake(conn, now, &tz).ok().flatten())
        }) else {
            return;
        };
        for firing in firings {
            host.fire(firing);
        }
        host.looked();

        // Sleep until the next due, a minute at most (the wall clock is read again on
        // waking, since tokio's clock stops while the machine sleeps), or until woken
        // because the rules changed.
        tokio::select! {
            _ = tokio::time::sleep(sleep_for(host.now(), next)) => {}
            _ = wake.notified() => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;
    use std::time::Duration;

    use super::*;

    /// A wall clock that follows tokio's (paused) clock, plus jumps the test makes.
    struct FakeHost {
        db: Arc<Mutex<Store>>,
        start: tokio::time::Instant,
        base: Timestamp,
        jump: Arc<Mutex<jiff::SignedDuration>>,
        fired: Arc<Mutex<Vec<(Timestamp, Timestamp)>>>,
    }

    impl Host for FakeHost {
        fn now(&self) -> Timestamp {
            let elapsed = jiff::SignedDuration::try_from(self.start.elapsed()).unwrap_or_default();
            self.base + elapsed + *self.jump.lock().unwrap()
        }
        fn time_zone(&self) -> TimeZone {
            TimeZone::UTC
        }
        fn with_store<T>(&self, f: impl FnOnce(&Store) -> T) -> Option<T> {
            Some(f(&self.db.lock().unwrap()))
        }
        fn fire(&self, firing: Firing) {
            let now = self.now();
            self.fired.lock().unwrap().push((firing.due, now));
        }
        fn looked(&self) {}
    }

    struct World {
        _dir: tempfile::TempDir,
        db: Arc<Mutex<Store>>,
        jump: Arc<Mutex<jiff::SignedDuration>>,
        fired: Arc<Mutex<Vec<(Timestamp, Timestamp)>>>,
        wake: Arc<tokio::sync::Notify>,
    }

    /// A database with a Tuesday-and-Friday 20:00 rule, and the loop running from `base`.
    fn world(base: &str) -> World {
        let dir = tempfile::tempdir().unwrap();
        let db = Store::open(dir.path()).unwrap().database;
        crate::test_support::with_rule(&db, "tue,fri", "20:00");
        let base: Timestamp = base.parse().unwrap();
        crate::store::rows::set(
            db.conn(),
            crate::store::rows::Remembered::SchedulerLookedAt,
            &base.to_string(),
        )
        .unwrap();
        let jump = Arc::new(Mutex::new(jiff::SignedDuration::ZERO));
        let fired = Arc::new(Mutex::new(Vec::new()));
        let wake = Arc::new(tokio::sync::Notify::new());
        let db = Arc::new(Mutex::new(db));
        let host = FakeHost {
            db: db.clone(),
            start: tokio::time::Instant::now(),
            base,
            jump: jump.clone(),
            fired: fired.clone(),
        };
        tokio::spawn(run(host, wake.clone()));
        World {
            _dir: dir,
            db,
            jump,
            fired,
            wake,
        }
    }

    fn ts(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    #[tokio::test(start_paused = true)]
    async fn a_due_fires_on_time_once() {
        let w = world("2026-11-24T19:55:00Z");
        tokio::time::sleep(Duration::from_secs(4 * 60 + 59)).await;
        assert!(w.fired.lock().unwrap().is_empty(), "not before its time");
        tokio::time::sleep(Duration::from_secs(10 * 60)).await;
        let fired = w.fired.lock().unwrap().clone();
        assert_eq!(fired.len(), 1);
        let (due, at) = fired[0];
        assert_eq!(due, ts("2026-11-24T20:00:00Z"));
        assert!(
            at - due < jiff::SignedDuration::from_secs(1),
            "fired {} late",
            at - due
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_suspend_is_noticed_within_a_minute_and_fires_once_or_is_missed() {
        let w = world("2026-11-24T12:00:00Z");
        tokio::time::sleep(Duration::from_secs(30)).await;
        // Suspended for 8 h 45 min: tokio's clock did not move, the wall clock did.
        *w.jump.lock().unwrap() = jiff::SignedDuration::from_mins(8 * 60 + 45);
        tokio::time::sleep(Duration::from_secs(61)).await;
        let fired = w.fired.lock().unwrap().clone();
        assert_eq!(
            fired.len(),
            1,
            "the 20:00 due, 45 minutes late, within the grace"
        );
        assert_eq!(fired[0].0, ts("2026-11-24T20:00:00Z"));

        // Asleep until Friday 23:05, three hours past its 20:00 due: missed, not shown.
        *w.jump.lock().unwrap() +=
            jiff::SignedDuration::from_hours(3 * 24) + jiff::SignedDuration::from_mins(140);
        tokio::time::sleep(Duration::from_secs(61)).await;
        assert_eq!(w.fired.lock().unwrap().len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn the_clock_set_back_an_hour_does_not_fire_again() {
        let w = world("2026-11-24T19:59:00Z");
        tokio::time::sleep(Duration::from_secs(120)).await;
        assert_eq!(w.fired.lock().unwrap().len(), 1);
        *w.jump.lock().unwrap() = jiff::SignedDuration::from_hours(-1);
        w.wake.notify_one();
        tokio::time::sleep(Duration::from_secs(2 * 3600)).await;
        assert_eq!(
            w.fired.lock().unwrap().len(),
            1,
            "20:00 came round again on the wall clock"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_rule_added_while_it_sleeps_fires_on_time_once_it_is_woken() {
        let w = world("2026-11-24T09:59:40Z");
        tokio::time::sleep(Duration::from_secs(5)).await;
        // Asleep for a minute now (the next due is 20:00): a rule for 10:00 comes in.
        crate::test_support::with_rule(&w.db.lock().unwrap(), "tue", "10:00");
        w.wake.notify_one();
        tokio::time::sleep(Duration::from_secs(30)).await;
        let fired = w.fired.lock().unwrap().clone();
        assert_eq!(fired.len(), 1, "{fired:?}");
        assert_eq!(fired[0].0, ts("2026-11-24T10:00:00Z"));
        assert!(fired[0].1 - fired[0].0 < jiff::SignedDuration::from_secs(1));
    }
}
