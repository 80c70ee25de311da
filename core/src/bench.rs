//! What `cargo bench -p solewise-core --features bench` needs beyond the use cases:
//! filling a history in bulk, the insights and the foot zones' trends for a fixed week and
//! goal, the old way of computing them (the peer), and folding the write-ahead log into
//! the file. Not part of the app's API: built only with the `bench` feature.

use jiff::civil::Weekday;
use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::history::insights::Insights;
use crate::history::zone_trends::ZoneTrend;
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

/// The foot zones' trends as the Insights screen reads them: each zone's first month and
/// the weeks shown, by zone and time.
pub fn zone_trends(
    store: &Store,
    tz: &TimeZone,
    starts_on: Weekday,
    now: Timestamp,
) -> Result<Vec<ZoneTrend>> {
    crate::history::zone_trends::compute(store.conn(), tz, starts_on, now)
}

/// The same trends the old way, reading every rating in the history.
pub fn zone_trends_every_rating(
    store: &Store,
    tz: &TimeZone,
    starts_on: Weekday,
    now: Timestamp,
) -> Result<Vec<ZoneTrend>> {
    crate::history::zone_trends::every_rating(store.conn(), tz, starts_on, now)
}

/// Folds the write-ahead log into the database file, so its size is the history's.
pub fn checkpoint(store: &Store) -> Result<()> {
    Ok(store
        .conn()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?)
}
