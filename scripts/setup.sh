#!/usr/bin/env bash
# Installs what building and testing need, skipping what is already there:
#   the wasm32 Rust target, wasm-bindgen-cli at the version the crate pins, npm packages,
#   and (with --browser) Debian's Chromium and ChromeDriver for the browser tests.
# Only the configured registries are used (crates.io, npm, Debian); nothing else is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
want_browser=false
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=true ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[setup] %s\033[0m\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || fail "cargo is missing: install Rust with rustup (https://rustup.rs) first."
command -v node >/dev/null || fail "node is missing: install Node.js 18 or newer first."
command -v npm >/dev/null || fail "npm is missing: install npm first."

if command -v rustup >/dev/null; then
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown || fail "could not add the wasm32 target (rustup target add wasm32-unknown-unknown)."
  fi
else
  say "rustup not found: assuming the wasm32-unknown-unknown target is installed"
fi

if command -v rustup >/dev/null; then
  for component in rustfmt clippy; do
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
      say "adding the Rust component $component"
      rustup component add "$component" || fail "could not add $component (rustup component add $component)."
    fi
  done
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION from crates.io (about 2 minutes)"
  # No --locked: its lock file names a crate version this registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" \
    || fail "could not install wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo install wasm-bindgen-cli --version $WASM_BINDGEN_VERSION)."
fi

if [ ! -d node_modules/binaryen ] || [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error || fail "npm ci failed."
fi

if $want_browser; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and ChromeDriver from Debian"
    if [ "$(id -u)" = 0 ]; then apt_get="apt-get"; elif command -v sudo >/dev/null; then apt_get="sudo apt-get"; else
      fail "Chromium is missing and this user cannot install packages: run 'apt-get install chromium chromium-driver' as root."
    fi
    DEBIAN_FRONTEND=noninteractive $apt_get update -qq >/dev/null \
      && DEBIAN_FRONTEND=noninteractive $apt_get install -y -qq chromium chromium-driver >/dev/null \
      || fail "could not install chromium and chromium-driver with apt-get."
  fi
fi
say "ready"
