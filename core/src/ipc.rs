//! The messages the tray daemon and the window app exchange, and the local endpoint they
//! meet at: a Unix socket on Linux and macOS, a named pipe on Windows (`unix.rs`,
//! `windows.rs` beside this file), one JSON message per line. A connection opens
//! with a handshake that names both sides' protocol and version, so a window newer than
//! the daemon (after a package upgrade) can tell and ask it to make way.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// Bumped when a message changes shape; both sides refuse a peer of another protocol.
pub const PROTOCOL: u32 = 1;
/// The longest line either side reads: a message is small, and a peer that sends more
/// is not a Solewise program.
pub const MAX_LINE: usize = 64 * 1024;
/// How long a client waits for the daemon before saying it is not answering.
pub const ANSWER_WITHIN: Duration = Duration::from_secs(5);

/// What a client asks the daemon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Request {
    /// The first message of every connection.
    Hello {
        /// The client's protocol number (`PROTOCOL`).
        protocol: u32,
        /// "window" or "cli": for the daemon's log.
        program: String,
        /// The client's package version.
        version: String,
    },
    /// Reminder rules, the pause or settings changed: read them again and wake up.
    Reschedule,
    /// What the tray would show: the next reminder and whether reminders are paused.
    Status,
    /// Show a sample notification, so the user can see that reminders will reach them.
    TestNotification,
    /// Finish what is under way and exit (a newer program is taking over).
    Quit,
}

/// What the daemon answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Reply {
    /// The daemon's half of the handshake.
    Hello {
        /// The daemon's protocol number; a client of another one gives up.
        protocol: u32,
        /// The daemon's package version.
        version: String,
        /// The daemon's process id.
        pid: u32,
    },
    /// The request was carried out.
    Done,
    /// What the tray shows, in answer to `Status`.
    Status {
        /// The next reminder (RFC 3339 with the local offset), pause included.
        next: Option<String>,
        /// Until when reminders are paused (RFC 3339 with the local offset); null when they
        /// are on, and an instant in the year 9999 when paused until turned back on.
        paused_until: Option<String>,
        /// The last reminder that could not be shown, and why.
        last_failure: Option<String>,
    },
    /// The request was refused or failed; a sentence for a person.
    Refused {
        /// Why, in a sentence for a person.
        message: String,
    },
}

/// Why talking to the tray daemon failed, in a sentence for a person.
#[derive(Debug, thiserror::Error)]
pub enum IpcError {
    /// No one listens at the daemon's endpoint, the path given: it is not running.
    NotRunning(PathBuf),
    /// The daemon did not answer within `ANSWER_WITHIN` (5 seconds).
    NoAnswer,
    /// The daemon speaks another protocol: it is an older or newer Solewise.
    OtherProtocol {
        /// The daemon's protocol number.
        theirs: u32,
        /// The daemon's package version.
        version: String,
    },
    /// The daemon sent something that is not a reply, or closed the connection instead of
    /// answering.
    Garbled(String),
    /// The connection itself failed.
    Io(#[from] std::io::Error),
}

impl std::fmt::Display for IpcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            IpcError::NotRunning(endpoint) => {
                crate::tr!("ipc-not-running", endpoint = endpoint.display().to_string())
            }
            IpcError::NoAnswer => crate::tr!("ipc-no-answer", seconds = ANSWER_WITHIN.as_secs()),
            IpcError::OtherProtocol { theirs, version } => crate::tr!(
                "ipc-other-protocol",
                theirs = theirs.to_string(),
                version = version.as_str(),
                ours = PROTOCOL.to_string()
            ),
            IpcError::Garbled(what) => crate::tr!("ipc-garbled", error = what.as_str()),
            IpcError::Io(error) => crate::tr!("ipc-connection-failed", error = error.to_string()),
        })
    }
}

/// One message as a line.
pub fn encode<T: Serialize>(message: &T) -> String {
    let mut line = serde_json::to_string(message).unwrap_or_else(|error| {
        // Only our own enums are encoded; they always serialize.
        format!("{{\"type\":\"refused\",\"message\":\"{error}\"}}")
    });
    line.push('\n');
    line
}

