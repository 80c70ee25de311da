#!/bin/sh
# Type-checks the tray daemon for macOS (x86_64-apple-darwin) with clippy, on Linux:
# nothing is linked and nothing runs. Build scripts that compile C get a stand-in
# compiler that only makes their objects empty, so the Rust code is checked as a Mac
# would build it, but the result is no program.
set -eu
target=x86_64-apple-darwin
cd "$(dirname "$0")/.."

if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
  echo "check-macos: the Rust standard library for $target is missing;" \
    "add it with: rustup target add $target" >&2
  exit 1
fi

stand_in=$(mktemp -d)
trap 'rm -rf "$stand_in"' EXIT
cat > "$stand_in/cc" <<'EOF'
#!/bin/sh
# The stand-in C compiler: finds the output (-o PATH, -oPATH or -FoPATH) and makes it
# an empty file.
out=
while [ $# -gt 0 ]; do
  case $1 in
    -o) out=${2-}; [ $# -gt 1 ] && shift ;;
    -o*) out=${1#-o} ;;
    -Fo*) out=${1#-Fo} ;;
  esac
  shift
done
if [ -n "$out" ]; then : > "$out"; fi
exit 0
EOF
chmod +x "$stand_in/cc"

echo "check-macos: cargo clippy --target $target -p solewise-daemon (type-checked, not linked)"
CC_x86_64_apple_darwin="$stand_in/cc" AR_x86_64_apple_darwin=ar \
  "${CARGO:-cargo}" clippy --locked --target "$target" -p solewise-daemon --all-targets \
  -- -D warnings
