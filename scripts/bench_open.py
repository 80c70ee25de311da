"""Whole programs on a long history for make bench: data folders of 1,000 to 1,000,000
sessions (made by the history benchmark's --fill), `solewise history stats --json` from
start to exit and the window from spawn to interactive, beside the floor of starting the
program and the whole-file check every open used to pay (bench.py - --open)."""
import os
import sqlite3
import statistics
import subprocess
import sys
import time

from bench_desktop import ROOT, stop, window_start

STORE_SIZES = (1_000, 100_000, 1_000_000)


def measured_process(args, env=None):
    """Milliseconds from spawn to exit of one program run and its peak resident memory in
    MiB (the kernel's maxrss for the process); fails loudly if it fails."""
    begin = time.monotonic()
    with subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as child:
        stderr = child.stderr.read()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"bench: {' '.join(args)} failed: {stderr[-2000:]}")
    return (time.monotonic() - begin) * 1000, usage.ru_maxrss / 1024


def timed_process(args, env=None):
    """Milliseconds from spawn to exit of one program run; fails loudly if it fails."""
    return measured_process(args, env)[0]


def fill(data, size):
    """A data folder with `size` sessions, one every 26 minutes back from now (the history
    benchmark's --fill)."""
    done = subprocess.run(["cargo", "bench", "--locked", "-p", "solewise-core", "--features", "bench",
                           "--bench", "history", "--", "--fill", data, str(size)],
                          cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"bench: filling {data} failed:\n{done.stderr[-3000:]}")


def whole_file_check_ms(database):
    """What every open used to add: SQLite's quick_check over every page of the file."""
    begin = time.monotonic()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as conn:
        conn.execute("PRAGMA quick_check").fetchall()
    return (time.monotonic() - begin) * 1000


def store_rows(daemon, window, desktop):
    """Whole programs on a history of 1,000 to 1,000,000 sessions: `history stats --json`
    (start to exit) and the window (spawn to interactive), beside the floor of starting
    the program at all and the whole-file check each open used to pay."""
    rows = ["| Sessions | `history stats --json`, start to exit (median of 5) | `solewise --version` (the floor) "
            "| Whole-file check (what each open added before) | Window spawn to interactive (median of 3) "
            "| Database file |",
            "| --- | --- | --- | --- | --- | --- |"]
    median_ms = lambda values: f"{statistics.median(values):.0f} ms"
    for size in STORE_SIZES:
        data = os.path.join(desktop.dir, f"store-{size}")
        print(f"bench: a history of {size:,} sessions", flush=True)
        fill(data, size)
        stats = [daemon, "--data-dir", data, "history", "stats", "--json"]
        # The first insights after an import build the calendar of days and weeks once.
        timed_process(stats)
        stats_ms = [timed_process(stats) for _ in range(5)]
        floor_ms = [timed_process([daemon, "--version"]) for _ in range(5)]
        database = os.path.join(data, "solewise.db")
        check_ms = [whole_file_check_ms(database) for _ in range(3)]
        starts = []
        for _ in range(3):
            app, ready = window_start(window, desktop, data)
            starts.append(ready)
            stop(app)
        rows.append(f"| {size:,} | {median_ms(stats_ms)} | {median_ms(floor_ms)} | {median_ms(check_ms)} "
                    f"| {median_ms(starts)} | {os.path.getsize(database) / 1024 / 1024:.1f} MiB |")
    return rows
