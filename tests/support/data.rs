//! What tests put in a data folder before the app starts.

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
