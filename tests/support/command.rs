//! Running the real `solewise` program from the command-line tests (`cli.rs`,
//! `corpus.rs`, `platform.rs`): on a data folder, in UTC, without log noise, and never
//! hanging a test run (a command still running after a minute fails the test; no time is
//! asserted on).

#![allow(dead_code)] // each test file uses a part

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The repository (these tests belong to daemon/, beside it).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn solewise_in(data_dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_solewise"));
    command
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env("RUST_LOG", "off")
        .env("TZ", "UTC");
    in_english(&mut command);
    command
}

/// An English desktop, whatever the machine running the tests speaks.
pub fn in_english(command: &mut Command) {
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE");
}

/// Runs a command to its end, with its output.
pub fn run(mut command: Command) -> Output {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = spawn(&mut command);
    let limit = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > limit {
            child.kill().unwrap();
            panic!("{command:?} did not finish");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// Starts `command`. Under Wine, starting a process now and then fails with
/// ERROR_INTERNAL_ERROR (1359, once in a whole Windows run) and works when asked again;
/// Windows itself does not fail so, and any other error fails the test at once.
fn spawn(command: &mut Command) -> std::process::Child {
    let mut tries = 0;
    loop {
        match command.spawn() {
            Ok(child) => return child,
            Err(e) if cfg!(windows) && e.raw_os_error() == Some(1359) && tries < 5 => {
                tries += 1;
            }
            Err(e) => panic!("could not start {command:?}: {e}"),
        }
    }
}

pub fn solewise(data_dir: &Path, args: &[&str]) -> Output {
    run(solewise_in(data_dir, args))
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).to_string()
}

pub fn err(out: &Output) -> String {
    text(&out.stderr)
}

pub fn out(out: &Output) -> String {
    text(&out.stdout)
}
