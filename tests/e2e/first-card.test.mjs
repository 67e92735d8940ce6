// The first card does not wait for the English provider texts or the knowledge pack: an element renders with the
// category's texts as soon as the WebAssembly module is ready, and renders again with the
// provider's own texts when they arrive. Run: node --test tests/e2e/first-card.test.mjs
// (after node scripts/build.mjs)
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

const GMAIL = '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp';

/** Opens a page with one element, `<smtp-explain id="…" reply="…">`, while the pack `file`
 * (in dist/packs/, or the given `pack` text) is held back; call release() to let it through. */
async function pageWithHeldPack(file, id, reply, pack = readFileSync(join(root, 'dist', 'packs', file))) {
  const page = await open(browser);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(`**/${file}`, async (route) => {
    await held;
    await route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body: pack });
  });
  await page.route('**/held.html', (route) => route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>held pack</title>
<script type="importmap">{"imports": {
  "smtp-explain": "/vendor/smtp-explain/dist/index.js",
  "smtp-explain/widget": "/vendor/smtp-explain/dist/widget.js",
  "smtp-explain/define": "/vendor/smtp-explain/dist/define.js"}}</script></head>
<body><smtp-explain id="${id}" reply="${reply}"></smtp-explain>
<script type="module">import 'smtp-explain/define';</script></body></html>`,
  }));
  await page.goto(`${server.url}/held.html`);
  return { page, release };
}

test('an element shows its card before the provider texts arrive, then the provider\'s own texts', async () => {
  const { page, release } = await pageWithHeldPack('en-providers.txt', 'g', GMAIL);
  const title = () => page.evaluate(() => document.getElementById('g').shadowRoot.querySelector('[part~="title"]')?.textContent ?? null);
  // The card is there while the provider texts are still held back.
  await page.waitForFunction(() => document.getElementById('g')?.explanation);
  const first = await title();
  const firstExplanation = await page.evaluate(() => document.getElementById('g').explanation);
  assert.equal(firstExplanation.provider.id, 'google');
  assert.equal(first, firstExplanation.category.title, 'the category\'s own headline');
  release();
  await page.waitForFunction((before) => {
    const t = document.getElementById('g').shadowRoot.querySelector('[part~="title"]')?.textContent;
    return t && t !== before;
  }, first);
  const second = await title();
  assert.notEqual(second, first);
  assert.equal(await page.evaluate(() => document.getElementById('g').shadowRoot.querySelectorAll('[part~="card"]').length), 1);
  await page.close();
});

test('an element renders again with the knowledge pack: a mail program\'s message in another language', async () => {
  const { page, release } = await pageWithHeldPack('knowledge.txt', 'k', 'SMTP-Fehler: Authentifizierung fehlgeschlagen.');
  const shown = () => page.evaluate(() => {
    const e = document.getElementById('k').explanation;
    return e && { category: e.category.id, software: e.software?.id ?? null };
  });
  // Without the pack, PHPMailer's German words are not known yet.
  await page.waitForFunction(() => document.getElementById('k')?.explanation);
  assert.notEqual((await shown()).category, 'auth_failed');
  release();
  await page.waitForFunction(() => document.getElementById('k').explanation?.category.id === 'auth_failed');
  assert.deepEqual(await shown(), { category: 'auth_failed', software: 'phpmailer' });
  assert.equal(await page.evaluate(() => document.getElementById('k').shadowRoot.querySelectorAll('[part~="card"]').length), 1);
  await page.close();
});

test('a card the pack changes renders again, even one that was sure and all ASCII', async () => {
  // A pack row (in the pack's own format) that contradicts a sure first answer: the card must
  // follow the pack, whatever it said before.
  const pack = `${readFileSync(join(root, 'dist', 'packs', 'knowledge.txt'), 'utf8')}phrases\tzorblax frimble\tmailbox_full\tstrong\ten\t\n`;
  const { page, release } = await pageWithHeldPack('knowledge.txt', 'z', '550 5.1.1 User unknown (zorblax frimble)', pack);
  await page.waitForFunction(() => document.getElementById('z')?.explanation);
  const first = await page.evaluate(() => JSON.stringify(document.getElementById('z').explanation));
  assert.equal(JSON.parse(first).confidence, 'high', 'sure before the pack');
  release();
  await page.waitForFunction((before) => JSON.stringify(document.getElementById('z').explanation) !== before, first);
  const second = await page.evaluate(() => {
    const e = document.getElementById('z').explanation;
    return { category: e.category.id, confidence: e.confidence, cards: document.getElementById('z').shadowRoot.querySelectorAll('[part~="card"]').length };
  });
  assert.ok(second.category === 'mailbox_full' || second.confidence !== 'high', `the pack's words count: ${JSON.stringify(second)}`);
  assert.equal(second.cards, 1);
  await page.close();
});

