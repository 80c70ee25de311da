//! What is at the database's path before it is used: a health check (damaged, foreign,
//! from a newer version), moving a damaged file aside, making a new file in one step,
//! and reading one on a read-only folder or medium.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::{user_version, Access, DatabaseError, FILE_NAME};

/// Makes a new, empty database (already in WAL mode) at `path` in one step: it is built
/// beside it under a name of its own, then linked into place. A program starting at the
/// same moment (the window and the daemon do) never sees a half-made file, which it
/// would take for a damaged one; if another got there first, its file is kept.
pub(super) fn create_fresh(path: &Path) -> Result<(), DatabaseError> {
    static MADE: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let made = MADE.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let temporary = path.with_file_name(format!("{FILE_NAME}.new-{}-{made}", std::process::id()));
    let sqlite = |source: rusqlite::Error| DatabaseError::Sqlite {
        path: temporary.clone(),
        source: source.into(),
    };
    let built = Connection::open(&temporary)
        .and_then(|conn| conn.pragma_update(None, "journal_mode", "WAL"))
        .map_err(sqlite);
    let linked = built.and_then(|()| match fs::hard_link(&temporary, path) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(DatabaseError::Create {
            path: path.to_path_buf(),
            source,
        }),
    });
    for suffix in ["", "-wal", "-shm"] {
        let mut name = temporary.as_os_str().to_os_string();
        name.push(suffix);
        let _ = fs::remove_file(PathBuf::from(name));
    }
    linked
}

/// Opens the file for reading and writing. On Windows, a file that another program is
/// creating at the same moment (both programs' first start) can refuse write access for
/// an instant, and SQLite then quietly opens it read-only, so the first write fails with
/// "attempt to write a readonly database" (seen under Wine, 2 opens in 20): it is opened
/// again, for up to a second, until it is writable.
pub(super) fn open_writable(path: &Path) -> rusqlite::Result<Connection> {
    let conn = Connection::open(path)?;
    #[cfg(windows)]
    let conn = {
        let mut conn = conn;
        for _ in 0..20 {
            if !conn.is_readonly(rusqlite::MAIN_DB)? {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
            conn = Connection::open(path)?;
        }
        conn
    };
    Ok(conn)
}

/// Opens an existing file for reading only. A WAL database needs its `-shm` file, which
/// cannot be made in a read-only folder or on a read-only medium; when no `-wal` file is
/// left over, the main file holds everything, so it is then read as immutable.
pub(super) fn open_read_only(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    let readable = conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    });
    let mut wal = path.as_os_str().to_os_string();
    wal.push("-wal");
    match readable {
        Ok(_) => Ok(conn),
        Err(error) if is_damage(&error) || Path::new(&wal).exists() => Err(error),
        Err(_) => {
            let mut uri = String::from("file:");
            for c in path.to_string_lossy().chars() {
                match c {
                    '?' | '#' | '%' | ' ' => uri.push_str(&format!("%{:02X}", c as u32)),
                    '\\' => uri.push('/'),
                    c => uri.push(c),
                }
            }
            uri.push_str("?immutable=1");
            Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
        }
    }
}

/// What an existing file turned out to be.
pub(super) enum Health {
    /// Solewise's, at the version this build writes.
    Current,
    /// Solewise's (or empty of tables), at an older version: to be upgraded.
    Older,
    /// Not readable as SQLite, failing `quick_check`, or empty: to be moved aside.
    Damaged(String),
}

/// Looks at an existing file before it is used. A file from a newer version, or an
/// SQLite file that is someone else's, is an error, so that it is left exactly as it is.
pub(super) fn examine(
    path: &Path,
    supported: i64,
    access: Access,
    whole_file: bool,
) -> Result<Health, DatabaseError> {
    let sqlite = |source: rusqlite::Error| DatabaseError::Sqlite {
        path: path.to_path_buf(),
        source: source.into(),
    };
    let foreign = |reason: String| DatabaseError::Foreign {
        path: path.to_path_buf(),
        reason,
    };
    let metadata = fs::metadata(path).map_err(|source| DatabaseError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    // Before the size: Windows reports a folder as 0 bytes long.
    if metadata.is_dir() {
        return Err(foreign(crate::tr!("database-reason-folder")));
    }
    if metadata.len() == 0 {
        return Ok(Health::Damaged(crate::tr!("database-reason-empty")));
    }
    let conn = if access == Access::ReadOnly {
        open_read_only(path).map_err(sqlite)?
    } else {
        Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sqlite)?
    };

    let version = match user_version(&conn) {
        Ok(version) => version,
        Err(error) if is_damage(&error) => return Ok(Health::Damaged(error.to_string())),
        Err(error) => return Err(sqlite(error)),
    };
    if version > supported {
        return Err(DatabaseError::NewerVersion {
            path: path.to_path_buf(),
            found: version,
            supported,
        });
    }
    if version < 0 {
        return Err(foreign(crate::tr!(
            "database-reason-odd-version",
            version = version.to_string()
        )));
    }

    // The schema is always read (it is small, and a damaged one stops everything);
    // every page only when asked to.
    let check = if whole_file {
        quick_check(&conn)
    } else {
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
            .map(|()| None)
    };
    match check {
        Ok(None) => {}
        Ok(Some(found)) => return Ok(Health::Damaged(found)),
        Err(error) if is_damage(&error) => return Ok(Health::Damaged(error.to_string())),
        Err(error) => return Err(sqlite(error)),
    }
    if version == 0 {
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name LIMIT 4")
            .and_then(|mut statement| {
                statement
                    .query_map([], |row| row.get::<_, String>(0))?
                    .collect::<Result<Vec<_>, _>>()
            })
            .map_err(sqlite)?;
        if !tables.is_empty() {
            return Err(foreign(crate::tr!(
                "database-reason-other-tables",
                tables = tables.join(", ")
            )));
        }
    }
    Ok(if version == supported {
        Health::Current
    } else {
        Health::Older
    })
}

/// SQLite's `quick_check` over every page: `None` when the file is sound, else what it
/// found.
pub(super) fn quick_check(conn: &Connection) -> rusqlite::Result<Option<String>> {
    let rows = conn
        .prepare("PRAGMA quick_check")?
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    Ok((rows != ["ok"]).then(|| crate::tr!("database-quick-check-found", found = rows.join("; "))))
}

pub(super) fn is_damage(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

/// Renames the damaged file (and its WAL and shared-memory files) with a timestamp, so
/// nothing is lost and someone can still try to rescue it.
pub(super) fn move_aside(path: &Path) -> Result<PathBuf, DatabaseError> {
    let stamp = jiff::Timestamp::now()
        .strftime("%Y%m%dT%H%M%SZ")
        .to_string();
    let target = |p: &Path| {
        let mut name = p.as_os_str().to_os_string();
        name.push(format!(".damaged-{stamp}"));
        PathBuf::from(name)
    };
    let moved = target(path);
    fs::rename(path, &moved).map_err(|source| DatabaseError::MoveAside {
        path: path.to_path_buf(),
        to: moved.clone(),
        source,
    })?;
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_os_string();
        side.push(suffix);
        let side = PathBuf::from(side);
        if side.exists() {
            let to = target(&side);
            fs::rename(&side, &to).map_err(|source| DatabaseError::MoveAside {
                path: side.clone(),
                to,
                source,
            })?;
        }
    }
    Ok(moved)
}
