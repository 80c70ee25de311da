//! One change as it travels between computers: a line of JSON in a change file
//! (docs/sync-format.md). A record changes one thing (a session, a setting or one of the
//! user's own routines); every field of it shares its clock; a deletion is the field
//! `deleted` set to true.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::clock::Clock;

/// The format version this build writes and reads; a newer one is left for a newer
/// Solewise (the file is read again after an upgrade).
pub const VERSION: u32 = 1;

/// The session fields that travel, besides `deleted`: what an export holds, less where
/// an unfinished session stood (only finished sessions travel).
pub const FIELDS: &[&str] = &[
    "kind",
    "routine_id",
    "title",
    "started_at",
    "ended_at",
    "status",
    "planned_seconds",
    "done_seconds",
    "steps_total",
    "steps_done",
    "stress_before",
    "stress_after",
    "note",
    "therapist",
    "steps",
    "zones_before",
    "zones_after",
];

/// The field that says whether the session or routine is deleted (a tombstone when true).
pub const DELETED: &str = "deleted";

/// The settings that travel (by their key in the settings table): the weekly goal, the
/// week it counts in, and the programme followed. Reminders stay per computer.
pub const SETTINGS: &[&str] = &[
    "weekly_goal",
    "week_start",
    "programme",
    "programme_joined_at",
];

/// What a record changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Entity {
    /// A finished session: its id is the session's; its fields are `FIELDS`.
    Session,
    /// A setting: its id is one of `SETTINGS`; its one field, `value`, is a string, or
    /// null when cleared.
    Setting,
    /// One of the user's own routines: its id is the routine's; its field `text` is the
    /// routine file.
    Routine,
}

impl Entity {
    /// As the database's `sync_fields.entity` names it.
    pub fn name(self) -> &'static str {
        match self {
            Entity::Session => "session",
            Entity::Setting => "setting",
            Entity::Routine => "routine",
        }
    }

    /// The entity the database names `name`.
    pub fn from_name(name: &str) -> Option<Entity> {
        [Entity::Session, Entity::Setting, Entity::Routine]
            .into_iter()
            .find(|entity| entity.name() == name)
    }

    /// The fields a record of this entity may set.
    fn allows(self, field: &str) -> bool {
        match self {
            Entity::Session => field == DELETED || FIELDS.contains(&field),
            Entity::Setting => field == "value",
            Entity::Routine => field == DELETED || field == "text",
        }
    }
}

/// A change to one session, made on one computer at one clock reading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// The format version (`VERSION`).
    pub v: u32,
    /// When, on the hybrid logical clock (`Clock`'s text).
    pub clock: String,
    /// The computer that made the change: its device id.
    pub device: String,
    /// What it changes.
    pub entity: Entity,
    /// Which one: a session's id, a setting's key, a routine's id.
    pub id: String,
    /// The fields it set, by name, to their new values.
    pub fields: Map<String, Value>,
}

/// Why a line of a change file was not merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// Written by a newer Solewise: kept for after an upgrade.
    Newer(u32),
    /// Damaged or not a change at all: the reason, in the active language.
    Bad(String),
}

impl Record {
    /// Reads and checks one line; `device` is the folder it was found in, which must be
    /// the computer that wrote it.
    pub fn read(line: &str, device: &str) -> Result<(Record, Clock), Refused> {
        let record: Record = serde_json::from_str(line).map_err(|error| {
            // A newer format may have fields this one refuses: say "newer", not "bad".
            match serde_json::from_str::<Value>(line)
                .ok()
                .and_then(|value| value.get("v")?.as_u64())
            {
                Some(v) if v > u64::from(VERSION) => Refused::Newer(v as u32),
                _ => Refused::Bad(crate::tr!("sync-line-not-json", error = error.to_string())),
            }
        })?;
        if record.v > VERSION {
            return Err(Refused::Newer(record.v));
        }
        let bad = |reason: String| Err(Refused::Bad(reason));
        let Some(clock) = Clock::parse(&record.clock) else {
            return bad(crate::tr!(
                "sync-line-bad-clock",
                clock = crate::input::printable(&record.clock)
            ));
        };
        if record.device != device {
            return bad(crate::tr!(
                "sync-line-other-device",
                device = crate::input::printable(&record.device)
            ));
        }
        let id_ok = match record.entity {
            Entity::Session => uuid::Uuid::parse_str(&record.id).is_ok(),
            Entity::Setting => SETTINGS.contains(&record.id.as_str()),
            Entity::Routine => crate::routines::is_valid_id(&record.id),
        };
        if !id_ok {
            return bad(crate::tr!(
                "sync-line-bad-id",
                id = crate::input::printable(&record.id)
            ));
        }
        if let Some(name) = record
            .fields
            .keys()
            .find(|name| !record.entity.allows(name))
        {
            return bad(crate::tr!(
                "sync-line-unknown-field",
                field = crate::input::printable(name)
            ));
        }
        let wrong = |field: &str, right: fn(&Value) -> bool| {
            record.fields.get(field).is_some_and(|v| !right(v))
        };
        for (field, right) in [
            (DELETED, Value::is_boolean as fn(&Value) -> bool),
            ("text", Value::is_string),
            ("value", |v: &Value| v.is_string() || v.is_null()),
        ] {
            if wrong(field, right) {
                return bad(crate::tr!("sync-line-unknown-field", field = field));
            }
        }
        Ok((record, clock))
    }

