//! Sessions logged by hand (on one's own, from a partner, a professional massage), with
//! a start time given as RFC 3339 or as a local date-time.

use rusqlite::Connection;

use super::{
    check_note, check_stress, insert, new_id, Error, ManualSession, Result, Session, SessionDetail,
    SessionKind, SessionStatus, StressAt,
};

/// Parses a start time given as RFC 3339 (with an offset) or as a local date-time.
pub fn parse_start(text: &str, tz: &jiff::tz::TimeZone) -> Result<jiff::Timestamp> {
    if let Ok(timestamp) = text.parse::<jiff::Timestamp>() {
        return Ok(timestamp);
    }
    let civil: jiff::civil::DateTime = text
        .parse()
        .map_err(|_| Error::Invalid(crate::tr!("history-start-time-format", text = text)))?;
    civil
        .to_zoned_datetime(tz.clone())
        .map(|z| z.timestamp())
        .map_err(|e| {
            Error::Invalid(crate::tr!(
                "history-start-time-error",
                error = e.to_string()
            ))
        })
}

/// Logs a session that was not followed in the player.
pub(crate) fn log_manual(
    conn: &mut Connection,
    manual: &ManualSession,
    tz: &jiff::tz::TimeZone,
) -> Result<Session> {
    if manual.kind == SessionKind::Guided {
        return Err(Error::Invalid(crate::tr!("history-logged-kind")));
    }
    if !(1..=600).contains(&manual.minutes) {
        return Err(Error::Invalid(crate::tr!(
            "history-logged-minutes",
            minutes = manual.minutes
        )));
    }
    check_stress(manual.stress_before, StressAt::Before)?;
    check_stress(manual.stress_after, StressAt::After)?;
    check_note(&manual.note)?;
    let title = manual.title.trim();
    if title.is_empty() || title.chars().count() > 80 {
        return Err(Error::Invalid(crate::tr!("history-logged-title")));
    }
    let started = parse_start(&manual.started_at, tz)?;
    if started > jiff::Timestamp::now() + jiff::SignedDuration::from_mins(5) {
        return Err(Error::Invalid(crate::tr!("history-logged-future")));
    }
    let seconds = manual.minutes * 60;
    let ended = started + jiff::SignedDuration::from_secs(i64::from(seconds));
    let detail = SessionDetail {
        session: Session {
            id: new_id(),
            kind: manual.kind,
            routine_id: manual.routine_id.clone(),
            title: title.to_string(),
            started_at: started.to_string(),
            ended_at: Some(ended.to_string()),
            status: SessionStatus::Completed,
            planned_seconds: seconds,
            done_seconds: seconds,
            steps_total: 0,
            steps_done: 0,
            stress_before: manual.stress_before,
            stress_after: manual.stress_after,
            note: manual.note.trim().to_string(),
            therapist: manual
                .therapist
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_string),
        },
        steps: Vec::new(),
        zones_before: Vec::new(),
        zones_after: Vec::new(),
        resume_at: None,
    };
    insert(conn, &detail)?;
    Ok(detail.session)
}