/// Reads one message from a line, with the reason it is not one.
pub fn decode<T: for<'de> Deserialize<'de>>(line: &str) -> Result<T, String> {
    serde_json::from_str(line.trim_end()).map_err(|error| error.to_string())
}

/// Reads one line of at most `MAX_LINE` bytes; `None` at the end of the stream.
pub async fn read_line<R: tokio::io::AsyncBufRead + Unpin>(
    reader: &mut R,
) -> std::io::Result<Option<String>> {
    let mut bytes = Vec::new();
    let mut limited = tokio::io::AsyncReadExt::take(&mut *reader, MAX_LINE as u64 + 1);
    let read = limited.read_until(b'\n', &mut bytes).await?;
    if read == 0 {
        return Ok(None);
    }
    if bytes.len() > MAX_LINE {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            crate::tr!("ipc-message-too-long", max = MAX_LINE),
        ));
    }
    String::from_utf8(bytes).map(Some).map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            crate::tr!("ipc-message-not-utf8"),
        )
    })
}

/// Where the daemon for `data_dir` listens: one daemon per data folder. On Unix, a
/// socket in the user's runtime folder when there is one (it is private and emptied at
/// logout), else in the data folder itself; on Windows, a named pipe.
#[cfg(unix)]
pub fn endpoint(data_dir: &Path) -> PathBuf {
    let runtime = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|dir| dir.is_absolute() && dir.is_dir());
    match runtime {
        Some(dir) => dir.join(format!("solewise-{:016x}.sock", fingerprint(data_dir))),
        None => data_dir.join("daemon.sock"),
    }
}

/// Where the daemon for `data_dir` listens on Windows: a named pipe named after the data
/// folder, so one daemon serves each data folder.
#[cfg(windows)]
pub fn endpoint(data_dir: &Path) -> PathBuf {
    PathBuf::from(format!(r"\\.\pipe\solewise-{:016x}", fingerprint(data_dir)))
}

/// A stable 64-bit FNV-1a hash of the data folder's path (socket paths must stay short).
fn fingerprint(data_dir: &Path) -> u64 {
    let absolute = std::path::absolute(data_dir).unwrap_or_else(|_| data_dir.to_path_buf());
    let text = absolute.to_string_lossy();
    // Windows' paths ignore case: C:\Users\Ann and c:\users\ann are one folder.
    #[cfg(windows)]
    let text = text.to_lowercase();
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The command that starts the daemon `program` for `data_dir` in the background: in
/// the tray, its output appended to `<data dir>/logs/daemon.log`, in a process group of
/// its own so that a terminal's Ctrl-C or hang-up meant for its starter passes it by.
pub fn daemon_command(program: &Path, data_dir: &Path) -> std::process::Command {
    use std::process::Stdio;
    let mut command = std::process::Command::new(program);
    command
        .arg("--data-dir")
        .arg(data_dir)
        .arg("--minimized")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(
            crate::DataDir::new(data_dir)
                .open_log("daemon")
                .map_or_else(Stdio::null, Stdio::from),
        );
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        command.process_group(0);
    }
    #[cfg(windows)]
    {
        // No console window for a background program; its own process group.
        use std::os::windows::process::CommandExt;
        const CREATE_NEW_PROCESS_GROUP: u32 = 0x0000_0200;
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        command.creation_flags(CREATE_NEW_PROCESS_GROUP | CREATE_NO_WINDOW);
    }
    command
}

/// A connection to the daemon, after the handshake.
pub struct Client {
    reader: BufReader<tokio::io::ReadHalf<Stream>>,
    writer: tokio::io::WriteHalf<Stream>,
    /// What the daemon said of itself.
    pub daemon_version: String,
    /// The daemon's process id.
    pub daemon_pid: u32,
}

