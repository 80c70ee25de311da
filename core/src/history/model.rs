//! What a session is, as the database keeps it, the window shows it and an export file
//! holds it: the kinds and statuses, steps, filters and pages, and what a person enters.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::zones::ZoneRating;
use crate::routines::Foot;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SessionStatus {
    InProgress,
    Completed,
    Partial,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Session {
    pub id: String,
    pub kind: SessionKind,
    pub routine_id: Option<String>,
    pub title: String,
    /// RFC 3339, UTC.
    pub started_at: String,
    pub ended_at: Option<String>,
    pub status: SessionStatus,
    pub planned_seconds: u32,
    pub done_seconds: u32,
    pub steps_total: u32,
    pub steps_done: u32,
    pub stress_before: Option<u8>,
    pub stress_after: Option<u8>,
    pub note: String,
    pub therapist: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct SessionStep {
    pub position: u32,
    pub technique: String,
    pub foot: Foot,
    pub seconds: u32,
    pub done: bool,
}

/// A session with its steps: what is exported, imported, and kept for undo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionDetail {
    #[serde(flatten)]
    #[ts(flatten)]
    pub session: Session,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ResumePoint {
    pub current_step: u32,
    pub step_elapsed_ms: u32,
}

/// Which sessions a history page shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionFilter {
    pub routine_id: Option<String>,
    pub kind: Option<SessionKind>,
    /// Local calendar dates, inclusive, as YYYY-MM-DD.
    pub from: Option<String>,
    pub to: Option<String>,
}

/// One page of history, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SessionPage {
    pub sessions: Vec<Session>,
    /// How many sessions match the filter in all.
    pub total: u32,
    /// Pass back to get the next page; null on the last page.
    pub next: Option<String>,
}

/// A session logged by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ManualSession {
    pub kind: SessionKind,
    /// When it started: RFC 3339 with an offset, or a local "YYYY-MM-DDTHH:MM".
    pub started_at: String,
    pub minutes: u32,
    pub routine_id: Option<String>,
    pub title: String,
    pub therapist: Option<String>,
    pub note: String,
    pub stress_before: Option<u8>,
    pub stress_after: Option<u8>,
}

/// What the history screen lets a person change about a past session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SessionEdit {
    pub note: String,
    pub stress_before: Option<u8>,
    pub stress_after: Option<u8>,
    pub therapist: Option<String>,
}
