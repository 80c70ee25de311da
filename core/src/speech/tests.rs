//! The speech client's tests, against a scripted service on a socket of their own.

use super::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::net::UnixListener;

/// A scripted service on a socket of its own: answers each command with the next
/// canned answer and keeps everything it received.
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
    let connection = Connection::at(&path).unwrap();
    (connection, server)
}

const NAMED: &str = "208 OK CLIENT NAME SET\r\n";
const PRIORITY: &str = "202 OK PRIORITY SET\r\n";
const INTRODUCED: &str =
    "SET self CLIENT_NAME user:solewise:guidance\r\nSET self PRIORITY message\r\n";

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
fn a_control_character_cannot_make_a_lone_dot() {
    assert_eq!(text_lines("\u{7}.\r\nQUIT"), ["..", "QUIT"]);
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

#[test]
fn a_language_is_set_by_its_tag() {
    let (mut speech, server) = service(vec![NAMED, PRIORITY, "201 OK LANGUAGE SET\r\n"]);
    speech.set_language("en-GB").unwrap();
    let error = speech.set_language("en GB").unwrap_err().to_string();
    assert!(error.contains("not sent"), "{error}");
    drop(speech);
    let heard = server.join().unwrap();
    assert_eq!(
        heard,
        format!("{INTRODUCED}SET self LANGUAGE en-GB\r\nQUIT\r\n")
    );
}

#[test]
fn a_voice_name_with_a_line_break_is_refused_before_anything_is_sent() {
    let (mut speech, server) = service(vec![NAMED, PRIORITY, "209 OK VOICE SET\r\n"]);
    let error = speech.set_voice("en-gb\nQUIT").unwrap_err();
    assert!(matches!(error, SpeechError::Refused { .. }), "{error}");
    speech.set_voice(" English (Great Britain) ").unwrap();
    drop(speech);
    let heard = server.join().unwrap();
    assert_eq!(
        heard,
        format!("{INTRODUCED}SET self SYNTHESIS_VOICE English (Great Britain)\r\nQUIT\r\n")
    );
}

#[test]
fn a_garbled_answer_is_a_lost_connection() {
    let (mut speech, _server) = service(vec![NAMED, PRIORITY, "20é OK\r\n"]);
    assert!(matches!(speech.cancel(), Err(SpeechError::Io(_))));
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
    speech.set_language("en-GB").unwrap();
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
