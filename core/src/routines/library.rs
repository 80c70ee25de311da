//! Putting a library together from files: techniques first, then the routines that use
//! them, skipping (and saying why) any file that is bad or reuses an id.

use std::collections::{HashMap, HashSet};

use super::load::{parse_routine, parse_technique, total_seconds};
use super::model::*;
use super::source::SourceFile;

/// Loads techniques and routines from files, skipping bad ones and saying why. Routines
/// come in order: `builtin` first, then `custom`; a custom routine may not reuse an id.
pub fn assemble(
    technique_files: &[SourceFile],
    builtin: &[SourceFile],
    custom: &[SourceFile],
    pages: Vec<Page>,
    mut problems: Vec<Problem>,
) -> Library {
    let mut techniques: Vec<Technique> = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for file in technique_files {
        match parse_technique(file) {
            Ok(technique) => {
                if let Some(first) = seen.get(&technique.id) {
                    problems.push(file.file_problem(crate::tr!(
                        "technique-file-id-taken",
                        id = technique.id.as_str(),
                        first = first.as_str()
                    )));
                } else {
                    seen.insert(technique.id.clone(), file.name.clone());
                    techniques.push(technique);
                }
            }
            Err(found) => problems.extend(found),
        }
    }
    techniques.sort_by(|a, b| {
        (a.category as u8, a.order.unwrap_or(u32::MAX), &a.title).cmp(&(
            b.category as u8,
            b.order.unwrap_or(u32::MAX),
            &b.title,
        ))
    });
    let known: HashSet<String> = techniques.iter().map(|t| t.id.clone()).collect();

    let mut routines: Vec<RoutineEntry> = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    let sources = builtin
        .iter()
        .map(|file| (file, Source::BuiltIn))
        .chain(custom.iter().map(|file| (file, Source::Custom)));
    for (file, source) in sources {
        match parse_routine(file, &known) {
            Ok(routine) => {
                if let Some(first) = seen.get(&routine.id) {
                    problems.push(file.file_problem(crate::tr!(
                        "routine-file-id-used",
                        id = routine.id.as_str(),
                        first = first.as_str()
                    )));
                    continue;
                }
                seen.insert(routine.id.clone(), file.name.clone());
                routines.push(RoutineEntry {
                    total_seconds: total_seconds(&routine),
                    routine,
                    source,
                    file: file.name.clone(),
                });
            }
            Err(found) => problems.extend(found),
        }
    }
    Library {
        techniques,
        routines,
        pages,
        programmes: Vec::new(),
        problems,
    }
}
