//! The history as the History screen and `solewise history` use it: pages, one
//! session, edits, deleting with undo, logging by hand, insights with the user's own
//! first day of the week and goal, and importing an export.

use jiff::tz::TimeZone;
use jiff::Timestamp;

use crate::history::insights::{self, Insights, Summary};
use crate::history::transfer::{self, ImportSummary};
use crate::history::{
    self, ManualSession, Session, SessionDetail, SessionEdit, SessionFilter, SessionPage,
};
use crate::store::Store;
use crate::Result;

/// A page of finished sessions, newest first; `after` is the previous page's `next`.
pub fn list(
    store: &Store,
    filter: &SessionFilter,
    after: Option<&str>,
    tz: &TimeZone,
) -> Result<SessionPage> {
    history::list(store.conn(), filter, after, tz)
}

/// One session with its steps and foot-zone ratings, in progress or finished.
pub fn get(store: &Store, id: &str) -> Result<SessionDetail> {
    history::get(store.conn(), id)
}

/// Saves a change to a past session's note, stress ratings and therapist; returns the
/// session as now stored.
pub fn update(store: &Store, id: &str, edit: &SessionEdit) -> Result<SessionDetail> {
    history::update(store.conn(), id, edit)
}

/// Deletes a session and returns it whole, for undo.
pub fn delete(store: &mut Store, id: &str) -> Result<SessionDetail> {
    history::delete(store.conn_mut(), id)
}

/// Puts back a session that was just deleted.
pub fn restore(store: &mut Store, session: SessionDetail) -> Result<()> {
    history::restore(store.conn_mut(), session)
}

/// Logs a session done without the player (by hand, with a partner, a professional's).
pub fn log(store: &mut Store, manual: &ManualSession, tz: &TimeZone) -> Result<Session> {
    history::log_manual(store.conn_mut(), manual, tz)
}

/// Insights with the user's own first day of the week (the locale's until chosen) and goal.
pub fn insights(store: &Store, tz: &TimeZone, now: Timestamp) -> Result<Insights> {
    let prefs = crate::settings::read(store.conn())?;
    let starts_on = prefs
        .week_start
        .as_deref()
        .and_then(crate::week::parse_weekday)
        .unwrap_or_else(crate::i18n::first_weekday);
    insights::compute(store.conn(), tz, starts_on, prefs.weekly_goal, now)
}

/// The numbers a script or a status bar wants (`solewise history stats`).
pub fn summary(store: &Store, tz: &TimeZone, now: Timestamp) -> Result<Summary> {
    insights(store, tz, now).map(|insights| Summary::from(&insights))
}

/// Merges an export in. `all_or_nothing`: a file with any bad session adds none (the
/// command line); otherwise the good ones are added and the bad ones reported.
pub fn import(store: &mut Store, text: &str, all_or_nothing: bool) -> Result<ImportSummary> {
    transfer::import(store.conn_mut(), text, all_or_nothing)
}
