//! Build script: runs tauri-build with the app's own permissions, and builds the shipped
//! technique and routine files (the `routines/` folder) into the binary.

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/permissions");
    // tauri-build would read permissions from ./permissions (the package root is the
    // repository root); they live in src-tauri/permissions/ instead.
    let attributes = tauri_build::Attributes::new().app_manifest(
        tauri_build::AppManifest::new().permissions_path_pattern("src-tauri/permissions/*.toml"),
    );
    if let Err(error) = tauri_build::try_build(attributes) {
        // tauri-build reports config and capability mistakes here; make them readable.
        eprintln!("tauri-build failed: {error:#}");
        std::process::exit(1);
    }
    embed_routines();
}

/// Writes `$OUT_DIR/shipped_routines.rs`: a table of every .toml and .md file under
/// routines/, by path relative to the repository, with its contents.
fn embed_routines() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    println!("cargo:rerun-if-changed=routines");
    let mut files = Vec::new();
    collect(&root.join("routines"), &mut files);
    files.sort();
    let mut out = String::from("pub static FILES: &[(&str, &str)] = &[\n");
    for path in files {
        let relative = path
            .strip_prefix(&root)
            .expect("under the package root")
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
