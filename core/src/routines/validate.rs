//! `solewise routines validate`: files given on the command line checked as Solewise
//! would read them, with shipped techniques and routines known, and translations checked
//! against their English.

use std::path::{Path, PathBuf};

use super::*;

/// Checks files given on the command line. Technique files are those in a `techniques`
/// folder, programmes those in a `programmes` folder; routines may use shipped techniques
/// and any technique among the paths, programmes shipped routines and those among them.
pub fn validate_paths(paths: &[PathBuf]) -> (usize, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut files = Vec::new();
    for path in paths {
        collect_toml(path, &mut files, &mut problems);
    }
    // Translations are checked against the English beside them, not as routines.
    let (translations, files): (Vec<SourceFile>, Vec<SourceFile>) = files
        .into_iter()
        .partition(|file| translations::root_of(&file.name).is_some());
    let translated = translations::check_on_disk(paths, &translations, &mut problems);
    let (programmes, files): (Vec<SourceFile>, Vec<SourceFile>) = files
        .into_iter()
        .partition(|file| is_programme_file(&file.name));
    let (techniques, routines): (Vec<SourceFile>, Vec<SourceFile>) = files
        .into_iter()
        .partition(|file| load::is_technique_file(&file.name));
    let given: std::collections::HashSet<String> =
        techniques.iter().map(|f| f.name.clone()).collect();
    // Shipped techniques are known too, unless the same file was given on the line.
    let mut all_techniques: Vec<SourceFile> = shipped_techniques()
        .into_iter()
        .filter(|shipped| {
            !given
                .iter()
                .any(|name| Path::new(name).file_name() == Path::new(&shipped.name).file_name())
        })
        .collect();
    let shipped_count = all_techniques.len();
    all_techniques.extend(techniques);
    let checked = all_techniques.len() - shipped_count + routines.len() + programmes.len();
    let library = library::assemble(&all_techniques, &routines, &[], Vec::new(), problems);
    let mut problems = library.problems;
    problems.extend(shadowed_builtins(&library.routines, &routines));
    // Programmes may name shipped routines and any routine given on the line.
    let known = (library.routines.iter().map(|e| e.routine.id.clone()))
        .chain(
            shipped_routines()
                .iter()
                .map(|file| file.stem().to_string()),
        )
        .collect();
    programme::assemble(&programmes, &known, &mut problems);
    (checked + translated, problems)
}

/// Routines among `given` that reuse a built-in routine's id: Solewise would skip them
/// (the built-in wins), so `validate` must say so. A shipped file itself is not flagged.
fn shadowed_builtins(checked: &[RoutineEntry], given: &[SourceFile]) -> Vec<Problem> {
    let shipped = shipped_routines();
    checked
        .iter()
        .filter_map(|entry| {
            let builtin = shipped.iter().find(|file| {
                Path::new(&file.name).file_stem() == Some(entry.routine.id.as_ref())
            })?;
            let text = given.iter().find(|file| file.name == entry.file)?;
            (text.text != builtin.text).then(|| Problem {
                file: entry.file.clone(),
                line: None,
                message: crate::tr!(
                    "routine-file-shadows-built-in",
                    id = entry.routine.id.as_str()
                ),
            })
        })
        .collect()
}
