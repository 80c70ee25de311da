//! The endpoint on Linux and macOS: a Unix socket only its user may open.

use std::path::Path;
use std::sync::Arc;

use super::{spawn_connection, taken, Handler, IpcError};

/// One connection's byte stream.
pub type Stream = tokio::net::UnixStream;
/// The daemon's side of the endpoint.
pub type Listener = tokio::net::UnixListener;

/// Opens a connection; `NotRunning` when no daemon listens there.
pub async fn connect(endpoint: &Path) -> Result<Stream, IpcError> {
    match Stream::connect(endpoint).await {
        Ok(stream) => Ok(stream),
        Err(error)
            if matches!(
                error.kind(),
                std::io::ErrorKind::NotFound | std::io::ErrorKind::ConnectionRefused
            ) =>
        {
            Err(IpcError::NotRunning(endpoint.to_path_buf()))
        }
        Err(error) => Err(error.into()),
    }
}

/// Takes the endpoint for this daemon: one daemon per data folder. A socket file left by
/// a daemon that died is replaced; one that answers means a daemon runs already.
pub async fn bind(endpoint: &Path) -> Result<Listener, IpcError> {
    if endpoint.exists() {
        if Stream::connect(endpoint).await.is_ok() {
            return Err(taken(endpoint));
        }
        std::fs::remove_file(endpoint)?;
    }
    if let Some(folder) = endpoint.parent() {
        std::fs::create_dir_all(folder)?;
    }
    let listener = Listener::bind(endpoint)?;
    {
        // Only this user may talk to the daemon.
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(endpoint, std::fs::Permissions::from_mode(0o600))?;
    }
    Ok(listener)
}

/// Accepts connections for as long as the listener lives, each served on its own task.
pub async fn serve<H: Handler>(listener: Listener, handler: Arc<H>, version: String) {
    loop {
        match listener.accept().await {
            Ok((stream, _)) => spawn_connection(stream, &handler, &version),
            Err(error) => {
                log::warn!("the daemon's endpoint could not accept a connection: {error}")
            }
        }
    }
}
