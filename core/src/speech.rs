//! Spoken guidance through Speech Dispatcher, the speech service of Linux desktops. It
//! speaks SSIP, a line protocol over a Unix socket: a command per line, answered by
//! lines `NNN-text` and a last line `NNN text`, where 2xx is success. Text to speak
//! follows `SPEAK` and ends with a line holding a lone dot.
//!
//! macOS and Windows have no Speech Dispatcher: there the page speaks through the web
//! view's own speech synthesis, which is the system synthesizer.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;
use ts_rs::TS;

use crate::prefs::VOICE_RATE;

/// A voice the service offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Voice {
    pub name: String,
    pub language: String,
}

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error(
        "No speech service is running (Speech Dispatcher is not installed or did not start: {0})."
    )]
    Unavailable(String),
    #[error("The speech service stopped answering: {0}")]
    Io(#[from] std::io::Error),
    #[error("The speech service refused '{command}': {answer}")]
    Refused { command: String, answer: String },
}

pub type Result<T> = std::result::Result<T, SpeechError>;

/// Where Speech Dispatcher listens: `SPEECHD_ADDRESS=unix_socket:PATH` if set (as its
/// own clients read it), else `$XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock`.
pub fn socket_path() -> Option<PathBuf> {
    if let Some(address) = std::env::var_os("SPEECHD_ADDRESS") {
        let address = address.to_string_lossy().into_owned();
        return address.strip_prefix("unix_socket:").map(PathBuf::from);
    }
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")?;
    Some(Path::new(&runtime).join("speech-dispatcher/speechd.sock"))
}

/// One connection to the speech service.
pub struct Connection {
    reader: BufReader<UnixStream>,
    writer: UnixStream,
}

impl Connection {
    /// Connects, starting the service first if it is installed but not running (its
    /// `--spawn` mode returns once it listens), and names this client.
    pub fn open() -> Result<Connection> {
        let path = socket_path()
            .ok_or_else(|| SpeechError::Unavailable("XDG_RUNTIME_DIR is not set".into()))?;
        let stream = match UnixStream::connect(&path) {
            Ok(stream) => stream,
            Err(first) => {
                let spawned = std::process::Command::new("speech-dispatcher")
                    .arg("--spawn")
                    .stdin(std::process::Stdio::null())
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::null())
                    .status();
                match spawned {
                    Ok(_) => UnixStream::connect(&path).map_err(|e| {
                        SpeechError::Unavailable(format!("{}: {e}", path.display()))
                    })?,
                    Err(_) => {
                        return Err(SpeechError::Unavailable(format!(
                            "{}: {first}",
                            path.display()
                        )))
                    }
                }
            }
        };
        Connection::over(stream)
    }

    /// A connection over an already connected socket.
    pub fn over(stream: UnixStream) -> Result<Connection> {
        stream.set_read_timeout(Some(Duration::from_secs(5)))?;
        stream.set_write_timeout(Some(Duration::from_secs(5)))?;
        let mut connection = Connection {
            reader: BufReader::new(stream.try_clone()?),
            writer: stream,
        };
        connection.command("SET self CLIENT_NAME user:solewise:guidance")?;
        connection.command("SET self PRIORITY message")?;
        Ok(connection)
    }

    /// Sends one command line and reads its answer: the text of each line, and the
    /// code of the last one.
    fn command(&mut self, line: &str) -> Result<(u16, Vec<String>)> {
        self.writer.write_all(format!("{line}\r\n").as_bytes())?;
        self.writer.flush()?;
        self.answer(line)
    }

    fn answer(&mut self, command: &str) -> Result<(u16, Vec<String>)> {
        let mut lines = Vec::new();
        loop {
            let mut line = String::new();
            if self.reader.read_line(&mut line)? == 0 {
                return Err(std::io::Error::from(std::io::ErrorKind::UnexpectedEof).into());
            }
            let line = line.trim_end_matches(['\r', '\n']);
            let code = line.get(..3).and_then(|c| c.parse::<u16>().ok());
            let (Some(code), Some(separator)) = (code, line.as_bytes().get(3)) else {
                return Err(SpeechError::Refused {
                    command: command.into(),
                    answer: format!("an answer SSIP does not have: {line:?}"),
                });
            };
            lines.push(line.get(4..).unwrap_or_default().to_string());
            if *separator == b' ' {
                if !(200..300).contains(&code) {
                    return Err(SpeechError::Refused {
                        command: command.into(),
                        answer: line.to_string(),
                    });
                }
                return Ok((code, lines));
            }
        }
    }

    /// Stops what is being said and drops what is queued.
    pub fn cancel(&mut self) -> Result<()> {
        self.command("CANCEL self").map(drop)
    }

    /// Queues `text` (after anything still being said).
    pub fn speak(&mut self, text: &str) -> Result<()> {
        self.command("SPEAK")?;
        let mut body = String::new();
        for line in text.lines() {
            // A line that starts with a dot is sent with one more (the lone dot ends).
            if line.starts_with('.') {
                body.push('.');
            }
            // Control characters have no place in speech, and CR would end the line.
            body.extend(line.chars().filter(|c| !c.is_control()));
            body.push_str("\r\n");
        }
        body.push_str(".\r\n");
        self.writer.write_all(body.as_bytes())?;
        self.writer.flush()?;
        self.answer("SPEAK").map(drop)
    }

    /// Speed, clamped to the setting's range, which is SSIP's: -100 (slowest) to 100.
    pub fn set_rate(&mut self, rate: i32) -> Result<()> {
        let rate = rate.clamp(*VOICE_RATE.start(), *VOICE_RATE.end());
        self.command(&format!("SET self RATE {rate}")).map(drop)
    }

    /// A voice by the name [`Connection::voices`] gave.
    pub fn set_voice(&mut self, name: &str) -> Result<()> {
        let name: String = name
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect();
        self.command(&format!("SET self SYNTHESIS_VOICE {name}"))
            .map(drop)
    }

    /// The voices of the current output module, sorted by language then name.
    pub fn voices(&mut self) -> Result<Vec<Voice>> {
        let (_, lines) = self.command("LIST SYNTHESIS_VOICES")?;
        let mut voices: Vec<Voice> = lines
            .iter()
            .take(lines.len().saturating_sub(1))
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let name = fields.next()?.trim();
                let language = fields.next().unwrap_or("").trim();
                (!name.is_empty()).then(|| Voice {
                    name: name.to_string(),
                    language: language.to_string(),
                })
            })
            .collect();
        voices.sort_by(|a, b| (&a.language, &a.name).cmp(&(&b.language, &b.name)));
        voices.dedup();
        Ok(voices)
    }
}

