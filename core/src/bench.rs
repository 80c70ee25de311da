//! What `cargo bench -p solewise-core --features bench` needs beyond the use cases:
//! filling a history in bulk, the insights for a fixed week and goal, the old way of
//! computing them (the peer), and folding the write-ahead log into the file. Not part of
//! the app's API: built only with the `bench` feature.

use jiff::civil::Weekday;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::history::insights::Insights;
use crate::history::SessionDetail;
use crate::store::Store;
use crate::Result;

/// Writes `details` in one transaction.
pub fn insert_many(store: &mut Store, details: &[SessionDetail]) -> Result<()> {
    crate::history::insert_many(store.conn_mut(), details)
}

/// Saves one session, as the player's first write does.
pub fn insert(store: &mut Store, detail: &SessionDetail) -> Result<()> {
    crate::history::insert(store.conn_mut(), detail)
}

/// The insights as the app computes them, from the kept calendar of days and weeks.
pub fn insights(
    store: &Store,
    tz: &TimeZone,
    starts_on: Weekday,
    goal: u32,
    now: Timestamp,
) -> Result<Insights> {
    crate::history::insights::compute(store.conn(), tz, starts_on, goal, now)
}

/// The insights the old way, reading every session's row.
pub fn insights_by_rows(
    store: &Store,
    tz: &TimeZone,
    starts_on: Weekday,
    goal: u32,
    now: Timestamp,
) -> Result<Insights> {
    crate::history::by_rows::compute_by_rows(store.conn(), tz, starts_on, goal, now)
}

/// Folds the write-ahead log into the database file, so its size is the history's.
pub fn checkpoint(store: &Store) -> Result<()> {
    Ok(store
        .conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?)
}
