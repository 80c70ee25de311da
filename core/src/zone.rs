//! The system time zone, which reminders and calendar figures are computed in, and the
//! sentence to show when `TZ` names no time zone (times then fall back to UTC).

use std::sync::OnceLock;

use jiff::tz::TimeZone;

/// What was wrong with the system time zone, worked out once per process.
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
/// screen and the command line.
pub fn problem() -> Option<String> {
    let error = TimeZone::try_system().err().map(|e| e.to_string());
    problem_with(error)
}

fn problem_with(error: Option<String>) -> Option<String> {
    PROBLEM
        .get_or_init(|| {
            let error = error?;
            let tz = std::env::var("TZ").unwrap_or_default();
            let message = format!(
                "The time zone TZ=\"{}\" is not one this system knows, so times are in UTC. \
                 Set TZ to a name such as Europe/Berlin, or unset it to use the system's \
                 setting.",
                crate::input::printable(&tz)
            );
            log::warn!("{message} ({error})");
            Some(message)
        })
        .clone()
}
