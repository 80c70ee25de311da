//! A technique or routine file as read: its name for messages, its text, and where in
//! it a problem is (FILE:LINE); and what makes a valid id.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::model::Problem;

/// A file's name (as it should appear in messages) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The file's name as messages show it: its path, or `routines/…` for a file shipped
    /// with Solewise.
    pub name: String,
    /// The file's whole text, TOML for a technique, routine or programme.
    pub text: String,
    /// Whether the file's name must be its id (true for every file Solewise keeps;
    /// false for a file being imported from elsewhere).
    pub named_by_id: bool,
}

impl SourceFile {
    /// A file of Solewise's own, whose name must be its id.
    pub fn new(name: String, text: String) -> SourceFile {
        SourceFile {
            name,
            text,
            named_by_id: true,
        }
    }

    fn line_of(&self, offset: usize) -> u32 {
        let end = offset.min(self.text.len());
        self.text.as_bytes()[..end]
            .iter()
            .filter(|&&b| b == b'\n')
            .count() as u32
            + 1
    }

    pub(super) fn problem<T>(&self, at: &Spanned<T>, message: impl Into<String>) -> Problem {
        Problem {
            file: self.name.clone(),
            line: Some(self.line_of(at.span().start)),
            message: message.into(),
        }
    }

    pub(super) fn file_problem(&self, message: impl Into<String>) -> Problem {
        Problem {
            file: self.name.clone(),
            line: None,
            message: message.into(),
        }
    }

    /// The file name without folders or `.toml`: what the id must be.
    pub(super) fn stem(&self) -> &str {
        let base = self.name.rsplit(['/', '\\']).next().unwrap_or(&self.name);
        base.strip_suffix(".toml").unwrap_or(base)
    }

    pub(super) fn parse<T: for<'de> Deserialize<'de>>(&self) -> Result<T, Problem> {
        toml::from_str(&self.text).map_err(|error| {
            let mut message = error.message().trim().replace('\n', " ");
            // Type errors do not say which field: take it from the line they point at.
            if let Some(key) = error.span().and_then(|span| self.key_at(span.start)) {
                if !message.contains(&key) {
                    message = format!("{key}: {message}");
                }
            }
            Problem {
                file: self.name.clone(),
                line: error.span().map(|span| self.line_of(span.start)),
                message,
            }
        })
    }

    /// The key assigned on the line holding `offset` (`seconds = "60"` gives `seconds`).
    fn key_at(&self, offset: usize) -> Option<String> {
        let start = self.text.get(..offset)?.rfind('\n').map_or(0, |i| i + 1);
        let line = self.text.get(start..)?.lines().next()?;
        let (key, _) = line.split_once('=')?;
        let key = key.trim();
        let plain = !key.is_empty()
            && key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
        plain.then(|| key.to_string())
    }
}

/// Whether `id` is lowercase letters and digits in dash-separated words.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 48
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The .toml files at `path` (a file, or a folder walked down), read for checking.
pub(super) fn collect_toml(path: &Path, files: &mut Vec<SourceFile>, problems: &mut Vec<Problem>) {
    let mut visited = HashSet::new();
    collect_toml_in(path, &mut visited, files, problems);
}

/// Walks folders once each: a link back to a folder already walked (`ln -s . loop`) is
/// not followed again.
fn collect_toml_in(
    path: &Path,
    visited: &mut HashSet<PathBuf>,
    files: &mut Vec<SourceFile>,
    problems: &mut Vec<Problem>,
) {
    if !path.is_dir() {
        match super::read_source(path) {
            Ok(file) => files.push(file),
            Err(problem) => problems.push(problem),
        }
        return;
    }
    let folder_problem = |message: String| Problem {
        file: path.display().to_string(),
        line: None,
        message,
    };
    match fs::canonicalize(path) {
        Ok(real) => {
            if !visited.insert(real) {
                return;
            }
        }
        Err(error) => {
            problems.push(folder_problem(crate::tr!(
                "routine-file-folder-unreadable",
                error = error.to_string()
            )));
            return;
        }
    }
    let mut entries: Vec<PathBuf> = match fs::read_dir(path) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(error) => {
            problems.push(folder_problem(crate::tr!(
                "routine-file-folder-unreadable",
                error = error.to_string()
            )));
            return;
        }
    };
    entries.sort();
    for entry in entries {
        if entry.is_dir() || entry.extension().is_some_and(|ext| ext == "toml") {
            collect_toml_in(&entry, visited, files, problems);
        }
    }
}
