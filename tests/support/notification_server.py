#!/usr/bin/python3
"""A recording notification server for the end-to-end tests.

Owns org.freedesktop.Notifications on the session bus it is started on (the test's
private bus), answers like a real desktop would, and appends every Notify call to a
JSON-lines log so a test can assert on what the app asked the desktop to show.
It can also press a notification's action, as a person clicking a button would:

    dbus-send --session --dest=org.freedesktop.Notifications --type=method_call \
        /org/freedesktop/Notifications app.solewise.TestControl.InvokeAction uint32:1 string:snooze

Usage: notification_server.py LOG_FILE   (prints "ready" once the name is owned)
Needs Debian's python3-dbus and python3-gi (run with /usr/bin/python3).
"""

import json
import sys
import time

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Server(dbus.service.Object):
    def __init__(self, bus, log_path):
        super().__init__(bus, PATH)
        self.log_path = log_path
        self.next_id = 1

    def record(self, entry):
        with open(self.log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps(entry) + "\n")

    @dbus.service.method(NAME, in_signature="", out_signature="as")
    def GetCapabilities(self):
        return ["body", "actions", "persistence"]

    @dbus.service.method(NAME, in_signature="", out_signature="ssss")
    def GetServerInformation(self):
        return ("solewise-test-server", "Solewise", "1.0", "1.2")

    @dbus.service.method(NAME, in_signature="susssasa{sv}i", out_signature="u")
    def Notify(self, app_name, replaces_id, app_icon, summary, body, actions, hints, timeout):
        notification_id = int(replaces_id) or self.next_id
        self.next_id = max(self.next_id, notification_id) + 1
        self.record({
            "id": notification_id,
            "at": time.time(),
            "app_name": str(app_name),
            "app_icon": str(app_icon),
            "summary": str(summary),
            "body": str(body),
            "actions": [str(a) for a in actions],
            "timeout": int(timeout),
        })
        return dbus.UInt32(notification_id)

    @dbus.service.method(NAME, in_signature="u", out_signature="")
    def CloseNotification(self, notification_id):
        self.NotificationClosed(notification_id, 3)

    @dbus.service.signal(NAME, signature="uu")
    def NotificationClosed(self, notification_id, reason):
        pass

    @dbus.service.signal(NAME, signature="us")
    def ActionInvoked(self, notification_id, action_key):
        pass

    @dbus.service.method("app.solewise.TestControl", in_signature="us", out_signature="")
    def InvokeAction(self, notification_id, action_key):
        self.ActionInvoked(notification_id, action_key)
        self.NotificationClosed(notification_id, 2)


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: notification_server.py LOG_FILE")
    DBusGMainLoop(set_as_default=True)
    bus = dbus.SessionBus()
    name = dbus.service.BusName(NAME, bus, do_not_queue=True)
    server = Server(bus, sys.argv[1])
    print("ready", flush=True)
    GLib.MainLoop().run()
    del name, server


if __name__ == "__main__":
    main()
