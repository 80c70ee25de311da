//! The endpoint on Windows: a named pipe, `\\.\pipe\solewise-<hash of the data folder>`,
//! that refuses clients from other machines. The first instance is created with
//! `FILE_FLAG_FIRST_PIPE_INSTANCE`, so a second daemon for the same folder cannot take
//! it over; the daemon keeps one spare instance waiting for the next client.

use std::ffi::OsString;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::windows::named_pipe::{ClientOptions, NamedPipeServer, ServerOptions};

use super::{spawn_connection, taken, Handler, IpcError, ANSWER_WITHIN};

/// One connection's byte stream.
pub type Stream = tokio::net::windows::named_pipe::NamedPipeClient;

/// The daemon's side of the endpoint: the pipe's name and the instance waiting for the
/// next client.
pub struct Listener {
    name: OsString,
    waiting: NamedPipeServer,
}

/// Every instance of the pipe is busy serving someone: try again shortly.
const ERROR_PIPE_BUSY: i32 = 231;

/// Opens a connection; `NotRunning` when no daemon listens there.
pub async fn connect(endpoint: &Path) -> Result<Stream, IpcError> {
    let give_up = tokio::time::Instant::now() + ANSWER_WITHIN;
    loop {
        match ClientOptions::new().open(endpoint.as_os_str()) {
            Ok(stream) => return Ok(stream),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Err(IpcError::NotRunning(endpoint.to_path_buf()))
            }
            Err(error) if error.raw_os_error() == Some(ERROR_PIPE_BUSY) => {
                if tokio::time::Instant::now() >= give_up {
                    return Err(IpcError::NoAnswer);
                }
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            Err(error) => return Err(error.into()),
        }
    }
}

fn instance(name: &OsString, first: bool) -> std::io::Result<NamedPipeServer> {
    ServerOptions::new()
        .first_pipe_instance(first)
        .reject_remote_clients(true)
        .create(name)
}

/// Takes the endpoint for this daemon: one daemon per data folder. When the pipe exists
/// already, another daemon owns it.
pub async fn bind(endpoint: &Path) -> Result<Listener, IpcError> {
    // Windows refuses a first instance of a pipe that exists; Wine does not, so ask too.
    match ClientOptions::new().open(endpoint.as_os_str()) {
        Ok(_) => return Err(taken(endpoint)),
        Err(error) if error.raw_os_error() == Some(ERROR_PIPE_BUSY) => return Err(taken(endpoint)),
        Err(_) => {}
    }
    let name = endpoint.as_os_str().to_owned();
    match instance(&name, true) {
        Ok(waiting) => Ok(Listener { name, waiting }),
        Err(error) if error.kind() == std::io::ErrorKind::PermissionDenied => Err(taken(endpoint)),
        Err(error) => Err(error.into()),
    }
}

/// Accepts connections for as long as the daemon runs, each served on its own task.
pub async fn serve<H: Handler>(listener: Listener, handler: Arc<H>, version: String) {
    let Listener { name, mut waiting } = listener;
    loop {
        let connected = waiting.connect().await;
        // The next client needs an instance of its own before this one is handed on.
        let next = match instance(&name, false) {
            Ok(next) => next,
            Err(error) => {
                log::error!("the daemon's pipe could not take another client: {error}");
                return;
            }
        };
        let this = std::mem::replace(&mut waiting, next);
        match connected {
            Ok(()) => spawn_connection(this, &handler, &version),
            Err(error) => {
                log::warn!("the daemon's endpoint could not accept a connection: {error}")
            }
        }
    }
}
