//! The schema, as the list of changes that build it: entry `n` takes the database from
//! data version `n` to `n + 1` (kept in `PRAGMA user_version`).

/// Schema changes, oldest first. Entry `n` takes the database from version `n` to `n + 1`.
/// Never edit a released entry: add a new one.
pub(super) const MIGRATIONS: &[&str] = &[
    // 1: the log of every notification the app tried to show, and how it went.
    "CREATE TABLE notification_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,          -- RFC 3339, UTC
        kind TEXT NOT NULL,        -- 'test' | 'reminder'
        summary TEXT NOT NULL,
        body TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('shown', 'failed')),
        error TEXT
    ) STRICT;",
    // 2: sessions (guided, or logged by hand), their steps, and app settings.
    "CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('guided', 'self', 'partner', 'professional')),
        routine_id TEXT,
        title TEXT NOT NULL,           -- the routine's title then, or the logged label
        started_at TEXT NOT NULL,      -- RFC 3339, UTC
        ended_at TEXT,                 -- NULL while a guided session is under way
        status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'partial')),
        planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
        done_seconds INTEGER NOT NULL DEFAULT 0 CHECK (done_seconds >= 0),
        current_step INTEGER NOT NULL DEFAULT 0,
        step_elapsed_ms INTEGER NOT NULL DEFAULT 0,
        stress_before INTEGER CHECK (stress_before BETWEEN 1 AND 10),
        stress_after INTEGER CHECK (stress_after BETWEEN 1 AND 10),
        note TEXT NOT NULL DEFAULT '',
        therapist TEXT,
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX sessions_by_start ON sessions (started_at DESC, id);
    CREATE INDEX sessions_by_status ON sessions (status) WHERE status = 'in_progress';
    CREATE TABLE session_steps (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        technique TEXT NOT NULL,
        foot TEXT NOT NULL CHECK (foot IN ('left', 'right', 'both')),
        seconds INTEGER NOT NULL,
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        PRIMARY KEY (session_id, position)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;",
    // 3: reminder rules, the log that keeps a due from firing twice, and snoozes.
    "CREATE TABLE reminder_rules (
        id INTEGER PRIMARY KEY,
        days TEXT NOT NULL,            -- 'tue,fri'
        at TEXT NOT NULL,              -- local 'HH:MM'
        routine_id TEXT,
        label TEXT,
        enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
        created_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE reminder_log (
        rule_id INTEGER NOT NULL,
        due TEXT NOT NULL,             -- RFC 3339, UTC
        outcome TEXT NOT NULL CHECK (outcome IN ('shown', 'failed', 'missed', 'paused')),
        at TEXT NOT NULL,
        detail TEXT,
        PRIMARY KEY (rule_id, due)
    ) STRICT;
    CREATE TABLE reminder_snoozes (
        id INTEGER PRIMARY KEY,
        rule_id INTEGER NOT NULL,
        due TEXT NOT NULL,
        fired INTEGER NOT NULL DEFAULT 0 CHECK (fired IN (0, 1))
    ) STRICT;",
];
