//! A guided session's life in the history: written before the first step, its progress
//! saved as it goes, ended, checked out, and picked up again after a crash or a quit.
//! The `Player` itself (the clock and the steps) is the front end's to keep.

use crate::history::zones::{self, Moment, ZoneRating};
use crate::history::{
    self, ResumePoint, Session, SessionDetail, SessionEdit, SessionKind, SessionStatus, SessionStep,
};
use crate::player::Player;
use crate::routines::Library;
use crate::store::Store;
use crate::{Error, Result};

/// Starts routine `routine_id`: the session row is written before the first step, so a
/// crash loses seconds, not the session. Returns its player, not yet running.
pub fn begin(
    store: &mut Store,
    library: &Library,
    routine_id: &str,
    stress_before: Option<u8>,
    zones_before: Vec<ZoneRating>,
) -> Result<Player> {
    if stress_before.is_some_and(|v| !(1..=10).contains(&v)) {
        return Err(Error::Invalid(crate::tr!("session-stress-range")));
    }
    zones::check(&zones_before).map_err(Error::Invalid)?;
    let entry = library
        .routines
        .iter()
        .find(|e| e.routine.id == routine_id)
        .ok_or_else(|| {
            Error::Invalid(crate::tr!(
                "session-no-routine",
                routine = crate::input::printable(routine_id)
            ))
        })?;
    let id = history::new_id();
    let detail = SessionDetail {
        session: Session {
            id: id.clone(),
            kind: SessionKind::Guided,
            routine_id: Some(routine_id.to_string()),
            title: entry.routine.title.clone(),
            started_at: history::now(),
            ended_at: None,
            status: SessionStatus::InProgress,
            planned_seconds: entry.total_seconds,
            done_seconds: 0,
            steps_total: entry.routine.steps.len() as u32,
            steps_done: 0,
            stress_before,
            stress_after: None,
            note: String::new(),
            therapist: None,
        },
        steps: entry
            .routine
            .steps
            .iter()
            .enumerate()
            .map(|(position, step)| SessionStep {
                position: position as u32,
                technique: step.technique.clone(),
                foot: step.foot,
                seconds: step.seconds,
                done: false,
            })
            .collect(),
        zones_before,
        zones_after: Vec::new(),
        resume_at: None,
    };
    history::insert(store.conn_mut(), &detail)?;
    Ok(Player::new(id, &entry.routine, &library.techniques))
}

/// How a session past its last step is kept: completed when every step was done, else
/// partial (skipping through every step is not a completed session; a partial one counts
/// toward the weekly goal after 5 minutes, as any other).
fn finished_as(player: &Player) -> SessionStatus {
    if player.done_flags().iter().all(|done| *done) {
        SessionStatus::Completed
    } else {
        SessionStatus::Partial
    }
}

/// Saves the player's progress at `now` (its own clock, in ms); once the last step has
/// ended, the session is finished (see `finished_as`).
pub fn save_progress(store: &mut Store, player: &Player, now: u64) -> Result<()> {
    history::save_progress(
        store.conn_mut(),
        &player.session_id,
        ResumePoint {
            current_step: player.current() as u32,
            step_elapsed_ms: player.step_elapsed_ms(now) as u32,
        },
        player.done_seconds(now),
        player.done_flags(),
    )?;
    if player.finished() {
        history::finish(store.conn(), &player.session_id, finished_as(player))?;
    }
    Ok(())
}

/// Ends the session now: completed if it reached the end with every step done, else
/// partial with the steps done. Returns it, for the closing check-in.
pub fn end(store: &mut Store, player: &Player, now: u64) -> Result<Session> {
    save_progress(store, player, now)?;
    let status = if player.finished() {
        finished_as(player)
    } else {
        SessionStatus::Partial
    };
    history::finish(store.conn(), &player.session_id, status)?;
    Ok(history::get(store.conn(), &player.session_id)?.session)
}

/// The closing check-in: how stressed now, a note, and the zones after.
pub fn check_out(
    store: &Store,
    session_id: &str,
    stress_after: Option<u8>,
    note: String,
    zones_after: &[ZoneRating],
) -> Result<Session> {
    zones::check(zones_after).map_err(Error::Invalid)?;
    store.write(|tx| {
        let current = history::get(tx, session_id)?;
        let edit = SessionEdit {
            note,
            stress_before: current.session.stress_before,
            stress_after,
            therapist: current.session.therapist.clone(),
        };
        let edited = history::update(tx, session_id, &edit)?;
        zones::write(tx, session_id, Moment::After, zones_after)?;
        Ok(edited.session)
    })
}

/// The check-in zone ratings of the latest session that has any, to repeat them.
pub fn last_zone_ratings(store: &Store) -> Result<Vec<ZoneRating>> {
    zones::latest(store.conn())
}

/// A guided session left unfinished by a crash or a quit, if there is one.
pub fn unfinished(store: &Store) -> Result<Option<Session>> {
    Ok(history::unfinished(store.conn())?.map(|detail| detail.session))
}

/// Picks session `session_id` up where it was saved, paused. A session whose routine
/// no longer exists is kept as partial, and that is the error.
pub fn resume(store: &Store, library: &Library, session_id: &str) -> Result<Player> {
    let detail = history::get(store.conn(), session_id)?;
    let routine_id = detail.session.routine_id.clone().unwrap_or_default();
    let Some(entry) = library.routines.iter().find(|e| e.routine.id == routine_id) else {
        history::finish(store.conn(), session_id, SessionStatus::Partial)?;
        return Err(Error::Invalid(crate::tr!(
            "session-routine-gone",
            routine = crate::input::printable(&routine_id)
        )));
    };
    let at = detail.resume_at.unwrap_or(ResumePoint {
        current_step: 0,
        step_elapsed_ms: 0,
    });
    let done: Vec<bool> = detail.steps.iter().map(|s| s.done).collect();
    Ok(
        Player::new(session_id.to_string(), &entry.routine, &library.techniques).restore(
            at.current_step as usize,
            u64::from(at.step_elapsed_ms),
            &done,
        ),
    )
}

/// "Keep as partial" on the offer to resume.
pub fn keep_as_partial(store: &Store, session_id: &str) -> Result<()> {
    history::finish(store.conn(), session_id, SessionStatus::Partial)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn started(steps_done: Option<bool>) -> (tempfile::TempDir, Store, Player) {
        let (dir, mut store) = crate::test_support::open();
        let library = crate::routines::load_library(dir.path());
        let player = begin(&mut store, &library, "desk-reset", Some(5), Vec::new()).unwrap();
        let count = player.done_flags().len();
        let player = match steps_done {
            // Past the last step: every step done, or every step skipped.
            Some(done) => player.restore(count, 0, &vec![done; count]),
            None => player,
        };
        (dir, store, player)
    }

    #[test]
    fn skipping_through_every_step_keeps_a_partial_session_not_a_completed_one() {
        let (_dir, mut store, player) = started(Some(false));
        assert!(player.finished());
        let session = end(&mut store, &player, 0).unwrap();
        assert_eq!(session.status, SessionStatus::Partial);
        assert_eq!(session.done_seconds, 0);
    }

    #[test]
    fn a_session_whose_every_step_was_done_is_completed() {
        let (_dir, mut store, player) = started(Some(true));
        let session = end(&mut store, &player, 0).unwrap();
        assert_eq!(session.status, SessionStatus::Completed);
    }

    #[test]
    fn a_session_ended_part_way_is_partial() {
        let (_dir, mut store, player) = started(None);
        let session = end(&mut store, &player, 0).unwrap();
        assert_eq!(session.status, SessionStatus::Partial);
    }
}