impl Client {
    /// Connects and shakes hands; `program` is "window" or "cli".
    pub async fn connect(endpoint: &Path, program: &str) -> Result<Client, IpcError> {
        let stream = connect(endpoint).await?;
        let (read, writer) = tokio::io::split(stream);
        let mut client = Client {
            reader: BufReader::new(read),
            writer,
            daemon_version: String::new(),
            daemon_pid: 0,
        };
        let hello = Request::Hello {
            protocol: PROTOCOL,
            program: program.into(),
            version: env!("CARGO_PKG_VERSION").into(),
        };
        match client.ask(&hello).await? {
            Reply::Hello {
                protocol,
                version,
                pid,
            } if protocol == PROTOCOL => {
                client.daemon_version = version;
                client.daemon_pid = pid;
                Ok(client)
            }
            Reply::Hello {
                protocol, version, ..
            } => Err(IpcError::OtherProtocol {
                theirs: protocol,
                version,
            }),
            other => Err(IpcError::Garbled(format!("{other:?}"))),
        }
    }

    /// Sends one request and waits (at most `ANSWER_WITHIN`) for its reply.
    pub async fn ask(&mut self, request: &Request) -> Result<Reply, IpcError> {
        let exchange = async {
            self.writer.write_all(encode(request).as_bytes()).await?;
            match read_line(&mut self.reader).await? {
                Some(line) => decode(&line).map_err(IpcError::Garbled),
                None => Err(IpcError::Garbled(crate::tr!("ipc-connection-closed"))),
            }
        };
        tokio::time::timeout(ANSWER_WITHIN, exchange)
            .await
            .unwrap_or(Err(IpcError::NoAnswer))
    }
}

/// The daemon's answer to come.
pub type Answering<'a> = std::pin::Pin<Box<dyn std::future::Future<Output = Reply> + Send + 'a>>;

/// What the daemon does with a request (after the handshake).
pub trait Handler: Send + Sync + 'static {
    /// The reply to one request from a client that has said hello.
    fn handle(&self, request: Request) -> Answering<'_>;
}

/// Serves one connection: the handshake, then one reply per request line. Anything that
/// is not a message gets a `Refused` reply; a peer of another protocol is told and
/// dropped.
pub async fn serve_connection<S, H>(stream: S, handler: &H, version: &str) -> std::io::Result<()>
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
    H: Handler + ?Sized,
{
    let (read, mut writer) = tokio::io::split(stream);
    let mut reader = BufReader::new(read);
    let mut greeted = false;
    while let Some(line) = read_line(&mut reader).await? {
        let reply = match decode::<Request>(&line) {
            Err(reason) => Reply::Refused {
                message: crate::tr!("ipc-not-a-message", error = reason),
            },
            Ok(Request::Hello { protocol, .. }) => {
                greeted = protocol == PROTOCOL;
                Reply::Hello {
                    protocol: PROTOCOL,
                    version: version.into(),
                    pid: std::process::id(),
                }
            }
            Ok(_) if !greeted => Reply::Refused {
                message: crate::tr!("ipc-hello-first", protocol = PROTOCOL.to_string()),
            },
            Ok(request) => handler.handle(request).await,
        };
        writer.write_all(encode(&reply).as_bytes()).await?;
    }
    Ok(())
}

/// What `bind` says when another daemon holds the endpoint.
fn taken(endpoint: &Path) -> IpcError {
    IpcError::Io(std::io::Error::new(
        std::io::ErrorKind::AddrInUse,
        crate::tr!(
            "ipc-endpoint-taken",
            endpoint = endpoint.display().to_string()
        ),
    ))
}

/// Serves one accepted connection on a task of its own.
fn spawn_connection<S, H>(stream: S, handler: &std::sync::Arc<H>, version: &str)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin + Send + 'static,
    H: Handler,
{
    let handler = handler.clone();
    let version = version.to_owned();
    tokio::spawn(async move {
        if let Err(error) = serve_connection(stream, handler.as_ref(), &version).await {
            log::warn!("a connection to the daemon ended badly: {error}");
        }
    });
}

#[cfg(unix)]
mod unix;
#[cfg(unix)]
pub use unix::{bind, connect, serve, Listener, Stream};

#[cfg(windows)]
mod windows;
#[cfg(windows)]
pub use windows::{bind, connect, serve, Listener, Stream};

#[cfg(test)]
mod tests;
