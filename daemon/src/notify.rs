//! The daemon's notifications: a reminder with Open, Start now and Snooze, waited on
//! without blocking the tray (on Linux, over D-Bus on the daemon's own runtime), and the
//! sample notification Settings asks for. A failure is a sentence, never a crash.

use std::future::Future;
use std::pin::Pin;

use solewise_core::notice::{Notice, NotifyError};

/// What the person did with a reminder.
// Only Linux's notifications report answers (see `remind`).
#[cfg_attr(not(all(unix, not(target_os = "macos"))), allow(dead_code))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// Clicked the notification itself.
    Open,
    StartNow,
    Snooze,
    /// Closed it, or the desktop reports no answers (macOS, Windows).
    Closed,
}

/// A future a notifier returns.
pub type Pending<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;
/// Told whether a reminder is on screen, before the person answers it.
pub type Shown = Box<dyn FnOnce(Result<(), NotifyError>) + Send>;

/// Shows notifications: the desktop's service in the daemon, a fake in tests.
pub trait Notifier: Send + Sync + 'static {
    /// A notification without actions.
    fn show<'a>(&'a self, notice: &'a Notice) -> Pending<'a, Result<(), NotifyError>>;
    /// A reminder with Open, Start now and Snooze; `shown` hears whether it is on
    /// screen, and the future ends with the person's answer.
    fn remind<'a>(&'a self, notice: &'a Notice, shown: Shown) -> Pending<'a, Answer>;
}

/// The desktop's notification service, through notify-rust.
pub struct Desktop;

impl Notifier for Desktop {
    fn show<'a>(&'a self, notice: &'a Notice) -> Pending<'a, Result<(), NotifyError>> {
        Box::pin(show(notice))
    }
    fn remind<'a>(&'a self, notice: &'a Notice, shown: Shown) -> Pending<'a, Answer> {
        Box::pin(remind(notice, shown))
    }
}

fn notification(notice: &Notice) -> notify_rust::Notification {
    let mut notification = notify_rust::Notification::new();
    notification
        .appname("Solewise")
        .summary(&notice.summary)
        .body(&notice.body)
        .icon("solewise");
    // Windows toasts need the AppUserModelID the installer registers; macOS sends as
    // the app bundle's identifier.
    #[cfg(target_os = "windows")]
    notification.app_id(solewise_core::IDENTIFIER);
    #[cfg(target_os = "macos")]
    let _ = notify_rust::set_application(solewise_core::IDENTIFIER);
    notification
}

async fn show(notice: &Notice) -> Result<(), NotifyError> {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        notification(notice)
            .show_async()
            .await
            .map(|_| ())
            .map_err(|error| NotifyError::from_detail(&error.to_string()))
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        let notice = notice.clone();
        tokio::task::spawn_blocking(move || notification(&notice).show().map(|_| ()))
            .await
            .map_err(|error| NotifyError::from_detail(&error.to_string()))?
            .map_err(|error| NotifyError::from_detail(&error.to_string()))
    }
}

/// Shows a reminder and waits for the answer. `shown` runs as soon as it is on screen
/// (or could not be shown), before the person answers.
pub async fn remind(notice: &Notice, shown: impl FnOnce(Result<(), NotifyError>)) -> Answer {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        let mut reminder = notification(notice);
        reminder
            .action("default", &solewise_core::tr!("reminder-open"))
            .action("start", &solewise_core::tr!("reminder-start"))
            .action("snooze", &solewise_core::tr!("reminder-snooze"))
            .hint(notify_rust::Hint::Category("reminder".into()));
        let handle = match reminder.show_async().await {
            Ok(handle) => handle,
            Err(error) => {
                shown(Err(NotifyError::from_detail(&error.to_string())));
                return Answer::Closed;
            }
        };
        shown(Ok(()));
        let mut answer = Answer::Closed;
        handle
            .wait_for_action_async(|response| {
                use notify_rust::NotificationResponse as R;
                answer = match response {
                    R::Action(action) if action == "start" => Answer::StartNow,
                    R::Action(action) if action == "snooze" => Answer::Snooze,
                    R::Default => Answer::Open,
                    R::Action(action) if action == "default" => Answer::Open,
                    _ => Answer::Closed,
                };
            })
            .await;
        answer
    }
    #[cfg(not(all(unix, not(target_os = "macos"))))]
    {
        shown(show(notice).await);
        Answer::Closed
    }
}
