#!/usr/bin/env bash
# Builds Solewise's Windows installer with Debian's makensis from the two programs in
# the folder given (target/x86_64-pc-windows-gnu/release or …/debug), writing
# OUT (default: that folder's bundle/Solewise_<version>_x64-setup.exe). Nothing is
# downloaded: the script is packaging/windows/solewise.nsi, the plugins NSIS's own.
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { printf '\033[1mpackage-windows:\033[0m %s\n' "$*"; }
programs=${1:?usage: installer.sh PROGRAMS_DIR [OUT]}
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
out=${2:-$programs/bundle/Solewise_${version}_x64-setup.exe}
command -v makensis >/dev/null || { say "makensis is missing (Debian: apt install nsis)"; exit 1; }
for program in solewise.exe solewise-window.exe; do
  [ -f "$programs/$program" ] || { say "no $programs/$program: build it first"; exit 1; }
done
mkdir -p "$(dirname "$out")"
# The licence page and Notepad read Windows line endings.
licence=$(dirname "$out")/LICENCE.txt
sed 's/\r$//; s/$/\r/' packaging/windows/LICENCE.txt > "$licence"
say "writing $out with makensis"
makensis -V2 -INPUTCHARSET UTF8 \
  -DVERSION="$version" \
  -DDAEMON="$PWD/$programs/solewise.exe" \
  -DWINDOW="$PWD/$programs/solewise-window.exe" \
  -DLICENCE="$(cd "$(dirname "$licence")" && pwd)/LICENCE.txt" \
  -DTHIRD="$PWD/ui/src/lib/licenses.json" \
  -DICON="$PWD/src-tauri/icons/icon.ico" \
  -DOUTFILE="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")" \
  packaging/windows/solewise.nsi
ls -l "$out"
