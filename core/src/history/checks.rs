//! The checks a session from outside (an import, an undo from the page) must pass, with
//! the limits they hold it to; a session that passes is put in the one form the database
//! keeps.

use super::{SessionDetail, SessionStatus, MAX_NOTE};

/// Limits on what an imported session may hold.
const MAX_TITLE: usize = 200;
const MAX_THERAPIST: usize = 200;
const MAX_TECHNIQUE_ID: usize = 100;
const MAX_DAY_SECONDS: u32 = 24 * 3600;
/// Sessions before this are not Solewise's (it did not exist); nor are future ones.
const EARLIEST: &str = "2000-01-01T00:00:00Z";

fn check_text(field: &str, text: &str, max: usize) -> std::result::Result<(), String> {
    let length = text.chars().count();
    if length > max {
        return Err(format!(
            "its {field} is {length} characters long; the most is {max}"
        ));
    }
    match crate::input::first_unsafe_char(text) {
        Some(found) => Err(format!("its {field} holds the control character {found}")),
        None => Ok(()),
    }
}

fn check_time(
    field: &str,
    text: &str,
    now: jiff::Timestamp,
) -> std::result::Result<jiff::Timestamp, String> {
    let earliest: jiff::Timestamp = EARLIEST
        .parse()
        .map_err(|_| "no earliest time".to_string())?;
    let at: jiff::Timestamp = text.parse().map_err(|_| {
        format!(
            "{field} '{}' is not a date and time like 2026-11-24T20:00:00Z",
            crate::input::printable(text)
        )
    })?;
    if at < earliest {
        return Err(format!("{field} {text} is before the year 2000"));
    }
    if at > now + jiff::SignedDuration::from_hours(24) {
        return Err(format!("{field} {text} is in the future"));
    }
    Ok(at)
}

/// Checks one session from a file, and puts its id and times in the one form the
/// database keeps (lower-case hyphenated UUID, UTC), so that merging by id is by id and
/// times order as text. The reason it cannot be imported, if any.
pub(crate) fn check(
    detail: &mut SessionDetail,
    now: jiff::Timestamp,
) -> std::result::Result<(), String> {
    let s = &mut detail.session;
    let id = uuid::Uuid::parse_str(&s.id).map_err(|_| {
        format!(
            "its id '{}' is not one Solewise made (a UUID)",
            crate::input::printable(&s.id)
        )
    })?;
    s.id = id.hyphenated().to_string();
    let started = check_time("started_at", &s.started_at, now)?;
    s.started_at = started.to_string();
    if let Some(ended) = &s.ended_at {
        let ended = check_time("ended_at", ended, now)?;
        if ended < started {
            return Err("it ends (ended_at) before it starts (started_at)".into());
        }
        s.ended_at = Some(ended.to_string());
    }
    if s.status == SessionStatus::InProgress {
        return Err("its status is in_progress: it is still under way".into());
    }
    for (name, value) in [
        ("stress_before", s.stress_before),
        ("stress_after", s.stress_after),
    ] {
        if value.is_some_and(|v| !(1..=10).contains(&v)) {
            return Err(format!("{name} must be from 1 to 10"));
        }
    }
    if s.title.trim().is_empty() {
        return Err("its title is empty".into());
    }
    check_text("title", &s.title, MAX_TITLE)?;
    check_text("note", &s.note, MAX_NOTE)?;
    if let Some(therapist) = &s.therapist {
        check_text("therapist", therapist, MAX_THERAPIST)?;
    }
    if let Some(routine) = &s.routine_id {
        if !crate::routines::is_valid_id(routine) {
            return Err(format!(
                "its routine_id '{}' is not a routine id (lowercase words joined by dashes, at most 48 characters)",
                crate::input::printable(routine)
            ));
        }
    }
    for (name, value) in [
        ("done_seconds", s.done_seconds),
        ("planned_seconds", s.planned_seconds),
    ] {
        if value > MAX_DAY_SECONDS {
            return Err(format!(
                "its {name} is {value}; a session lasts at most {MAX_DAY_SECONDS} seconds (a day)"
            ));
        }
    }
    let steps = &detail.steps;
    if steps.len() > crate::routines::MAX_STEPS {
        return Err(format!(
            "it has {} steps; a session has at most {}",
            steps.len(),
            crate::routines::MAX_STEPS
        ));
    }
    let done = steps.iter().filter(|step| step.done).count();
    if s.steps_total as usize != steps.len() || s.steps_done as usize != done {
        return Err(format!(
            "its steps_total {} and steps_done {} do not match its {} steps, {} of them done",
            s.steps_total,
            s.steps_done,
            steps.len(),
            done
        ));
    }
    for (index, step) in steps.iter().enumerate() {
        let number = index + 1;
        if step.position as usize != index {
            return Err(format!(
                "its steps are out of order at step {number} (position {})",
                step.position
            ));
        }
        if !crate::routines::STEP_SECONDS.contains(&step.seconds) {
            return Err(format!(
                "step {number} lasts {} seconds; a step lasts from {} to {} seconds",
                step.seconds,
                crate::routines::STEP_SECONDS.start(),
                crate::routines::STEP_SECONDS.end()
            ));
        }
        if step.technique.trim().is_empty() {
            return Err(format!("step {number} names no technique"));
        }
        check_text(
            &format!("step {number}'s technique"),
            &step.technique,
            MAX_TECHNIQUE_ID,
        )?;
    }
    super::zones::check(&detail.zones_before)
        .map_err(|reason| format!("its check-in zones: {reason}"))?;
    super::zones::check(&detail.zones_after)
        .map_err(|reason| format!("its check-out zones: {reason}"))?;
    Ok(())
}