test('an open dialog is written again when the knowledge pack arrives', async () => {
  const german = 'SMTP-Fehler: Authentifizierung fehlgeschlagen.';
  const { page, release } = await pageWithHeldPack('knowledge.txt', 'k', german);
  await page.waitForFunction(() => document.getElementById('k')?.explanation);
  await page.evaluate((text) => {
    window.__dialog = import('smtp-explain/widget').then(({ showSmtpError }) => showSmtpError(new Error(text)));
  }, german);
  const title = () => page.evaluate(() => document.querySelector('smtp-explain-dialog')?.shadowRoot.querySelector('dialog[open] [part~="title"]')?.textContent ?? null);
  await page.waitForFunction(() => document.querySelector('smtp-explain-dialog')?.shadowRoot.querySelector('dialog[open] [part~="title"]'));
  const first = await title();
  release();
  await page.waitForFunction((before) => {
    const t = document.querySelector('smtp-explain-dialog')?.shadowRoot.querySelector('dialog[open] [part~="title"]')?.textContent;
    return t && t !== before;
  }, first);
  await page.evaluate(() => document.querySelector('smtp-explain-dialog').shadowRoot.querySelector('dialog').close());
  const result = await page.evaluate(() => window.__dialog.then((r) => ({ category: r.explanation.category.id, software: r.explanation.software?.id ?? null })));
  assert.deepEqual(result, { category: 'auth_failed', software: 'phpmailer' });
  await page.close();
});

test('a card written again keeps what the reader did: the opened disclosure and the focused control', async () => {
  const { page, release } = await pageWithHeldPack('en-providers.txt', 'g', GMAIL);
  await page.waitForFunction(() => document.getElementById('g')?.explanation);
  // In the element: open "Details for your mail admin" and leave focus on its toggle.
  await page.focus('#g >> [part~="admin-toggle"]');
  await page.keyboard.press('Enter');
  // In a dialog over it: the same, on the dialog's own card.
  await page.evaluate((text) => {
    window.__dialog = import('smtp-explain/widget').then(({ showSmtpError }) => showSmtpError(text));
  }, GMAIL);
  const dialog = 'smtp-explain-dialog >> dialog[open]';
  await page.waitForSelector(`${dialog} >> [part~="admin-toggle"]`);
  await page.focus(`${dialog} >> [part~="admin-toggle"]`);
  await page.keyboard.press('Enter');
  const state = () => page.evaluate(() => {
    const host = document.querySelector('smtp-explain-dialog');
    const root = host.shadowRoot;
    const element = document.getElementById('g').shadowRoot;
    return {
      dialogTitle: root.querySelector('[part~="title"]').textContent,
      dialogAdminOpen: root.querySelector('details[part~="admin"]').open,
      dialogFocus: document.activeElement === host ? root.activeElement?.getAttribute('part') ?? null : null,
      elementTitle: element.querySelector('[part~="title"]').textContent,
      elementAdminOpen: element.querySelector('details[part~="admin"]').open,
    };
  });
  const first = await state();
  assert.equal(first.dialogAdminOpen, true);
  assert.equal(first.elementAdminOpen, true);
  assert.equal(first.dialogFocus, 'admin-toggle');
  release();
  await page.waitForFunction((before) => {
    const root = document.querySelector('smtp-explain-dialog').shadowRoot;
    const element = document.getElementById('g').shadowRoot;
    return root.querySelector('[part~="title"]').textContent !== before.dialogTitle
      && element.querySelector('[part~="title"]').textContent !== before.elementTitle;
  }, first);
  const second = await state();
  assert.equal(second.dialogAdminOpen, true, 'the dialog\'s opened disclosure stays open');
  assert.equal(second.elementAdminOpen, true, 'the element\'s opened disclosure stays open');
  assert.equal(second.dialogFocus, 'admin-toggle', 'focus stays on the control the reader was on');
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.__dialog);
  await page.close();
});
