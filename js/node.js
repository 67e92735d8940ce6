// Node entry: loads the Wasm and the English provider texts synchronously on import, so
// `import { explain } from 'smtp-explain'` works with no extra step. `init()` exists for
// symmetry with the browser.
import { readFileSync } from 'node:fs';
import { initSync } from './wasm/smtp_explain.js';
import { loadPack, markReady } from './api.js';

export * from './api.js';

initSync({ module: readFileSync(new URL('./wasm/smtp_explain_bg.wasm', import.meta.url)) });
markReady();
loadPack('en', readFileSync(new URL('./packs/en-providers.txt', import.meta.url), 'utf8'));

/** Already loaded in Node; resolves at once. */
export function init() {
  return Promise.resolve();
}
