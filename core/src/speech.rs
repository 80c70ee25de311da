//! Spoken guidance through Speech Dispatcher, the speech service of Linux desktops, with
//! the `ssip-client-async` crate's blocking client on its Unix socket.
//!
//! SSIP is a line protocol: a command per line, answered by lines `NNN-text` and a last
//! line `NNN text`. Text to speak follows `SPEAK` and ends with a line holding a lone
//! dot. The crate sends what it is given as it is, so the escaping of that dot and the
//! checking of values that go on a command line are done here.
//!
//! macOS and Windows have no Speech Dispatcher: there the page speaks through the web
//! view's own speech synthesis, which is the system synthesizer.

use std::io;
use std::os::unix::net::UnixStream;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;
use ssip_client_async::fifo::synchronous::Builder;
use ssip_client_async::{
    Client, ClientError, ClientName, ClientResult, ClientScope, MessageScope, Priority,
    OK_CANCELED, OK_LANGUAGE_SET, OK_PRIORITY_SET, OK_RATE_SET, OK_VOICE_SET,
};
use ts_rs::TS;

use crate::prefs::VOICE_RATE;

/// How long the service may take to answer before the connection counts as lost.
const ANSWER_WITHIN: Duration = Duration::from_secs(5);

/// A voice the service offers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Voice {
    /// The voice's name as the service lists it, which is what Settings saves.
    pub name: String,
    /// The language it speaks, as a tag ("en-GB"); empty when the service does not say.
    pub language: String,
}

/// Why spoken guidance could not go on.
#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    /// There is no speech service to talk to: not installed, or it did not start.
    Unavailable(String),
    /// The connection broke or went silent; connecting again may help.
    Io(#[from] std::io::Error),
    /// The service answered a command with an error.
    Refused {
        /// The command as sent ("SET self RATE 100").
        command: String,
        /// The service's answer ("409 ERR RATE TOO HIGH").
        answer: String,
    },
}

impl std::fmt::Display for SpeechError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            SpeechError::Unavailable(detail) => {
                crate::tr!("speech-unavailable", detail = detail.as_str())
            }
            SpeechError::Io(error) => {
                crate::tr!("speech-stopped-answering", error = error.to_string())
            }
            SpeechError::Refused { command, answer } => crate::tr!(
                "speech-refused",
                command = command.as_str(),
                answer = answer.as_str()
            ),
        })
    }
}

/// A speech result.
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
    client: Client<UnixStream>,
}

impl Connection {
    /// Connects, starting the service first if it is installed but not running (its
    /// `--spawn` mode returns once it listens), and names this client.
    pub fn open() -> Result<Connection> {
        let path = socket_path()
            .ok_or_else(|| SpeechError::Unavailable(crate::tr!("speech-no-runtime-dir")))?;
        let mut builder = Builder::new();
        builder.path(&path).timeout(ANSWER_WITHIN);
        let client = match builder.build() {
            Ok(client) => client,
            Err(first) => {
                builder
                    .with_spawn()
                    .map_err(|_| unavailable(&path, &first))?;
                builder.build().map_err(|e| unavailable(&path, &e))?
            }
        };
        Connection::introduce(client)
    }

    /// Connects to a service already listening at `path` (never starts one).
    pub fn at(path: &Path) -> Result<Connection> {
        let client = Builder::new()
            .path(path)
            .timeout(ANSWER_WITHIN)
            .build()
            .map_err(|e| unavailable(path, &e))?;
        Connection::introduce(client)
    }

    /// Names this client and gives its messages the ordinary priority.
    fn introduce(client: Client<UnixStream>) -> Result<Connection> {
        let mut connection = Connection { client };
        connection.run("SET self CLIENT_NAME user:solewise:guidance", |c| {
            c.set_client_name(ClientName::with_component("user", "solewise", "guidance"))?
                .check_client_name_set()
                .map(drop)
        })?;
        // Only `Message`: the crate writes some other priorities under the wrong name.
        connection.run("SET self PRIORITY message", |c| {
            c.set_priority(Priority::Message)?
                .check_status(OK_PRIORITY_SET)
                .map(drop)
        })?;
        Ok(connection)
    }

    /// Runs one exchange with the service; `command` names it in errors. The crate cuts
    /// answer lines at byte offsets and so panics on some garbled, non-ASCII answers:
    /// such an answer counts as a lost connection, like any other unreadable one.
    fn run<T>(
        &mut self,
        command: &str,
        exchange: impl FnOnce(&mut Client<UnixStream>) -> ClientResult<T>,
    ) -> Result<T> {
        match catch_unwind(AssertUnwindSafe(|| exchange(&mut self.client))) {
            Ok(Ok(value)) => Ok(value),
            Ok(Err(error)) => Err(failure(command, error)),
            Err(_) => Err(SpeechError::Io(io::Error::new(
                io::ErrorKind::InvalidData,
                crate::tr!("speech-unreadable-answer", command = command),
            ))),
        }
    }

    /// Stops what is being said and drops what is queued.
    pub fn cancel(&mut self) -> Result<()> {
        self.run("CANCEL self", |c| {
            c.cancel(MessageScope::Last)?
                .check_status(OK_CANCELED)
                .map(drop)
        })
    }

