#!/usr/bin/env bash
# Names the Tauri bundler's .rpm (in the folder given) the way rpm names packages:
# the package's own name, lower case (solewise-0.1.0-1.x86_64.rpm); the bundler uses
# the product name (Solewise-...).
set -euo pipefail
for file in "$1"/Solewise-*.rpm; do
  [ -e "$file" ] || continue
  mv -f "$file" "$1/solewise-${file##*/Solewise-}"
  echo "package: $1/solewise-${file##*/Solewise-}"
done
