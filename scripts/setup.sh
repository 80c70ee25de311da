#!/usr/bin/env bash
# Installs what Solewise needs on Debian or Ubuntu, and only what is missing.
# Usage: scripts/setup.sh build|test|bench
#   build  the libraries the app links against, Node packages for the UI
#   test   build + Xvfb, D-Bus, WebKitWebDriver, tauri-driver and the test helpers, and
#          for the Windows checks the MinGW cross compiler, Wine and the Rust target
#   bench  test + what the benchmark uses (Workrave, the peer it is measured beside)
# Other systems: see "Other systems" in README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=${1:-build}
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

# The speech service and a voice, for the player's spoken guidance (a setting).
build_packages=(build-essential pkg-config file libwebkit2gtk-4.1-dev libayatana-appindicator3-dev
  librsvg2-dev libxdo-dev libssl-dev
  speech-dispatcher speech-dispatcher-espeak-ng espeak-ng)
# python3-icalendar and python3-dateutil read the reminders' .ics back in tests/ics.rs.
# The Noto fonts draw the Japanese, Chinese and Arabic screens the end-to-end tests
# photograph (a desktop in those languages has such fonts already). Two Syncthing
# instances carry the history between two data folders in tests/sync_syncthing.rs. rpm,
# rpmlint, lintian, desktop-file-utils and appstream check the .rpm, the .deb, the desktop entry
# and the AppStream file in scripts/test-package.sh, flatpak-builder reads the Flatpak
# manifest there; nsis (makensis) makes the Windows
# installer that scripts/windows/test-installer.sh tries under Wine.
test_packages=(xvfb dbus-x11 webkit2gtk-driver imagemagick xdotool python3-dbus python3-gi python3-xlib
  python3-jsonschema python3-icalendar python3-dateutil poppler-utils gcc-mingw-w64-x86-64 wine64
  fonts-noto-cjk fonts-noto-core syncthing rpm rpmlint lintian desktop-file-utils appstream nsis flatpak-builder)

# The benchmark measures Workrave beside Solewise, as the peer a native tray app sets.
bench_packages=(workrave)

packages=("${build_packages[@]}")
case "$profile" in
  build) ;;
  test) packages+=("${test_packages[@]}") ;;
  bench) packages+=("${test_packages[@]}" "${bench_packages[@]}") ;;
  *) echo "usage: scripts/setup.sh build|test|bench" >&2; exit 2 ;;
esac

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  say "this is not a Debian/Ubuntu system: install the packages listed in README.md by hand"
else
  missing=()
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    missing+=(nodejs npm)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    say "installing Debian packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "Debian packages: all present"
  fi
fi

if ! command -v cargo >/dev/null; then
  say "Rust is missing: install it with rustup (https://rustup.rs), then run this again"
  exit 1
fi

node_version=$(node -e 'process.stdout.write(process.versions.node)')
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>18||(a===18&&b>=19)?0:1)'; then
  say "Node.js $node_version is too old: the UI build needs 18.19 or newer"
  exit 1
fi

# npm packages: install when missing or when the lock file changed since the last install.
# `npm install --no-save` rather than `npm ci`: it installs the locked versions but
# tolerates a registry that lacks some other platforms' optional packages (npm ci
# refuses a lock file without them), and it never rewrites the lock file.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  say "installing the UI's npm packages (npm install in ui/)"
  npm install --prefix ui --no-save --no-audit --no-fund --loglevel=error
else
  say "npm packages: up to date"
fi

if [ "$profile" != build ]; then
  if ! command -v tauri-driver >/dev/null; then
    say "installing tauri-driver 2.1.0 (cargo install; about a minute)"
    cargo install tauri-driver --version 2.1.0 --locked --quiet
  else
    say "tauri-driver: present"
  fi
  if ! command -v WebKitWebDriver >/dev/null; then
    say "WebKitWebDriver is missing (Debian package webkit2gtk-driver)"
    exit 1
  fi
  if command -v rustup >/dev/null && ! rustup component list --installed 2>/dev/null | grep -q clippy; then
    say "installing the clippy and rustfmt components"
    rustup component add clippy rustfmt
  fi
  if command -v rustup >/dev/null && ! rustup target list --installed 2>/dev/null | grep -qx x86_64-pc-windows-gnu; then
    say "installing the Rust target x86_64-pc-windows-gnu (the Windows checks cross-build)"
    rustup target add x86_64-pc-windows-gnu
  fi
fi