    /// Queues `text` (after anything still being said).
    pub fn speak(&mut self, text: &str) -> Result<()> {
        let lines = text_lines(text);
        self.run("SPEAK", |c| {
            c.speak()?
                .check_receiving_data()?
                .send_lines(&lines)?
                .receive_message_id()
                .map(drop)
        })
    }

    /// Speed, clamped to the setting's range, which is SSIP's: -100 (slowest) to 100.
    pub fn set_rate(&mut self, rate: i32) -> Result<()> {
        let rate = rate.clamp(*VOICE_RATE.start(), *VOICE_RATE.end());
        let rate = i8::try_from(rate).unwrap_or(if rate < 0 { -100 } else { 100 });
        self.run(&format!("SET self RATE {rate}"), |c| {
            c.set_rate(ClientScope::Current, rate)?
                .check_status(OK_RATE_SET)
                .map(drop)
        })
    }

    /// A voice by the name [`Connection::voices`] gave. Names may hold spaces ("English
    /// (Great Britain)"); one with a line break or another control character is refused.
    pub fn set_voice(&mut self, name: &str) -> Result<()> {
        let name = one_line("SYNTHESIS_VOICE", name, true)?;
        self.run(&format!("SET self SYNTHESIS_VOICE {name}"), |c| {
            c.set_synthesis_voice(ClientScope::Current, name)?
                .check_status(OK_VOICE_SET)
                .map(drop)
        })
    }

    /// The language to speak, as a tag such as `en-GB` (the voices' second field); the
    /// service picks a voice for it. A tag with spaces or control characters is refused.
    pub fn set_language(&mut self, tag: &str) -> Result<()> {
        let tag = one_line("LANGUAGE", tag, false)?;
        self.run(&format!("SET self LANGUAGE {tag}"), |c| {
            c.set_language(ClientScope::Current, tag)?
                .check_status(OK_LANGUAGE_SET)
                .map(drop)
        })
    }

    /// The voices of the current output module, sorted by language then name.
    pub fn voices(&mut self) -> Result<Vec<Voice>> {
        let listed = self.run("LIST SYNTHESIS_VOICES", |c| {
            c.list_synthesis_voices()?.receive_synthesis_voices()
        })?;
        let mut voices: Vec<Voice> = listed
            .into_iter()
            .filter_map(|voice| {
                let name = voice.name.trim();
                (!name.is_empty()).then(|| Voice {
                    name: name.to_string(),
                    language: voice.language.as_deref().unwrap_or("").trim().to_string(),
                })
            })
            .collect();
        voices.sort_by(|a, b| (&a.language, &a.name).cmp(&(&b.language, &b.name)));
        voices.dedup();
        Ok(voices)
    }
}

impl Drop for Connection {
    /// Says goodbye without waiting for the answer (the service closes its end anyway).
    fn drop(&mut self) {
        let _ = self.client.quit();
    }
}

fn unavailable(path: &Path, error: &io::Error) -> SpeechError {
    SpeechError::Unavailable(crate::tr!(
        "speech-socket-error",
        socket = path.display().to_string(),
        error = error.to_string()
    ))
}

/// Our error for the crate's: a read that timed out or failed is a lost connection (the
/// window then reconnects), an `ERR` answer a refusal that quotes it.
fn failure(command: &str, error: ClientError) -> SpeechError {
    let refused = |answer: String| SpeechError::Refused {
        command: command.to_string(),
        answer,
    };
    let timed_out = || {
        let within = ANSWER_WITHIN.as_secs();
        SpeechError::Io(io::Error::new(
            io::ErrorKind::TimedOut,
            crate::tr!("speech-no-answer", seconds = within),
        ))
    };
    match error {
        ClientError::Io(e) if e.kind() == io::ErrorKind::WouldBlock => timed_out(),
        ClientError::Io(e) => SpeechError::Io(e),
        ClientError::NotReady => timed_out(),
        ClientError::Ssip(status) => refused(format!("{} ERR {}", status.code, status.message)),
        ClientError::UnexpectedStatus(code) => {
            refused(crate::tr!("speech-answer-coded", code = code.to_string()))
        }
        other => refused(other.to_string()),
    }
}

/// `value` trimmed, if it can go on a command line: not empty, no control character (CR
/// and LF would end the line and start a command of the caller's), and no whitespace
/// but plain spaces, where `spaces` allows those. Nothing is sent otherwise.
fn one_line<'a>(setting: &str, value: &'a str, spaces: bool) -> Result<&'a str> {
    let value = value.trim();
    let unfit = |c: char| c.is_control() || (c.is_whitespace() && !(spaces && c == ' '));
    if value.is_empty() || value.chars().any(unfit) {
        return Err(SpeechError::Refused {
            command: format!("SET self {setting} {value:?}"),
            answer: crate::tr!(
                "speech-value-not-sent",
                spaces = if spaces { "yes" } else { "no" }
            ),
        });
    }
    Ok(value)
}

/// The lines of `text` as SSIP carries them: control characters (CR among them) dropped,
/// then a line that starts with a dot given one more, since a lone dot ends the text.
fn text_lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|line| {
            let kept: String = line.chars().filter(|c| !c.is_control()).collect();
            if kept.starts_with('.') {
                format!(".{kept}")
            } else {
                kept
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
