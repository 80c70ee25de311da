//! Finding techniques and routines by what they are for, not only by their titles: the
//! Guides screen's search and `solewise routines search` use this one rule.

use serde::Serialize;
use ts_rs::TS;

use super::model::{Goal, Library, Routine, Technique};

/// What a search found, best first: ids of techniques and of routines.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
pub struct Found {
    /// Technique ids, those whose title matches first.
    pub techniques: Vec<String>,
    /// Routine ids (built-in and the user's own), those whose title matches first.
    pub routines: Vec<String>,
}

/// The words an item can be found by.
struct Words<'a> {
    title: &'a str,
    rest: Vec<&'a str>,
}

fn goal_word(goal: Goal) -> &'static str {
    match goal {
        Goal::Circulation => "circulation",
        Goal::Stress => "stress",
        Goal::Flexibility => "flexibility",
        Goal::Sleep => "sleep",
        Goal::Recovery => "recovery",
    }
}

fn technique_words(technique: &Technique) -> Words<'_> {
    let mut rest: Vec<&str> = vec![&technique.summary];
    rest.extend(technique.tags.iter().map(String::as_str));
    rest.extend(technique.goals.iter().map(|goal| goal_word(*goal)));
    Words {
        title: &technique.title,
        rest,
    }
}

fn routine_words(routine: &Routine) -> Words<'_> {
    let mut rest: Vec<&str> = vec![&routine.summary];
    rest.extend(routine.tags.iter().map(String::as_str));
    rest.extend(routine.goals.iter().map(|goal| goal_word(*goal)));
    Words {
        title: &routine.title,
        rest,
    }
}

/// 2 when every word of `query` is in the title, 1 when every word is somewhere, else 0.
fn score(words: &Words, query: &[String]) -> u8 {
    let title = words.title.to_lowercase();
    if query.iter().all(|word| title.contains(word.as_str())) {
        return 2;
    }
    let everything = words
        .rest
        .iter()
        .fold(title, |all, text| all + " " + &text.to_lowercase());
    u8::from(query.iter().all(|word| everything.contains(word.as_str())))
}

/// The techniques and routines in `library` that every word of `query` describes (in
/// their titles, summaries, search words or goals), title matches first. An empty query
/// finds nothing.
pub fn search(library: &Library, query: &str) -> Found {
    let query: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if query.is_empty() {
        return Found::default();
    }
    let ranked = |scored: Vec<(u8, String)>| {
        let mut scored: Vec<(u8, String)> = scored.into_iter().filter(|(s, _)| *s > 0).collect();
        // Stable: within a score, the library's own order.
        scored.sort_by_key(|(score, _)| std::cmp::Reverse(*score));
        scored.into_iter().map(|(_, id)| id).collect()
    };
    Found {
        techniques: ranked(
            library
                .techniques
                .iter()
                .map(|t| (score(&technique_words(t), &query), t.id.clone()))
                .collect(),
        ),
        routines: ranked(
            library
                .routines
                .iter()
                .map(|e| {
                    (
                        score(&routine_words(&e.routine), &query),
                        e.routine.id.clone(),
                    )
                })
                .collect(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_any_order_find_titles_first_then_what_things_are_for() {
        let library = crate::routines::load_library(std::path::Path::new("/nonexistent"));
        let found = search(&library, "CALF stretch");
        assert_eq!(
            found.techniques.first().map(String::as_str),
            Some("calf-stretch")
        );
        assert!(search(&library, "  ").techniques.is_empty());
        assert!(search(&library, "no-such-thing-anywhere")
            .routines
            .is_empty());
        // Goals count as words too.
        assert!(!search(&library, "sleep").routines.is_empty());
    }
}
