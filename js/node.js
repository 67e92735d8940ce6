// Node entry: loads the Wasm synchronously on import, so `import { explain } from
// 'smtp-explain'` works with no extra step. `init()` exists for symmetry with the browser.
import { readFileSync } from 'node:fs';
import { initSync } from './wasm/smtp_explain.js';
import { markReady } from './api.js';

export * from './api.js';

initSync({ module: readFileSync(new URL('./wasm/smtp_explain_bg.wasm', import.meta.url)) });
markReady();

/** Already loaded in Node; resolves at once. */
export function init() {
  return Promise.resolve();
}
