#!/usr/bin/python3
"""A stand-in for a desktop's tray host, on the test's private session bus.

  tray_host.py watch LOG        own org.kde.StatusNotifierWatcher and append each
                                item that registers to LOG (one line each)
  tray_host.py menu             print the registered item's menu as JSON:
                                [{"id": .., "label": .., "enabled": ..}, ...]
  tray_host.py click LABEL      click the menu entry with that label
"""
import json
import sys

import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

WATCHER = "org.kde.StatusNotifierWatcher"
ITEM = "org.kde.StatusNotifierItem"
MENU = "com.canonical.dbusmenu"


class Watcher(dbus.service.Object):
    def __init__(self, bus, log):
        self.log = log
        self.items = []
        self.name = dbus.service.BusName(WATCHER, bus)
        super().__init__(bus, "/StatusNotifierWatcher")

    @dbus.service.method(WATCHER, in_signature="s", sender_keyword="sender")
    def RegisterStatusNotifierItem(self, service, sender=None):
        # A path means "this object on the sender's connection".
        item = sender + service if service.startswith("/") else service
        self.items.append(item)
        with open(self.log, "a") as out:
            out.write(item + "\n")
        self.StatusNotifierItemRegistered(item)

    @dbus.service.method(WATCHER, in_signature="s")
    def RegisterStatusNotifierHost(self, service):
        pass

    @dbus.service.signal(WATCHER, signature="s")
    def StatusNotifierItemRegistered(self, item):
        pass

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="ss", out_signature="v")
    def Get(self, interface, name):
        return self.GetAll(interface)[name]

    @dbus.service.method(dbus.PROPERTIES_IFACE, in_signature="s", out_signature="a{sv}")
    def GetAll(self, interface):
        return {
            "RegisteredStatusNotifierItems": dbus.Array(self.items, signature="s"),
            "IsStatusNotifierHostRegistered": True,
            "ProtocolVersion": dbus.Int32(0),
        }


def the_menu(bus):
    watcher = bus.get_object(WATCHER, "/StatusNotifierWatcher")
    items = watcher.Get(WATCHER, "RegisteredStatusNotifierItems", dbus_interface=dbus.PROPERTIES_IFACE)
    name, _, path = str(items[-1]).partition("/")
    item = bus.get_object(name, "/" + (path or "StatusNotifierItem"))
    menu_path = item.Get(ITEM, "Menu", dbus_interface=dbus.PROPERTIES_IFACE)
    return bus.get_object(name, menu_path)


def entries(menu):
    _, layout = menu.GetLayout(0, -1, dbus.Array([], signature="s"), dbus_interface=MENU)
    found = []

    def walk(node):
        ident, props, children = node
        if "label" in props:
            found.append({
                "id": int(ident),
                "label": str(props["label"]),
                "enabled": bool(props.get("enabled", True)),
            })
        for child in children:
            walk(child)

    walk(layout)
    return found


def main():
    command = sys.argv[1]
    if command == "watch":
        DBusGMainLoop(set_as_default=True)
        Watcher(dbus.SessionBus(), sys.argv[2])
        print("ready", flush=True)
        GLib.MainLoop().run()
        return
    bus = dbus.SessionBus()
    menu = the_menu(bus)
    if command == "menu":
        print(json.dumps(entries(menu)))
    elif command == "click":
        target = [e for e in entries(menu) if e["label"] == sys.argv[2]]
        if not target:
            sys.exit(f"no menu entry {sys.argv[2]!r}")
        # The moment of the click, for the benchmark (after Python and D-Bus have started).
        print("clicking", file=sys.stderr, flush=True)
        menu.Event(dbus.Int32(target[0]["id"]), "clicked", dbus.String("", variant_level=1),
                   dbus.UInt32(0), dbus_interface=MENU)


if __name__ == "__main__":
    main()
