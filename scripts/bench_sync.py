"""History on two computers for make bench (bench.py - --sync): 100,000 sessions turned
over to a second computer through the sync folder, whole programs from start to exit with
their peak memory: the first computer writing them (`sync set`), the second merging them
(`sync set`), then one new session merged after that (it must not read again what was
merged) and a sync with nothing new (what the daemon does every few minutes), beside the
history export and import that moving a history took before (the same 100,000 sessions,
same run) and the floor of starting the program at all."""
import os
import sqlite3
import statistics
import sys
import tempfile

from bench_open import fill, measured_process

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
        send = measured_process(cli(laptop, "sync", "set", share))
        merge = measured_process(cli(desktop, "sync", "set", share))
        check_count(desktop, SESSIONS)
        measured_process(cli(laptop, "history", "add", "--minutes", "15", "--note", "one more"))
        measured_process(cli(laptop, "sync", "now"))
        one_more = measured_process(cli(desktop, "sync", "now"))
        check_count(desktop, SESSIONS + 1)
        idle = [measured_process(cli(desktop, "sync", "now")) for _ in range(5)]
        floor = [measured_process([daemon, "--version"]) for _ in range(5)]
        export = os.path.join(tmp, "history.json")
        exported_run = measured_process(cli(laptop, "history", "export", "--format", "json", "--out", export))
        imported_run = measured_process(cli(other, "history", "import", export))
        folder, exported = du(share), os.path.getsize(export)
    cell = lambda run: f"{run[0]:.0f} ms | {run[1]:.1f} MiB"
    median = lambda runs: (statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs))
    return [
        f"| What, {SESSIONS:,} sessions | Time, start to exit | Peak memory | Peer in the same run | "
        "Its time | Its peak memory |",
        "| --- | --- | --- | --- | --- | --- |",
        f"| The first computer writes them into the folder (`sync set`) | {cell(send)} "
        f"| history export to JSON | {cell(exported_run)} |",
        f"| The second computer merges them (`sync set`) | {cell(merge)} "
        f"| history import of that JSON | {cell(imported_run)} |",
        f"| Then one new session, merged by the second computer (`sync now`) | {cell(one_more)} "
        f"| `solewise --version` (the floor), median of 5 | {cell(median(floor))} |",
        f"| A sync with nothing new (median of 5; the daemon's every 5 minutes) | {cell(median(idle))} "
        "| | | |",
        f"| The sync folder afterwards | {folder / 1024 / 1024:.1f} MiB | "
        f"| the JSON export | {exported / 1024 / 1024:.1f} MiB | |",
    ]


def check_count(data, expected):
    """Fails the bench unless the computer at `data` has `expected` sessions."""
    with sqlite3.connect(f"file:{os.path.join(data, 'solewise.db')}?mode=ro", uri=True) as db:
        have = db.execute("SELECT count(*) FROM sessions").fetchone()[0]
    if have != expected:
        sys.exit(f"bench: sync: the second computer has {have:,} sessions, not {expected:,}")
