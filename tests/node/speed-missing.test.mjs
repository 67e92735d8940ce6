// When the speed build cannot be loaded, a busy page stays on the small build and keeps working
// (dist/index.js run in Node; scripts/test.sh runs it next to the installed package).
import { test } from 'node:test';
import assert from 'node:assert/strict';

const dist = import.meta.resolve('smtp-explain/widget');
const browser = await import(new URL('./index.js', dist));
const api = await import(new URL('./api.js', dist));

test('a speed build that is not there leaves the small build running', async () => {
  await browser.init({ fastWasm: new URL('./no-such-file.wasm', dist) });
  const line = '452 4.2.2 Mailbox full\n'.repeat(20000);
  const started = Date.now();
  while (Date.now() - started < 400) browser.explainAll(line);
  // The failed load settles within a few turns of the event loop.
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(api.speedBuild, false);
  assert.equal(browser.explain('452 4.2.2 Mailbox full').category.id, 'mailbox_full');
});
