//! The system time zone, which reminders and calendar figures are computed in, and the
//! sentence to show when `TZ` names no time zone (times then fall back to UTC).

use std::sync::OnceLock;

use jiff::tz::TimeZone;

/// The value of `TZ` when it names no time zone this system knows, worked out (and
/// logged) once per process; `None` when the system time zone is fine.
static PROBLEM: OnceLock<Option<String>> = OnceLock::new();

/// The system time zone; UTC (logged once, and see `problem`) when it cannot be found.
pub fn local() -> TimeZone {
    match TimeZone::try_system() {
        Ok(zone) => zone,
        Err(error) => {
            let _ = problem_with(Some(error.to_string()));
            TimeZone::unknown()
        }
    }
}

/// Why the system time zone could not be used, if it could not: for the Reminders
/// screen and the command line, in the active language.
pub fn problem() -> Option<String> {
    let error = TimeZone::try_system().err().map(|e| e.to_string());
    problem_with(error).map(|tz| {
        crate::tr!(
            "schedule-unknown-time-zone",
            tz = crate::input::printable(&tz)
        )
    })
}

/// The `TZ` that names no time zone, if the system's could not be used (`error` says why
/// it could not, for the log).
fn problem_with(error: Option<String>) -> Option<String> {
    PROBLEM
        .get_or_init(|| {
            let error = error?;
            let tz = std::env::var("TZ").unwrap_or_default();
            log::warn!(
                "the time zone TZ=\"{}\" is not one this system knows, so times are in UTC ({error})",
                crate::input::printable(&tz)
            );
            Some(tz)
        })
        .clone()
}
