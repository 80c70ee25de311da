"""History on two computers for make bench (bench.py - --sync): 100,000 sessions turned
over to a second computer through the sync folder, whole programs from start to exit:
the first computer writing them (`sync set`), the second merging them (`sync set`), and
a sync with nothing new (what the daemon does every few minutes), beside the history
export and import that moving a history took before (the same 100,000 sessions, same
run) and the floor of starting the program at all."""
import os
import sqlite3
import statistics
import sys
import tempfile
import time

from bench_open import fill, timed_process

SESSIONS = 100_000


def du(path):
    """Bytes under `path`."""
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, files in os.walk(path) for f in files)


def sync_table(daemon):
    with tempfile.TemporaryDirectory() as tmp:
        laptop, desktop, other, share = (os.path.join(tmp, n) for n in ("laptop", "desktop", "other", "share"))
        os.mkdir(share)
        print(f"bench: sync: a history of {SESSIONS:,} sessions", flush=True)
        fill(laptop, SESSIONS)
        cli = lambda data, *args: [daemon, "--data-dir", data, *args]
        send_ms = timed_process(cli(laptop, "sync", "set", share))
        merge_ms = timed_process(cli(desktop, "sync", "set", share))
        with sqlite3.connect(f"file:{os.path.join(desktop, 'solewise.db')}?mode=ro", uri=True) as db:
            merged = db.execute("SELECT count(*) FROM sessions").fetchone()[0]
        if merged != SESSIONS:
            sys.exit(f"bench: sync: the second computer has {merged} sessions, not {SESSIONS:,}")
        idle_ms = [timed_process(cli(desktop, "sync", "now")) for _ in range(5)]
        floor_ms = [timed_process([daemon, "--version"]) for _ in range(5)]
        export = os.path.join(tmp, "history.json")
        export_ms = timed_process(cli(laptop, "history", "export", "--format", "json", "--out", export))
        import_ms = timed_process(cli(other, "history", "import", export))
        folder, exported = du(share), os.path.getsize(export)
    median = lambda values: f"{statistics.median(values):.0f} ms"
    return [
        "| What, 100,000 sessions | Time, start to exit | Peer in the same run |",
        "| --- | --- | --- |",
        f"| The first computer writes them into the folder (`sync set`) | {send_ms:.0f} ms "
        f"| history export to JSON: {export_ms:.0f} ms |",
        f"| The second computer merges them (`sync set`) | {merge_ms:.0f} ms "
        f"| history import of that JSON: {import_ms:.0f} ms |",
        f"| A sync with nothing new (median of 5; the daemon's every 5 minutes) | {median(idle_ms)} "
        f"| `solewise --version` (the floor): {median(floor_ms)} |",
        f"| The sync folder afterwards | {folder / 1024 / 1024:.1f} MiB "
        f"| the JSON export: {exported / 1024 / 1024:.1f} MiB |",
    ]
