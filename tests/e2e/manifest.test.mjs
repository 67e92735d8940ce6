// custom-elements.json lists every part the element renders (full cards for user and admin,
// compact cards, and the card shown without the Wasm). Run after node scripts/build.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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

const manifest = JSON.parse(readFileSync(`${root}/custom-elements.json`, 'utf8'));
const listed = new Set(manifest.modules.flatMap((m) => m.declarations).find((d) => d.customElement).cssParts.map((p) => p.name));

const INPUTS = [
  '550 5.1.1 User unknown',
  '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
  "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550 5.1.1 double-checking the recipient's email address for typos or\n550 5.1.1 unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser - gsmtp",
  '421 4.7.0 Try again later',
  'Nov 28 10:00:01 mx postfix/smtp[12345]: 4F9D1A: to=<bob@example.com>, relay=mx.example.com[192.0.2.7]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.7] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))',
  'hello',
];

async function renderedParts(page, { fallback }) {
  return page.evaluate(async ({ inputs, fallback: withoutWasm }) => {
    await import('smtp-explain/define');
    const all = new Set();
    for (const audience of ['user', 'admin']) {
      for (const compact of [false, true]) {
        for (const reply of inputs) {
          const el = document.createElement('smtp-explain');
          el.setAttribute('reply', reply);
          el.setAttribute('audience', audience);
          if (compact) el.setAttribute('compact', '');
          document.body.append(el);
          if (withoutWasm) {
            for (let i = 0; i < 200 && !el.shadowRoot.querySelector('[data-fallback]'); i++) await new Promise((r) => setTimeout(r, 10));
          } else {
            await new Promise((r) => el.addEventListener('smtp-explain:explained', r, { once: true }));
          }
          for (const node of el.shadowRoot.querySelectorAll('[part]')) for (const p of node.getAttribute('part').split(/\s+/)) all.add(p);
          el.remove();
        }
      }
    }
    return [...all];
  }, { inputs: INPUTS, fallback });
}

test('every part the element renders is in custom-elements.json', async () => {
  const page = await open(browser);
  await page.goto(`${server.url}/demo/compose.html`);
  const parts = await renderedParts(page, { fallback: false });
  assert.ok(parts.length > 30, parts.join(' '));
  assert.deepEqual(parts.filter((p) => !listed.has(p)), [], 'parts missing from custom-elements.json');
  await page.context().close();
});

test('every part of the card shown without the Wasm is in custom-elements.json', async () => {
  const page = await open(browser);
  await page.route('**/smtp_explain_bg.wasm', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto(`${server.url}/demo/compose.html`);
  const parts = await renderedParts(page, { fallback: true });
  assert.ok(parts.includes('retry-button') && parts.includes('original'), parts.join(' '));
  assert.deepEqual(parts.filter((p) => !listed.has(p)), [], 'parts missing from custom-elements.json');
  await page.context().close();
});
