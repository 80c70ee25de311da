use std::collections::HashSet;

use super::*;

fn known() -> HashSet<String> {
    ["heel-circles", "arch-thumb-walk", "warm-soak"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

fn routine_file(name: &str, text: &str) -> SourceFile {
    SourceFile::new(name.to_string(), text.to_string())
}

const GOOD: &str = r#"
id = "evening"
title = "Evening"
summary = "A short one."
goals = ["stress"]

[[steps]]
technique = "warm-soak"
foot = "both"
seconds = 300

[[steps]]
technique = "heel-circles"
foot = "left"
seconds = 60
cue = "Slow circles."
"#;

#[test]
fn a_good_routine_loads_with_its_steps_in_order() {
    let routine = parse_routine(&routine_file("routines/evening.toml", GOOD), &known()).unwrap();
    assert_eq!(routine.steps.len(), 2);
    assert_eq!(routine.steps[1].cue.as_deref(), Some("Slow circles."));
    assert_eq!(total_seconds(&routine), 360);
}

#[test]
fn a_misspelt_technique_gets_a_suggestion_and_the_line_it_is_on() {
    let text = GOOD.replace(
        "technique = \"heel-circles\"",
        "technique = \"heel-circle\"",
    );
    let problems =
        parse_routine(&routine_file("routines/evening.toml", &text), &known()).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "routines/evening.toml:13: step 2 names technique 'heel-circle', which does not exist (did you mean 'heel-circles'?)"
    );
}

#[test]
fn a_saved_routine_round_trips_through_its_file_and_can_be_renamed_and_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let library = load_library(dir.path());
    let technique = library.techniques[0].id.clone();
    let mut routine = Routine {
        id: "my-feet".into(),
        title: "My feet".into(),
        summary: "Mine.".into(),
        goals: vec![Goal::Sleep],
        for_partner: false,
        needs: Vec::new(),
        tags: Vec::new(),
        steps: vec![Step {
            technique,
            foot: Foot::Right,
            seconds: 45,
            cue: None,
        }],
    };
    let saved = save_custom(dir.path(), &routine, None).unwrap();
    assert_eq!(saved.total_seconds, 45);
    let reloaded = load_library(dir.path());
    let entry = reloaded
        .routines
        .iter()
        .find(|e| e.routine.id == "my-feet")
        .unwrap();
    assert_eq!(entry.routine, routine);
    assert_eq!(entry.source, Source::Custom);

    // Creating another with the same id is refused; renaming moves the file.
    assert!(matches!(
        save_custom(dir.path(), &routine, None),
        Err(RoutineError::Conflict(_))
    ));
    routine.id = "my-toes".into();
    save_custom(dir.path(), &routine, Some("my-feet")).unwrap();
    let ids: Vec<_> = load_library(dir.path())
        .routines
        .into_iter()
        .filter(|e| e.source == Source::Custom)
        .map(|e| e.routine.id)
        .collect();
    assert_eq!(ids, ["my-toes"]);

    delete_custom(dir.path(), "my-toes").unwrap();
    assert!(load_library(dir.path())
        .routines
        .iter()
        .all(|e| e.source == Source::BuiltIn));
}

#[test]
fn built_in_routines_cannot_be_changed_or_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let library = load_library(dir.path());
    let builtin = library.routines[0].routine.clone();
    assert!(matches!(
        save_custom(dir.path(), &builtin, Some(&builtin.id)),
        Err(RoutineError::NotCustom(_))
    ));
    assert!(matches!(
        delete_custom(dir.path(), &builtin.id),
        Err(RoutineError::NotCustom(_))
    ));
}

