//! A recording speech server where Speech Dispatcher listens, so a test can read what the
//! app said, in order.

use std::fs;

use serde_json::Value;

use super::Desktop;

impl Desktop {
    /// Starts tests/support/speech_server.py on `$XDG_RUNTIME_DIR/speech-dispatcher/
    /// speechd.sock`, with a runtime folder of this desktop's own.
    pub fn with_speech_server(mut self) -> Desktop {
        let runtime = self.dir.path().join("run");
        fs::create_dir_all(&runtime).unwrap();
        let log = self.dir.path().join("speech.jsonl");
        let socket = runtime.join("speech-dispatcher/speechd.sock");
        let server = self.start_helper("speech_server.py", &[socket.as_os_str(), log.as_os_str()]);
        self.runtime_dir = Some(runtime);
        self.speech_server = Some(server);
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
