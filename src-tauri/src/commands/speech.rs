//! Spoken guidance in the player. On Linux the backend speaks through Speech Dispatcher
//! (one connection, kept while the window is open); on macOS and Windows the page
//! speaks through the web view's speech synthesis, the system synthesizer, and these
//! commands only say so.

#[cfg(all(unix, not(target_os = "macos")))]
use std::sync::Mutex;

use serde::Serialize;
use tauri::State;
use ts_rs::TS;

use solewise_core::i18n;

use crate::error::{Error, Result};

/// Who speaks the guidance on this system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SpeechEngine {
    /// The backend, through Speech Dispatcher.
    Service,
    /// The page, through the web view's speech synthesis.
    Page,
    /// Nobody: no speech service was found (the chime still marks the steps).
    None,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SpeechVoice {
    pub name: String,
    pub language: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct SpeechStatus {
    pub engine: SpeechEngine,
    /// The voices to choose from (the service's; the page lists its own).
    pub voices: Vec<SpeechVoice>,
    /// Why there is no speech, in words for the Settings screen.
    pub problem: Option<String>,
    /// The language the window speaks now ("de").
    pub language: String,
    /// Whether a voice of the service speaks it; Settings says so when none does.
    pub language_voice: bool,
}

/// The open connection to the speech service, if any (none on macOS and Windows).
#[derive(Default)]
pub struct Speech {
    #[cfg(all(unix, not(target_os = "macos")))]
    connection: Mutex<Option<solewise_core::speech::Connection>>,
}

/// What a spoken line is said with.
#[derive(Debug, Clone, serde::Deserialize, TS)]
pub struct Utterance {
    pub text: String,
    /// A voice name from [`SpeechStatus::voices`]; the service's default when absent.
    pub voice: Option<String>,
    /// -100 (slowest) to 100 (fastest).
    pub rate: i32,
}

const LONGEST_UTTERANCE: usize = 2000;

#[cfg(all(unix, not(target_os = "macos")))]
mod service {
    use solewise_core::speech::{Connection, SpeechError};

    use super::*;

    /// Runs `act` on the connection, opening it first; a connection that failed is
    /// dropped and opened again once, since the service may have restarted.
    pub fn with<T>(
        speech: &Speech,
        mut act: impl FnMut(&mut Connection) -> std::result::Result<T, SpeechError>,
    ) -> Result<T> {
        let mut slot = speech
            .connection
            .lock()
            .map_err(|_| Error::Internal("the speech connection was poisoned".into()))?;
        for attempt in 0..2 {
            if slot.is_none() {
                *slot = Some(Connection::open().map_err(|e| Error::Speech(e.to_string()))?);
            }
            let Some(connection) = slot.as_mut() else {
                continue;
            };
            match act(connection) {
                Ok(value) => return Ok(value),
                Err(SpeechError::Io(error)) if attempt == 0 => {
                    log::info!("speech connection lost ({error}); reconnecting");
                    *slot = None;
                }
                Err(error) => {
                    *slot = None;
                    return Err(Error::Speech(error.to_string()));
                }
            }
        }
        Err(Error::Speech(
            "the speech service keeps closing the connection".into(),
        ))
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    tauri::async_runtime::spawn_blocking(work)
        .await
        .map_err(|error| Error::Internal(format!("speech task failed: {error}")))?
}

/// Whether guidance can be spoken here, and with which voices.
#[tauri::command]
pub async fn speech_status(app: tauri::AppHandle) -> Result<SpeechStatus> {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        use tauri::Manager;
        blocking(move || {
            let speech = app.state::<Speech>();
            Ok(match service::with(&speech, |c| c.voices()) {
                Ok(voices) => SpeechStatus {
                    engine: SpeechEngine::Service,
                    language: i18n::language().to_string(),
                    language_voice: voices
                        .iter()
                        .any(|v| i18n::voice_speaks(&v.language, i18n::language())),
                    voices: voices
                        .into_iter()
                        .map(|v| SpeechVoice {
                            name: v.name,
                            language: v.language,
                        })
                        .collect(),
                    problem: None,
                },
                Err(error) => SpeechStatus {
                    engine: SpeechEngine::None,
                    language: i18n::language().to_string(),
                    language_voice: false,
                    voices: Vec::new(),
                    problem: Some(error.to_string()),
                },
            })
        })
        .await
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        let _ = app;
        Ok(SpeechStatus {
            engine: SpeechEngine::Page,
            language: i18n::language().to_string(),
            // The page's own voices are the system's; it picks by language itself.
            language_voice: true,
            voices: Vec::new(),
            problem: None,
        })
    }
}

/// Says `utterance` after anything still being said.
#[tauri::command]
pub async fn speak(app: tauri::AppHandle, utterance: Utterance) -> Result<()> {
    if utterance.text.chars().count() > LONGEST_UTTERANCE {
        return Err(Error::InvalidInput(format!(
            "A spoken line is at most {LONGEST_UTTERANCE} characters."
        )));
    }
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        use tauri::Manager;
        blocking(move || {
            let speech = app.state::<Speech>();
            let language = i18n::language();
            let voices = service::with(&speech, |c| c.voices())?;
            let speaks = |name: &str| {
                voices
                    .iter()
                    .any(|v| v.name == name && i18n::voice_speaks(&v.language, language))
            };
            if !voices
                .iter()
                .any(|v| i18n::voice_speaks(&v.language, language))
            {
                return Err(Error::Speech(solewise_core::tr!(
                    "speech-no-voice",
                    language = language
                )));
            }
            service::with(&speech, |c| {
                c.set_rate(utterance.rate)?;
                c.set_language(i18n::speech_language(language))?;
                // The chosen voice only if it speaks this language; else the service
                // picks one that does.
                if let Some(voice) = utterance.voice.as_deref().filter(|v| speaks(v)) {
                    c.set_voice(voice)?;
                }
                c.speak(&utterance.text)
            })
        })
        .await
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        let _ = app;
        Err(Error::Speech(
            "On this system the page speaks the guidance itself.".into(),
        ))
    }
}

/// Stops what is being said (pause, skip, leaving the player).
#[tauri::command]
pub async fn stop_speaking(speech: State<'_, Speech>) -> Result<()> {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        // Only an open connection has anything to stop: never start the service for it.
        let mut slot = speech
            .connection
            .lock()
            .map_err(|_| Error::Internal("the speech connection was poisoned".into()))?;
        if let Some(connection) = slot.as_mut() {
            if connection.cancel().is_err() {
                *slot = None;
            }
        }
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    let _ = speech;
    Ok(())
}
