//! A recording speech server where Speech Dispatcher listens, so a test can read what the
//! app said, in order.

use std::fs;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use serde_json::Value;

use super::{repo_root, Desktop, Process};

impl Desktop {
    /// Starts tests/support/speech_server.py on `$XDG_RUNTIME_DIR/speech-dispatcher/
    /// speechd.sock`, with a runtime folder of this desktop's own.
    pub fn with_speech_server(mut self) -> Desktop {
        let runtime = self.dir.path().join("run");
        fs::create_dir_all(&runtime).unwrap();
        let log = self.dir.path().join("speech.jsonl");
        let mut child = Command::new("/usr/bin/python3")
            .arg(repo_root().join("tests/support/speech_server.py"))
            .arg(runtime.join("speech-dispatcher/speechd.sock"))
            .arg(&log)
            .stdout(Stdio::piped())
            .spawn()
            .expect("start tests/support/speech_server.py");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "speech server did not start");
        self.runtime_dir = Some(runtime);
        self.speech_server = Some(Process::new(child));
        self
    }

    /// What the speech server received, oldest first: `speak` texts and other commands.
    pub fn speech_log(&self) -> Vec<Value> {
        fs::read_to_string(self.dir.path().join("speech.jsonl"))
            .unwrap_or_default()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap())
            .collect()
    }

    /// Every text spoken so far, in order.
    pub fn spoken(&self) -> Vec<String> {
        self.speech_log()
            .iter()
            .filter_map(|entry| entry["speak"].as_str().map(str::to_string))
            .collect()
    }
}
