//! What a session is, as the database keeps it, the window shows it and an export file
//! holds it: the kinds and statuses, steps, filters and pages, and what a person enters.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::zones::ZoneRating;
use crate::routines::Foot;

/// How a session was done: followed in the player, or logged by hand afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    /// Followed in the player.
    Guided,
    /// A self-massage logged by hand.
    #[serde(rename = "self")]
    SelfMassage,
    /// Given by a partner.
    Partner,
    /// A professional massage.
    Professional,
}

/// Where a session stands; only finished ones (completed or partial) appear in the history
/// and insights.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    /// A guided session under way, or left so by a crash or a quit; it can be resumed or
    /// kept as partial.
    InProgress,
    /// Finished: the player got past the last step, or the session was logged by hand; it
    /// always counts toward the weekly goal.
    Completed,
    /// Ended before the last step (or kept as partial instead of resumed); it counts toward
    /// the weekly goal once 5 minutes were done.
    Partial,
}

/// One session in the history, guided or logged by hand, as the History screen lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Session {
    /// The session's id: a lower-case hyphenated UUID.
    pub id: String,
    /// How it was done: guided, self-massage, partner or professional.
    pub kind: SessionKind,
    /// The id of the routine it followed; null for a logged session that named none.
    pub routine_id: Option<String>,
    /// Its name in the history: the routine's title when it was started, or the name given
    /// when logged.
    pub title: String,
    /// RFC 3339, UTC.
    pub started_at: String,
    /// When it ended (RFC 3339, UTC); null while a guided session is still under way.
    pub ended_at: Option<String>,
    /// Whether it is under way, completed or partial.
    pub status: SessionStatus,
    /// How long it was meant to last, in seconds: the routine's steps added up, or the
    /// logged minutes.
    pub planned_seconds: u32,
    /// How long was actually done, in seconds: time in each step, capped at the step's
    /// length (the logged minutes for a logged session).
    pub done_seconds: u32,
    /// How many steps the routine had; 0 for a logged session.
    pub steps_total: u32,
    /// How many of those steps count as done: their time ran out, or the person moved on
    /// after at least half of it.
    pub steps_done: u32,
    /// How stressed the person felt at check-in, from 1 (calm) to 10 (very stressed); null
    /// if not rated.
    pub stress_before: Option<u8>,
    /// How stressed they felt at check-out, from 1 (calm) to 10 (very stressed); null if
    /// not rated.
    pub stress_after: Option<u8>,
    /// The person's note on the session, at most 2000 characters; empty for none.
    pub note: String,
    /// Who gave the massage (for a partner's or a professional's session); null when not
    /// given.
    pub therapist: Option<String>,
}

/// One step of a guided session as it was saved: what was planned and whether it was done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SessionStep {
    /// Its place in the routine, from 0.
    pub position: u32,
    /// The id of the technique the step used.
    pub technique: String,
    /// Which foot the step worked on.
    pub foot: Foot,
    /// How long the step was planned to last, in seconds.
    pub seconds: u32,
    /// Whether the step counts as done: its time ran out, or the person moved on after at
    /// least half of it.
    pub done: bool,
}

/// A session with its steps: what is exported, imported, and kept for undo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionDetail {
    /// The session itself; in JSON its fields sit directly in this object.
    #[serde(flatten)]
    #[ts(flatten)]
    pub session: Session,
    /// The guided session's steps, in order; empty for a session logged by hand.
    pub steps: Vec<SessionStep>,
    /// How sore each rated foot zone felt at check-in (none if skipped).
    #[serde(default)]
    pub zones_before: Vec<ZoneRating>,
    /// And at check-out.
    #[serde(default)]
    pub zones_after: Vec<ZoneRating>,
    /// Where a guided session stopped inside its current step (for resuming).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resume_at: Option<ResumePoint>,
}

/// Where an unfinished guided session stood, so it can be picked up again there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ResumePoint {
    /// The step it was on, from 0 (the number of steps once the last one had ended).
    pub current_step: u32,
    /// Milliseconds already spent in that step.
    pub step_elapsed_ms: u32,
}

/// Which sessions a history page shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionFilter {
    /// Only sessions of this routine; null for every routine.
    pub routine_id: Option<String>,
    /// Only sessions of this kind; null for every kind.
    pub kind: Option<SessionKind>,
    /// Local calendar dates, inclusive, as YYYY-MM-DD.
    pub from: Option<String>,
    /// The last local date to show (YYYY-MM-DD), inclusive; null for no limit.
    pub to: Option<String>,
}

/// One page of history, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SessionPage {
    /// This page's sessions, at most 50, newest first; sessions under way are never listed.
    pub sessions: Vec<Session>,
    /// How many sessions match the filter in all.
    pub total: u32,
    /// Pass back to get the next page; null on the last page.
    pub next: Option<String>,
}

/// A session logged by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ManualSession {
    /// How it was done: self-massage, partner or professional (never guided).
    pub kind: SessionKind,
    /// When it started: RFC 3339 with an offset, or a local "YYYY-MM-DDTHH:MM".
    pub started_at: String,
    /// How long it lasted, from 1 to 600 minutes.
    pub minutes: u32,
    /// The routine it followed, if any.
    pub routine_id: Option<String>,
    /// A name for it in the history, 1 to 80 characters.
    pub title: String,
    /// Who gave the massage (a partner or a professional), if the person says; blank counts
    /// as none.
    pub therapist: Option<String>,
    /// The person's note, at most 2000 characters.
    pub note: String,
    /// How stressed the person felt before, from 1 (calm) to 10 (very stressed); null if
    /// not rated.
    pub stress_before: Option<u8>,
    /// How stressed they felt after, from 1 (calm) to 10 (very stressed); null if not
    /// rated.
    pub stress_after: Option<u8>,
}

/// What the history screen lets a person change about a past session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionEdit {
    /// The note, at most 2000 characters; empty for none.
    pub note: String,
    /// Stress before the session, from 1 (calm) to 10 (very stressed); null to clear it.
    pub stress_before: Option<u8>,
    /// Stress after the session, from 1 (calm) to 10 (very stressed); null to clear it.
    pub stress_after: Option<u8>,
    /// Who gave the massage; null or blank for none.
    pub therapist: Option<String>,
}
