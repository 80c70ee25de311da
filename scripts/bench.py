#!/usr/bin/python3
"""Measures Solewise the way a user meets it and writes docs/benchmarks.md.

Usage: bench.py TARGET_DIR OUTPUT.md   (TARGET_DIR holds solewise and solewise-window)
       bench.py TARGET_DIR - --knobs   (only the web view's knobs, printed)
       bench.py TARGET_DIR - --memory  (only where the window's memory goes, printed)
       bench.py TARGET_DIR - --bundle  (only the UI bundle's files and sizes, printed)
       bench.py TARGET_DIR - --open    (only whole programs on 1,000 to 1,000,000 sessions, printed)

Everything runs on its own virtual X display (Xvfb) with its own D-Bus session bus, a
tray host (StatusNotifierWatcher stand-in) and fresh data folders. Workrave, a native
GTK break reminder, is measured the same way in the same run, as the peer.
- waiting in the tray: PSS of the daemon's whole process tree 90 s after start, and again
  after the window was opened from the tray and closed; idle CPU over 60 s as the sum of
  every thread's on-CPU time from /proc/PID/task/*/schedstat (10 ms ticks are too coarse)
- the window: spawn to the page's `ui_ready` (median of 5 cold starts, on new data
  folders and on one opened before), Open in the tray to `ui_ready` (median of 5, the
  window started cold by the daemon each time), its memory with the page open; beside a
  bare Tauri window (src-tauri/examples/bare_window.rs) as the peer
- the web view's knobs: each left at WebKit's default alone, beside the window as shipped
- reminder lateness: six reminders shown to a recording notification server, minus due
- binary sizes; history at 10,000, 100,000 and 1,000,000 sessions:
  `cargo bench -p solewise-core --features bench --bench history` (its own table, with the old way as the peer);
  whole programs on 1,000 to 1,000,000 sessions: `history stats --json` and the window's start
  (beside the floor of starting at all and the whole-file check each open used to pay)
The desktop and the /proc readings it measures with are in bench_desktop.py.
"""

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_bundle import bundle_table
from bench_languages import language_table
from bench_report import report
from bench_sync import sync_table
from bench_open import store_rows
from bench_desktop import (ROOT, SUPPORT, Desktop, children_of, idle, memory_groups_kib, memory_kib, mib,
                           stop, threads, wait_for, window_start)

# The web view's knobs (src-tauri/src/webview.rs) and what each one does.
KNOBS = {
    "cache-model": "cache model for a document viewer: the smallest memory caches",
    "page-cache": "no page cache (the page never navigates away)",
    "webgl": "WebGL off",
    "media-extras": "media streams, Media Source and encrypted media off (Web Audio stays)",
    "offline-storage": "offline application cache and HTML5 database off",
}


def webview_knobs(window, desktop, runs=3):
    """The window's PSS 5 s after start and its spawn to interactive, as shipped (every knob
    turned), with every knob at WebKit's default, and with each knob alone at its default
    (SOLEWISE_WEBVIEW_DEFAULTS); medians of `runs` cold starts, in one run."""
    configs = [("every knob turned (as shipped)", "", None), ("every knob at WebKit's default", "", "all")]
    configs += [(f"`{name}` at WebKit's default", what, name) for name, what in KNOBS.items()]
    # Measured and not kept (see webview.rs): the window without WebKit's GL compositor.
    configs.append(("every knob turned and GL compositing off (not kept)",
                    "WEBKIT_DISABLE_COMPOSITING_MODE=1", {"WEBKIT_DISABLE_COMPOSITING_MODE": "1"}))
    results = []
    for number, (label, what, defaults) in enumerate(configs):
        pss, starts = [], []
        for run in range(runs):
            data = os.path.join(desktop.dir, f"knobs-{number}-{run}")
            extra = defaults if isinstance(defaults, dict) else (
                {"SOLEWISE_WEBVIEW_DEFAULTS": defaults} if defaults else None)
            app, ready = window_start(window, desktop, data, extra)
            time.sleep(5)
            pss.append(memory_kib(app.pid)[0])
            starts.append(ready)
            stop(app)
            subprocess.run(["pkill", "-f", "--", f"--data-dir {data}"], check=False)
        results.append((label, what, statistics.median(pss), statistics.median(starts)))
    shipped = results[0][2]
    table = ["| Web view | What the knob does | Window PSS, 5 s after start | Against as shipped | Spawn to interactive |",
             "| --- | --- | --- | --- | --- |"]
    for label, what, pss, start in results:
        table.append(f"| {label} | {what} | {mib(pss)} | {(pss - shipped) / 1024:+.1f} MiB | {start:.0f} ms |")
    return table


