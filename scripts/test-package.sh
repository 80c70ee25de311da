#!/usr/bin/env bash
# Installs the .deb that `make package` built, starts the installed app on a virtual
# display with its own session bus, checks that its page came up, and removes it again.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls -t target/release/bundle/deb/*.deb | head -n 1)
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "test-package: installing $deb"
$sudo apt-get install -y -qq "./$deb" >/dev/null
trap '$sudo apt-get remove -y -qq solewise >/dev/null || true; rm -rf "$work"' EXIT
test -x /usr/bin/solewise
grep -q '^Exec=solewise' /usr/share/applications/Solewise.desktop
/usr/bin/solewise --version

display=":$(( 150 + RANDOM % 50 ))"
Xvfb "$display" -screen 0 1024x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
DISPLAY=$display WEBKIT_DISABLE_DMABUF_RENDERER=1 HOME=$work dbus-run-session -- \
  bash -c "/usr/bin/solewise --data-dir '$work/data' > '$work/log' 2>&1 & app=\$!; sleep 6; kill \$app" || true
kill "$xvfb"
if grep -q "ui ready" "$work/log"; then
  echo "test-package: the installed app started and its page came up"
else
  echo "test-package: the installed app did not come up:"; cat "$work/log"; exit 1
fi
echo "test-package: removing it again"
