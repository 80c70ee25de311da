//! The tray icon (a StatusNotifierItem over D-Bus, through ksni: no GTK): the next
//! reminder, Start, pausing for today, Open and Quit. Menu clicks only send an action to
//! the daemon's loop; nothing waits while the tray's state is locked.

use ksni::menu::{MenuItem, StandardItem};
use ksni::TrayMethods;
use solewise_core::tr;
use tokio::sync::mpsc::UnboundedSender;

use crate::state::{Event, Status, TrayAction};

pub struct Tray {
    events: UnboundedSender<Event>,
    status: Status,
}

pub type Handle = ksni::Handle<Tray>;

fn item(label: String, action: Option<TrayAction>) -> MenuItem<Tray> {
    StandardItem {
        label,
        enabled: action.is_some(),
        activate: Box::new(move |tray: &mut Tray| {
            if let Some(action) = action {
                let _ = tray.events.send(Event::Tray(action));
            }
        }),
        ..Default::default()
    }
    .into()
}

impl ksni::Tray for Tray {
    fn id(&self) -> String {
        "solewise".into()
    }
    fn title(&self) -> String {
        "Solewise".into()
    }
    fn icon_name(&self) -> String {
        "solewise".into()
    }
    fn tool_tip(&self) -> ksni::ToolTip {
        ksni::ToolTip {
            title: "Solewise".into(),
            description: self.status.tooltip(),
            ..Default::default()
        }
    }
    fn activate(&mut self, _x: i32, _y: i32) {
        let _ = self.events.send(Event::Tray(TrayAction::Open));
    }
    fn menu(&self) -> Vec<MenuItem<Self>> {
        let mut items = vec![item(self.status.next_text(), None)];
        if let Some(line) = &self.status.programme {
            items.push(item(line.clone(), None));
        }
        if let Some(failure) = &self.status.last_failure {
            items.push(item(failure.clone(), None));
        }
        items.push(MenuItem::Separator);
        items.push(item(tr!("tray-start"), Some(TrayAction::Start)));
        items.push(if self.status.paused() {
            item(tr!("tray-resume"), Some(TrayAction::Resume))
        } else {
            item(tr!("tray-pause-today"), Some(TrayAction::PauseToday))
        });
        items.push(item(tr!("tray-open"), Some(TrayAction::Open)));
        items.push(MenuItem::Separator);
        items.push(item(tr!("tray-quit"), Some(TrayAction::Quit)));
        items
    }
}

/// Puts the icon up. Without a StatusNotifierWatcher on the bus yet (a desktop still
/// starting, or one without a tray) it registers as soon as one appears.
pub async fn start(events: UnboundedSender<Event>, status: Status) -> Option<Handle> {
    let tray = Tray { events, status };
    match tray.assume_sni_available(true).spawn().await {
        Ok(handle) => Some(handle),
        Err(error) => {
            log::warn!("no tray icon: {error}");
            None
        }
    }
}

pub async fn show(handle: &Handle, status: Status) {
    handle.update(|tray| tray.status = status).await;
}