#[test]
fn a_routine_from_the_ui_obeys_the_file_rules() {
    let dir = tempfile::tempdir().unwrap();
    let technique = load_library(dir.path()).techniques[0].id.clone();
    let routine = Routine {
        id: "too-long".into(),
        title: "Too long".into(),
        summary: String::new(),
        goals: vec![Goal::Stress],
        for_partner: false,
        needs: Vec::new(),
        tags: Vec::new(),
        steps: vec![Step {
            technique,
            foot: Foot::Both,
            seconds: 5000,
            cue: None,
        }],
    };
    let error = save_custom(dir.path(), &routine, None).unwrap_err();
    assert!(
        error.to_string().contains("step 1 lasts 5000 seconds"),
        "{error}"
    );
    assert!(!custom_dir(dir.path()).join("too-long.toml").exists());
}

#[test]
fn export_then_import_gives_the_same_routine_under_a_new_id_only_if_free() {
    let dir = tempfile::tempdir().unwrap();
    let builtin = load_library(dir.path()).routines[0].clone();
    let file = dir.path().join("shared.toml");
    export(dir.path(), &builtin.routine.id, &file).unwrap();

    // Same id as the built-in: refused, nothing written.
    assert!(matches!(
        import(dir.path(), &file),
        Err(RoutineError::Conflict(_))
    ));

    let text = fs::read_to_string(&file).unwrap().replacen(
        &format!("id = \"{}\"", builtin.routine.id),
        "id = \"from-a-friend\"",
        1,
    );
    fs::write(&file, text).unwrap();
    let imported = import(dir.path(), &file).unwrap();
    assert_eq!(imported.routine.steps, builtin.routine.steps);
    assert_eq!(imported.source, Source::Custom);
}

#[test]
fn a_broken_custom_file_is_skipped_and_reported_while_the_rest_load() {
    let dir = tempfile::tempdir().unwrap();
    let custom = custom_dir(dir.path());
    fs::create_dir_all(&custom).unwrap();
    fs::write(custom.join("broken.toml"), "id = \"broken\"\ntitle = \n").unwrap();
    let library = load_library(dir.path());
    assert!(!library.routines.is_empty());
    assert_eq!(library.problems.len(), 1, "{:?}", library.problems);
    assert!(library.problems[0].file.ends_with("broken.toml"));
    assert_eq!(library.problems[0].line, Some(2));
}

#[test]
fn the_first_four_weeks_grow_from_short_sessions_to_the_full_routine() {
    let dir = tempfile::tempdir().unwrap();
    let library = load_library(dir.path());
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    let programme = library
        .programmes
        .iter()
        .find(|p| p.id == "first-four-weeks")
        .expect("the first four weeks are shipped");
    assert_eq!(programme.title, "First four weeks");
    assert_eq!(programme.weeks.len(), 4);
    assert!(programme.weeks.iter().all(|week| week.sessions.len() == 2));
    let minutes: Vec<u32> = programme
        .sessions()
        .iter()
        .map(|(_, _, id)| {
            let entry = library.routines.iter().find(|e| e.routine.id == *id);
            entry.map_or(0, |e| e.total_seconds / 60)
        })
        .collect();
    assert!(minutes.iter().all(|m| *m > 0), "every session is shipped");
    assert_eq!(minutes[0], *minutes.iter().min().unwrap(), "{minutes:?}");
    assert_eq!(
        programme.weeks[3].sessions,
        ["twice-weekly", "twice-weekly"]
    );
    assert_eq!(
        programmes(),
        library.programmes,
        "the tray's list is the same"
    );
    // Programme files are not read as routines.
    assert!(!library
        .routines
        .iter()
        .any(|e| e.routine.id == programme.id));
}

