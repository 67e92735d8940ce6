// Never blank: when the WebAssembly module cannot be loaded (offline, 404, a CSP without
// 'wasm-unsafe-eval'), <smtp-explain> and showSmtpError() still show the text, the meaning of
// its basic reply code and a Retry button; a failed load is not kept. A wrong content type is
// not a failure. Run: node --test tests/e2e/fallback.test.mjs (after node scripts/build.mjs)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve, launch, open, root } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const HOSTILE = '550 5.1.1 <img src=x onerror="window.__owned=1"><script>window.__owned=2</script> User unknown';

/** A page of an app that uses the element; `csp` is sent as the page's policy header. */
function pageHtml(script = "import 'smtp-explain/define'; window.__defined = true;") {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>fallback</title>
<script type="importmap">{"imports": {
  "smtp-explain": "/vendor/smtp-explain/dist/index.js",
  "smtp-explain/widget": "/vendor/smtp-explain/dist/widget.js",
  "smtp-explain/define": "/vendor/smtp-explain/dist/define.js"}}</script>
</head><body><main>
<smtp-explain id="a" reply="421 4.7.0 Try again later"></smtp-explain>
<smtp-explain id="b" reply='${HOSTILE.replace(/'/g, '&#39;')}'></smtp-explain>
</main>
<button id="send">Send</button>
<script type="module">${script}</script>
</body></html>`;
}

/**
 * Opens the test page with the .wasm answered by `wasm(route)`; `csp` (a header) optional.
 */
async function openPage({ wasm, csp, script, routes = [] } = {}) {
  const page = await open(browser);
  await page.route('**/fallback-test.html', (route) => route.fulfill({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', ...(csp ? { 'content-security-policy': csp } : {}) },
    body: pageHtml(script),
  }));
  if (wasm) await page.route('**/smtp_explain_bg.wasm', wasm);
  for (const [pattern, handler] of routes) await page.route(pattern, handler);
  await page.goto(`${server.url}/fallback-test.html`);
  await page.waitForFunction(() => window.__defined);
  return page;
}

/** What an element shows. */
const shows = (page, id) => page.evaluate((sel) => {
  const root = document.getElementById(sel).shadowRoot;
  const card = root.querySelector('[part~="card"]');
  if (!card) return null;
  return {
    fallback: card.hasAttribute('data-fallback'),
    outcome: card.dataset.outcome,
    category: card.dataset.category ?? null,
    title: card.querySelector('[part~="title"]')?.textContent ?? null,
    summary: card.querySelector('[part~="summary"]')?.textContent ?? null,
    original: card.querySelector('[part~="original"]')?.textContent ?? null,
    note: card.querySelector('[part~="fallback-note"]')?.textContent ?? null,
    retry: Boolean(card.querySelector('[part~="retry-button"]')),
    images: root.querySelectorAll('img, script').length,
  };
}, id);

const waitFallback = (page, id = 'a') => page.waitForFunction((sel) => document.getElementById(sel)?.shadowRoot?.querySelector('[data-fallback]'), id);
const waitFull = (page, id = 'a') => page.waitForFunction((sel) => document.getElementById(sel)?.explanation, id);

async function assertFallback(page) {
  await waitFallback(page, 'a');
  await waitFallback(page, 'b');
  const a = await shows(page, 'a');
  assert.equal(a.fallback, true);
  assert.equal(a.outcome, 'temporary');
  assert.match(a.title, /^421: /);
  assert.match(a.summary, /temporar|for now|later/i);
  assert.equal(a.original, '421 4.7.0 Try again later');
  assert.match(a.note, /The full explanation could not be loaded/);
  assert.equal(a.retry, true);
  const b = await shows(page, 'b');
  assert.equal(b.outcome, 'permanent');
  assert.equal(b.original, HOSTILE, 'hostile text shown as text');
  assert.equal(b.images, 0, 'no markup from the text');
  assert.equal(await page.evaluate(() => window.__owned ?? null), null);
}

/** Opens showSmtpError(new Error('Error 421')); returns what the dialog shows, then closes it. */
async function dialogShows(page) {
  await page.evaluate(() => {
    window.__result = import('smtp-explain/widget').then(({ showSmtpError }) => showSmtpError(new Error('Error 421')))
      .then((r) => ({ explanation: r.explanation ? r.explanation.category.id : null, input: r.input }));
  });
  await page.waitForFunction(() => document.querySelector('smtp-explain-dialog')?.shadowRoot.querySelector('dialog[open]'));
  const state = await page.evaluate(() => {
    const root = document.querySelector('smtp-explain-dialog').shadowRoot;
    const dialog = root.querySelector('dialog');
    return {
      modal: dialog.matches(':modal'),
      label: root.getElementById(dialog.getAttribute('aria-labelledby'))?.textContent ?? null,
      text: dialog.textContent,
      buttons: [...root.querySelectorAll('button')].map((b) => b.textContent),
      fallback: Boolean(root.querySelector('[data-fallback]')),
    };
  });
  return state;
}

async function closeDialog(page) {
  await page.keyboard.press('Escape');
  return page.evaluate(() => window.__result);
}

for (const [name, wasm, recover] of [
  ['offline (the request fails)', (route) => route.abort('internetdisconnected'), 'Retry'],
  ['404 for the .wasm', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }), 'init()'],
]) {
  test(`${name}: elements and the dialog show the reply code's meaning and Retry; ${recover} loads once the file is back`, async () => {
    const page = await openPage({ wasm });
    await assertFallback(page);

    const dialog = await dialogShows(page);
    assert.equal(dialog.modal, true);
    assert.equal(dialog.fallback, true);
    assert.match(dialog.label, /421/);
    assert.match(dialog.text, /Error 421/);
    assert.match(dialog.text, /The full explanation could not be loaded/);
    assert.deepEqual(dialog.buttons, ['Retry', 'Copy details', 'Close']);
    assert.deepEqual(await closeDialog(page), { explanation: null, input: 'Error 421' });

    // A failed init() is not kept: it fails again while the file is missing ...
    const again = await page.evaluate(() => import('smtp-explain').then(({ init }) => init().then(() => 'ok', (e) => String(e))));
    assert.notEqual(again, 'ok');
    // ... and a Retry or the app's own init() works once it is back; every element showing
    // the fallback renders in full.
    await page.unroute('**/smtp_explain_bg.wasm');
    if (recover === 'Retry') {
      await page.evaluate(() => document.getElementById('a').shadowRoot.querySelector('[part~="retry-button"]').click());
    } else {
      assert.equal(await page.evaluate(() => import('smtp-explain').then(({ init }) => init().then(() => 'ok'))), 'ok');
    }
    await waitFull(page, 'a');
    await waitFull(page, 'b');
    const full = await shows(page, 'a');
    assert.equal(full.fallback, false);
    assert.equal(full.outcome, 'temporary');
    assert.equal((await shows(page, 'b')).category, 'mailbox_unknown');
    assert.equal((await shows(page, 'b')).images, 0);
    // A new element and a new dialog use the loaded module.
    const added = await page.evaluate(async () => {
      const el = document.createElement('smtp-explain');
      el.id = 'c';
      el.setAttribute('reply', '552 5.2.2 Mailbox full');
      const done = new Promise((r) => el.addEventListener('smtp-explain:explained', r, { once: true }));
      document.querySelector('main').append(el);
      await done;
      return el.explanation.category.id;
    });
    assert.equal(added, 'mailbox_full');
    const dialog2 = await dialogShows(page);
    assert.equal(dialog2.fallback, false);
    const result = await closeDialog(page);
    assert.equal(result.input, 'Error 421');
    assert.equal(typeof result.explanation, 'string', 'the full explanation once loaded');
    await page.context().close();
  });
}

