"""Solewise in other languages for make bench (bench.py - --languages): the tray daemon's
memory waiting in the tray in English, German and Japanese (each loads only its own
catalogue), and what the window's page loads at start in each, beside the same page built
before translations (commit 6355818, built in the same run)."""
import gzip
import json
import os
import re
import subprocess
import tempfile
import time
from pathlib import Path

from bench_desktop import ROOT, memory_kib, mib, stop, wait_for

LANGUAGES = [("English", "C.UTF-8", "en"), ("German", "de_DE.UTF-8", "de"), ("Japanese", "ja_JP.UTF-8", "ja")]
# The last commit before the window was translated: the bundle's peer.
BEFORE = "6355818"


def daemon_rows(daemon, desktop):
    """PSS of the daemon 90 s after start (past its first minute's look at the reminders),
    with the desktop's language set to each."""
    rows = []
    for name, lang, _ in LANGUAGES:
        data = os.path.join(desktop.dir, f"data-{lang}")
        log = Path(desktop.tray_log)
        seen = len(log.read_text().splitlines()) if log.exists() else 0
        env = dict(desktop.env(), LANG=lang)
        proc = subprocess.Popen([daemon, "--data-dir", data, "--minimized"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: log.exists() and len(log.read_text().splitlines()) > seen, "the tray icon")
        time.sleep(90)
        pss, _ = memory_kib(proc.pid)
        print(f"bench: daemon in {name}: {pss / 1024:.2f} MiB PSS", flush=True)
        rows.append((name, pss))
        stop(proc)
    return rows


def start_bytes(dist, language):
    """Bytes and gzipped bytes the page loads at start in `language`: index.html, what it
    names, and the start of that language's catalogue (None before translations); the rest
    of the catalogue comes once the first screen is up."""
    html = (dist / "index.html").read_text()
    files = [dist / "index.html"] + [dist / n.lstrip("/") for n in re.findall(r'(?:src|href)="(/assets/[^"]+)"', html)]
    manifest = dist / ".vite" / "manifest.json"
    if language and manifest.exists():
        for source, chunk in json.loads(manifest.read_text()).items():
            if source.endswith(f"locales/{language}/window.ftl?catalogue=start"):
                files.append(dist / chunk["file"])
    data = [f.read_bytes() for f in files]
    return sum(len(d) for d in data), sum(len(gzip.compress(d, 9)) for d in data)


def bundle_rows():
    """The page at start before translations (built now from BEFORE) and in each language."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "before"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), BEFORE],
                       check=True, capture_output=True)
        try:
            os.symlink(ROOT / "ui" / "node_modules", tree / "ui" / "node_modules")
            subprocess.run(["npm", "--prefix", str(tree / "ui"), "run", "--silent", "build"],
                           check=True, capture_output=True)
            before = start_bytes(tree / "ui" / "dist", None)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)],
                           check=False, capture_output=True)
    rows = [("before translations (6355818)", before)]
    for name, _, tag in LANGUAGES:
        rows.append((name, start_bytes(ROOT / "ui" / "dist", tag)))
    return rows


def language_table(daemon, desktop):
    memory = daemon_rows(daemon, desktop)
    bundle = bundle_rows()
    table = ["| Language | Daemon waiting in the tray, PSS | Window page at start | Gzipped | Growth, gzipped |",
             "| --- | --- | --- | --- | --- |"]
    base = bundle[0][1][1]
    table.append(f"| {bundle[0][0]} | | {bundle[0][1][0] / 1000:.1f} kB | {base / 1000:.1f} kB | |")
    for (name, pss), (_, (size, packed)) in zip(memory, bundle[1:]):
        table.append(f"| {name} | {mib(pss)} | {size / 1000:.1f} kB | {packed / 1000:.1f} kB | "
                     f"{(packed - base) / 1000:+.1f} kB |")
    return table
