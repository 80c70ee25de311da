#!/usr/bin/python3
"""Measures the release app the way a user meets it and writes docs/benchmarks.md.

Usage: bench.py BINARY OUTPUT.md

Each run starts the binary on its own virtual X display (Xvfb) with its own D-Bus
session bus and a fresh data folder, so nothing is shared with a desktop session.
- start-up: spawn to the page's `ui_ready` command (the app logs "ui ready"), median of 5
- memory: PSS of the app and every process under it (web view processes included), with
  the window open, and 10 s after the window was closed to the tray
- CPU: user + system time of that process tree over 60 s idle, window open and in the tray
- size: the release binary on disk
- reminder lateness: six reminders shown to a recording notification server, minus due
- history with 100,000 sessions: `cargo bench --bench history`
"""

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TICKS = os.sysconf("SC_CLK_TCK")


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
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(parents.get(current, []))
    return tree


def pss_kib(pid):
    total = 0
    for p in children_of(pid):
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


def cpu_seconds(pid):
    total = 0
    for p in children_of(pid):
        try:
            stat = Path(f"/proc/{p}/stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        total += int(fields[11]) + int(fields[12])  # utime + stime
    return total / TICKS


class Desktop:
    """Xvfb + a private session bus."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix="solewise-bench-")
        number = next(n for n in range(150, 250) if not Path(f"/tmp/.X11-unix/X{n}").exists())
        self.display = f":{number}"
        self.xvfb = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", "1024x720x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: Path(f"/tmp/.X11-unix/X{number}").exists(), "Xvfb")
        self.bus_address = f"unix:path={self.dir}/bus"
        self.bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--address={self.bus_address}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: Path(f"{self.dir}/bus").exists(), "the session bus")

    def env(self):
        env = dict(os.environ, DISPLAY=self.display, DBUS_SESSION_BUS_ADDRESS=self.bus_address,
                   WEBKIT_DISABLE_DMABUF_RENDERER="1", RUST_LOG="warn,solewise_lib=info")
        env.pop("SOLEWISE_DATA_DIR", None)
        return env

    def close(self):
        for process in (self.bus, self.xvfb):
            process.terminate()
            process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def wait_for(condition, what, timeout=20):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            sys.exit(f"bench: timed out waiting for {what}")
        time.sleep(0.05)


def start(binary, desktop, data_dir):
    """Starts the app; returns (process, seconds from spawn to the page being ready)."""
    begin = time.monotonic()
    app = subprocess.Popen([binary, "--data-dir", data_dir], env=desktop.env(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    for line in app.stderr:
        if "ui ready" in line:
            ready = time.monotonic() - begin
            # Keep draining stderr so the app never blocks on a full pipe.
            subprocess.Popen(["cat"], stdin=app.stderr, stdout=subprocess.DEVNULL)
            return app, ready
    sys.exit("bench: the app exited before its page was ready")


def stop(app):
    app.send_signal(signal.SIGTERM)
    try:
        app.wait(timeout=5)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait()


def settled(app, where):
    """Memory now, then CPU over the next idle minute, of the app's process tree."""
    pss = pss_kib(app.pid)
    processes = len(children_of(app.pid))
    print(f"bench: {where}: {pss / 1024:.1f} MiB PSS in {processes} processes", flush=True)
    before = cpu_seconds(app.pid)
    time.sleep(60)
    cpu = cpu_seconds(app.pid) - before
    print(f"bench: idle CPU {where}: {cpu * 1000:.0f} ms / 60 s", flush=True)
    return pss, processes, cpu


def reminder_lateness(binary, desktop):
    """Six reminders (three at each of the next two whole minutes) with a recording
    notification server on the bus; returns how late each arrived, in ms."""
    log = os.path.join(desktop.dir, "notifications.jsonl")
    server = subprocess.Popen(["/usr/bin/python3", str(ROOT / "tests/support/notification_server.py"), log],
                              env=desktop.env(), stdout=subprocess.PIPE, text=True)
    server.stdout.readline()
    data = os.path.join(desktop.dir, "data-reminders")
    app = subprocess.Popen([binary, "--data-dir", data, "--minimized"], env=desktop.env(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(2)
        now = time.time()
        first = (int(now // 60) + 1) * 60
        if first - now < 10:
            first += 60
        dues = []
        for minute in (first, first + 60):
            local = time.localtime(minute)
            day, at = time.strftime("%a", local).lower(), time.strftime("%H:%M", local)
            for i in range(3):
                subprocess.run([binary, "reminders", "add", "--days", day, "--at", at, "--label", f"Bench {i}",
                                "--data-dir", data], env=desktop.env(), check=True, capture_output=True)
                dues.append(minute)
        wait_for(lambda: Path(log).exists() and len(Path(log).read_text().splitlines()) >= 6,
                 "six reminders", timeout=first + 100 - time.time())
        import json
        arrived = sorted(json.loads(line)["at"] for line in Path(log).read_text().splitlines())
        return [(a - d) * 1000 for a, d in zip(arrived, sorted(dues))]
    finally:
        stop(app)
        server.terminate()
        server.wait()


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: bench.py BINARY OUTPUT.md")
    binary, output = os.path.abspath(sys.argv[1]), Path(sys.argv[2])
    desktop = Desktop()
    rows = []
    try:
        starts = []
        for run in range(5):
            data_dir = os.path.join(desktop.dir, f"data-{run}")
            app, ready = start(binary, desktop, data_dir)
            starts.append(ready)
            stop(app)
            print(f"bench: start {run + 1}/5: {ready * 1000:.0f} ms", flush=True)
        rows.append(("Start to interactive (median of 5)", f"{statistics.median(starts) * 1000:.0f} ms",
                     "spawn to the page's ui_ready command; fresh data folder each time; "
                     f"all runs: {', '.join(f'{s * 1000:.0f}' for s in starts)} ms"))

        app, _ = start(binary, desktop, os.path.join(desktop.dir, "data-idle"))
        time.sleep(5)
        open_pss, processes, open_cpu = settled(app, "with the window open")
        subprocess.run(["/usr/bin/python3", str(ROOT / "tests/support/close_window.py"), "Solewise"],
                       env=desktop.env(), check=True)
        time.sleep(10)
        tray_pss, tray_processes, tray_cpu = settled(app, "in the tray")
        alive = app.poll() is None
        stop(app)
        if not alive:
            sys.exit("bench: the app quit when its window closed")

        rows.append(("Memory, window open", f"{open_pss / 1024:.1f} MiB",
                     f"PSS of the app and its {processes - 1} child processes, 5 s after start"))
        rows.append(("Memory, window closed to the tray", f"{tray_pss / 1024:.1f} MiB",
                     f"PSS 10 s after the window closed ({tray_processes} process(es) left)"))
        rows.append(("CPU, 60 s idle, window open", f"{open_cpu * 1000:.0f} ms", "user + system, whole process tree"))
        rows.append(("CPU, 60 s idle, in the tray", f"{tray_cpu * 1000:.0f} ms", "user + system, whole process tree"))
        print("bench: reminder lateness (two minutes)", flush=True)
        late = reminder_lateness(binary, desktop)
        rows.append(("Reminder lateness (median of 6)", f"{statistics.median(late):.0f} ms",
                     "notification received by a recording server minus the due time; "
                     f"all: {', '.join(f'{x:.0f}' for x in late)} ms"))
        size = os.path.getsize(binary)
        rows.append(("Release binary size", f"{size / 1024 / 1024:.1f} MiB", f"{binary.replace(str(ROOT) + '/', '')}, stripped"))
    finally:
        desktop.close()

    print("bench: history with 100,000 sessions (cargo bench --bench history)", flush=True)
    history = subprocess.run(["cargo", "bench", "--locked", "--bench", "history"], cwd=ROOT,
                             capture_output=True, text=True)
    if history.returncode != 0:
        sys.exit(f"bench: the history benchmark failed:\n{history.stderr[-3000:]}")
    history_rows = [line for line in history.stdout.splitlines() if line.startswith("| ")]

    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
                         capture_output=True, text=True).stdout.strip()
    table = ["| What | Result | How |", "| --- | --- | --- |"]
    table += [f"| {what} | {result} | {how} |" for what, result, how in rows]
    table += history_rows
    text = "\n".join([
        "# Benchmarks",
        "",
        "Written by `make bench` (scripts/bench.py); every number below was measured, none typed in.",
        f"Machine: {os.cpu_count()} cores ({cpu}), {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}.",
        "The app runs on a virtual X display (Xvfb) with its own D-Bus session bus.",
        "",
        *table,
        "",
    ])
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text)
    print()
    print("\n".join(table))
    print(f"\nbench: written to {output}")


if __name__ == "__main__":
    main()
