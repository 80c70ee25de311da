//! Reading technique and routine files: TOML with unknown fields rejected, then checks a
//! person would make (ids, references, durations). Every problem names the file, the
//! line and the field, and suggests the likely fix where it can.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::checks::*;
use super::model::*;
use super::source::SourceFile;

/// A step lasts from 1 second (short test routines) to 30 minutes.
pub const STEP_SECONDS: std::ops::RangeInclusive<u32> = 1..=1800;
/// A technique's suggested duration: 10 seconds to 30 minutes.
pub const TECHNIQUE_SECONDS: std::ops::RangeInclusive<u32> = 10..=1800;
/// A whole routine lasts at most 3 hours.
pub const MAX_ROUTINE_SECONDS: u32 = 3 * 3600;
/// The most steps a routine (or an imported session) may have: 100.
pub const MAX_STEPS: usize = 100;
const MAX_TITLE: usize = 80;
const MAX_SUMMARY: usize = 600;
const MAX_CUE: usize = 200;
const MAX_NEEDS: usize = 12;
const MAX_NEED: usize = 60;
const MAX_TAGS: usize = 20;
const MAX_TAG: usize = 40;

/// A technique's or routine's search words.
fn check_tags(file: &SourceFile, tags: Option<&Spanned<Vec<String>>>, problems: &mut Vec<Problem>) {
    check_list(file, "tags", tags, MAX_TAGS, MAX_TAG, problems);
}

