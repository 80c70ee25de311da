//! What tests put in a data folder: routines before the app starts, history through the
//! command line.

use std::fs;
use std::path::Path;

/// A custom routine in the data folder, with short steps for tests.
pub fn write_routine(data_dir: &Path, id: &str, steps: &[(&str, &str, u32)]) {
    let mut text = format!(
        "id = \"{id}\"\ntitle = \"Quick test\"\nsummary = \"For tests.\"\ngoals = [\"stress\"]\n"
    );
    for (technique, foot, seconds) in steps {
        text.push_str(&format!(
            "\n[[steps]]\ntechnique = \"{technique}\"\nfoot = \"{foot}\"\nseconds = {seconds}\n"
        ));
    }
    fs::create_dir_all(data_dir.join("routines")).unwrap();
    fs::write(data_dir.join(format!("routines/{id}.toml")), text).unwrap();
}

/// Imports a history export into the data folder with `solewise history import`, as a
/// person would from another computer's export.
pub fn import_history(data_dir: &Path, file: &Path) {
    let out = std::process::Command::new(super::cli())
        .args(["history", "import"])
        .arg(file)
        .arg("--data-dir")
        .arg(data_dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
