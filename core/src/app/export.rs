//! Exporting the history to a file the person chose: never over Solewise's own database
//! or backups, and written whole or not at all.

use std::path::Path;

use serde::Deserialize;
use ts_rs::TS;

use crate::history::transfer;
use crate::store::Store;
use crate::{Error, Result};

/// The kind of file the history is exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    /// CSV for a spreadsheet: one session a line, zone ratings as `zone:rating` pairs.
    Csv,
    /// JSON with every finished session, its steps and zone ratings, which Solewise can
    /// import again.
    Json,
}

/// The whole history as text, and warnings about what an export cannot carry.
pub fn history_text(db: &Store, format: ExportFormat) -> Result<(String, Vec<String>)> {
    let conn = db.conn();
    let text = match format {
        ExportFormat::Csv => transfer::export_csv(conn)?,
        ExportFormat::Json => transfer::export_json(conn)?,
    };
    Ok((text, transfer::export_warnings(conn)?))
}

/// Writes the whole history to `out`, refusing the database and its backups in
/// `data_dir`; the old file stays whole if the write fails. Returns the warnings.
pub fn history_to_file(
    db: &Store,
    data_dir: &Path,
    format: ExportFormat,
    out: &Path,
) -> Result<Vec<String>> {
    crate::output::refuse_own_files(out, data_dir).map_err(Error::Invalid)?;
    let (text, warnings) = history_text(db, format)?;
    crate::output::write_atomically(out, &text).map_err(Error::Invalid)?;
    Ok(warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exporting_onto_the_database_is_refused_and_leaves_it_intact() {
        let dir = tempfile::tempdir().unwrap();
        let db = Store::open(dir.path()).unwrap().database;
        let file = crate::DataDir::new(dir.path()).database();
        let before = std::fs::read(&file).unwrap();
        for format in [ExportFormat::Csv, ExportFormat::Json] {
            let refused = history_to_file(&db, dir.path(), format, &file).unwrap_err();
            assert!(refused.is_invalid(), "{refused}");
            assert!(refused.to_string().contains("own database"), "{refused}");
        }
        assert_eq!(std::fs::read(&file).unwrap(), before);
        assert!(db.version().is_ok(), "the database still opens");

        let out = dir.path().join("history.csv");
        history_to_file(&db, dir.path(), ExportFormat::Csv, &out).unwrap();
        assert!(std::fs::read_to_string(&out).unwrap().starts_with("id,"));
    }
}
