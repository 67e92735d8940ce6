// Prints the raw and gzip size of what a browser downloads (run `npm run build` first) and
// checks the budget of shared/DESIGN.md: everything fetched before the first English card
// (Wasm with the knowledge and the English base texts, JS glue, the browser entry) at most
// 250 KB gzip. The English provider texts load in parallel and the first card does not wait
// for them (cards that name a provider render again when they arrive).
// The widget is reported beside it.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
if (!existsSync(join(dist, 'wasm'))) {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(1);
}
const BUDGET = 250 * 1024;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const groups = [
  ['core with English (budget)', ['wasm/smtp_explain_bg.wasm', 'wasm/smtp_explain.js', 'index.js', 'sources.js', 'languages.js', 'lang.js', 'loaded.js', 'api.js', 'version.js']],
  ['widget and dialog', ['widget.js', 'define.js', 'fallback.js']],
  ['English provider texts (loaded by init() in parallel; the first card does not wait for them)', ['packs/en-providers.txt']],
  ['knowledge pack: client messages in other languages (loaded by init() in parallel; the first card does not wait)', ['packs/knowledge.txt']],
  ['Node entries (with the speed build of the Wasm they load)', ['node.js', 'node.cjs', 'wasm/smtp_explain_fast.wasm']],
  ['single-file build (Wasm and English inlined; instead of all the above in a browser)', ['standalone.js']],
];
let coreGzip = 0;
console.log('file'.padEnd(34), 'raw'.padStart(10), 'gzip'.padStart(10));
for (const [name, files] of groups) {
  let raw = 0;
  let gz = 0;
  console.log(`${name}:`);
  for (const file of files) {
    const bytes = readFileSync(join(dist, file));
    const size = gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gz += size;
    console.log(`  ${file.padEnd(32)} ${kb(bytes.length).padStart(10)} ${kb(size).padStart(10)}`);
  }
  console.log(`  ${'total'.padEnd(32)} ${kb(raw).padStart(10)} ${kb(gz).padStart(10)}`);
  if (name.includes('budget')) coreGzip += gz;
}
// The standalone page's own texts (www/texts/<lang>.txt, written by the build; page.* keys): not
// in the package (the Wasm leaves them out), fetched by the page beside the Wasm, like its
// app.js and style.css outside the budget. Reported beside.
const pageTexts = fileURLToPath(new URL('../www/texts/en.txt', import.meta.url));
if (existsSync(pageTexts)) {
  const bytes = readFileSync(pageTexts);
  console.log(`the page's own texts (www/texts/en.txt, fetched by www/app.js beside the Wasm; not in the package): ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`);
}
// Each further language: its pack, fetched only when a page asks for that language, before
// the first card in it. Budget: 60 KB gzip each (DESIGN.md). Its provider texts (when
// translated) follow in parallel without holding up the cards, like English's; reported beside.
const LANGUAGE_BUDGET = 60 * 1024;
let languageOver = false;
for (const file of readdirSync(join(dist, 'packs')).filter((f) => /^[a-z]{2,3}(-[a-z0-9]+)*\.txt$/i.test(f) && !f.endsWith('-providers.txt') && f !== 'en.txt')) {
  const lang = file.replace(/\.txt$/, '');
  const gz = gzipSync(readFileSync(join(dist, 'packs', file)), { level: 9 }).length;
  const providers = join(dist, 'packs', `${lang}-providers.txt`);
  const later = existsSync(providers) ? `; then its provider texts ${kb(gzipSync(readFileSync(providers), { level: 9 }).length)} gzip` : '';
  console.log(`language ${lang}: ${file} ${kb(gz)} gzip (budget ${kb(LANGUAGE_BUDGET)})${later}`);
  if (gz > LANGUAGE_BUDGET) languageOver = true;
}
if (languageOver) {
  console.error('a language pack is over its budget');
  process.exit(1);
}
console.log(`budget: ${kb(coreGzip)} of ${kb(BUDGET)} gzip before the first English card (${((coreGzip / BUDGET) * 100).toFixed(0)}%)`);
if (coreGzip > BUDGET) {
  console.error('over budget');
  process.exit(1);
}
