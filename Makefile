# Solewise: `make run` to use the app, `make test` to check everything.
# Both install what is missing first (Debian/Ubuntu; see README.md for other systems).

SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(PATH)
CARGO ?= cargo
# `solewise` is the tray daemon and command line; `solewise-window` the window program.
VERSION := $(shell sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
RELEASE_BIN := target/release/solewise
RELEASE_WINDOW := target/release/solewise-window
DEBUG_WINDOW := target/debug/solewise-window

.PHONY: run build daemon man test lint unit ui-test check-translations e2e test-windows check-macos package-windows test-installer-windows bench package package-debug test-package bindings licenses icons setup-build setup-test setup-bench clean

## run: install what is missing, build the UI and both programs, and start Solewise as
## the desktop menu does (the window, which starts the tray daemon behind it)
run: build
	@if [ -z "$$DISPLAY$$WAYLAND_DISPLAY" ]; then \
	  echo "run: no display found; starting Solewise on a virtual X display (Xvfb :77)"; \
	  echo "run: see it with: import -display :77 -window root shot.png"; \
	  Xvfb :77 -screen 0 1280x800x24 -nolisten tcp -noreset & xvfb=$$!; sleep 1; \
	  DISPLAY=:77 dbus-run-session -- sh -c '$(RELEASE_WINDOW) $(ARGS); $(RELEASE_BIN) $(ARGS) quit'; kill $$xvfb; \
	else \
	  echo "run: starting $(RELEASE_WINDOW) $(ARGS) (the tray daemon keeps running after the window closes)"; \
	  $(RELEASE_WINDOW) $(ARGS); \
	fi

## build: both programs: target/release/solewise (tray daemon and command line) and
## target/release/solewise-window (the window)
build: setup-build ui/dist/index.html
	@echo "build: compiling the window (release; a cold build takes about 4 minutes on 2 cores)"
	$(CARGO) build --release --locked -p solewise
	@$(MAKE) --no-print-directory daemon

# The tray daemon waits all week, so it is built for size (Cargo.toml's `daemon` profile:
# fat LTO, opt-level z) and put where the package and `make run` expect it.
daemon:
	@echo "build: compiling the tray daemon for size (profile daemon, about 3 minutes cold)"
	$(CARGO) build --profile daemon --locked -p solewise-daemon
	@# Copied beside it, then renamed over it: a running daemon keeps its old file, where
	@# copying onto it would fail with "text file busy".
	mkdir -p target/release && cp target/daemon/solewise $(RELEASE_BIN).new && mv -f $(RELEASE_BIN).new $(RELEASE_BIN)

ui/dist/index.html: $(shell find ui/src -type f) ui/index.html ui/vite.config.ts ui/package-lock.json src-tauri/icons/icon.svg
	@echo "build: building the UI (vite)"
	npm --prefix ui run --silent build

## test: everything CI runs: formatting, lints, Rust and UI tests, end-to-end in a real window
test: setup-test ui/dist/index.html lint unit ui-test test-windows test-installer-windows e2e test-package
	@echo "test: all suites passed"

lint:
	@echo "test: cargo fmt --check"
	$(CARGO) fmt --all -- --check
	@echo "test: cargo clippy -- -D warnings"
	$(CARGO) clippy --locked --all-targets -- -D warnings
	@echo "test: svelte-check (TypeScript)"
	npm --prefix ui run --silent check
	@echo "test: tauri.conf.json against the Tauri CLI's schema"
	/usr/bin/python3 -c 'import json, jsonschema; jsonschema.validate(json.load(open("tauri.conf.json")), json.load(open("ui/node_modules/@tauri-apps/cli/config.schema.json")))'
	@echo "test: the About page's licence list matches Cargo.lock and the UI bundle"
	/usr/bin/python3 scripts/licenses.py --check

unit:
	@echo "test: Rust unit and integration tests"
	$(CARGO) test --locked

## check-translations: every language's catalogues against English (messages, variables,
## Fluent syntax, ids the code uses), and the translated content against its English
## (FILE:LINE); also part of `make test` (unit and ui-test)
check-translations:
	@echo "test: the catalogues and the translated content"
	$(CARGO) test --locked -p solewise-core --test catalogue
	$(CARGO) run --locked --quiet -p solewise-daemon -- routines validate routines
	npm --prefix ui test --silent -- src/lib/i18n

ui-test:
	@echo "test: UI unit tests (Vitest, IPC mocked)"
	npm --prefix ui test --silent

## test-windows: every Rust target cross-built for Windows (MinGW) without a warning,
## and the tests that need no display (the core's, the daemon's with the named pipe, and
## the window program's own that open no window) run under Wine (scripts/windows/wine-run)
WINDOWS := x86_64-pc-windows-gnu
test-windows: setup-test ui/dist/index.html
	@echo "test: Windows: cargo clippy --target $(WINDOWS) -- -D warnings"
	@start=$$(date +%s); \
	$(CARGO) clippy --locked --target $(WINDOWS) --all-targets -- -D warnings && \
	echo "test: Windows: building the tests for $(WINDOWS)" && \
	$(CARGO) test --locked --target $(WINDOWS) -p solewise-core -p solewise-daemon --no-run && \
	$(CARGO) test --locked --target $(WINDOWS) -p solewise --lib --test permissions --no-run && \
	echo "test: Windows: cross-build took $$(( $$(date +%s) - start )) s; running the tests under Wine"
	set -o pipefail; export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER=$(CURDIR)/scripts/windows/wine-run; \
	  $(CARGO) test --locked --target $(WINDOWS) -p solewise-core -p solewise-daemon 2>&1 | tee target/wine-tests.log && \
	  $(CARGO) test --locked --target $(WINDOWS) -p solewise --lib --test permissions 2>&1 | tee -a target/wine-tests.log
	@awk '/^test result:/ { passed += $$4; failed += $$6 } END { printf "test: Windows: %d tests passed under Wine, %d failed\n", passed, failed }' target/wine-tests.log

## check-macos: the tray daemon type-checked for macOS with clippy (not linked, never
## run: there is no Mac here); not part of `make test`
check-macos:
	CARGO=$(CARGO) scripts/check-macos.sh

## e2e: the built app under Xvfb with a private D-Bus, driven through tauri-driver
# The programs it drives are the ones `cargo test` builds (with the tests' features, so
# nothing is compiled twice); after `make unit` the --no-run step finds them up to date.
e2e: setup-test ui/dist/index.html
	@echo "test: end-to-end (screenshots in target/e2e-screenshots/)"
	$(CARGO) test --locked --no-run
	SOLEWISE_BIN=$(CURDIR)/$(DEBUG_WINDOW) $(CARGO) test --locked --test e2e --test e2e_guidance --test e2e_progress --test e2e_languages -- --ignored --test-threads=1

## bench: memory and idle CPU waiting in the tray (beside Workrave), window start-up,
## reminder lateness, binary sizes, history at scale
bench: setup-bench build
	@echo "bench: building the peer for the window, a bare Tauri window (release)"
	$(CARGO) build --release --locked --example bare_window
	/usr/bin/python3 scripts/bench.py target/release docs/benchmarks.md

## package: a .deb and an .rpm (desktop entry, icons, AppStream file) with the Tauri
## bundler, offline
package: setup-build ui/dist/index.html man
	@echo "package: building the tray daemon, then target/release/bundle/deb/*.deb and rpm/*.rpm"
	@$(MAKE) --no-print-directory daemon
	ui/node_modules/.bin/tauri build --bundles deb,rpm
	@scripts/rpm-name.sh target/release/bundle/rpm

## package-windows: both programs cross-built for Windows in release (MinGW), and a
## per-user installer made by Debian's makensis from packaging/windows/solewise.nsi
## (the Tauri bundler's NSIS step downloads a helper DLL from GitHub, so it is not used)
package-windows: setup-test ui/dist/index.html
	@echo "package-windows: cross-building solewise.exe (the daemon, profile daemon)"
	$(CARGO) build --locked --profile daemon --target $(WINDOWS) -p solewise-daemon
	@echo "package-windows: cross-building solewise-window.exe (release)"
	ui/node_modules/.bin/tauri build --target $(WINDOWS) --no-bundle
	mkdir -p target/windows-installer/release
	cp target/$(WINDOWS)/daemon/solewise.exe target/$(WINDOWS)/release/solewise-window.exe target/windows-installer/release/
	scripts/windows/installer.sh target/windows-installer/release \
	  target/windows-installer/Solewise_$(VERSION)_x64-setup.exe

## test-installer-windows: the same installer made from the tests' debug programs,
## installed silently under Wine in a fresh prefix and checked (files, shortcut,
## uninstall entry; the installed daemon: stays, one at a time, tray icon, a reminder
## fires once, quit; the uninstaller keeps the data): scripts/windows/test-installer.sh
test-installer-windows: setup-test
	@echo "test: Windows installer: made from the debug programs, tried under Wine"
	$(CARGO) build --locked --target $(WINDOWS) -p solewise-daemon -p solewise
	scripts/windows/installer.sh target/$(WINDOWS)/debug target/windows-installer/Solewise-debug-setup.exe
	scripts/windows/test-installer.sh target/windows-installer/Solewise-debug-setup.exe

## package-debug: the same .deb from the debug programs the tests built
## (target/debug/bundle/deb/), made in seconds; what `make test-package` installs
package-debug: setup-test ui/dist/index.html man
	@echo "package: the .deb and .rpm from the tests' debug programs (target/debug/bundle/)"
	$(CARGO) test --locked --no-run
	ui/node_modules/.bin/tauri bundle --debug --bundles deb,rpm --config src-tauri/bundle-debug.json
	@scripts/rpm-name.sh target/debug/bundle/rpm

## test-package: install the debug .deb, start the installed app under Xvfb, remove it.
## The packaging (files, desktop entry, icons, links) is the release one's; to try the
## release .deb itself: make package && scripts/test-package.sh target/release/bundle/deb
test-package: setup-test package-debug
	scripts/test-package.sh target/debug/bundle/deb

## man: the manual pages of both programs, from their command-line definitions
## (tools/manpages), gzipped in target/man/man1/ for the packages, and the .deb's
## changelog.gz beside them (the Tauri bundler's own changelog option files it under
## the product name, /usr/share/doc/Solewise/, where Debian's tools do not look)
man:
	@echo "man: writing the manual pages (target/man/man1/) and the changelog"
	rm -rf target/man
	$(CARGO) run --locked -q -p solewise-manpages -- target/man
	gzip -9n target/man/man1/*.1
	gzip -9nc packaging/linux/changelog > target/man/changelog.gz

## licenses: regenerate ui/src/lib/licenses.json (the About page's list of licences)
licenses:
	/usr/bin/python3 scripts/licenses.py

## bindings: regenerate ui/src/lib/bindings.ts from the Rust types
bindings:
	UPDATE_BINDINGS=1 $(CARGO) test --locked --workspace --lib bindings

## icons: render every icon size from src-tauri/icons/icon.svg (needs librsvg2-bin)
icons:
	mkdir -p target
	rsvg-convert -w 1024 -h 1024 src-tauri/icons/icon.svg -o target/icon-1024.png
	ui/node_modules/.bin/tauri icon target/icon-1024.png -o src-tauri/icons
	rm -rf src-tauri/icons/android src-tauri/icons/ios
	# Linux icon themes want plain 256 and 512 pixel sizes too.
	for size in 256 512; do rsvg-convert -w $$size -h $$size src-tauri/icons/icon.svg -o src-tauri/icons/$${size}x$${size}.png; done

setup-build:
	@scripts/setup.sh build
setup-test:
	@scripts/setup.sh test
setup-bench:
	@scripts/setup.sh bench

clean:
	rm -rf target ui/dist
