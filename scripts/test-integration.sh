#!/usr/bin/env bash
# The integration matrix: the packed npm package in empty projects (Vite, webpack, esbuild,
# Rollup, Node ESM and CommonJS, TypeScript module modes with and without the DOM lib, React
# 19 TSX, Vitest with jsdom and happy-dom); each output is run in Node or headless Chromium.
# Needs dist/ (node scripts/build.mjs), the repo's npm packages and Chromium
# (scripts/setup.sh --browser). Installs from the npm registry into a shared cache
# (~/.cache/smtp-explain/npm, or $SMTP_EXPLAIN_NPM_CACHE). KEEP_INTEGRATION=1 keeps the projects.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f dist/index.js ] || [ ! -f dist/node.cjs ]; then
  echo "dist/ is missing or old: run node scripts/build.mjs first" >&2
  exit 1
fi
node tests/integration/run.mjs
