#!/usr/bin/python3
"""What scripts/bench.py measures with: a private desktop (Xvfb, a session bus, a tray
host), process trees' memory and CPU time from /proc, starting and stopping programs."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUPPORT = ROOT / "tests/support"


def children_of(pid):
    """The process and all its descendants."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(parents.get(current, []))
    return tree


def memory_kib(pid):
    """(PSS, private anonymous-and-file PSS) of a process tree, in KiB."""
    pss = private = 0
    for p in children_of(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    pss += int(line.split()[1])
                elif line.startswith(("Private_Clean:", "Private_Dirty:")):
                    private += int(line.split()[1])
        except OSError:
            pass
    return pss, private


# Where a web view's memory goes: the first group whose word is in a mapping's path.
MEMORY_GROUPS = [
    ("WebKit (libwebkit2gtk)", "libwebkit2gtk"),
    ("JavaScriptCore", "libjavascriptcore"),
    ("the GL driver's LLVM (Mesa, loaded for WebKit's EGL display)", "libLLVM"),
    ("the rest of the GL driver (Mesa)", "_dri.so"),
    ("speech synthesis voices (flite, linked by WebKit)", "libflite"),
    ("ICU", "libicu"),
    ("GTK, GDK", "libgtk-3"),
    ("the program itself", "solewise-window"),
    ("the program itself", "bare_window"),
]


def memory_groups_kib(pid):
    """PSS of a process tree by what is mapped (MEMORY_GROUPS, then anonymous memory
    and other files), in KiB, largest first."""
    groups = {}
    for p in children_of(pid):
        try:
            smaps = Path(f"/proc/{p}/smaps").read_text().splitlines()
        except OSError:
            continue
        name = "other"
        for line in smaps:
            first = line.split(maxsplit=1)[0] if line.strip() else ""
            if not first.endswith(":"):
                fields = line.split()
                path = fields[5] if len(fields) > 5 else ""
                name = next((label for label, word in MEMORY_GROUPS if word in path), None) or (
                    "other libraries and files" if path.startswith("/") else "anonymous (heaps, JavaScript, stacks)")
            elif first == "Pss:":
                groups[name] = groups.get(name, 0) + int(line.split()[1])
    return sorted(groups.items(), key=lambda item: -item[1])


def cpu_ns(pid):
    """On-CPU nanoseconds of every thread of a process tree."""
    total = 0
    for p in children_of(pid):
        try:
            tasks = list(Path(f"/proc/{p}/task").iterdir())
        except OSError:
            continue
        for task in tasks:
            try:
                total += int((task / "schedstat").read_text().split()[0])
            except (OSError, ValueError, IndexError):
                pass
    return total


def threads(pid):
    return sum(len(list(Path(f"/proc/{p}/task").iterdir())) for p in children_of(pid)
               if Path(f"/proc/{p}/task").exists())


def wait_for(condition, what, timeout=30):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            sys.exit(f"bench: timed out waiting for {what}")
        time.sleep(0.02)


class Desktop:
    """Xvfb, a private session bus and a tray host."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="solewise-bench-")
        number = next(n for n in range(150, 250) if not Path(f"/tmp/.X11-unix/X{n}").exists())
        self.display = f":{number}"
        self.xvfb = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", "1024x720x24", "-nolisten", "tcp", "-noreset"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), "Xvfb")
        self.bus_address = f"unix:path={self.dir}/bus"
        self.bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--address={self.bus_address}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: Path(f"{self.dir}/bus").exists(), "the session bus")
        self.tray_log = os.path.join(self.dir, "tray.log")
        self.tray = subprocess.Popen(["/usr/bin/python3", str(SUPPORT / "tray_host.py"), "watch", self.tray_log],
                                     env=self.env(), stdout=subprocess.PIPE, text=True)
        self.tray.stdout.readline()

    def env(self):
        home = os.path.join(self.dir, "home")
        os.makedirs(home, exist_ok=True)
        env = dict(os.environ, DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS=self.bus_address,
                   WEBKIT_DISABLE_DMABUF_RENDERER="1", HOME=home, XDG_CONFIG_HOME=f"{home}/.config",
                   XDG_DATA_HOME=f"{home}/.local/share", RUST_LOG="warn,solewise_lib=info")
        env.pop("SOLEWISE_DATA_DIR", None)
        return env

    def click(self, label):
        """Clicks a tray menu entry; returns time.monotonic() of the click itself (the
        helper says when it sends it, once its Python and D-Bus connection are up)."""
        helper = subprocess.Popen(["/usr/bin/python3", str(SUPPORT / "tray_host.py"), "click", label],
                                  env=self.env(), stderr=subprocess.PIPE, text=True)
        clicked = None
        for line in helper.stderr:
            if line.strip() == "clicking" and clicked is None:
                clicked = time.monotonic()
        if helper.wait() != 0 or clicked is None:
            sys.exit(f"bench: clicking {label!r} in the tray failed")
        return clicked

    def close(self):
        for process in (self.tray, self.bus, self.xvfb):
            process.terminate()
            process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def idle(pid, seconds=60):
    before = cpu_ns(pid)
    time.sleep(seconds)
    return (cpu_ns(pid) - before) / 1e6


def window_start(window, desktop, data_dir, extra_env=None, marker="ui ready"):
    """Spawns the window; returns (process, ms from spawn to the page being ready: the
    first line of its standard error that holds `marker`)."""
    begin = time.monotonic()
    args = [window, "--data-dir", data_dir] if data_dir else [window]
    app = subprocess.Popen(args, env=dict(desktop.env(), **(extra_env or {})),
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in app.stderr:
        if marker in line:
            ready = time.monotonic() - begin
            subprocess.Popen(["cat"], stdin=app.stderr, stdout=subprocess.DEVNULL)
            return app, ready * 1000
    sys.exit("bench: the window exited before its page was ready")


def mib(kib):
    return f"{kib / 1024:.2f} MiB" if kib < 10 * 1024 else f"{kib / 1024:.1f} MiB"
