//! Every IPC command the app registers has its own permission, and the main window's
//! capability grants exactly those: nothing the UI calls is refused, and nothing else is
//! let through.

// A test fails by panicking: unwrap and expect are how it says what went wrong.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeSet;
use std::path::Path;

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn each_registered_command_is_permitted_once_and_granted_to_the_main_window() {
    let shell = read("src-tauri/src/shell.rs");
    let start = shell.find("generate_handler![").expect("a handler list");
    let end = start + shell[start..].find("])").unwrap();
    let registered: BTreeSet<String> = shell[start + "generate_handler![".len()..end]
        .split(',')
        .map(|s| s.trim().rsplit("::").next().unwrap_or("").to_string())
        .filter(|s| !s.is_empty())
        .collect();

    let permissions: toml::Table = toml::from_str(&read("src-tauri/permissions/app.toml")).unwrap();
    let mut permitted = BTreeSet::new();
    for permission in permissions["permission"].as_array().unwrap() {
        let command = permission["commands"]["allow"][0]
            .as_str()
            .unwrap()
            .to_string();
        let identifier = permission["identifier"].as_str().unwrap();
        assert_eq!(identifier, format!("allow-{}", command.replace('_', "-")));
        assert!(permitted.insert(command), "{identifier} defined twice");
    }
    assert_eq!(registered, permitted);

    let config: serde_json::Value = serde_json::from_str(&read("tauri.conf.json")).unwrap();
    let capability = &config["app"]["security"]["capabilities"][0];
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_string())
        .filter(|p| p.starts_with("allow-"))
        .collect();
    let expected: BTreeSet<String> = permitted
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    assert_eq!(granted, expected);
    let others: Vec<&str> = capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p.as_str())
        .filter(|p| !p.starts_with("allow-"))
        .collect();
    assert_eq!(
        others,
        ["core:event:allow-listen", "core:event:allow-unlisten"]
    );
}

/// Tauri runs a plain `fn` command on the main thread, where a slow query freezes the
/// window; an `async fn` command runs on the async runtime's threads.
#[test]
fn no_command_runs_on_the_main_thread() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/src/commands");
    let mut blocking = Vec::new();
    let mut seen = 0;
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            if line.trim() == "#[tauri::command]" {
                seen += 1;
                let signature = lines.next().unwrap_or_default().trim().to_string();
                if !signature.starts_with("pub async fn ") {
                    blocking.push(format!("{}: {signature}", path.display()));
                }
            }
        }
    }
    assert!(seen >= 40, "found only {seen} commands");
    assert!(blocking.is_empty(), "{}", blocking.join("\n"));
}
