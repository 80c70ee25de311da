#!/usr/bin/env bash
# Installs Solewise's Windows installer (the path given) silently under Wine, in a fresh
# Wine prefix, and checks what a Windows user would get: the files where they belong,
# the Start menu shortcut, the entry in Settings > Apps; then
# the installed tray daemon: it starts and stays, a second one says one runs, the tray
# icon goes up, start at login writes and removes the Run key, a reminder due a minute
# ahead fires once, `solewise.exe quit` stops it over its named pipe; then the
# uninstaller removes the programs and the Run key and keeps the data.
# The window is not run: Wine has no WebView2 offline. Wine has no toast server either,
# so the reminder's toast fails and the daemon logs it: that log is what is checked.
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { printf '\033[1mtest-installer:\033[0m %s\n' "$*"; }
installer=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d)
daemon_pid=""
xvfb=""
cleanup() {
  [ -n "$daemon_pid" ] && kill "$daemon_pid" 2>/dev/null || true
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  WINEPREFIX="$work/prefix" "$wineserver" -k 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

wine=/usr/lib/wine/wine64
command -v "$wine" >/dev/null || wine=wine64
wineserver=/usr/lib/wine/wineserver
command -v "$wineserver" >/dev/null || wineserver=wineserver
export WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEARCH=win64
export WINEDLLOVERRIDES="mscoree,mshtml=;bcryptprimitives=n"
unset DISPLAY WAYLAND_DISPLAY
# Wine 8 lacks ProcessPrng, which Rust programs call: the tests' stand-in DLL (never
# shipped; see wine-run) goes on Wine's DLL path.
dll_dir=$PWD/target/wine/dll
if [ ! -f "$dll_dir/bcryptprimitives.dll" ]; then
  mkdir -p "$dll_dir"
  x86_64-w64-mingw32-gcc -shared -O2 -s -o "$dll_dir/bcryptprimitives.dll" scripts/windows/bcryptprimitives.c -ladvapi32
fi
export WINEPATH="Z:${dll_dir//\//\\}"

say "a fresh Wine prefix"
"$wine" wineboot -i >/dev/null 2>&1
"$wineserver" -w
user_dir=$(ls -d "$WINEPREFIX"/drive_c/users/* | grep -v Public | head -n 1)
programs="$user_dir/AppData/Local/Programs/Solewise"
data="$user_dir/AppData/Roaming/app.solewise.desktop"
shortcut="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Solewise.lnk"

say "installing $(basename "$installer") silently (/S), as a user without administrator rights"
"$wine" "$installer" /S
"$wineserver" -w
for file in solewise.exe solewise-window.exe uninstall.exe LICENCE.txt third-party-licences.json; do
  [ -s "$programs/$file" ] || { say "missing $programs/$file"; exit 1; }
done
[ -s "$shortcut" ] || { say "no Start menu shortcut at $shortcut"; exit 1; }
# The shortcut opens the window. Its AppUserModelID is set through the shell's
# IPropertyStore, which Wine accepts and does not store (its shell links keep no
# properties), so it cannot be seen here: README says so.
strings "$shortcut" | grep -q 'AppData\\Local\\Programs\\Solewise\\solewise-window.exe' \
  || { say "the shortcut does not open solewise-window.exe:"; strings "$shortcut"; exit 1; }
entry=$("$wine" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\app.solewise.desktop' 2>/dev/null | tr -d '\r')
for value in "DisplayName    REG_SZ    Solewise" "UninstallString    REG_SZ" "DisplayVersion    REG_SZ"; do
  grep -q "$value" <<<"$entry" || { say "the uninstall entry lacks $value:"; echo "$entry"; exit 1; }
done
say "files, shortcut and uninstall entry are in place"

exe="C:\\users\\$(basename "$user_dir")\\AppData\\Local\\Programs\\Solewise\\solewise.exe"
# A tray needs a desktop: Wine's own (explorer.exe's system tray) on a virtual display.
exec 3> >(cat > "$work/display")
Xvfb -displayfd 3 -screen 0 1024x720x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
say "starting the installed daemon: solewise.exe --minimized"
DISPLAY=":$(cat "$work/display")" RUST_LOG=info "$wine" explorer /desktop=solewise,1024x720 "$exe" --minimized > "$work/daemon.out" 2> "$work/daemon.log" &
daemon_pid=$!
for _ in $(seq 300); do grep -q "waiting for reminders" "$work/daemon.log" && break; sleep 0.2; done
grep -q "waiting for reminders" "$work/daemon.log" || { say "the daemon did not start:"; cat "$work/daemon.log"; exit 1; }
for _ in $(seq 100); do grep -q "tray icon up" "$work/daemon.log" && break; sleep 0.2; done
grep -q "tray icon up" "$work/daemon.log" || { say "no tray icon:"; cat "$work/daemon.log"; exit 1; }
second=$("$wine" "$exe" --minimized 2>&1 | tr -d '\r')
grep -q "already runs" <<<"$second" || { say "a second daemon did not defer to the first: $second"; exit 1; }
kill -0 "$daemon_pid" || { say "the daemon did not stay"; exit 1; }
say "it stays, one at a time, with its tray icon"

# Start at login, from the installed program: the per-user Run key gets the daemon, then
# loses it. It is left on, for the uninstaller to remove.
run_key='HKCU\Software\Microsoft\Windows\CurrentVersion\Run'
run_value() { "$wine" reg query "$run_key" /v Solewise 2>/dev/null | tr -d '\r'; }
for state in on off on; do
  said=$("$wine" "$exe" --lang en autostart "$state" 2>&1 | tr -d '\r') || { say "autostart $state failed: $said"; exit 1; }
  value=$(run_value || true)
  if [ "$state" = on ]; then
    grep -q "starts in the tray when you log in" <<<"$said" || { say "autostart on said: $said"; exit 1; }
    grep -qF "Solewise    REG_SZ    \"$exe\" --minimized" <<<"$value" || { say "the Run key lacks the daemon: $value"; exit 1; }
  else
    grep -q "does not start when you log in" <<<"$said" || { say "autostart off said: $said"; exit 1; }
    ! grep -q "Solewise    REG_SZ" <<<"$value" || { say "the Run key still starts Solewise: $value"; exit 1; }
  fi
done
say "start at login writes the Run key and removes it again"

# A reminder for the next whole minute at least 40 s away, today (Wine's clock is the
# host's, in UTC here).
at_epoch=$(( ( $(date -u +%s) + 100 ) / 60 * 60 ))
day=$(date -u -d "@$at_epoch" +%a | tr 'A-Z' 'a-z')
at=$(date -u -d "@$at_epoch" +%H:%M)
TZ=UTC "$wine" "$exe" reminders add --days "$day" --at "$at" > "$work/add.out" 2>&1 || { cat "$work/add.out"; exit 1; }
say "a reminder for $day $at: waiting for it"
for _ in $(seq 600); do grep -Eq "reminder [0-9]+ for .* (shown|could not be shown)" "$work/daemon.log" && break; sleep 0.5; done
fired=$(grep -Ec "reminder [0-9]+ for .* (shown|could not be shown)" "$work/daemon.log" || true)
[ "$fired" -ge 1 ] || { say "the reminder never fired:"; cat "$work/daemon.log"; exit 1; }
sleep 5
fired=$(grep -Ec "reminder [0-9]+ for .* (shown|could not be shown)" "$work/daemon.log" || true)
[ "$fired" -eq 1 ] || { say "the reminder fired $fired times"; cat "$work/daemon.log"; exit 1; }
say "it fired once: $(grep -Eo "reminder [0-9]+ for .* (shown|could not be shown)" "$work/daemon.log")"

"$wine" "$exe" quit > "$work/quit.out" 2>&1 || { cat "$work/quit.out"; exit 1; }
for _ in $(seq 100); do kill -0 "$daemon_pid" 2>/dev/null || break; sleep 0.2; done
if kill -0 "$daemon_pid" 2>/dev/null; then say "solewise.exe quit did not stop the daemon"; exit 1; fi
daemon_pid=""
say "solewise.exe quit stopped it"

say "uninstalling silently"
"$wine" "$programs/uninstall.exe" /S
"$wineserver" -w
for _ in $(seq 50); do [ -e "$programs/solewise.exe" ] || break; sleep 0.2; done
[ ! -e "$programs/solewise.exe" ] && [ ! -e "$programs/solewise-window.exe" ] && [ ! -e "$shortcut" ] \
  || { say "the uninstaller left program files"; ls -la "$programs" || true; exit 1; }
if "$wine" reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\app.solewise.desktop' >/dev/null 2>&1; then
  say "the uninstall entry is still there"; exit 1
fi
! grep -q "Solewise    REG_SZ" <<<"$(run_value || true)" || { say "the uninstaller left Solewise in the Run key"; exit 1; }
[ -s "$data/solewise.db" ] || { say "the user's data went with the programs"; exit 1; }
say "the programs are gone; the user's data stays in $(basename "$data")"
