// The browser entry (dist/index.js, run here in Node as a DOM emulation would) starts on the small
// build of the Wasm and moves to the speed build once calls have taken more than 100 ms in all.
// scripts/test.sh copies this file next to the installed package and runs it there.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const dist = import.meta.resolve('smtp-explain/widget');
const browser = await import(new URL('./index.js', dist));
const api = await import(new URL('./api.js', dist));

// A text only the knowledge pack knows (Zammad's German bounce subject), one that needs the
// English provider texts, and a log to make the page busy.
const packOnly = '[Unzustellbar] Nachricht zu groß';
const provider = '550-5.7.1 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail - gsmtp';
const line = 'Nov 28 10:00:01 mx postfix/smtp[12345]: 4F9D1A: to=<bob@example.com>, relay=mx.example.com[192.0.2.7]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.7] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))\n';
const log = line.repeat(2000);

test('a busy page moves to the speed build and keeps its packs and answers', async () => {
  await browser.init();
  // init() resolves before the packs are read in (after the first cards); wait for them.
  for (let i = 0; i < 100 && browser.explain(packOnly).category.id !== 'message_too_large'; i++) await new Promise((r) => setTimeout(r, 20));
  assert.equal(api.speedBuild, false, 'the first cards come from the small build');
  const before = [browser.explain(packOnly), browser.explain(provider), browser.explainAll(line)];
  assert.equal(before[0].category.id, 'message_too_large');
  assert.equal(before[1].provider?.id, 'google');
  for (let i = 0; i < 500 && !api.speedBuild; i++) {
    browser.explainAll(log);
    await new Promise((r) => setTimeout(r, 5));
  }
  assert.equal(api.speedBuild, true, 'heavy work fetched and started the speed build');
  assert.deepEqual([browser.explain(packOnly), browser.explain(provider), browser.explainAll(line)], before);
  assert.equal(browser.explainAll(log).length, 2000);
});
