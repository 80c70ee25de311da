#!/usr/bin/env python3
"""Writes ui/src/lib/licenses.json: every third-party package built into Solewise
(the Rust crates of both programs, and the npm packages whose code ends up in the UI bundle),
with its version, licence expression and the licence files it ships.

    python3 scripts/licenses.py          # regenerate the file
    python3 scripts/licenses.py --check  # fail when the file is out of date

Everything is read from this machine (cargo's registry sources and ui/node_modules);
nothing is downloaded beyond what `cargo metadata` already fetches for the build.
"""

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "ui/src/lib/licenses.json"
LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|UNLICENSE|NOTICE|COPYRIGHT)", re.IGNORECASE)
TARGET = "x86_64-unknown-linux-gnu"


def licence_texts(folder: Path, texts: dict) -> list:
    """The licence files in a package folder, stored once each by content."""
    keys = []
    if not folder.is_dir():
        return keys
    for entry in sorted(folder.iterdir(), key=lambda p: p.name.lower()):
        if not (entry.is_file() and LICENCE_FILE.match(entry.name)):
            continue
        text = entry.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n").strip()
        if not text:
            continue
        key = hashlib.sha256(text.encode()).hexdigest()[:16]
        texts.setdefault(key, text)
        keys.append({"file": entry.name, "text": key})
    return keys


def crates(texts: dict) -> list:
    metadata = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked", "--filter-platform", TARGET],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    packages = {p["id"]: p for p in metadata["packages"]}
    nodes = {n["id"]: n for n in metadata["resolve"]["nodes"]}
    # What the two programs (the window and the tray daemon, over the core) are built
    # from: normal and build dependencies, never dev-only ones.
    # tools/manpages runs at packaging time and ships nothing of its own.
    shipped = [m for m in metadata["workspace_members"] if packages[m]["name"] != "solewise-manpages"]
    seen, stack = set(), shipped
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        for dep in nodes[current]["deps"]:
            if any(kind["kind"] in (None, "build") for kind in dep["dep_kinds"]):
                stack.append(dep["pkg"])
    # Solewise's own packages (the app and its core) are not third-party.
    seen -= set(metadata["workspace_members"])
    result = []
    for package_id in seen:
        package = packages[package_id]
        result.append(
            {
                "name": package["name"],
                "version": package["version"],
                "source": "crate",
                "license": package.get("license") or "see its licence file",
                "authors": [re.sub(r"\s*<[^>]*(>|$)", "", a) for a in package.get("authors") or []],
                "repository": package.get("repository") or "",
                "files": licence_texts(Path(package["manifest_path"]).parent, texts),
            }
        )
    return result


def bundled_npm_packages() -> set:
    """npm packages with code in the built UI, read from a source-mapped build."""
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(
            ["npx", "vite", "build", "--sourcemap", "--outDir", out, "--logLevel", "error"],
            cwd=ROOT / "ui",
            check=True,
            capture_output=True,
            text=True,
        )
        names = set()
        for map_file in Path(out).rglob("*.map"):
            for source in json.loads(map_file.read_text())["sources"]:
                match = re.search(r"node_modules/((?:@[^/]+/)?[^/]+)/", source)
                if match:
                    names.add(match.group(1))
        return names


def npm_packages(texts: dict) -> list:
    result = []
    for name in sorted(bundled_npm_packages()):
        folder = ROOT / "ui/node_modules" / name
        manifest = json.loads((folder / "package.json").read_text())
        author = manifest.get("author")
        if isinstance(author, dict):
            author = author.get("name")
        repository = manifest.get("repository") or ""
        if isinstance(repository, dict):
            repository = repository.get("url", "")
        result.append(
            {
                "name": name,
                "version": manifest["version"],
                "source": "npm",
                "license": manifest.get("license") or "see its licence file",
                "authors": [re.sub(r"\s*<[^>]*(>|$)", "", author)] if author else [],
                "repository": repository,
                "files": licence_texts(folder, texts),
            }
        )
    return result


def generate() -> str:
    texts: dict = {}
    packages = crates(texts) + npm_packages(texts)
    packages.sort(key=lambda p: (p["name"].lower(), p["version"], p["source"]))
    used = {f["text"] for p in packages for f in p["files"]}
    document = {
        "note": "Generated by scripts/licenses.py (make licenses); do not edit by hand.",
        "packages": packages,
        "texts": {key: texts[key] for key in sorted(used)},
    }
    return json.dumps(document, indent=1, ensure_ascii=False) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the file is out of date")
    args = parser.parse_args()
    content = generate()
    if args.check:
        current = OUT.read_text() if OUT.exists() else ""
        if current != content:
            print(f"{OUT.relative_to(ROOT)} is out of date: run `make licenses`", file=sys.stderr)
            return 1
        print(f"{OUT.relative_to(ROOT)} is up to date")
        return 0
    OUT.write_text(content)
    data = json.loads(content)
    print(f"wrote {OUT.relative_to(ROOT)}: {len(data['packages'])} packages, {len(data['texts'])} licence texts, {len(content) // 1024} KiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