test('wrong content type (text/plain): the module still loads from its bytes', async () => {
  const page = await openPage({
    wasm: async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'text/plain' } });
    },
  });
  await waitFull(page, 'a');
  await waitFull(page, 'b');
  assert.equal((await shows(page, 'b')).category, 'mailbox_unknown');
  assert.deepEqual(page.errors, [], 'no console errors');
  await page.context().close();
});

test('a CSP without \'wasm-unsafe-eval\': the fallback shows, the dialog opens and resolves', async () => {
  const page = await openPage({ csp: "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'" });
  await assertFallback(page);
  const dialog = await dialogShows(page);
  assert.equal(dialog.fallback, true);
  assert.match(dialog.text, /The full explanation could not be loaded/);
  assert.deepEqual(await closeDialog(page), { explanation: null, input: 'Error 421' });
  // Styles under style-src 'self': the fallback card is styled by an adopted sheet.
  const styled = await page.evaluate(() => {
    const card = document.getElementById('a').shadowRoot.querySelector('[part~="card"]');
    return getComputedStyle(card).borderLeftWidth;
  });
  assert.notEqual(styled, '0px');
  await page.context().close();
});

test('the dialog\'s Retry replaces the fallback with the full explanation, and the promise gives it', async () => {
  const page = await openPage({ wasm: (route) => route.fulfill({ status: 404, body: '' }) });
  const dialog = await dialogShows(page);
  assert.equal(dialog.fallback, true);
  await page.unroute('**/smtp_explain_bg.wasm');
  await page.evaluate(() => document.querySelector('smtp-explain-dialog').shadowRoot.querySelector('[part~="retry-button"]').click());
  await page.waitForFunction(() => {
    const root = document.querySelector('smtp-explain-dialog').shadowRoot;
    return !root.querySelector('[data-fallback]') && root.querySelector('[part~="card"]')?.dataset.category;
  });
  const state = await page.evaluate(() => {
    const root = document.querySelector('smtp-explain-dialog').shadowRoot;
    const dialogElement = root.querySelector('dialog');
    return {
      label: root.getElementById(dialogElement.getAttribute('aria-labelledby'))?.textContent ?? null,
      original: root.querySelector('[part~="original"] blockquote')?.textContent ?? null,
      focus: root.activeElement?.textContent ?? null,
    };
  });
  assert.ok(state.label, 'labelled by the new headline');
  assert.equal(state.original, 'Error 421');
  assert.equal(state.focus, 'Close');
  const result = await closeDialog(page);
  assert.equal(result.input, 'Error 421');
  assert.equal(typeof result.explanation, 'string');
  await page.context().close();
});

test('an app\'s init() with its own URL takes over from the default load that elements in the HTML started', async () => {
  const bytes = readFileSync(join(root, 'www/vendor/smtp-explain/dist/wasm/smtp_explain_bg.wasm'));
  const page = await openPage({
    wasm: (route) => route.fulfill({ status: 404, body: '' }),
    script: "import 'smtp-explain/define'; import { init } from 'smtp-explain'; window.__defined = true; init({ wasm: '/assets/custom.wasm' });",
    routes: [['**/assets/custom.wasm', (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: bytes })]],
  });
  await waitFull(page, 'a');
  await waitFull(page, 'b');
  assert.equal((await shows(page, 'b')).category, 'mailbox_unknown');
  assert.deepEqual(page.errors.filter((e) => /smtp-explain/.test(e)), [], 'no load error reported');
  await page.context().close();
});
