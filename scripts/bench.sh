#!/usr/bin/env bash
# Benchmarks that print figures (none asserts a time): native explain() speed and scaling,
# whole bounces per second, the Wasm build's speed, scaling and ratio to native, the first card
# after first paint in Chromium, --lines throughput next to wc -l, and the package size.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo bench --quiet --bench explain      # per call, and growth with input size
cargo bench --quiet --bench scaling      # 1x..8x: DSNs, logs, phrase floods, text without codes
cargo bench --quiet --bench bounces      # whole bounce messages per second
node scripts/build.mjs >/dev/null
node scripts/build.mjs --testing >/dev/null
node benches/wasm.mjs                    # Wasm vs native, with and without the JS object
node benches/scaling.mjs                 # the same scaling in Node
node benches/first-card.mjs              # first card after first contentful paint
node benches/before-packs.mjs            # what the first card knows before the packs arrive, and after
sh benches/lines.sh 200                  # --lines MB/s next to wc -l (writes a 200 MB log to /tmp)
sh benches/throughput.sh 20 200          # messages/s next to Sisimai (Perl) and --lines MB/s next to wc -l, one run
node scripts/size.mjs
