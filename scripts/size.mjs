// Prints the raw and gzip size of the built Wasm and JS glue (run `npm run build` first),
// and checks the budget: core + English at most 150 KB gzip.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
if (!existsSync(join(dist, 'wasm'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const BUDGET = 150 * 1024;
const files = [
  ...readdirSync(join(dist, 'wasm')).filter((f) => f.endsWith('.wasm') || f.endsWith('.js')).map((f) => join('wasm', f)),
  ...readdirSync(dist).filter((f) => f.endsWith('.js')),
];
let rawTotal = 0;
let gzTotal = 0;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('file'.padEnd(32), 'raw'.padStart(10), 'gzip'.padStart(10));
for (const file of files) {
  const bytes = readFileSync(join(dist, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  rawTotal += bytes.length;
  gzTotal += gz;
  console.log(file.padEnd(32), kb(bytes.length).padStart(10), kb(gz).padStart(10));
}
console.log('total'.padEnd(32), kb(rawTotal).padStart(10), kb(gzTotal).padStart(10));
console.log(`budget: ${kb(gzTotal)} of ${kb(BUDGET)} gzip (${((gzTotal / BUDGET) * 100).toFixed(0)}%)`);
if (gzTotal > BUDGET) {
  console.error('over budget');
  process.exit(1);
}