def memory_breakdown(window, bare, desktop):
    """Where the open window's memory goes, beside the bare window's: PSS of each process
    tree by what is mapped, 5 s after start, one start each in the same run."""
    measured = []
    for program, data, marker in ((window, os.path.join(desktop.dir, "data-memory"), "ui ready"),
                                  (bare, None, "page loaded")):
        app, _ = window_start(program, desktop, data, marker=marker)
        time.sleep(5)
        measured.append((memory_kib(app.pid)[0], dict(memory_groups_kib(app.pid))))
        stop(app)
    (ours, groups), (theirs, bare_groups) = measured
    table = ["| Mapped | Solewise's window | The bare window |", "| --- | --- | --- |"]
    for label in sorted(set(groups) | set(bare_groups), key=lambda g: -groups.get(g, 0)):
        table.append(f"| {label} | {mib(groups.get(label, 0))} | {mib(bare_groups.get(label, 0))} |")
    table.append(f"| **in all** | **{mib(ours)}** | **{mib(theirs)}** |")
    return table


def ui_ready_count(log):
    try:
        return Path(log).read_text().count("ui ready")
    except OSError:
        return 0


def window_pids(data_dir):
    out = subprocess.run(["pgrep", "-f", "--", f"solewise-window --data-dir {data_dir}"],
                         capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def daemon_rows(daemon, desktop):
    """The daemon waiting in the tray, opening the window from the tray, and again."""
    data = os.path.join(desktop.dir, "data-tray")
    proc = subprocess.Popen([daemon, "--data-dir", data, "--minimized"], env=desktop.env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(lambda: Path(desktop.tray_log).exists() and Path(desktop.tray_log).read_text(), "the tray icon")
    # Past its first minute's look at the reminders: waiting as it does all week.
    time.sleep(90)
    start_pss, start_private = memory_kib(proc.pid)
    start_threads = threads(proc.pid)
    start_cpu = idle(proc.pid)
    print(f"bench: daemon 90 s after start: {start_pss / 1024:.2f} MiB PSS, {start_cpu:.2f} ms CPU / 60 s", flush=True)

    log = os.path.join(data, "logs", "window.log")
    opens = []
    for run in range(5):
        seen = ui_ready_count(log)
        begin = desktop.click("Open Solewise")
        wait_for(lambda: ui_ready_count(log) > seen, "the window opened from the tray")
        opens.append((time.monotonic() - begin) * 1000)
        for pid in window_pids(data):
            os.kill(pid, signal.SIGTERM)
        wait_for(lambda: not window_pids(data), "the window to close")
        print(f"bench: open from the tray {run + 1}/5: {opens[-1]:.0f} ms", flush=True)
    time.sleep(10)
    after_pss, after_private = memory_kib(proc.pid)
    after_cpu = idle(proc.pid)
    print(f"bench: daemon after the window opened and closed: {after_pss / 1024:.2f} MiB PSS", flush=True)
    alive = proc.poll() is None
    stop(proc)
    if not alive:
        sys.exit("bench: the daemon quit when its window closed")
    return {
        "start_pss": start_pss, "start_private": start_private, "start_cpu": start_cpu,
        "threads": start_threads, "after_pss": after_pss, "after_private": after_private,
        "after_cpu": after_cpu, "opens": opens,
    }


def workrave_rows(desktop):
    """Workrave 1.10 waiting in the tray, measured like the daemon."""
    if not shutil.which("workrave"):
        return None
    proc = subprocess.Popen(["workrave"], env=desktop.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(90)
    if proc.poll() is not None:
        return None
    pss, private = memory_kib(proc.pid)
    count = threads(proc.pid)
    cpu = idle(proc.pid)
    print(f"bench: Workrave 90 s after start: {pss / 1024:.1f} MiB PSS, {cpu:.1f} ms CPU / 60 s", flush=True)
    stop(proc)
    return {"pss": pss, "private": private, "cpu": cpu, "threads": count}


def reminder_lateness(daemon, desktop):
    """Six reminders (three at each of the next two whole minutes) with a recording
    notification server on the bus; returns how late each arrived, in ms."""
    log = os.path.join(desktop.dir, "notifications.jsonl")
    server = subprocess.Popen(["/usr/bin/python3", str(SUPPORT / "notification_server.py"), log],
                              env=desktop.env(), stdout=subprocess.PIPE, text=True)
    server.stdout.readline()
    data = os.path.join(desktop.dir, "data-reminders")
    proc = subprocess.Popen([daemon, "--data-dir", data, "--minimized"], env=desktop.env(),
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
                subprocess.run([daemon, "reminders", "add", "--days", day, "--at", at, "--label", f"Bench {i}",
                                "--data-dir", data], env=desktop.env(), check=True, capture_output=True)
                dues.append(minute)
        wait_for(lambda: Path(log).exists() and len(Path(log).read_text().splitlines()) >= 6,
                 "six reminders", timeout=first + 100 - time.time())
        arrived = sorted(json.loads(line)["at"] for line in Path(log).read_text().splitlines())
        return [(a - d) * 1000 for a, d in zip(arrived, sorted(dues))]
    finally:
        stop(proc)
        server.terminate()
        server.wait()


def main():
    if len(sys.argv) == 4 and sys.argv[3] == "--open":
        # Only opening the history at 1,000 to 1,000,000 sessions, printed.
        target, desktop = Path(sys.argv[1]).resolve(), Desktop()
        try:
            print("\n".join(store_rows(str(target / "solewise"), str(target / "solewise-window"), desktop)))
        finally:
            subprocess.run(["pkill", "-f", "--", f"--data-dir {desktop.dir}"], check=False)
            desktop.close()
        return
    if len(sys.argv) == 4 and sys.argv[3] == "--languages":
        # Only the daemon's memory and the page at start in English, German and Japanese.
        target, desktop = Path(sys.argv[1]).resolve(), Desktop()
        try:
            print("\n".join(language_table(str(target / "solewise"), desktop)))
        finally:
            subprocess.run(["pkill", "-f", "--", f"--data-dir {desktop.dir}"], check=False)
            desktop.close()
        return
    if len(sys.argv) == 4 and sys.argv[3] == "--sync":
        print("\n".join(sync_table(str(Path(sys.argv[1]).resolve() / "solewise"))))
        return
    if len(sys.argv) == 4 and sys.argv[3] == "--bundle":
        print("\n".join(bundle_table()))
        return
    if len(sys.argv) == 4 and sys.argv[3] == "--memory":
        # Only where the window's memory goes, beside the bare window's, printed.
        target, desktop = Path(sys.argv[1]).resolve(), Desktop()
        try:
            print("\n".join(memory_breakdown(str(target / "solewise-window"),
                                              str(target / "examples" / "bare_window"), desktop)))
        finally:
            subprocess.run(["pkill", "-f", "--", f"--data-dir {desktop.dir}"], check=False)
            desktop.close()
        return
    if len(sys.argv) == 4 and sys.argv[3] == "--knobs":
        # Only the web view's knobs, printed (for trying a knob without the whole run).
        desktop = Desktop()
        try:
            print("\n".join(webview_knobs(str(Path(sys.argv[1]).resolve() / "solewise-window"), desktop)))
        finally:
            subprocess.run(["pkill", "-f", "--", f"--data-dir {desktop.dir}"], check=False)
            desktop.close()
        return
    if len(sys.argv) != 3:
        sys.exit("usage: bench.py TARGET_DIR OUTPUT.md | TARGET_DIR - --knobs | --memory | --bundle | --languages | --open | --sync")
    target, output = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    daemon, window = str(target / "solewise"), str(target / "solewise-window")
    bare = str(target / "examples" / "bare_window")
    desktop = Desktop()
    rows = []
    try:
        d = daemon_rows(daemon, desktop)
        w = workrave_rows(desktop)
        peer = lambda key, fmt: fmt(w[key]) if w else "not installed"
        rows.append(("Waiting in the tray: PSS, 90 s after start", mib(d["start_pss"]), peer("pss", mib),
                     "whole process tree"))
        rows.append(("Waiting in the tray: PSS after the window was opened and closed 5 times", mib(d["after_pss"]),
                     "", "the window is its own process and is gone"))
        rows.append(("Waiting in the tray: private memory", mib(d["start_private"]), peer("private", mib),
                     "Private_Clean + Private_Dirty, 90 s after start"))
        rows.append(("Idle CPU per minute, waiting", f"{d['start_cpu']:.2f} ms", peer("cpu", lambda c: f"{c:.1f} ms"),
                     "sum of every thread's on-CPU time (schedstat) over 60 s"))
        rows.append(("Idle CPU per minute, after the window was opened and closed", f"{d['after_cpu']:.2f} ms", "",
                     "the same, after the five opens"))
        rows.append(("Threads while waiting", str(d["threads"]), peer("threads", str), ""))
        rows.append(("Open in the tray to an interactive window (median of 5)", f"{statistics.median(d['opens']):.0f} ms",
                     "", "cold start of the window each time; all: " + ", ".join(f"{x:.0f}" for x in d["opens"]) + " ms"))

        # The peer: a bare Tauri window (src-tauri/examples/bare_window.rs), same Tauri,
        # same profile, a page of one line; "interactive" is its page having loaded.
        bare_ms = []
        for run in range(5):
            app, ready = window_start(bare, desktop, None, marker="page loaded")
            bare_ms.append(ready)
            if run < 4:
                stop(app)
        time.sleep(5)
        bare_pss, _ = memory_kib(app.pid)
        stop(app)
        median_ms = lambda values: f"{statistics.median(values):.0f} ms"

        starts = []
        for run in range(5):
            app, ready = window_start(window, desktop, os.path.join(desktop.dir, f"data-{run}"))
            starts.append(ready)
            stop(app)
        rows.append(("Window spawn to interactive, first start (median of 5)", f"{statistics.median(starts):.0f} ms",
                     median_ms(bare_ms), "fresh data folder each time (the welcome); all: "
                     + ", ".join(f"{s:.0f}" for s in starts) + " ms; bare window: its page loaded"))
        again = os.path.join(desktop.dir, "data-again")
        stop(window_start(window, desktop, again)[0])
        returning = []
        for run in range(5):
            app, ready = window_start(window, desktop, again)
            returning.append(ready)
            stop(app)
        rows.append(("Window spawn to interactive, a returning user (median of 5)",
                     f"{statistics.median(returning):.0f} ms", median_ms(bare_ms),
                     "a data folder opened before; all: " + ", ".join(f"{s:.0f}" for s in returning)
                     + " ms; bare window, all: " + ", ".join(f"{s:.0f}" for s in bare_ms) + " ms"))
        app, _ = window_start(window, desktop, os.path.join(desktop.dir, "data-open"))
        time.sleep(5)
        open_pss, _ = memory_kib(app.pid)
        processes = len(children_of(app.pid))
        stop(app)
        rows.append(("Window open: PSS, 5 s after start", mib(open_pss), mib(bare_pss),
                     f"the window and its {processes - 1} web view processes; the bare window's likewise"))

        print("bench: where the window's memory goes, beside the bare window's", flush=True)
        breakdown = memory_breakdown(window, bare, desktop)

        print("bench: the web view's knobs (three cold starts each)", flush=True)
        knobs = webview_knobs(window, desktop)

        print("bench: the daemon and the page at start in English, German and Japanese", flush=True)
        languages = language_table(daemon, desktop)

        print("bench: reminder lateness (two minutes)", flush=True)
        late = reminder_lateness(daemon, desktop)
        rows.append(("Reminder lateness (median of 6)", f"{statistics.median(late):.0f} ms", "",
                     "notification received by a recording server minus the due time; all: "
                     + ", ".join(f"{x:.0f}" for x in late) + " ms"))
        print("bench: 100,000 sessions to a second computer through the sync folder", flush=True)
        synced = sync_table(daemon)
        print("bench: opening the history at 1,000 to 1,000,000 sessions", flush=True)
        opening = store_rows(daemon, window, desktop)
        for name, path in (("solewise (daemon, command line)", daemon), ("solewise-window", window)):
            rows.append((f"Release binary: {name}", mib(os.path.getsize(path) / 1024), "", "stripped"))
    finally:
        subprocess.run(["pkill", "-f", "--", f"--data-dir {desktop.dir}"], check=False)
        desktop.close()

    print("bench: history at 10,000, 100,000 and 1,000,000 sessions (cargo bench -p solewise-core --features bench --bench history)",
          flush=True)
    history = subprocess.run(["cargo", "bench", "--locked", "-p", "solewise-core", "--features", "bench", "--bench", "history"], cwd=ROOT,
                             capture_output=True, text=True)
    if history.returncode != 0:
        sys.exit(f"bench: the history benchmark failed:\n{history.stderr[-3000:]}")
    history_rows = history.stdout.strip().splitlines()

    cpu = subprocess.run(["sh", "-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"],
                         capture_output=True, text=True).stdout.strip()
    workrave = subprocess.run(["sh", "-c", "dpkg-query -W -f='${Version}' workrave 2>/dev/null"],
                              capture_output=True, text=True).stdout.strip() or "not installed"
    table = ["| What | Solewise | Peer (Workrave; for the window, a bare Tauri window) | How |",
             "| --- | --- | --- | --- |"]
    table += [f"| {what} | {ours} | {theirs} | {how} |" for what, ours, theirs, how in rows]
    text = report(table, cpu, workrave, breakdown=breakdown, bundle=bundle_table(), languages=languages,
                  knobs=knobs, opening=opening, synced=synced, history=history_rows)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text)
    print()
    print(text)
    print(f"bench: written to {output}")


if __name__ == "__main__":
    main()
