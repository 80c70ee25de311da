//! The command line of `solewise`: with no subcommand it opens the window (starting the
//! daemon first if needed), with `--minimized` it is the daemon; the subcommands work on
//! the data folder without a window, and `run` carries them out.

mod args;
mod history;
mod programmes;
pub mod run;
mod sync;

pub use args::*;

use std::path::PathBuf;

impl Cli {
    /// The data folder (see `solewise_core::DataDir::locate`).
    pub fn data_dir(&self) -> Result<PathBuf, String> {
        solewise_core::DataDir::locate(self.data_dir.as_deref()).map(|dir| dir.path().to_path_buf())
    }

    /// Speaks `--lang`'s language, or the one chosen in Settings, or the system's; says
    /// (on stderr) when the one asked for is not one Solewise speaks.
    pub fn choose_language(&self, data_dir: &std::path::Path) {
        use solewise_core::{app, i18n, store};
        // No database yet: nothing chosen yet either (and nothing is created to find out).
        let database = solewise_core::DataDir::new(data_dir).database();
        let setting = match &self.lang {
            Some(_) => "system".to_string(),
            None if !database.exists() => "system".to_string(),
            None => store::Store::open_for(data_dir, store::Access::ReadOnly)
                .ok()
                .and_then(|db| app::settings::read(&db).ok())
                .map_or_else(|| "system".to_string(), |prefs| prefs.language),
        };
        let info = i18n::resolve(&setting, self.lang.as_deref());
        i18n::set_language(&info.active);
        if let Some(asked) = &self.lang {
            if !i18n::negotiate(asked).exact {
                let name = i18n::LANGUAGES
                    .iter()
                    .find(|l| l.tag == info.active)
                    .map_or(info.active.as_str(), |l| l.name);
                eprintln!(
                    "solewise: {}",
                    solewise_core::tr!(
                        "cli-language-fallback",
                        asked = solewise_core::input::printable(asked),
                        shown = name
                    )
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[test]
    fn data_dir_and_minimized_are_read_from_the_command_line() {
        let cli =
            Cli::try_parse_from(["solewise", "--data-dir", "/tmp/sw", "--minimized"]).unwrap();
        assert_eq!(cli.data_dir().unwrap(), PathBuf::from("/tmp/sw"));
        assert!(cli.minimized);
    }

    #[test]
    fn unknown_flags_are_refused_with_a_message() {
        let error = Cli::try_parse_from(["solewise", "--minimised"]).unwrap_err();
        assert!(error.to_string().contains("--minimized"), "{error}");
    }
}