    /// The record as one line of a change file, without the line end.
    pub fn line(&self) -> String {
        // A map of strings and JSON values always serializes.
        serde_json::to_string(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEVICE: &str = "0b1f3c9e-8f5e-4c1e-9d7a-2a6c7e4b5d10";
    const SESSION: &str = "5e1c8e2a-3b7d-4f60-9a51-0c2d4e6f8a9b";

    fn line(fields: &str) -> String {
        format!(
            r#"{{"v":1,"clock":"000001733390000-000000","device":"{DEVICE}","entity":"session","id":"{SESSION}","fields":{fields}}}"#
        )
    }

    #[test]
    fn a_record_reads_back_as_written() {
        let (record, clock) =
            Record::read(&line(r#"{"note":"warm feet","deleted":false}"#), DEVICE).unwrap();
        assert_eq!(clock.ms, 1_733_390_000);
        assert_eq!(Record::read(&record.line(), DEVICE).unwrap().0, record);
    }

    #[test]
    fn a_damaged_or_foreign_line_is_refused_with_its_reason() {
        let refused = |text: &str, device: &str| match Record::read(text, device) {
            Err(Refused::Bad(reason)) => reason,
            other => panic!("{text}: {other:?}"),
        };
        assert!(refused("{\"v\":1,", DEVICE).contains("not a change record"));
        assert!(refused(&line(r#"{"mood":"fine"}"#), DEVICE).contains("mood"));
        assert!(refused(&line(r#"{"deleted":"yes"}"#), DEVICE).contains("deleted"));
        assert!(refused(&line("{}"), "another").contains(DEVICE));
        let bad_clock = line("{}").replace("000001733390000-000000", "yesterday");
        assert!(refused(&bad_clock, DEVICE).contains("yesterday"));
    }

    #[test]
    fn settings_and_routines_take_only_their_own_ids_and_fields() {
        let other = |entity: &str, id: &str, fields: &str| {
            line(fields)
                .replace(r#""entity":"session""#, &format!(r#""entity":"{entity}""#))
                .replace(SESSION, id)
        };
        assert!(Record::read(&other("setting", "weekly_goal", r#"{"value":"3"}"#), DEVICE).is_ok());
        assert!(Record::read(
            &other("setting", "weekly_goal", r#"{"value":null}"#),
            DEVICE
        )
        .is_ok());
        assert!(Record::read(&other("setting", "language", r#"{"value":"de"}"#), DEVICE).is_err());
        assert!(Record::read(&other("setting", "weekly_goal", r#"{"text":"3"}"#), DEVICE).is_err());
        assert!(Record::read(
            &other(
                "routine",
                "my-evening",
                r#"{"text":"id = 1","deleted":false}"#
            ),
            DEVICE
        )
        .is_ok());
        assert!(Record::read(
            &other("routine", "../../etc/passwd", r#"{"deleted":true}"#),
            DEVICE
        )
        .is_err());
        assert!(Record::read(&other("routine", "my-evening", r#"{"text":7}"#), DEVICE).is_err());
        assert!(Record::read(&other("people", "x", "{}"), DEVICE).is_err());
    }

    #[test]
    fn the_synced_settings_are_the_settings_tables_keys() {
        use crate::store::rows::{Pref, Remembered, Row};
        let keys = [
            Pref::WeeklyGoal.name(),
            Pref::WeekStart.name(),
            Remembered::Programme.name(),
            Remembered::ProgrammeJoinedAt.name(),
        ];
        assert_eq!(SETTINGS, keys);
        // And the triggers that notice them changing (store/migrations.rs) name them all.
        let sql = crate::store::migrations_sql().join("\n");
        for key in SETTINGS {
            assert_eq!(sql.matches(&format!("'{key}'")).count(), 3, "{key}");
        }
    }

    #[test]
    fn a_newer_format_is_kept_for_later_not_called_damaged() {
        let newer = line(r#"{"note":"x"}"#).replace(r#""v":1"#, r#""v":2,"extra":true"#);
        assert_eq!(Record::read(&newer, DEVICE), Err(Refused::Newer(2)));
    }
}
