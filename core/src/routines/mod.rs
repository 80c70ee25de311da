//! Techniques and routines: the shipped library (the `routines/` folder, built into the
//! binary), the user's own routines in `<data dir>/routines/`, validation, and saving.

mod checks;
mod library;
mod load;
pub mod model;
pub mod overlay;
mod pages;
mod programme;
mod search;
mod source;
mod translations;
mod validate;

pub use validate::validate_paths;

use source::collect_toml;

use std::fs;
use std::path::{Path, PathBuf};

pub use load::{parse_routine, parse_technique, total_seconds, MAX_STEPS, STEP_SECONDS};
pub use model::*;
pub use programme::{is_programme_file, parse_programme, MAX_SESSIONS_A_WEEK, MAX_WEEKS};
pub use search::{search, Found};
pub use source::{is_valid_id, SourceFile};

mod shipped {
    // (path relative to the repository, contents) of every file under routines/.
    include!(concat!(env!("OUT_DIR"), "/shipped_routines.rs"));
}

/// The routine Solewise suggests first: the 15-minute twice-weekly session.
pub const DEFAULT_ROUTINE: &str = "twice-weekly";

/// Largest routine file accepted for import or from the data folder.
const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// Why a routine could not be saved, imported, exported or deleted, in words for a person.
#[derive(Debug, thiserror::Error)]
pub enum RoutineError {
    /// The routine or its file breaks the format's rules: every problem found, one per
    /// line.
    Invalid(Vec<Problem>),
    /// Its id is taken by another routine, or there is no routine of that id to export; the
    /// sentence says which.
    Conflict(String),
    /// The id given is not one of the user's own routines (built-in ones cannot be changed
    /// or deleted).
    NotCustom(String),
    /// A routine file could not be read, written or removed.
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
}

impl std::fmt::Display for RoutineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            // FILE:LINE: problem, one a line, as editors and `routines validate` read them.
            RoutineError::Invalid(problems) => {
                let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
                f.write_str(&lines.join("\n"))
            }
            RoutineError::Conflict(sentence) => f.write_str(sentence),
            RoutineError::NotCustom(id) => {
                f.write_str(&crate::tr!("routine-file-not-custom", id = id.as_str()))
            }
            RoutineError::Io { path, source } => f.write_str(&crate::tr!(
                "routine-file-io",
                file = path.display().to_string(),
                error = source.to_string()
            )),
        }
    }
}

impl RoutineError {
    /// A file could not be read or written (not a problem in what it says).
    pub fn is_io(&self) -> bool {
        matches!(self, RoutineError::Io { .. })
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> RoutineError + '_ {
    move |source| RoutineError::Io {
        path: path.to_path_buf(),
        source,
    }
}

fn shipped_files(filter: impl Fn(&str) -> bool) -> Vec<SourceFile> {
    shipped::FILES
        .iter()
        .filter(|(name, _)| !overlay::is_translation(name) && filter(name))
        .map(|(name, text)| SourceFile::new(name.to_string(), text.to_string()))
        .collect()
}

fn shipped_techniques() -> Vec<SourceFile> {
    shipped_files(|name| name.ends_with(".toml") && load::is_technique_file(name))
}

fn shipped_routines() -> Vec<SourceFile> {
    shipped_files(|name| {
        name.ends_with(".toml") && !load::is_technique_file(name) && !is_programme_file(name)
    })
}

fn shipped_programmes() -> Vec<SourceFile> {
    shipped_files(|name| name.ends_with(".toml") && is_programme_file(name))
}

/// The shipped programmes in the active language: for the tray, which needs no other
/// part of the library. A programme naming a routine that is not shipped is left out.
pub fn programmes() -> Vec<Programme> {
    let mut programmes = english_programmes().to_vec();
    overlay::localize_programmes(&mut programmes, crate::i18n::language());
    programmes
}

/// The shipped programmes in English, read once.
fn english_programmes() -> &'static [Programme] {
    static READ: std::sync::OnceLock<Vec<Programme>> = std::sync::OnceLock::new();
    READ.get_or_init(|| {
        let known = shipped_routines()
            .iter()
            .map(|file| file.stem().to_string())
            .collect();
        programme::assemble(&shipped_programmes(), &known, &mut Vec::new())
    })
}

