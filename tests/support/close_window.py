#!/usr/bin/python3
"""Asks every top-level window with the given title to close, the way a window
manager's close button does (a WM_DELETE_WINDOW message), so the app sees a real
close request. Usage: close_window.py TITLE  (uses $DISPLAY; needs python3-xlib)."""

import sys

from Xlib import X, display, protocol


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: close_window.py TITLE")
    title = sys.argv[1]
    screen = display.Display()
    root = screen.screen().root
    protocols = screen.intern_atom("WM_PROTOCOLS")
    delete = screen.intern_atom("WM_DELETE_WINDOW")
    closed = 0
    for window in root.query_tree().children:
        if window.get_wm_name() != title:
            continue
        event = protocol.event.ClientMessage(
            window=window, client_type=protocols, data=(32, [delete, X.CurrentTime, 0, 0, 0])
        )
        window.send_event(event, event_mask=X.NoEventMask)
        closed += 1
    screen.flush()
    if closed == 0:
        sys.exit(f"no window titled {title!r}")


if __name__ == "__main__":
    main()