#[test]
fn a_programme_naming_a_missing_routine_says_where_and_what_was_meant() {
    let routines: HashSet<String> = ["desk-reset", "twice-weekly"].map(String::from).into();
    let text = "id = \"mine\"\ntitle = \"Mine\"\nsummary = \"Two weeks.\"\n\n[[weeks]]\nsessions = [\"desk-reset\"]\n\n[[weeks]]\nsessions = [\"twice-weeky\"]\n";
    let problems =
        parse_programme(&routine_file("programmes/mine.toml", text), &routines).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "programmes/mine.toml:9: week 2, session 1 names routine 'twice-weeky', which does not exist (did you mean 'twice-weekly'?)"
    );
    let good = text.replace("twice-weeky", "twice-weekly");
    let programme =
        parse_programme(&routine_file("programmes/mine.toml", &good), &routines).unwrap();
    assert_eq!(
        programme.sessions(),
        [(0, 0, "desk-reset"), (1, 0, "twice-weekly")]
    );
}

/// A `routines/` folder on disk with one technique and its German translation.
fn translated_tree(german: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("routines");
    std::fs::create_dir_all(root.join("techniques")).unwrap();
    std::fs::create_dir_all(root.join("locales/de/techniques")).unwrap();
    let english = shipped::FILES
        .iter()
        .find(|(name, _)| *name == "routines/techniques/heel-circles.toml")
        .unwrap()
        .1;
    std::fs::write(root.join("techniques/heel-circles.toml"), english).unwrap();
    std::fs::write(
        root.join("techniques/arch-thumb-walk.toml"),
        english.replace("heel-circles", "arch-thumb-walk"),
    )
    .unwrap();
    std::fs::write(root.join("locales/de/about.toml"), "complete = true\n").unwrap();
    std::fs::write(root.join("locales/de/techniques/heel-circles.toml"), german).unwrap();
    dir
}

#[test]
fn validate_says_where_a_translation_goes_wrong() {
    let german = "title = \"Fersenkreise\"\nsummary = \"Kreise.\"\nsteps = [\"Eins.\", \"Zwei.\"]\nspeed = \"fast\"\n";
    let dir = translated_tree(german);
    let (checked, problems) = validate_paths(&[dir.path().join("routines")]);
    assert_eq!(
        checked, 4,
        "two techniques, a translation and its about.toml: {problems:?}"
    );
    let said: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    let de = dir.path().join("routines").join("locales").join("de");
    let file = de
        .join("techniques")
        .join("heel-circles.toml")
        .display()
        .to_string();
    let expect = [
        format!("{file}:3: \"steps\" has 2 items where the English has 4: there must be one for each"),
        format!("{file}:4: \"speed\" has no English text to translate here"),
        format!("{file}: \"alt\" is not translated, but the language says it is complete"),
        format!(
            "{}: missing: de says it is complete, but has no translation of techniques/arch-thumb-walk.toml",
            de.join("techniques").join("arch-thumb-walk.toml").display()
        ),
    ];
    for line in &expect {
        assert!(said.contains(line), "{line}\nnot in {said:#?}");
    }
}

#[test]
fn every_shipped_language_keeps_the_shape_of_the_english_library() {
    let english = load_library(std::path::Path::new("/nonexistent"));
    for language in crate::i18n::LANGUAGES
        .iter()
        .map(|l| l.tag)
        .chain([crate::i18n::PSEUDO])
    {
        let mut library = english.clone();
        overlay::localize(&mut library, language);
        for (ours, en) in library.techniques.iter().zip(&english.techniques) {
            assert_eq!(
                (&ours.id, ours.steps.len()),
                (&en.id, en.steps.len()),
                "{language}"
            );
            assert_eq!(
                ours.cautions.len(),
                en.cautions.len(),
                "{language} {}",
                ours.id
            );
        }
        for (ours, en) in library.routines.iter().zip(&english.routines) {
            assert_eq!(
                ours.routine.steps,
                {
                    let mut steps = en.routine.steps.clone();
                    for (step, translated) in steps.iter_mut().zip(&ours.routine.steps) {
                        step.cue = translated.cue.clone();
                    }
                    steps
                },
                "{language}: only the cues change"
            );
        }
        if language != "en" {
            let title = &library.techniques[0].title;
            assert_ne!(
                title, &english.techniques[0].title,
                "{language} has its own titles"
            );
        }
    }
}