/// A short list of short texts (`needs`, `tags`): how many, how long, nothing empty.
fn check_list(
    file: &SourceFile,
    what: &str,
    list: Option<&Spanned<Vec<String>>>,
    most: usize,
    longest: usize,
    problems: &mut Vec<Problem>,
) {
    let Some(list) = list else { return };
    check_all_chars(file, what, list, problems);
    let items = list.get_ref();
    if items.len() > most {
        problems.push(file.problem(
            list,
            crate::tr!(
                "routine-file-list-too-long",
                field = what,
                count = items.len(),
                max = most
            ),
        ));
    }
    if let Some(bad) = items
        .iter()
        .find(|item| item.trim().is_empty() || item.chars().count() > longest)
    {
        problems.push(file.problem(
            list,
            crate::tr!(
                "routine-file-list-item",
                field = what,
                item = crate::input::printable(bad),
                max = longest
            ),
        ));
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TechniqueFile {
    id: Spanned<String>,
    title: Spanned<String>,
    category: Category,
    area: Area,
    goals: Spanned<Vec<Goal>>,
    seconds: Spanned<u32>,
    pressure: Pressure,
    summary: Spanned<String>,
    illustration: Spanned<String>,
    alt: Spanned<String>,
    steps: Spanned<Vec<String>>,
    feel: Spanned<String>,
    cautions: Spanned<Vec<String>>,
    #[serde(default)]
    tags: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    standing: bool,
    #[serde(default)]
    tradition: Option<Spanned<String>>,
    #[serde(default)]
    order: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RoutineFile {
    id: Spanned<String>,
    title: Spanned<String>,
    summary: Spanned<String>,
    goals: Spanned<Vec<Goal>>,
    #[serde(default)]
    for_partner: bool,
    #[serde(default)]
    needs: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    tags: Option<Spanned<Vec<String>>>,
    steps: Spanned<Vec<StepFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepFile {
    technique: Spanned<String>,
    foot: Foot,
    seconds: Spanned<u32>,
    #[serde(default)]
    cue: Option<Spanned<String>>,
}

/// Reads one technique file.
pub fn parse_technique(file: &SourceFile) -> Result<Technique, Vec<Problem>> {
    let raw: TechniqueFile = file.parse().map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    check_id(file, &raw.id, &mut problems);
    check_text(file, "title", &raw.title, MAX_TITLE, &mut problems);
    check_text(file, "summary", &raw.summary, MAX_SUMMARY, &mut problems);
    check_text(file, "alt", &raw.alt, MAX_SUMMARY, &mut problems);
    check_goals(file, &raw.goals, &mut problems);
    check_chars(file, "illustration", &raw.illustration, &mut problems);
    check_chars(file, "feel", &raw.feel, &mut problems);
    check_all_chars(file, "steps", &raw.steps, &mut problems);
    check_all_chars(file, "cautions", &raw.cautions, &mut problems);
    check_tags(file, raw.tags.as_ref(), &mut problems);
    if let Some(tradition) = &raw.tradition {
        check_chars(file, "tradition", tradition, &mut problems);
    }
    if !TECHNIQUE_SECONDS.contains(raw.seconds.get_ref()) {
        problems.push(file.problem(
            &raw.seconds,
            crate::tr!(
                "technique-file-seconds-range",
                seconds = *raw.seconds.get_ref(),
                min = *TECHNIQUE_SECONDS.start(),
                max = *TECHNIQUE_SECONDS.end()
            ),
        ));
    }
    let illustration = raw.illustration.get_ref();
    if !illustration.ends_with(".svg") || illustration.contains(['/', '\\']) {
        problems.push(file.problem(
            &raw.illustration,
            crate::tr!("technique-file-illustration", name = illustration.as_str()),
        ));
    }
    if raw.steps.get_ref().is_empty() || raw.steps.get_ref().iter().any(|s| s.trim().is_empty()) {
        problems.push(file.problem(&raw.steps, crate::tr!("technique-file-no-steps")));
    }
    match (&raw.category, &raw.tradition) {
        (Category::Traditional, None) => {
            problems.push(file.problem(&raw.id, crate::tr!("technique-file-needs-tradition")))
        }
        (category, Some(tradition)) if *category != Category::Traditional => {
            problems.push(file.problem(
                tradition,
                crate::tr!("technique-file-tradition-not-traditional"),
            ))
        }
        _ => {}
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Technique {
        id: raw.id.into_inner(),
        title: raw.title.into_inner(),
        category: raw.category,
        area: raw.area,
        goals: raw.goals.into_inner(),
        seconds: raw.seconds.into_inner(),
        pressure: raw.pressure,
        summary: raw.summary.into_inner(),
        illustration: raw.illustration.into_inner(),
        alt: raw.alt.into_inner(),
        steps: raw.steps.into_inner(),
        feel: raw.feel.into_inner(),
        cautions: raw.cautions.into_inner(),
        tags: raw.tags.map(Spanned::into_inner).unwrap_or_default(),
        standing: raw.standing,
        tradition: raw.tradition.map(Spanned::into_inner),
        order: raw.order,
    })
}

/// Reads one routine file, checking that every step names a known technique.
pub fn parse_routine(
    file: &SourceFile,
    techniques: &HashSet<String>,
) -> Result<Routine, Vec<Problem>> {
    let raw: RoutineFile = file.parse().map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    check_id(file, &raw.id, &mut problems);
    check_text(file, "title", &raw.title, MAX_TITLE, &mut problems);
    check_chars(file, "summary", &raw.summary, &mut problems);
    if raw.summary.get_ref().chars().count() > MAX_SUMMARY {
        problems.push(file.problem(
            &raw.summary,
            crate::tr!("routine-file-summary-too-long", max = MAX_SUMMARY),
        ));
    }
    check_goals(file, &raw.goals, &mut problems);
    check_list(
        file,
        "needs",
        raw.needs.as_ref(),
        MAX_NEEDS,
        MAX_NEED,
        &mut problems,
    );
    check_tags(file, raw.tags.as_ref(), &mut problems);

    let steps = raw.steps.get_ref();
    if steps.is_empty() {
        problems.push(file.problem(&raw.steps, crate::tr!("routine-file-no-steps")));
    } else if steps.len() > MAX_STEPS {
        problems.push(file.problem(
            &raw.steps,
            crate::tr!(
                "routine-file-too-many-steps",
                count = steps.len(),
                max = MAX_STEPS
            ),
        ));
    }
    let mut total: u32 = 0;
    for (index, step) in steps.iter().enumerate() {
        let number = index + 1;
        let technique = step.technique.get_ref();
        if !techniques.contains(technique) {
            let message = match closest(technique, techniques.iter().map(String::as_str)) {
                Some(near) => crate::tr!(
                    "routine-file-unknown-technique-near",
                    number = number,
                    technique = technique.as_str(),
                    near = near
                ),
                None => crate::tr!(
                    "routine-file-unknown-technique",
                    number = number,
                    technique = technique.as_str()
                ),
            };
            problems.push(file.problem(&step.technique, message));
        }
        let seconds = *step.seconds.get_ref();
        if !STEP_SECONDS.contains(&seconds) {
            problems.push(file.problem(
                &step.seconds,
                crate::tr!(
                    "routine-file-step-seconds",
                    number = number,
                    seconds = seconds,
                    min = *STEP_SECONDS.start(),
                    max = *STEP_SECONDS.end()
                ),
            ));
        }
        total = total.saturating_add(seconds);
        if let Some(cue) = &step.cue {
            if let Some(found) = crate::input::first_unsafe_char(cue.get_ref()) {
                problems.push(file.problem(
                    cue,
                    crate::tr!(
                        "routine-file-cue-control-char",
                        number = number,
                        char = found
                    ),
                ));
            }
            if cue.get_ref().chars().count() > MAX_CUE {
                problems.push(file.problem(
                    cue,
                    crate::tr!("routine-file-cue-too-long", number = number, max = MAX_CUE),
                ));
            }
        }
    }
    if total > MAX_ROUTINE_SECONDS {
        problems.push(file.problem(
            &raw.steps,
            crate::tr!(
                "routine-file-too-long",
                minutes = total / 60,
                max = MAX_ROUTINE_SECONDS / 60
            ),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Routine {
        id: raw.id.into_inner(),
        title: raw.title.into_inner(),
        summary: raw.summary.into_inner(),
        goals: raw.goals.into_inner(),
        for_partner: raw.for_partner,
        needs: raw.needs.map(Spanned::into_inner).unwrap_or_default(),
        tags: raw.tags.map(Spanned::into_inner).unwrap_or_default(),
        steps: raw
            .steps
            .into_inner()
            .into_iter()
            .map(|step| Step {
                technique: step.technique.into_inner(),
                foot: step.foot,
                seconds: step.seconds.into_inner(),
                cue: step.cue.map(Spanned::into_inner),
            })
            .collect(),
    })
}

/// How long `routine` lasts, in seconds: its steps' lengths added up.
pub fn total_seconds(routine: &Routine) -> u32 {
    routine.steps.iter().map(|step| step.seconds).sum()
}

/// The known id nearest to a mistyped one, if it is plausibly a typo.
pub(super) fn closest<'a>(wrong: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    known
        .map(|candidate| (edit_distance(wrong, candidate), candidate))
        .filter(|(distance, candidate)| {
            *distance <= 3.max(wrong.len() / 4) && *distance < candidate.len()
        })
        .min()
        .map(|(_, candidate)| candidate)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

/// Whether a file is a technique (it lives in a `techniques` folder) or a routine.
pub fn is_technique_file(name: &str) -> bool {
    Path::new(name)
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|folder| folder == "techniques")
}
