#!/usr/bin/env bash
# Benchmarks that print figures: native explain() speed and scaling, the Wasm build's speed
# and its ratio to native, the first card after first paint in Chromium, and the package size.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo bench --quiet --bench explain
node scripts/build.mjs >/dev/null
node scripts/build.mjs --testing >/dev/null
node benches/wasm.mjs
node benches/first-card.mjs
node scripts/size.mjs
