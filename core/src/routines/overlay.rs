//! Translations of the shipped library: for each language, files that mirror the English
//! ones under `routines/locales/<tag>/` and hold only their words (titles, summaries,
//! steps, cues, cautions, needs, tags, alt texts, notes, pages). A field a translation
//! lacks, or gets the shape of wrong, stays English; `translations::check` says where.

use serde::Deserialize;

use super::model::{Block, Library, Page, Programme, Routine, Source, Span, Technique};
use crate::i18n::{pseudo, PSEUDO};

/// Where translations sit among the shipped files.
pub(super) const FOLDER: &str = "locales";

/// Whether a shipped file (`routines/…`) is a translation rather than an English source.
pub(super) fn is_translation(name: &str) -> bool {
    name.starts_with("routines/locales/")
}

#[derive(Deserialize, Default)]
struct TechniqueText {
    title: Option<String>,
    summary: Option<String>,
    alt: Option<String>,
    steps: Option<Vec<String>>,
    feel: Option<String>,
    cautions: Option<Vec<String>>,
    tags: Option<Vec<String>>,
    tradition: Option<String>,
}

#[derive(Deserialize, Default)]
struct StepText {
    cue: Option<String>,
}

#[derive(Deserialize, Default)]
struct RoutineText {
    title: Option<String>,
    summary: Option<String>,
    needs: Option<Vec<String>>,
    tags: Option<Vec<String>>,
    steps: Option<Vec<StepText>>,
}

#[derive(Deserialize, Default)]
struct WeekText {
    note: Option<String>,
}

#[derive(Deserialize, Default)]
struct ProgrammeText {
    title: Option<String>,
    summary: Option<String>,
    weeks: Option<Vec<WeekText>>,
}

fn shipped(name: &str) -> Option<&'static str> {
    super::shipped::FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

fn read<T: for<'de> Deserialize<'de> + Default>(name: &str) -> Option<T> {
    let text = shipped(name)?;
    match toml::from_str(text) {
        Ok(read) => Some(read),
        Err(error) => {
            log::warn!("{name}: {}", error.message());
            None
        }
    }
}

fn put(field: &mut String, text: Option<String>) {
    if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
        *field = text;
    }
}

fn put_list(field: &mut Vec<String>, list: Option<Vec<String>>) {
    if let Some(list) = list.filter(|l| l.len() == field.len()) {
        *field = list;
    }
}

/// The shipped library's words in language `tag` (English stays as it is; the pseudo-
/// language transforms the English). The user's own routines are shown as written.
pub fn localize(library: &mut Library, tag: &str) {
    if tag == PSEUDO {
        return pseudo_library(library);
    }
    if tag == "en" {
        return;
    }
    let base = format!("routines/{FOLDER}/{tag}");
    for technique in &mut library.techniques {
        if let Some(text) = read(&format!("{base}/techniques/{}.toml", technique.id)) {
            localize_technique(technique, text);
        }
    }
    for entry in &mut library.routines {
        if entry.source != Source::BuiltIn {
            continue;
        }
        if let Some(text) = read(&format!("{base}/{}.toml", entry.routine.id)) {
            localize_routine(&mut entry.routine, text);
        }
    }
    localize_programmes(&mut library.programmes, tag);
    for page in &mut library.pages {
        let name = format!("{base}/pages/{}.md", page.id);
        if let Some(text) = shipped(&name) {
            match super::pages::parse_page(&page.id, &name, text) {
                Ok(translated) => *page = translated,
                Err(problem) => log::warn!("{problem}"),
            }
        }
    }
}

/// The shipped programmes' words in language `tag`.
pub fn localize_programmes(programmes: &mut [Programme], tag: &str) {
    let base = format!("routines/{FOLDER}/{tag}");
    for programme in programmes {
        if tag == PSEUDO {
            programme.title = pseudo(&programme.title);
            programme.summary = pseudo(&programme.summary);
            for week in &mut programme.weeks {
                week.note = week.note.as_deref().map(pseudo);
            }
            continue;
        }
        let Some(text) = read::<ProgrammeText>(&format!("{base}/programmes/{}.toml", programme.id))
        else {
            continue;
        };
        put(&mut programme.title, text.title);
        put(&mut programme.summary, text.summary);
        if let Some(weeks) = text.weeks.filter(|w| w.len() == programme.weeks.len()) {
            for (week, text) in programme.weeks.iter_mut().zip(weeks) {
                if week.note.is_some() && text.note.is_some() {
                    week.note = text.note;
                }
            }
        }
    }
}

fn localize_technique(technique: &mut Technique, text: TechniqueText) {
    put(&mut technique.title, text.title);
    put(&mut technique.summary, text.summary);
    put(&mut technique.alt, text.alt);
    put(&mut technique.feel, text.feel);
    put_list(&mut technique.steps, text.steps);
    put_list(&mut technique.cautions, text.cautions);
    if technique.tradition.is_some() && text.tradition.is_some() {
        technique.tradition = text.tradition;
    }
    // Search finds a technique by the words of either language.
    technique.tags.extend(text.tags.unwrap_or_default());
}

fn localize_routine(routine: &mut Routine, text: RoutineText) {
    put(&mut routine.title, text.title);
    put(&mut routine.summary, text.summary);
    put_list(&mut routine.needs, text.needs);
    routine.tags.extend(text.tags.unwrap_or_default());
    if let Some(steps) = text.steps.filter(|s| s.len() == routine.steps.len()) {
        for (step, text) in routine.steps.iter_mut().zip(steps) {
            if step.cue.is_some() && text.cue.is_some() {
                step.cue = text.cue;
            }
        }
    }
}

fn pseudo_library(library: &mut Library) {
    let all = |list: &mut Vec<String>| list.iter_mut().for_each(|s| *s = pseudo(s));
    for t in &mut library.techniques {
        for field in [&mut t.title, &mut t.summary, &mut t.alt, &mut t.feel] {
            *field = pseudo(field);
        }
        all(&mut t.steps);
        all(&mut t.cautions);
        t.tradition = t.tradition.as_deref().map(pseudo);
    }
    for entry in &mut library.routines {
        if entry.source != Source::BuiltIn {
            continue;
        }
        let r = &mut entry.routine;
        r.title = pseudo(&r.title);
        r.summary = pseudo(&r.summary);
        all(&mut r.needs);
        for step in &mut r.steps {
            step.cue = step.cue.as_deref().map(pseudo);
        }
    }
    localize_programmes(&mut library.programmes, PSEUDO);
    for page in &mut library.pages {
        pseudo_page(page);
    }
}

fn pseudo_page(page: &mut Page) {
    page.title = pseudo(&page.title);
    let spans = |spans: &mut Vec<Span>| spans.iter_mut().for_each(|s| s.text = pseudo(&s.text));
    for block in &mut page.blocks {
        match block {
            Block::Heading { text } | Block::Paragraph { text } => spans(text),
            Block::List { items } => items.iter_mut().for_each(spans),
        }
    }
}
