//! What a desktop notification failure means for the person, in words: both programs
//! show notifications (the daemon its reminders, the window a test), and both explain a
//! failure the same way.

use crate::tr;

/// Why a desktop notification was not shown, in a sentence for the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotifyError {
    /// No notification service runs on this desktop (common on minimal desktops and in CI).
    NoService {
        /// What the notification system said.
        detail: String,
    },
    /// A notification service is there but did not show the notification.
    Refused {
        /// What the desktop said.
        detail: String,
    },
}

impl std::fmt::Display for NotifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            NotifyError::NoService { detail } => {
                tr!("notification-no-service", detail = detail.as_str())
            }
            NotifyError::Refused { detail } => {
                tr!("notification-refused", detail = detail.as_str())
            }
        })
    }
}

impl std::error::Error for NotifyError {}

impl NotifyError {
    /// Tells "nobody is listening" (common on minimal desktops and in CI) apart from
    /// other failures, because the first needs a different sentence for the user.
    pub fn from_detail(detail: &str) -> NotifyError {
        let detail = detail.to_string();
        if detail.contains("ServiceUnknown") || detail.contains("was not provided by any") {
            NotifyError::NoService { detail }
        } else {
            NotifyError::Refused { detail }
        }
    }
}

/// A notification as Solewise shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The notification's title: a reminder's label, or "Time for your foot massage".
    pub summary: String,
    /// The line under the title: for a reminder, the routine and its length in minutes.
    pub body: String,
}

/// The words of a reminder (its label, or a default; the routine and its length) and
/// the routine its Start now opens.
pub fn for_reminder(
    firing: &crate::schedule::Firing,
    library: &crate::routines::Library,
) -> (Notice, String) {
    let routine_id = firing
        .rule
        .routine_id
        .clone()
        .unwrap_or_else(|| crate::routines::DEFAULT_ROUTINE.to_string());
    let routine = library.routines.iter().find(|e| e.routine.id == routine_id);
    let summary = firing
        .rule
        .label
        .clone()
        .unwrap_or_else(|| tr!("reminder-title"));
    let body = match routine {
        Some(entry) => tr!(
            "reminder-body",
            routine = entry.routine.title.as_str(),
            minutes = entry.total_seconds.div_ceil(60)
        ),
        None => tr!("reminder-body-no-routine"),
    };
    (Notice { summary, body }, routine_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_notification_service_gets_its_own_explanation() {
        let error = NotifyError::from_detail(
            "org.freedesktop.DBus.Error.ServiceUnknown: The name org.freedesktop.Notifications was not provided by any .service files",
        );
        assert!(matches!(error, NotifyError::NoService { .. }));
        assert!(error
            .to_string()
            .starts_with("No notification service is running"));
        assert!(matches!(
            NotifyError::from_detail("permission denied"),
            NotifyError::Refused { .. }
        ));
    }
}
