#!/usr/bin/env bash
# Installs the .deb found in the folder given (target/release/bundle/deb, `make package`'s,
# when none is; `make test-package` passes target/debug/bundle/deb, the same package made
# from the debug programs the tests built), checks what it put on the system (both
# programs, desktop entry, icons, AppStream file, manual pages; lintian; and the .rpm beside it: its
# dependencies and files, and rpmlint), starts the installed window on a virtual display with
# its own session bus, waits for its page to come up and for the tray daemon it starts,
# and removes the package again.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1mtest-package:\033[0m %s\n' "$*"; }

folder=${1:-target/release/bundle/deb}
deb=$(ls -t "$folder"/*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || { say "no .deb in $folder"; exit 1; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
if dpkg-query -W -f='${Status}' solewise 2>/dev/null | grep -q "install ok installed"; then
  say "solewise is already installed on this system; not touching it"
  exit 1
fi
work=$(mktemp -d)
xvfb=""
cleanup() {
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null || true
  say "removing the package again"
  $sudo apt-get remove -y -qq solewise >/dev/null || true
  rm -rf "$work"
}

say "installing $deb with apt"
trap cleanup EXIT
$sudo apt-get install -y -qq "./$deb" >/dev/null

say "checking the installed files"
test -x /usr/bin/solewise
test -x /usr/bin/solewise-window
if ldd /usr/bin/solewise | grep -Eqi 'gtk|webkit'; then
  say "the tray daemon links GTK or WebKit"; exit 1
fi
entry=/usr/share/applications/Solewise.desktop
grep -qx 'Exec=solewise-window' "$entry"
grep -qx 'Icon=solewise-window' "$entry"
grep -qx 'Name=Solewise' "$entry"
# The window's icon (the menu entry's) and the daemon's (tray, notifications).
for name in solewise-window solewise; do
  for size in 32x32 128x128 256x256 512x512; do
    test -s "/usr/share/icons/hicolor/$size/apps/$name.png" || { say "missing icon $name $size"; exit 1; }
  done
done
# Debian's checker: nothing but the two tags answered in README ("Installing"): the
# debug programs of `make test-package` are not stripped (the release ones are), and a
# package outside Debian's archive closes no bug there.
say "running lintian on $deb"
if ! lintian --suppress-tags unstripped-binary-or-object,initial-upload-closes-no-bugs \
  --fail-on error,warning "$deb" > "$work/lintian" 2>&1; then
  grep -v 'root privileges' "$work/lintian"
  say "lintian found the above"; exit 1
fi

say "checking the desktop entry and the AppStream file as software centres read them"
desktop-file-validate "$entry"
metainfo=/usr/share/metainfo/app.solewise.desktop.metainfo.xml
appstreamcli validate --no-net "$metainfo"
grep -q '<launchable type="desktop-id">Solewise.desktop</launchable>' "$metainfo"

# The Flatpak manifest parses as flatpak-builder reads it (a one-file list stands in for
# each generated source list: making them needs a network), and its desktop entry is
# valid.
say "checking the Flatpak manifest (packaging/flatpak/)"
cp -r packaging/flatpak "$work/flatpak"
for list in cargo node; do
  echo '[{"type": "file", "path": "app.solewise.desktop.desktop", "dest-filename": "stand-in"}]' \
    > "$work/flatpak/$list-sources.json"
done
if ! flatpak-builder --show-manifest "$work/flatpak/app.solewise.desktop.yml" > "$work/manifest.json" 2> "$work/manifest.err" \
  || [ -s "$work/manifest.err" ] || ! grep -q '"id" : "app.solewise.desktop"' "$work/manifest.json"; then
  say "flatpak-builder does not read the manifest:"; cat "$work/manifest.err"; exit 1
fi
desktop-file-validate packaging/flatpak/app.solewise.desktop.desktop

# The .rpm made beside the .deb: Fedora's names for what it needs, and the same files
# in the same places once installed (into a scratch root: this is not a Fedora system).
rpm_file=$(ls -t "$(dirname "$folder")"/rpm/*.rpm 2>/dev/null | head -n 1)
[ -n "$rpm_file" ] || { say "no .rpm beside $folder"; exit 1; }
say "checking $rpm_file"
rpm -qip "$rpm_file" | grep -Eq '^License +: MIT'
requires=$(rpm -qp --requires "$rpm_file")
for need in webkit2gtk4.1 gtk3; do
  grep -qx "$need" <<<"$requires" || { say "the .rpm does not require $need:"; echo "$requires"; exit 1; }
done
# rpmlint with Fedora's settings where Debian's differ; what it still reports about
# the Tauri bundler's .rpm is answered in README and filtered in the settings file.
rpmlint -c packaging/linux/rpmlint.toml "$rpm_file" > "$work/rpmlint" 2>&1 || true
if grep -E ': (E|W): ' "$work/rpmlint"; then
  say "rpmlint found the above (answer it in README and packaging/linux/rpmlint.toml, or fix it)"; exit 1
fi
grep -q '0 errors, 0 warnings' "$work/rpmlint" || { cat "$work/rpmlint"; say "rpmlint did not run"; exit 1; }
say "rpmlint: no error or warning left unanswered"
rpm --root "$work/rpm-root" --initdb
rpm -i --nodeps --noscripts --root "$work/rpm-root" "$rpm_file"
in_deb=$(dpkg -L solewise | while read -r path; do [ -f "$path" ] && echo "$path"; done | sort)
in_rpm=$(cd "$work/rpm-root" && find usr -type f | sed 's|^|/|' | sort)
if [ "$in_deb" != "$in_rpm" ]; then
  say "the .rpm and the .deb install different files:"
  diff <(echo "$in_deb") <(echo "$in_rpm") || true
  exit 1
fi
say "the .rpm installs the same $(wc -l <<<"$in_rpm") files as the .deb"

# Manual pages for both programs and each of the command line's commands.
for page in solewise solewise-sync-passphrase solewise-history-add solewise-window; do
  zcat "/usr/share/man/man1/$page.1.gz" | grep -q '^\.TH' || { say "no manual page $page(1)"; exit 1; }
done
version=$(/usr/bin/solewise --version)
say "installed: $version"
/usr/bin/solewise --data-dir "$work/data" routines list >/dev/null

say "starting the installed app on a virtual display"
exec 3> >(cat > "$work/display")
Xvfb -displayfd 3 -screen 0 1024x720x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
display=":$(cat "$work/display")"
DISPLAY=$display WEBKIT_DISABLE_DMABUF_RENDERER=1 HOME=$work dbus-run-session -- bash -c "
  /usr/bin/solewise-window --data-dir '$work/data' > '$work/log' 2>&1 & app=\$!
  for _ in \$(seq 300); do grep -q 'ui ready' '$work/log' && break; sleep 0.1; done
  for _ in \$(seq 50); do grep -q 'started the tray daemon' '$work/log' && break; sleep 0.1; done
  for _ in \$(seq 50); do /usr/bin/solewise --data-dir '$work/data' quit > '$work/quit' 2>&1 && [ ! -s '$work/quit' ] && break; sleep 0.1; done
  kill \$app" 2> "$work/bus.log" || true
if grep -q "ui ready" "$work/log" && grep -q "started the tray daemon" "$work/log" && [ ! -s "$work/quit" ]; then
  say "the installed window started its tray daemon and its page came up ($(grep -o 'ui ready [0-9]* ms' "$work/log"))"
else
  say "the installed app did not come up. Its output:"
  cat "$work/log"
  say "the session bus said:"
  cat "$work/bus.log"
  exit 1
fi
