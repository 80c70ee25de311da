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
/// 2000-01-01T00:00:00Z.
const EARLIEST: jiff::Timestamp = jiff::Timestamp::constant(946_684_800, 0);

/// What a text check names in its message: a field of the session (its JSON name), or
/// the technique of a step (by its place, from 1).
#[derive(Clone, Copy)]
enum Text<'a> {
    Field(&'a str),
    StepTechnique(usize),
}

fn check_text(what: Text<'_>, text: &str, max: usize) -> std::result::Result<(), String> {
    let length = text.chars().count();
    if length > max {
        return Err(match what {
            Text::Field(field) => crate::tr!(
                "import-session-text-too-long",
                field = field,
                length = length,
                max = max
            ),
            Text::StepTechnique(number) => crate::tr!(
                "import-session-step-technique-too-long",
                number = number,
                length = length,
                max = max
            ),
        });
    }
    match (crate::input::first_unsafe_char(text), what) {
        (Some(found), Text::Field(field)) => Err(crate::tr!(
            "import-session-text-control-char",
            field = field,
            char = found
        )),
        (Some(found), Text::StepTechnique(number)) => Err(crate::tr!(
            "import-session-step-technique-control-char",
            number = number,
            char = found
        )),
        (None, _) => Ok(()),
    }
}

fn check_time(
    field: &str,
    text: &str,
    now: jiff::Timestamp,
) -> std::result::Result<jiff::Timestamp, String> {
    let at: jiff::Timestamp = text.parse().map_err(|_| {
        crate::tr!(
            "import-session-bad-time",
            field = field,
            text = crate::input::printable(text)
        )
    })?;
    if at < EARLIEST {
        return Err(crate::tr!(
            "import-session-before-2000",
            field = field,
            text = text
        ));
    }
    if at > now + jiff::SignedDuration::from_hours(24) {
        return Err(crate::tr!(
            "import-session-in-future",
            field = field,
            text = text
        ));
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
    let id = uuid::Uuid::parse_str(&s.id)
        .map_err(|_| crate::tr!("import-session-bad-id", id = crate::input::printable(&s.id)))?;
    s.id = id.hyphenated().to_string();
    let started = check_time("started_at", &s.started_at, now)?;
    s.started_at = started.to_string();
    if let Some(ended) = &s.ended_at {
        let ended = check_time("ended_at", ended, now)?;
        if ended < started {
            return Err(crate::tr!("import-session-ends-before-start"));
        }
        s.ended_at = Some(ended.to_string());
    }
    if s.status == SessionStatus::InProgress {
        return Err(crate::tr!("import-session-in-progress"));
    }
    for (name, value) in [
        ("stress_before", s.stress_before),
        ("stress_after", s.stress_after),
    ] {
        if value.is_some_and(|v| !(1..=10).contains(&v)) {
            return Err(crate::tr!("import-session-stress-range", field = name));
        }
    }
    if s.title.trim().is_empty() {
        return Err(crate::tr!("import-session-no-title"));
    }
    check_text(Text::Field("title"), &s.title, MAX_TITLE)?;
    check_text(Text::Field("note"), &s.note, MAX_NOTE)?;
    if let Some(therapist) = &s.therapist {
        check_text(Text::Field("therapist"), therapist, MAX_THERAPIST)?;
    }
    if let Some(routine) = &s.routine_id {
        if !crate::routines::is_valid_id(routine) {
            return Err(crate::tr!(
                "import-session-bad-routine-id",
                routine = crate::input::printable(routine)
            ));
        }
    }
    for (name, value) in [
        ("done_seconds", s.done_seconds),
        ("planned_seconds", s.planned_seconds),
    ] {
        if value > MAX_DAY_SECONDS {
            return Err(crate::tr!(
                "import-session-too-long",
                field = name,
                value = value,
                max = MAX_DAY_SECONDS
            ));
        }
    }
    let steps = &detail.steps;
    if steps.len() > crate::routines::MAX_STEPS {
        return Err(crate::tr!(
            "import-session-too-many-steps",
            count = steps.len(),
            max = crate::routines::MAX_STEPS
        ));
    }
    let done = steps.iter().filter(|step| step.done).count();
    if s.steps_total as usize != steps.len() || s.steps_done as usize != done {
        return Err(crate::tr!(
            "import-session-step-counts",
            total = s.steps_total,
            done = s.steps_done,
            count = steps.len(),
            count_done = done
        ));
    }
    for (index, step) in steps.iter().enumerate() {
        let number = index + 1;
        if step.position as usize != index {
            return Err(crate::tr!(
                "import-session-step-order",
                number = number,
                position = step.position
            ));
        }
        if !crate::routines::STEP_SECONDS.contains(&step.seconds) {
            return Err(crate::tr!(
                "import-session-step-seconds",
                number = number,
                seconds = step.seconds,
                min = *crate::routines::STEP_SECONDS.start(),
                max = *crate::routines::STEP_SECONDS.end()
            ));
        }
        if step.technique.trim().is_empty() {
            return Err(crate::tr!(
                "import-session-step-no-technique",
                number = number
            ));
        }
        check_text(
            Text::StepTechnique(number),
            &step.technique,
            MAX_TECHNIQUE_ID,
        )?;
    }
    super::zones::check(&detail.zones_before)
        .map_err(|reason| crate::tr!("import-session-zones-before", reason = reason))?;
    super::zones::check(&detail.zones_after)
        .map_err(|reason| crate::tr!("import-session-zones-after", reason = reason))?;
    Ok(())
}
