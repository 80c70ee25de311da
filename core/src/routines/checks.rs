//! The checks every technique and routine file gets beyond its TOML shape: ids, text
//! lengths, control characters, goals. Each problem names the file and the line.

use std::collections::HashSet;

use toml::Spanned;

use super::model::*;
use super::source::{is_valid_id, SourceFile};

pub(super) fn check_id(file: &SourceFile, id: &Spanned<String>, problems: &mut Vec<Problem>) {
    if !is_valid_id(id.get_ref()) {
        problems.push(file.problem(
            id,
            crate::tr!("routine-file-id-invalid", id = id.get_ref().as_str()),
        ));
    } else if file.named_by_id && id.get_ref() != file.stem() {
        problems.push(file.problem(
            id,
            crate::tr!(
                "routine-file-id-not-file-name",
                id = id.get_ref().as_str(),
                stem = file.stem()
            ),
        ));
    }
}

pub(super) fn check_text(
    file: &SourceFile,
    field: &str,
    value: &Spanned<String>,
    max: usize,
    problems: &mut Vec<Problem>,
) {
    check_chars(file, field, value, problems);
    let length = value.get_ref().trim().chars().count();
    if length == 0 {
        problems.push(file.problem(value, crate::tr!("routine-file-text-empty", field = field)));
    } else if length > max {
        problems.push(file.problem(
            value,
            crate::tr!(
                "routine-file-text-too-long",
                field = field,
                length = length,
                max = max
            ),
        ));
    }
}

/// Refuses control characters (newline and tab aside) and bidirectional overrides: they
/// would let a file rewrite the terminal or reorder the text around it.
pub(super) fn check_chars<T: AsRef<str>>(
    file: &SourceFile,
    field: &str,
    value: &Spanned<T>,
    problems: &mut Vec<Problem>,
) {
    if let Some(found) = crate::input::first_unsafe_char(value.get_ref().as_ref()) {
        problems.push(file.problem(
            value,
            crate::tr!("routine-file-control-char", field = field, char = found),
        ));
    }
}

pub(super) fn check_all_chars(
    file: &SourceFile,
    field: &str,
    values: &Spanned<Vec<String>>,
    problems: &mut Vec<Problem>,
) {
    if let Some(found) = values
        .get_ref()
        .iter()
        .find_map(|text| crate::input::first_unsafe_char(text))
    {
        problems.push(file.problem(
            values,
            crate::tr!("routine-file-control-char", field = field, char = found),
        ));
    }
}

pub(super) fn check_goals(
    file: &SourceFile,
    goals: &Spanned<Vec<Goal>>,
    problems: &mut Vec<Problem>,
) {
    if goals.get_ref().is_empty() {
        problems.push(file.problem(goals, crate::tr!("routine-file-no-goals")));
    }
    let unique: HashSet<_> = goals.get_ref().iter().collect();
    if unique.len() != goals.get_ref().len() {
        problems.push(file.problem(goals, crate::tr!("routine-file-goal-twice")));
    }
}