impl Drop for Connection {
    /// Says goodbye and waits briefly for the answer, as the service expects.
    fn drop(&mut self) {
        let _ = self
            .writer
            .set_read_timeout(Some(Duration::from_millis(300)));
        if self.writer.write_all(b"QUIT\r\n").is_ok() {
            let mut bye = String::new();
            let _ = self.reader.read_line(&mut bye);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::os::unix::net::UnixListener;

    /// A scripted service: answers each command with the next canned answer and keeps
    /// everything it received.
    fn service(answers: Vec<&'static str>) -> (Connection, std::thread::JoinHandle<String>) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("speechd.sock");
        let listener = UnixListener::bind(&path).unwrap();
        let server = std::thread::spawn(move || {
            let _dir = dir;
            let (stream, _) = listener.accept().unwrap();
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut writer = stream;
            let mut heard = String::new();
            let mut answers = answers.into_iter();
            let mut in_text = false;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap() == 0 {
                    break;
                }
                heard.push_str(&line);
                if line == "QUIT\r\n" {
                    break;
                }
                if in_text && line != ".\r\n" {
                    continue;
                }
                in_text = line == "SPEAK\r\n";
                if let Some(answer) = answers.next() {
                    writer.write_all(answer.as_bytes()).unwrap();
                }
            }
            let mut rest = String::new();
            let _ = reader.read_to_string(&mut rest);
            heard
        });
        let stream = UnixStream::connect(&path).unwrap();
        let connection = Connection::over(stream).unwrap();
        (connection, server)
    }

    const NAMED: &str = "208 OK CLIENT NAME SET\r\n";
    const PRIORITY: &str = "202 OK PRIORITY SET\r\n";

    #[test]
    fn text_is_sent_with_dots_escaped_and_the_end_marked() {
        let (mut speech, server) = service(vec![
            NAMED,
            PRIORITY,
            "230 OK RECEIVING DATA\r\n",
            "225-21\r\n225 OK MESSAGE QUEUED\r\n",
        ]);
        speech.speak("Heel circles.\n.5 of a minute\u{7}").unwrap();
        drop(speech);
        let heard = server.join().unwrap();
        assert_eq!(
            heard,
            "SET self CLIENT_NAME user:solewise:guidance\r\nSET self PRIORITY message\r\n\
             SPEAK\r\nHeel circles.\r\n..5 of a minute\r\n.\r\nQUIT\r\n"
        );
    }

    #[test]
    fn voices_are_read_from_a_multi_line_answer() {
        let (mut speech, _server) = service(vec![
            NAMED,
            PRIORITY,
            "249-en-gb\ten\tnone\r\n249-af\taf\tnone\r\n249 OK VOICE LIST SENT\r\n",
        ]);
        assert_eq!(
            speech.voices().unwrap(),
            [
                Voice {
                    name: "af".into(),
                    language: "af".into()
                },
                Voice {
                    name: "en-gb".into(),
                    language: "en".into()
                },
            ]
        );
    }

    /// By hand, against the real service (Debian: speech-dispatcher, espeak-ng):
    /// `cargo test -p solewise-core speech -- --ignored`.
    #[test]
    #[ignore = "by hand: needs Speech Dispatcher installed"]
    fn the_real_service_lists_voices_and_speaks() {
        let mut speech = Connection::open().unwrap();
        let voices = speech.voices().unwrap();
        assert!(
            voices.iter().any(|v| v.language.starts_with("en")),
            "{voices:?}"
        );
        speech.set_rate(-20).unwrap();
        speech.set_voice(&voices[0].name).unwrap();
        speech
            .speak("Heel circles. Left foot. The heel comes first.")
            .unwrap();
        speech.cancel().unwrap();
    }

    #[test]
    fn a_refusal_names_the_command_and_the_answer() {
        let (mut speech, _server) = service(vec![NAMED, PRIORITY, "409 ERR RATE TOO HIGH\r\n"]);
        let error = speech.set_rate(500).unwrap_err().to_string();
        assert!(error.contains("SET self RATE 100"), "{error}");
        assert!(error.contains("409 ERR RATE TOO HIGH"), "{error}");
    }
}
