//! Reading programme files (`routines/programmes/<id>.toml`): weeks of sessions, each
//! naming a routine. Held to the same rules and FILE:LINE messages as routine files.

use std::collections::HashSet;

use serde::Deserialize;
use toml::Spanned;

use super::checks::*;
use super::load::closest;
use super::model::*;
use super::source::SourceFile;

/// A programme lasts at most a year, with at most 7 sessions a week.
pub const MAX_WEEKS: usize = 52;
/// The most sessions one week of a programme may have: 7.
pub const MAX_SESSIONS_A_WEEK: usize = 7;
const MAX_TITLE: usize = 80;
const MAX_SUMMARY: usize = 600;
const MAX_NOTE: usize = 200;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProgrammeFile {
    id: Spanned<String>,
    title: Spanned<String>,
    summary: Spanned<String>,
    weeks: Spanned<Vec<WeekFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WeekFile {
    sessions: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    note: Option<Spanned<String>>,
}

/// Reads one programme file, checking that every session names a known routine.
pub fn parse_programme(
    file: &SourceFile,
    routines: &HashSet<String>,
) -> Result<Programme, Vec<Problem>> {
    let raw: ProgrammeFile = file.parse().map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    check_id(file, &raw.id, &mut problems);
    check_text(file, "title", &raw.title, MAX_TITLE, &mut problems);
    check_text(file, "summary", &raw.summary, MAX_SUMMARY, &mut problems);
    let weeks = raw.weeks.get_ref();
    if weeks.is_empty() {
        problems.push(file.problem(&raw.weeks, crate::tr!("programme-file-no-weeks")));
    } else if weeks.len() > MAX_WEEKS {
        problems.push(file.problem(
            &raw.weeks,
            crate::tr!(
                "programme-file-too-many-weeks",
                count = weeks.len(),
                max = MAX_WEEKS
            ),
        ));
    }
    for (index, week) in weeks.iter().enumerate() {
        let number = index + 1;
        let sessions = week.sessions.get_ref();
        if sessions.is_empty() {
            problems.push(file.problem(
                &week.sessions,
                crate::tr!("programme-file-week-empty", week = number),
            ));
        } else if sessions.len() > MAX_SESSIONS_A_WEEK {
            problems.push(file.problem(
                &week.sessions,
                crate::tr!(
                    "programme-file-week-too-many",
                    week = number,
                    count = sessions.len(),
                    max = MAX_SESSIONS_A_WEEK
                ),
            ));
        }
        for (place, session) in sessions.iter().enumerate() {
            let routine = session.get_ref();
            if routines.contains(routine) {
                continue;
            }
            let shown = crate::input::printable(routine);
            let message = match closest(routine, routines.iter().map(String::as_str)) {
                Some(near) => crate::tr!(
                    "programme-file-unknown-routine-near",
                    week = number,
                    session = place + 1,
                    routine = shown,
                    near = near
                ),
                None => crate::tr!(
                    "programme-file-unknown-routine",
                    week = number,
                    session = place + 1,
                    routine = shown
                ),
            };
            problems.push(file.problem(session, message));
        }
        if let Some(note) = &week.note {
            check_note(file, number, note, &mut problems);
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Programme {
        id: raw.id.into_inner(),
        title: raw.title.into_inner(),
        summary: raw.summary.into_inner(),
        weeks: raw
            .weeks
            .into_inner()
            .into_iter()
            .map(|week| ProgrammeWeek {
                sessions: week
                    .sessions
                    .into_inner()
                    .into_iter()
                    .map(Spanned::into_inner)
                    .collect(),
                note: week.note.map(Spanned::into_inner),
            })
            .collect(),
    })
}

/// A week's note: no control characters, 1 to `MAX_NOTE` characters (as `check_text`
/// checks a key, with the week named in the message).
fn check_note(file: &SourceFile, week: usize, note: &Spanned<String>, problems: &mut Vec<Problem>) {
    if let Some(found) = crate::input::first_unsafe_char(note.get_ref()) {
        problems.push(file.problem(
            note,
            crate::tr!(
                "programme-file-note-control-char",
                week = week,
                char = found
            ),
        ));
    }
    let length = note.get_ref().trim().chars().count();
    if length == 0 {
        problems.push(file.problem(note, crate::tr!("programme-file-note-empty", week = week)));
    } else if length > MAX_NOTE {
        problems.push(file.problem(
            note,
            crate::tr!(
                "programme-file-note-too-long",
                week = week,
                length = length,
                max = MAX_NOTE
            ),
        ));
    }
}

/// Reads programme files against the routines there are, skipping (and saying why) any
/// file that is bad or reuses an id.
pub fn assemble(
    files: &[SourceFile],
    known: &HashSet<String>,
    problems: &mut Vec<Problem>,
) -> Vec<Programme> {
    let mut programmes: Vec<Programme> = Vec::new();
    let mut seen: Vec<(String, String)> = Vec::new();
    for file in files {
        match parse_programme(file, known) {
            Ok(programme) => {
                if let Some((_, first)) = seen.iter().find(|(id, _)| *id == programme.id) {
                    problems.push(file.file_problem(crate::tr!(
                        "programme-file-id-taken",
                        id = programme.id.as_str(),
                        first = first.as_str()
                    )));
                    continue;
                }
                seen.push((programme.id.clone(), file.name.clone()));
                programmes.push(programme);
            }
            Err(found) => problems.extend(found),
        }
    }
    programmes
}

/// Whether a file is a programme (it lives in a `programmes` folder).
pub fn is_programme_file(name: &str) -> bool {
    std::path::Path::new(name)
        .parent()
        .and_then(std::path::Path::file_name)
        .is_some_and(|folder| folder == "programmes")
}
