//! Desktop notifications. Everything that wants to show one goes through [`Notifier`], so
//! the scheduler and commands can be tested with a fake, and the real one (notify-rust,
//! over D-Bus on Linux) is used by the app.

/// A notification as Solewise shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub summary: String,
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotifyError {
    #[error(
        "No notification service is running on this desktop, so Solewise cannot show \
         desktop notifications. Reminders are still kept, and shown here in the app. \
         ({detail})"
    )]
    NoService { detail: String },
    #[error("The desktop did not show the notification: {detail}")]
    Refused { detail: String },
}

/// Shows notifications. Implementations block, so call them off the async runtime.
pub trait Notifier: Send + Sync {
    fn show(&self, notice: &Notice) -> Result<(), NotifyError>;
}

/// The real notifier: the desktop's notification service through notify-rust.
pub struct DesktopNotifier {
    /// The name the desktop shows as the sender, and the icon it uses where it can.
    pub app_name: String,
    pub icon: String,
}

impl Default for DesktopNotifier {
    fn default() -> Self {
        DesktopNotifier {
            app_name: "Solewise".into(),
            icon: "solewise".into(),
        }
    }
}

impl Notifier for DesktopNotifier {
    fn show(&self, notice: &Notice) -> Result<(), NotifyError> {
        let mut notification = notify_rust::Notification::new();
        notification
            .appname(&self.app_name)
            .summary(&notice.summary)
            .body(&notice.body)
            .icon(&self.icon);
        // Windows toasts need the AppUserModelID the installer registers; macOS sends
        // as the app bundle's identifier.
        #[cfg(target_os = "windows")]
        notification.app_id(crate::IDENTIFIER);
        #[cfg(target_os = "macos")]
        let _ = notify_rust::set_application(crate::IDENTIFIER);
        notification
            .show()
            .map(|_handle| ())
            .map_err(|error| classify(&error.to_string()))
    }
}

impl NotifyError {
    /// Tells "nobody is listening" (common on minimal desktops and in CI) apart from
    /// other failures, because the first needs a different sentence for the user.
    pub fn from_detail(detail: &str) -> NotifyError {
        classify(detail)
    }
}

fn classify(detail: &str) -> NotifyError {
    let detail = detail.to_string();
    if detail.contains("ServiceUnknown") || detail.contains("was not provided by any") {
        NotifyError::NoService { detail }
    } else {
        NotifyError::Refused { detail }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_notification_service_gets_its_own_explanation() {
        let error = classify(
            "org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.Notifications was not provided by any .service files",
        );
        assert!(matches!(error, NotifyError::NoService { .. }));
        assert!(error
            .to_string()
            .starts_with("No notification service is running"));
        assert!(matches!(
            classify("permission denied"),
            NotifyError::Refused { .. }
        ));
    }
}
