//! The endpoint over a real socket (a named pipe on Windows): the handshake, requests
//! answered in order, a peer of another protocol or with garbage refused, one daemon per
//! data folder.

use std::sync::{Arc, Mutex};

use super::*;

/// A daemon stand-in that counts reschedules.
#[derive(Default)]
struct Counting(Mutex<u32>);

impl Handler for Counting {
    fn handle(&self, request: Request) -> Answering<'_> {
        let reply = match request {
            Request::Reschedule => {
                *self.0.lock().unwrap() += 1;
                Reply::Done
            }
            Request::Status => Reply::Status {
                next: Some("2026-12-01T20:00:00+01:00".into()),
                paused_until: None,
                last_failure: None,
            },
            _ => Reply::Done,
        };
        Box::pin(async move { reply })
    }
}

/// A fresh endpoint for each test's folder.
fn test_endpoint(dir: &Path) -> PathBuf {
    #[cfg(unix)]
    return dir.join("test.sock");
    #[cfg(windows)]
    return endpoint(dir);
}

/// A raw connection, for a peer that does not follow the protocol.
async fn raw(
    endpoint: &Path,
) -> (
    BufReader<tokio::io::ReadHalf<Stream>>,
    tokio::io::WriteHalf<Stream>,
) {
    let (read, write) = tokio::io::split(connect(endpoint).await.unwrap());
    (BufReader::new(read), write)
}

async fn daemon(dir: &Path) -> (PathBuf, Arc<Counting>) {
    let endpoint = test_endpoint(dir);
    let listener = bind(&endpoint).await.unwrap();
    let handler = Arc::new(Counting::default());
    tokio::spawn(serve(listener, handler.clone(), "9.9.9".into()));
    (endpoint, handler)
}

#[tokio::test]
async fn a_client_shakes_hands_and_is_answered_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (endpoint, handler) = daemon(dir.path()).await;
    let mut client = Client::connect(&endpoint, "cli").await.unwrap();
    assert_eq!(client.daemon_version, "9.9.9");
    assert_eq!(client.daemon_pid, std::process::id());
    assert_eq!(client.ask(&Request::Reschedule).await.unwrap(), Reply::Done);
    assert_eq!(client.ask(&Request::Reschedule).await.unwrap(), Reply::Done);
    let Reply::Status { next, .. } = client.ask(&Request::Status).await.unwrap() else {
        panic!("not a status");
    };
    assert_eq!(next.as_deref(), Some("2026-12-01T20:00:00+01:00"));
    assert_eq!(*handler.0.lock().unwrap(), 2);
}

#[tokio::test]
async fn no_daemon_is_said_plainly() {
    let dir = tempfile::tempdir().unwrap();
    let error = Client::connect(&test_endpoint(dir.path()), "cli")
        .await
        .err()
        .unwrap();
    assert!(matches!(error, IpcError::NotRunning(_)), "{error}");
}

#[tokio::test]
async fn garbage_and_requests_before_hello_are_refused_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let (endpoint, handler) = daemon(dir.path()).await;
    let (mut reader, mut write) = raw(&endpoint).await;
    for line in [
        "{\"type\":\"reschedule\"}\n",
        "not json at all\n",
        "{\"type\":\"launch_missiles\"}\n",
    ] {
        write.write_all(line.as_bytes()).await.unwrap();
        let reply: Reply = decode(&read_line(&mut reader).await.unwrap().unwrap()).unwrap();
        assert!(matches!(reply, Reply::Refused { .. }), "{line}: {reply:?}");
    }
    assert_eq!(*handler.0.lock().unwrap(), 0, "nothing reached the handler");
    // The daemon still serves others.
    let mut client = Client::connect(&endpoint, "cli").await.unwrap();
    assert_eq!(client.ask(&Request::Reschedule).await.unwrap(), Reply::Done);
}

#[tokio::test]
async fn a_peer_of_another_protocol_is_told_which() {
    let dir = tempfile::tempdir().unwrap();
    let (endpoint, _) = daemon(dir.path()).await;
    let (mut reader, mut write) = raw(&endpoint).await;
    let hello = Request::Hello {
        protocol: PROTOCOL + 1,
        program: "window".into(),
        version: "10.0.0".into(),
    };
    write.write_all(encode(&hello).as_bytes()).await.unwrap();
    let reply: Reply = decode(&read_line(&mut reader).await.unwrap().unwrap()).unwrap();
    assert!(matches!(
        reply,
        Reply::Hello {
            protocol: PROTOCOL,
            ..
        }
    ));
    write
        .write_all(encode(&Request::Reschedule).as_bytes())
        .await
        .unwrap();
    let reply: Reply = decode(&read_line(&mut reader).await.unwrap().unwrap()).unwrap();
    assert!(matches!(reply, Reply::Refused { .. }), "{reply:?}");
}

#[tokio::test]
async fn an_overlong_line_ends_that_connection_only() {
    let dir = tempfile::tempdir().unwrap();
    let (endpoint, _) = daemon(dir.path()).await;
    let (_reader, mut write) = raw(&endpoint).await;
    let _ = write.write_all(&vec![b'x'; MAX_LINE * 2]).await;
    let mut client = Client::connect(&endpoint, "cli").await.unwrap();
    assert_eq!(
        client.ask(&Request::Status).await.map(|_| ()).ok(),
        Some(())
    );
}

#[tokio::test]
async fn one_daemon_per_endpoint() {
    let dir = tempfile::tempdir().unwrap();
    let (endpoint, _) = daemon(dir.path()).await;
    let Err(second) = bind(&endpoint).await else {
        panic!("a second daemon took the endpoint");
    };
    assert!(second.to_string().contains("already listens"), "{second}");
    // The first daemon still answers, and several clients may talk to it at once.
    let mut one = Client::connect(&endpoint, "cli").await.unwrap();
    let mut two = Client::connect(&endpoint, "window").await.unwrap();
    assert_eq!(two.ask(&Request::Reschedule).await.unwrap(), Reply::Done);
    assert_eq!(one.ask(&Request::Reschedule).await.unwrap(), Reply::Done);
}

#[cfg(unix)]
#[tokio::test]
async fn a_stale_socket_is_replaced() {
    let dir = tempfile::tempdir().unwrap();

    let stale = dir.path().join("stale.sock");
    drop(std::os::unix::net::UnixListener::bind(&stale).unwrap());
    assert!(stale.exists());
    assert!(
        bind(&stale).await.is_ok(),
        "a dead daemon's socket is taken over"
    );
}

#[cfg(windows)]
#[test]
fn the_endpoint_is_a_local_named_pipe() {
    let a = endpoint(Path::new(
        r"C:\Users\Zoë Ann\AppData\Roaming\app.solewise.desktop",
    ));
    assert!(
        a.to_string_lossy().starts_with(r"\\.\pipe\solewise-"),
        "{}",
        a.display()
    );
    let same = endpoint(Path::new(
        r"c:\users\ZOË ANN\appdata\roaming\APP.SOLEWISE.DESKTOP",
    ));
    assert_eq!(a, same, "one folder, however its name is cased");
}

#[test]
fn each_data_folder_has_its_own_short_endpoint() {
    let a = endpoint(Path::new("/home/ada/.local/share/app.solewise.desktop"));
    let b = endpoint(Path::new("/tmp/other"));
    assert_ne!(a, b);
    assert!(a.to_string_lossy().len() < 100, "{}", a.display());
}