/// The background pages in reading order; any other page follows them.
const PAGE_ORDER: [&str; 3] = ["why", "safety", "professional"];

fn shipped_pages(problems: &mut Vec<Problem>) -> Vec<Page> {
    let mut pages = Vec::new();
    for file in shipped_files(|name| name.starts_with("routines/pages/") && name.ends_with(".md")) {
        let id = file
            .name
            .trim_start_matches("routines/pages/")
            .trim_end_matches(".md");
        match pages::parse_page(id, &file.name, &file.text) {
            Ok(page) => pages.push(page),
            Err(problem) => problems.push(problem),
        }
    }
    pages.sort_by_key(|page| {
        PAGE_ORDER
            .iter()
            .position(|id| *id == page.id)
            .unwrap_or(PAGE_ORDER.len())
    });
    pages
}

/// The folder of the user's own routines.
pub fn custom_dir(data_dir: &Path) -> PathBuf {
    crate::data_dir::DataDir::new(data_dir).routines()
}

/// Reads a routine or technique file from disk, refusing special files, huge files and
/// files that are not UTF-8.
pub fn read_source(path: &Path) -> Result<SourceFile, Problem> {
    let name = path.display().to_string();
    let problem = |message: String| Problem {
        file: name.clone(),
        line: None,
        message,
    };
    let bytes = crate::input::read_file(path, MAX_FILE_BYTES, "routine").map_err(problem)?;
    let text = String::from_utf8(crate::input::without_bom(bytes))
        .map_err(|_| problem(crate::tr!("routine-file-not-utf8")))?;
    Ok(SourceFile::new(name, text))
}

fn custom_files(data_dir: &Path, problems: &mut Vec<Problem>) -> Vec<SourceFile> {
    let dir = custom_dir(data_dir);
    let entries = match fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(error) => {
            problems.push(Problem {
                file: dir.display().to_string(),
                line: None,
                message: crate::tr!(
                    "routine-file-custom-folder-unreadable",
                    error = error.to_string()
                ),
            });
            return Vec::new();
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|path| match read_source(path) {
            Ok(file) => Some(file),
            Err(problem) => {
                problems.push(problem);
                None
            }
        })
        .collect()
}

/// Everything: shipped techniques, pages and routines, then the user's routines, then
/// the shipped programmes (which may name any of those routines).
pub fn load_library(data_dir: &Path) -> Library {
    let mut problems = Vec::new();
    let pages = shipped_pages(&mut problems);
    let custom = custom_files(data_dir, &mut problems);
    let mut builtin = shipped_routines();
    builtin.sort_by_key(|file| !file.name.ends_with(&format!("/{DEFAULT_ROUTINE}.toml")));
    let mut library = library::assemble(&shipped_techniques(), &builtin, &custom, pages, problems);
    let known = library
        .routines
        .iter()
        .map(|e| e.routine.id.clone())
        .collect();
    library.programmes = programme::assemble(&shipped_programmes(), &known, &mut library.problems);
    overlay::localize(&mut library, crate::i18n::language());
    library
}

/// Every problem with the shipped translations (`routines/locales/`): what
/// `routines validate` says of them, and what `make test` requires to be none.
pub fn check_translations() -> Vec<Problem> {
    translations::check(&translations::shipped_tree(), &|name| {
        format!("routines/{name}")
    })
}

/// Turns a routine into the file format, then reads it back with the same checks as any
/// file, so a routine from the UI is held to exactly the rules of a hand-written one.
fn to_checked_file(
    routine: &Routine,
    name: &str,
    library: &Library,
) -> Result<String, RoutineError> {
    let text = toml::to_string(routine).map_err(|error| {
        RoutineError::Invalid(vec![Problem {
            file: name.into(),
            line: None,
            message: crate::tr!("routine-file-not-toml", error = error.to_string()),
        }])
    })?;
    let known = library.techniques.iter().map(|t| t.id.clone()).collect();
    // The file is named after the id when saved here; an export may be named anything.
    let file = SourceFile {
        named_by_id: false,
        ..SourceFile::new(name.into(), text.clone())
    };
    parse_routine(&file, &known).map_err(RoutineError::Invalid)?;
    Ok(text)
}

