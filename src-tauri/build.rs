//! Build script: runs tauri-build with the app's own permissions.

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
}
