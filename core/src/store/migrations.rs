//! The schema, as the list of changes that build it: entry `n` takes the database from
//! data version `n` to `n + 1` (kept in `PRAGMA user_version`).

use std::path::{Path, PathBuf};

use rusqlite::TransactionBehavior;

use super::{user_version, DatabaseError, Store};

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
    // 4: what insights and history pages need, kept up to date by triggers as sessions
    // change, so that neither reads the whole history: counts and sums by kind, sessions
    // by routine, done steps by technique. Local days and weeks depend on the time zone
    // and the first day of the week, which SQL does not know: the app keeps those
    // (history_days, history_weeks; see history/calendar.rs), and the triggers note each
    // start time a change touched in history_changed for it to redo those days.
    // Indexes for the pages: newest first overall, by routine, by kind; and the rated
    // sessions, for the stress chart.
    "CREATE TABLE history_totals (
        kind TEXT PRIMARY KEY,
        sessions INTEGER NOT NULL,
        seconds INTEGER NOT NULL,
        rated INTEGER NOT NULL,          -- sessions with stress before and after
        stress_change INTEGER NOT NULL   -- the sum of (after - before) over those
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE routine_usage (
        routine_id TEXT NOT NULL,
        title TEXT NOT NULL,
        sessions INTEGER NOT NULL,
        PRIMARY KEY (routine_id, title)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE technique_usage (
        technique TEXT PRIMARY KEY,
        steps INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE history_changed (started_at TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
    CREATE TABLE history_days (
        day TEXT PRIMARY KEY,            -- local YYYY-MM-DD
        sessions INTEGER NOT NULL,
        seconds INTEGER NOT NULL,
        counting INTEGER NOT NULL        -- sessions that count toward the weekly goal
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE history_weeks (
        week TEXT PRIMARY KEY,           -- the local date the week starts on
        counting INTEGER NOT NULL,
        run INTEGER NOT NULL DEFAULT 0   -- weeks in a row that met the goal, ending here
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE history_cache (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT, WITHOUT ROWID;

    CREATE TRIGGER sessions_added AFTER INSERT ON sessions WHEN NEW.status != 'in_progress'
    BEGIN
        INSERT INTO history_totals VALUES (NEW.kind, 1, NEW.done_seconds,
            NEW.stress_before IS NOT NULL AND NEW.stress_after IS NOT NULL,
            coalesce(NEW.stress_after - NEW.stress_before, 0))
        ON CONFLICT (kind) DO UPDATE SET sessions = sessions + 1,
            seconds = seconds + excluded.seconds, rated = rated + excluded.rated,
            stress_change = stress_change + excluded.stress_change;
        INSERT INTO routine_usage SELECT NEW.routine_id, NEW.title, 1
            WHERE NEW.routine_id IS NOT NULL
        ON CONFLICT (routine_id, title) DO UPDATE SET sessions = sessions + 1;
        INSERT OR IGNORE INTO history_changed VALUES (NEW.started_at);
    END;
    CREATE TRIGGER sessions_removed AFTER DELETE ON sessions WHEN OLD.status != 'in_progress'
    BEGIN
        UPDATE history_totals SET sessions = sessions - 1, seconds = seconds - OLD.done_seconds,
            rated = rated - (OLD.stress_before IS NOT NULL AND OLD.stress_after IS NOT NULL),
            stress_change = stress_change - coalesce(OLD.stress_after - OLD.stress_before, 0)
        WHERE kind = OLD.kind;
        UPDATE routine_usage SET sessions = sessions - 1
        WHERE routine_id = OLD.routine_id AND title = OLD.title;
        DELETE FROM routine_usage
        WHERE routine_id = OLD.routine_id AND title = OLD.title AND sessions <= 0;
        INSERT OR IGNORE INTO history_changed VALUES (OLD.started_at);
    END;
    CREATE TRIGGER sessions_changed AFTER UPDATE OF kind, routine_id, title, started_at,
        status, done_seconds, stress_before, stress_after ON sessions
    WHEN OLD.status != 'in_progress' OR NEW.status != 'in_progress'
    BEGIN
        UPDATE history_totals SET sessions = sessions - 1, seconds = seconds - OLD.done_seconds,
            rated = rated - (OLD.stress_before IS NOT NULL AND OLD.stress_after IS NOT NULL),
            stress_change = stress_change - coalesce(OLD.stress_after - OLD.stress_before, 0)
        WHERE kind = OLD.kind AND OLD.status != 'in_progress';
        UPDATE routine_usage SET sessions = sessions - 1
        WHERE routine_id = OLD.routine_id AND title = OLD.title AND OLD.status != 'in_progress';
        DELETE FROM routine_usage
        WHERE routine_id = OLD.routine_id AND title = OLD.title AND sessions <= 0;
        INSERT INTO history_totals SELECT NEW.kind, 1, NEW.done_seconds,
            NEW.stress_before IS NOT NULL AND NEW.stress_after IS NOT NULL,
            coalesce(NEW.stress_after - NEW.stress_before, 0)
            WHERE NEW.status != 'in_progress'
        ON CONFLICT (kind) DO UPDATE SET sessions = sessions + 1,
            seconds = seconds + excluded.seconds, rated = rated + excluded.rated,
            stress_change = stress_change + excluded.stress_change;
        INSERT INTO routine_usage SELECT NEW.routine_id, NEW.title, 1
            WHERE NEW.routine_id IS NOT NULL AND NEW.status != 'in_progress'
        ON CONFLICT (routine_id, title) DO UPDATE SET sessions = sessions + 1;
        INSERT OR IGNORE INTO history_changed SELECT OLD.started_at WHERE OLD.status != 'in_progress';
        INSERT OR IGNORE INTO history_changed SELECT NEW.started_at WHERE NEW.status != 'in_progress';
    END;
    CREATE TRIGGER steps_added AFTER INSERT ON session_steps WHEN NEW.done = 1
    BEGIN
        INSERT INTO technique_usage VALUES (NEW.technique, 1)
        ON CONFLICT (technique) DO UPDATE SET steps = steps + 1;
    END;
    CREATE TRIGGER steps_removed AFTER DELETE ON session_steps WHEN OLD.done = 1
    BEGIN
        UPDATE technique_usage SET steps = steps - 1 WHERE technique = OLD.technique;
        DELETE FROM technique_usage WHERE technique = OLD.technique AND steps <= 0;
    END;
    CREATE TRIGGER steps_changed AFTER UPDATE OF technique, done ON session_steps
    WHEN OLD.done IS NOT NEW.done OR OLD.technique IS NOT NEW.technique
    BEGIN
        UPDATE technique_usage SET steps = steps - 1
        WHERE technique = OLD.technique AND OLD.done = 1;
        DELETE FROM technique_usage WHERE technique = OLD.technique AND steps <= 0;
        INSERT INTO technique_usage SELECT NEW.technique, 1 WHERE NEW.done = 1
        ON CONFLICT (technique) DO UPDATE SET steps = steps + 1;
    END;

    INSERT INTO history_totals
        SELECT kind, count(*), sum(done_seconds),
            sum(stress_before IS NOT NULL AND stress_after IS NOT NULL),
            coalesce(sum(stress_after - stress_before), 0)
        FROM sessions WHERE status != 'in_progress' GROUP BY kind;
    INSERT INTO routine_usage
        SELECT routine_id, title, count(*) FROM sessions
        WHERE routine_id IS NOT NULL AND status != 'in_progress' GROUP BY routine_id, title;
    INSERT INTO technique_usage
        SELECT technique, count(*) FROM session_steps WHERE done = 1 GROUP BY technique;

    DROP INDEX sessions_by_start;
    CREATE INDEX sessions_by_start ON sessions (started_at, id);
    CREATE INDEX sessions_by_routine ON sessions (routine_id, started_at, id);
    CREATE INDEX sessions_by_kind ON sessions (kind, started_at, id);
    CREATE INDEX sessions_rated ON sessions (started_at)
        WHERE stress_before IS NOT NULL AND stress_after IS NOT NULL AND status != 'in_progress';",
    // 5: how sore each foot zone felt at check-in and check-out (history/zones.rs).
    "CREATE TABLE session_zones (
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
        zone TEXT NOT NULL,            -- 'left-heel' ... 'right-calf'
        rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
        PRIMARY KEY (session_id, moment, zone)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX session_zones_by_zone ON session_zones (zone, session_id);",
    // 6: history on several computers (sync/): each finished session, synced setting and
    // own routine as fields, each with the clock and computer of its last write; what
    // changed here since the last sync (kept by triggers, so no code path can forget to
    // say), records waiting for the folder, the files already merged, and the other
    // computers seen.
    "CREATE TABLE sync_fields (
        entity TEXT NOT NULL,          -- 'session' | 'setting' | 'routine'
        id TEXT NOT NULL,
        field TEXT NOT NULL,
        value TEXT NOT NULL,           -- JSON
        clock TEXT NOT NULL,           -- hybrid logical clock, sortable as text
        device TEXT NOT NULL,
        PRIMARY KEY (entity, id, field)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE sync_dirty (
        entity TEXT NOT NULL,
        id TEXT NOT NULL,
        at_ms INTEGER NOT NULL,         -- when it changed, in ms since 1970 (UTC)
        PRIMARY KEY (entity, id)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE sync_outbox (seq INTEGER PRIMARY KEY, line TEXT NOT NULL) STRICT;
    CREATE TABLE sync_files (
        device TEXT NOT NULL,
        file TEXT NOT NULL,
        PRIMARY KEY (device, file)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE sync_devices (
        device TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        seen_at TEXT NOT NULL           -- RFC 3339: its newest change merged here
    ) STRICT;
    CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
    CREATE TRIGGER sync_session_added AFTER INSERT ON sessions BEGIN
        INSERT INTO sync_dirty VALUES ('session', NEW.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
        ON CONFLICT (entity, id) DO UPDATE SET at_ms = excluded.at_ms;
    END;
    CREATE TRIGGER sync_session_changed AFTER UPDATE ON sessions BEGIN
        INSERT INTO sync_dirty VALUES ('session', NEW.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
        ON CONFLICT (entity, id) DO UPDATE SET at_ms = excluded.at_ms;
    END;
    CREATE TRIGGER sync_session_removed AFTER DELETE ON sessions BEGIN
        INSERT INTO sync_dirty VALUES ('session', OLD.id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
        ON CONFLICT (entity, id) DO UPDATE SET at_ms = excluded.at_ms;
    END;
    CREATE TRIGGER sync_zones_added AFTER INSERT ON session_zones BEGIN
        INSERT INTO sync_dirty VALUES ('session', NEW.session_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
        ON CONFLICT (entity, id) DO UPDATE SET at_ms = excluded.at_ms;
    END;
    CREATE TRIGGER sync_zones_removed AFTER DELETE ON session_zones BEGIN
        INSERT INTO sync_dirty VALUES ('session', OLD.session_id, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
        ON CONFLICT (entity, id) DO UPDATE SET at_ms = excluded.at_ms;
    END;
    CREATE TRIGGER sync_setting_set AFTER INSERT ON settings WHEN NEW.key IN ('weekly_goal', 'week_start', 'programme', 'programme_joined_at') BEGIN
        INSERT INTO sync_dirty VALUES ('setting', NEW.key, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
        ON CONFLICT (entity, id) DO UPDATE SET at_ms = excluded.at_ms;
    END;
    CREATE TRIGGER sync_setting_changed AFTER UPDATE ON settings WHEN NEW.key IN ('weekly_goal', 'week_start', 'programme', 'programme_joined_at') BEGIN
        INSERT INTO sync_dirty VALUES ('setting', NEW.key, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
        ON CONFLICT (entity, id) DO UPDATE SET at_ms = excluded.at_ms;
    END;
    CREATE TRIGGER sync_setting_cleared AFTER DELETE ON settings WHEN OLD.key IN ('weekly_goal', 'week_start', 'programme', 'programme_joined_at') BEGIN
        INSERT INTO sync_dirty VALUES ('setting', OLD.key, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))
        ON CONFLICT (entity, id) DO UPDATE SET at_ms = excluded.at_ms;
    END;
    -- A reminder whose session was already done on another computer is skipped.
    CREATE TABLE reminder_log_6 (
        rule_id INTEGER NOT NULL,
        due TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('shown', 'failed', 'missed', 'paused', 'skipped')),
        at TEXT NOT NULL,
        detail TEXT,
        PRIMARY KEY (rule_id, due)
    ) STRICT;
    INSERT INTO reminder_log_6 SELECT rule_id, due, outcome, at, detail FROM reminder_log;
    DROP TABLE reminder_log;
    ALTER TABLE reminder_log_6 RENAME TO reminder_log;",
    // 7: each zone rating carries its session's start, so zone trends read only the weeks
    // they show, by zone and time, from the index alone (history/zone_trends.rs), at any
    // length of history.
    "ALTER TABLE session_zones ADD COLUMN started_at TEXT;
    UPDATE session_zones SET started_at = (SELECT started_at FROM sessions WHERE id = session_id);
    CREATE INDEX session_zones_by_time ON session_zones (zone, started_at, rating);
    CREATE TRIGGER zones_follow_their_session AFTER UPDATE OF started_at ON sessions BEGIN
        UPDATE session_zones SET started_at = NEW.started_at WHERE session_id = NEW.id;
    END;",
];

/// Brings the schema up to date in one IMMEDIATE transaction: either every pending
/// migration applies, or none does. A database that already held data is first
/// snapshotted with `VACUUM INTO` into `backups/`.
pub(super) fn migrate(
    database: &mut Store,
    data_dir: &Path,
    migrations: &[&str],
) -> Result<Option<PathBuf>, DatabaseError> {
    let current = database.version()?;
    let latest = migrations.len() as i64;
    if current > latest {
        return Err(DatabaseError::NewerVersion {
            path: database.path.clone(),
            found: current,
            supported: latest,
        });
    }
    if current == latest {
        return Ok(None);
    }

    let backup = if current > 0 {
        Some(snapshot(database, data_dir, current)?)
    } else {
        None
    };

    let path = database.path.clone();
    let failed = |version, source: rusqlite::Error| DatabaseError::Migration {
        path: path.clone(),
        version,
        source: source.into(),
    };
    let tx = database
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|source| failed(current + 1, source))?;
    // The window and the daemon may start at the same moment: whoever got the write
    // lock second finds the work done, or partly done, and continues from there.
    let current = user_version(&tx).map_err(|source| failed(current + 1, source))?;
    if current >= latest {
        return Ok(backup);
    }
    for (index, sql) in migrations.iter().enumerate().skip(current as usize) {
        let version = index as i64 + 1;
        tx.execute_batch(sql)
            .and_then(|_| tx.pragma_update(None, "user_version", version))
            .map_err(|source| failed(version, source))?;
    }
    tx.commit().map_err(|source| failed(latest, source))?;
    log::info!(
        "database {} upgraded from data version {current} to {latest}",
        path.display()
    );
    Ok(backup)
}

/// Copies the whole database into `data_dir/backups/` before an upgrade.
fn snapshot(database: &Store, data_dir: &Path, version: i64) -> Result<PathBuf, DatabaseError> {
    database.snapshot(data_dir, &format!("v{version}-before-upgrade"))
}
