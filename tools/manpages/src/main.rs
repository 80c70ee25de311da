//! `solewise-manpages DIR`: writes DIR/man1/solewise.1, a page for each of its commands
//! (solewise-sync.1, solewise-sync-set.1, … as git does), and DIR/man1/solewise-window.1.
//! The version is the one both programs share (the workspace's 0.1.0, checked by a test).

use std::path::Path;
use std::process::ExitCode;

use clap::CommandFactory;

#[allow(dead_code)]
#[path = "../../../daemon/src/cli/args.rs"]
mod daemon;
#[allow(dead_code)]
#[path = "../../../src-tauri/src/args.rs"]
mod window;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1) else {
        eprintln!("usage: solewise-manpages DIR");
        return ExitCode::from(2);
    };
    match write_all(Path::new(&dir)) {
        Ok(count) => {
            println!(
                "wrote {count} manual pages in {}",
                Path::new(&dir).join("man1").display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("solewise-manpages: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Writes every page; returns how many.
fn write_all(dir: &Path) -> std::io::Result<usize> {
    let man1 = dir.join("man1");
    std::fs::create_dir_all(&man1)?;
    let mut count = 0;
    for command in [daemon::Cli::command(), window::Args::command()] {
        let name = command.get_name().to_string();
        count += write(&man1, command, &name, &name)?;
    }
    Ok(count)
}

/// Writes the page of `command` (file `page`.1, run as `bin`) and of each of its
/// subcommands (`solewise-sync.1`, run as `solewise sync`).
fn write(man1: &Path, command: clap::Command, page: &str, bin: &str) -> std::io::Result<usize> {
    let command = command
        .display_name(page.to_string())
        .bin_name(bin.to_string())
        .disable_help_subcommand(true);
    let mut text = Vec::new();
    clap_mangen::Man::new(command.clone())
        .manual("Solewise Manual")
        .source(format!("Solewise {}", env!("CARGO_PKG_VERSION")))
        .render(&mut text)?;
    std::fs::write(man1.join(format!("{page}.1")), text)?;
    let mut count = 1;
    for sub in command.get_subcommands() {
        let name = sub.get_name();
        count += write(
            man1,
            sub.clone(),
            &format!("{page}-{name}"),
            &format!("{bin} {name}"),
        )?;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn every_command_has_a_page_that_names_its_options() {
        let dir = std::env::temp_dir().join(format!("solewise-man-{}", std::process::id()));
        let count = write_all(&dir).unwrap();
        let page = |name: &str| std::fs::read_to_string(dir.join("man1").join(name)).unwrap();
        assert!(page("solewise.1").contains("minimized"));
        assert!(page("solewise-sync.1").contains("passphrase"));
        assert!(page("solewise-history-add.1").contains("minutes"));
        assert!(page("solewise-window.1").contains("data\\-dir"));
        assert!(count > 30, "{count}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_pages_carry_the_programs_version() {
        let version = |toml: &str| {
            let text =
                std::fs::read_to_string(format!("{}/../../{toml}", env!("CARGO_MANIFEST_DIR")))
                    .unwrap();
            text.lines()
                .find(|l| l.starts_with("version = "))
                .unwrap()
                .to_string()
        };
        assert_eq!(
            version("daemon/Cargo.toml"),
            format!("version = \"{}\"", env!("CARGO_PKG_VERSION"))
        );
        assert_eq!(version("Cargo.toml"), version("daemon/Cargo.toml"));
    }
}