fn write_atomically(path: &Path, text: &str) -> Result<(), RoutineError> {
    crate::data_dir::write_atomically(path, text).map_err(io(path))
}

/// Saves a custom routine. `replacing` is the id it had before an edit (it may be
/// renamed); `None` creates a new one.
pub fn save_custom(
    data_dir: &Path,
    routine: &Routine,
    replacing: Option<&str>,
) -> Result<RoutineEntry, RoutineError> {
    let library = load_library(data_dir);
    if !is_valid_id(&routine.id) {
        return Err(RoutineError::Invalid(vec![Problem {
            file: format!("{}.toml", routine.id),
            line: None,
            message: crate::tr!("routine-file-new-id-invalid", id = routine.id.as_str()),
        }]));
    }
    if let Some(old) = replacing {
        let is_custom = library
            .routines
            .iter()
            .any(|entry| entry.routine.id == old && entry.source == Source::Custom);
        if !is_custom {
            return Err(RoutineError::NotCustom(old.to_string()));
        }
    }
    if replacing != Some(routine.id.as_str()) {
        if let Some(taken) = library.routines.iter().find(|e| e.routine.id == routine.id) {
            return Err(RoutineError::Conflict(crate::tr!(
                "routine-file-id-taken",
                id = routine.id.as_str(),
                title = taken.routine.title.as_str()
            )));
        }
    }
    let path = custom_dir(data_dir).join(format!("{}.toml", routine.id));
    let text = to_checked_file(routine, &path.display().to_string(), &library)?;
    write_atomically(&path, &text)?;
    if let Some(old) = replacing.filter(|old| *old != routine.id) {
        let old_path = custom_dir(data_dir).join(format!("{old}.toml"));
        fs::remove_file(&old_path).map_err(io(&old_path))?;
    }
    Ok(RoutineEntry {
        total_seconds: total_seconds(routine),
        routine: routine.clone(),
        source: Source::Custom,
        file: path.display().to_string(),
    })
}

/// Deletes the user's own routine `id` (its file in the data folder); built-in routines are
/// refused.
pub fn delete_custom(data_dir: &Path, id: &str) -> Result<(), RoutineError> {
    let library = load_library(data_dir);
    let entry = library
        .routines
        .iter()
        .find(|entry| entry.routine.id == id && entry.source == Source::Custom)
        .ok_or_else(|| RoutineError::NotCustom(id.to_string()))?;
    let path = PathBuf::from(&entry.file);
    fs::remove_file(&path).map_err(io(&path))
}

/// Imports a routine file into the custom routines, after checking it fully.
pub fn import(data_dir: &Path, path: &Path) -> Result<RoutineEntry, RoutineError> {
    let file = read_source(path).map_err(|p| RoutineError::Invalid(vec![p]))?;
    let library = load_library(data_dir);
    let known = library.techniques.iter().map(|t| t.id.clone()).collect();
    // The id need not match the imported file's name: it gets its own file here.
    let file = SourceFile {
        named_by_id: false,
        ..file
    };
    let routine = parse_routine(&file, &known).map_err(RoutineError::Invalid)?;
    save_custom(data_dir, &routine, None)
}

/// Writes any routine (built-in or custom) to a file in the routine format.
pub fn export(data_dir: &Path, id: &str, path: &Path) -> Result<(), RoutineError> {
    let library = load_library(data_dir);
    let entry = library
        .routines
        .iter()
        .find(|entry| entry.routine.id == id)
        .ok_or_else(|| RoutineError::Conflict(crate::tr!("export-no-such-routine", id = id)))?;
    let text = to_checked_file(&entry.routine, &path.display().to_string(), &library)?;
    write_atomically(path, &text)
}

#[cfg(test)]
mod tests;
