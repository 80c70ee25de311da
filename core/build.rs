//! Build script: builds the shipped technique and routine files (the repository's
//! `routines/` folder) into the library, and each language's messages (`locales/`).

// A build script reports a failure by panicking: cargo prints the message and stops.
#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};

/// Writes `$OUT_DIR/shipped_routines.rs`: a table of every .toml and .md file under
/// routines/, by path relative to the repository, with its contents.
fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let root = manifest
        .parent()
        .expect("core/ sits in the repository")
        .to_path_buf();
    println!("cargo:rerun-if-changed=../routines");
    let mut files = Vec::new();
    collect(&root.join("routines"), &mut files);
    files.sort();
    let mut out = String::from("pub static FILES: &[(&str, &str)] = &[\n");
    for path in files {
        let relative = path
            .strip_prefix(&root)
            .expect("under the repository")
            .to_string_lossy()
            .replace('\\', "/");
        out.push_str(&format!(
            "    ({relative:?}, include_str!({:?})),\n",
            path.to_string_lossy()
        ));
    }
    out.push_str("];\n");
    let target =
        PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("shipped_routines.rs");
    std::fs::write(target, out).expect("write shipped_routines.rs");
    write_messages(&root);
}

/// Writes `$OUT_DIR/shipped_messages.rs`: what the Rust programs say in each language,
/// by tag, English first: every `locales/<tag>/*.ftl` but the window's (`window.ftl`),
/// joined in name order.
fn write_messages(root: &Path) {
    println!("cargo:rerun-if-changed=../locales");
    let mut tags: Vec<(String, PathBuf)> = std::fs::read_dir(root.join("locales"))
        .map(|entries| {
            entries
                .flatten()
                .filter(|e| e.path().is_dir())
                .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
                .collect()
        })
        .unwrap_or_default();
    tags.sort_by_key(|(tag, _)| (tag != "en", tag.clone()));
    let mut out = String::from("pub static FILES: &[(&str, &str)] = &[\n");
    for (tag, dir) in tags {
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("read a locales/ folder")
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl") && !p.ends_with("window.ftl"))
            .collect();
        files.sort();
        let parts: Vec<String> = files
            .iter()
            .map(|file| {
                println!("cargo:rerun-if-changed={}", file.display());
                format!("include_str!({:?})", file.to_string_lossy())
            })
            .collect();
        if !parts.is_empty() {
            out.push_str(&format!(
                "    ({tag:?}, concat!({})),\n",
                parts.join(", \"\\n\", ")
            ));
        }
    }
    out.push_str("];\n");
    let target =
        PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("shipped_messages.rs");
    std::fs::write(target, out).expect("write shipped_messages.rs");
}
fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path
            .extension()
            .is_some_and(|ext| ext == "toml" || ext == "md")
        {
            files.push(path);
        }
    }
}
