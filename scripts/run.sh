#!/usr/bin/env bash
# The main job: installs what is missing, builds the Wasm package, the page and the CLI,
# then serves the page on 127.0.0.1 and prints its URL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
node scripts/build.mjs
node scripts/size.mjs
cargo build --release --quiet --bin smtp-explain
echo "CLI: $(pwd)/target/release/smtp-explain   (try: target/release/smtp-explain 421)"
exec node scripts/serve.mjs "$@"
