"""The UI bundle's files for make bench: what the window's page loads at start and what
later, in bytes and gzipped (bench.py - --bundle)."""
import gzip
import re

from bench_desktop import ROOT


def bundle_table():
    """The built UI (ui/dist): what the page loads at start (index.html and what it names),
    and each chunk loaded later, in bytes and gzipped (for scale: Tauri embeds them
    compressed with brotli, and the page reads them from the program, not a network)."""
    dist = ROOT / "ui" / "dist"
    html = (dist / "index.html").read_text()
    first = {"index.html"} | {name.lstrip("/") for name in re.findall(r'(?:src|href)="(/assets/[^"]+)"', html)}
    rows = []
    for path in [dist / "index.html"] + sorted((dist / "assets").glob("*.[jc]s*")):
        if path.suffix not in (".html", ".js", ".css"):
            continue
        name = str(path.relative_to(dist))
        data = path.read_bytes()
        when = "at start" if name in first else "later, when first needed"
        rows.append((when, name, len(data), len(gzip.compress(data, 9))))
    table = ["| Loaded | File | Size | Gzipped |", "| --- | --- | --- | --- |"]
    table += [f"| {when} | `{name}` | {size / 1000:.1f} kB | {packed / 1000:.1f} kB |"
              for when, name, size, packed in sorted(rows, key=lambda r: (r[0] != "at start", r[1]))]
    start = [r for r in rows if r[0] == "at start"]
    table.append(f"| **at start, in all** | | **{sum(r[2] for r in start) / 1000:.1f} kB** | "
                 f"**{sum(r[3] for r in start) / 1000:.1f} kB** |")
    return table
