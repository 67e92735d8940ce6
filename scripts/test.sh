#!/usr/bin/env bash
# Runs every test layer: Rust (unit, integration, fixtures, properties, doc tests), the Wasm
# boundary and renderer in headless Chromium, the packed npm package in Node, the published
# TypeScript types, and end-to-end tests of the page and widget in Chromium.
# Installs what is missing first (scripts/setup.sh --browser).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$SECONDS
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; step_started=$SECONDS; }
done_step() { printf '\033[2m   (%ss)\033[0m\n' "$((SECONDS - step_started))"; }

step "Set-up"
bash scripts/setup.sh --browser
done_step

step "Rust: formatting and lints (rustfmt.toml; clippy with warnings as errors)"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --test wasm --quiet -- -D warnings
done_step

step "Rust: unit, integration, fixture, corpus accuracy, property and doc tests"
cargo test --quiet
done_step

step "Wasm boundary and card renderer in headless Chromium"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}" \
WASM_BINDGEN_TEST_WEBDRIVER_JSON="$root/tests/wasm/webdriver.json" \
WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test --target wasm32-unknown-unknown --test wasm
done_step

step "Build the npm package"
node scripts/build.mjs
node scripts/size.mjs
done_step

step "Node: the packed package installed into an empty folder"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm pack --silent --pack-destination "$work" >/dev/null
(cd "$work" && npm init -y >/dev/null && npm pkg set type=module >/dev/null \
  && npm install --silent --no-audit --no-fund ./smtp-explain-*.tgz)
cp tests/node/*.test.mjs "$work/"
(cd "$work" && node --test ./*.test.mjs)
done_step

step "Node: the test build (test-only exports: a panic leaves the module usable)"
node scripts/build.mjs --testing --debug >/dev/null
node --test tests/internal/
done_step

step "TypeScript: the published types (tsc --noEmit)"
mkdir -p "$work/types"
cp tests/types/usage.ts tests/types/tsconfig.json "$work/types/"
node node_modules/typescript/bin/tsc -p "$work/types/tsconfig.json"
echo "types ok"
done_step

step "End-to-end: page and widget in headless Chromium"
node --test --test-concurrency=1 tests/e2e/
done_step

step "Integration: the packed package in Vite, webpack, esbuild, Rollup, Node ESM/CJS, TypeScript, React 19, Vitest (jsdom, happy-dom)"
bash scripts/test-integration.sh
done_step

printf '\n\033[1;32mAll test layers passed in %ss.\033[0m\n' "$((SECONDS - started))"
