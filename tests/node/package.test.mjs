// Tests the packed npm package as a user gets it: `npm pack`, installed into an empty folder,
// imported by name. scripts/test.sh copies this file next to the installation and runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import * as smtp from 'smtp-explain';

const { explain, explainAll, lookup, codes, categories, version, dataVersion, init, isReady } = smtp;

/** Fails when any value in the object tree is `undefined` (the package promises null). */
function assertNoUndefined(value, path = 'value') {
  assert.notEqual(value, undefined, `${path} is undefined`);
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) assertNoUndefined(child, `${path}.${key}`);
  }
}

test('imports with no extra step in Node', async () => {
  assert.equal(isReady(), true);
  await init();
  assert.equal(typeof explain, 'function');
});

test('the mailbox-full example of the README', () => {
  assert.equal(explain('452 4.2.2 Mailbox full').category.id, 'mailbox_full');
});

const realReplies = [
  // [input, category, outcome, code, enhanced]
  ["550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n550 5.1.1 double-checking the recipient's email address - gsmtp", 'mailbox_unknown', 'permanent', 550, '5.1.1'],
  ['421 4.7.0 Try again later, closing connection.', null, 'temporary', 421, '4.7.0'],
  ['Nov 28 10:00:01 mx postfix/smtp[12345]: 4F9D1A: to=<bob@example.com>, relay=mx.example.com[192.0.2.7]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.7] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))', 'mailbox_unknown', 'permanent', 550, '5.1.1'],
  ['Error 421', null, 'temporary', 421, null],
  ['5.7.26', null, 'permanent', null, '5.7.26'],
  ['554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', 'sender_blocklisted', 'permanent', 554, '5.7.1'],
];

test('real replies explain as documented', () => {
  for (const [input, category, outcome, code, enhanced] of realReplies) {
    const e = explain(input);
    assert.equal(e.recognized, true, input);
    if (category) assert.equal(e.category.id, category, input);
    assert.equal(e.outcome, outcome, input);
    assert.equal(e.reply?.code ?? null, code, input);
    assert.equal(e.reply?.enhanced ?? null, enhanced, input);
    assert.ok(e.title.length > 0 && e.title.length < 70, `title of ${input}: ${e.title}`);
    assertNoUndefined(e);
  }
});

test('the knowledge pack is loaded on import: a mail program\'s message in another language', () => {
  // PHPMailer's German "authenticate" message (packs/knowledge.txt), in the ES module and the
  // CommonJS entry.
  const german = 'SMTP-Fehler: Authentifizierung fehlgeschlagen.';
  const require = createRequire(import.meta.url);
  for (const entry of [smtp, require('smtp-explain')]) {
    const e = entry.explain(german);
    assert.equal(e.category.id, 'auth_failed');
    assert.equal(e.software?.id, 'phpmailer');
  }
  assert.equal(smtp.loadKnowledge(readFileSync(require.resolve('smtp-explain/packs/knowledge.txt'))), 0, 'a second pack is ignored');
  // The pack's provider markers and outcome words count too: an SES bounce notification names SES
  // by its field name, and its "Transient" bounce type is SES's last word (failed, send again later).
  const ses = '{"notificationType":"Bounce","bounce":{"bounceType":"Transient","bounceSubType":"MailboxFull"}}';
  for (const entry of [smtp, require('smtp-explain')]) {
    const e = entry.explain(ses);
    assert.equal(e.provider?.id, 'amazon_ses');
    assert.equal(e.outcome, 'permanent');
    assert.equal(e.retry, 'later');
  }
});

test('the Stage and recipient come from a Postfix log line', () => {
  const e = explain(realReplies[2][0]);
  assert.equal(e.stage, 'rcpt_to');
  assert.equal(e.recipient, 'bob@example.com');
  assert.equal(e.inputKind, 'log_line');
});

test('explainAll gives one explanation per failed recipient of a bounce', () => {
  const bounce = [
    'Reporting-MTA: dns; mail.example.com', '',
    'Final-Recipient: rfc822; a@example.org', 'Action: failed', 'Status: 5.1.1', 'Diagnostic-Code: smtp; 550 5.1.1 User unknown', '',
    'Final-Recipient: rfc822; b@example.org', 'Action: failed', 'Status: 5.2.2', 'Diagnostic-Code: smtp; 552 5.2.2 Mailbox full', '',
    'Final-Recipient: rfc822; c@example.org', 'Action: delayed', 'Status: 4.4.1', 'Diagnostic-Code: X-Postfix; connect to mx.example.org[192.0.2.9]:25: Connection timed out', '',
  ].join('\n');
  const all = explainAll(bounce);
  assert.equal(all.length, 3);
  assert.deepEqual(all.map((e) => e.recipient), ['a@example.org', 'b@example.org', 'c@example.org']);
  assert.equal(all[0].category.id, 'mailbox_unknown');
  assert.equal(all[2].outcome, 'temporary');
  assert.ok(explain(bounce).warnings.some((w) => w.id === 'more_findings'));
});

test('evidence offsets are UTF-16 indices into the input', () => {
  const input = '😀 Fehler: 550 5.1.1 Benutzer unbekannt';
  const e = explain(input);
  const codesFound = e.evidence.filter((span) => span.kind.endsWith('_code')).map((span) => input.slice(span.start, span.end));
  assert.deepEqual(codesFound, ['550', '5.1.1']);
});

test('odd input is explained, unusable arguments throw TypeError', () => {
  for (const odd of ['', '   ', 'hello', '9'.repeat(100000), '\u0000\uffff', '554 6.6.0 nope']) {
    const e = explain(odd);
    assert.equal(typeof e.title, 'string');
    assertNoUndefined(e);
  }
  assert.equal(explain('hello world').recognized, false);
  for (const bad of [42, null, undefined, {}, ['550']]) {
    assert.throws(() => explain(bad), TypeError);
  }
  assert.throws(() => explain('421', { audience: 'root' }), TypeError);
  assert.throws(() => explain('421', 'admin'), TypeError);
  assert.equal(explain('421', { audience: 'admin', lang: 'xx' }).lang, 'en');
});

test('test-only exports are not shipped', () => {
  const require = createRequire(import.meta.url);
  const module = new WebAssembly.Module(readFileSync(require.resolve('smtp-explain/wasm')));
  const names = WebAssembly.Module.exports(module).map((e) => e.name);
  assert.ok(names.includes('explain'), names.join(' '));
  assert.deepEqual(names.filter((n) => /panic|bench/i.test(n)), []);
});

test('lookup, codes and categories', () => {
  const entry = lookup('5.1.1');
  assert.equal(entry.code, 'X.1.1');
  assert.equal(entry.kind, 'enhanced');
  assert.match(entry.source, /^RFC 3463/);
  assert.equal(lookup('550').kind, 'basic');
  assert.equal(lookup('9.9.9'), null);
  const all = codes();
  assert.equal(all.filter((c) => c.kind === 'enhanced').length, 81);
  assert.ok(all.filter((c) => c.kind === 'basic').length >= 45);
  for (const c of all) assert.ok(c.source.length > 0, c.code);
  const taxonomy = categories();
  assert.ok(taxonomy.length >= 40);
  assert.ok(taxonomy.every((c) => c.title && c.definition && c.interop.sisimai));
});

test('versions match the package', () => {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(require.resolve('smtp-explain/package.json'), 'utf8'));
  assert.equal(version, pkg.version);
  assert.match(dataVersion, /^\d{4}-\d{2}-\d{2}$/);
});

test('the .wasm file has its own export', () => {
  const wasmUrl = import.meta.resolve('smtp-explain/wasm');
  assert.match(wasmUrl, /\.wasm$/);
  const bytes = readFileSync(new URL(wasmUrl));
  assert.ok(WebAssembly.validate(bytes));
});

test('the speed build the Node entries load has the browser build\'s imports and exports, without test-only ones', () => {
  const require = createRequire(import.meta.url);
  const fastFile = require.resolve('smtp-explain/wasm-fast');
  const fast = new WebAssembly.Module(readFileSync(fastFile));
  const small = new WebAssembly.Module(readFileSync(require.resolve('smtp-explain/wasm')));
  const names = (list) => list.map((e) => `${e.module ?? ''} ${e.name} ${e.kind}`).sort();
  assert.deepEqual(names(WebAssembly.Module.exports(fast)), names(WebAssembly.Module.exports(small)));
  assert.deepEqual(names(WebAssembly.Module.imports(fast)), names(WebAssembly.Module.imports(small)));
  assert.deepEqual(WebAssembly.Module.exports(fast).map((e) => e.name).filter((n) => /panic|bench/i.test(n)), []);
  // Built for speed, not size: not the same bytes (a build that copied the size build would be).
  assert.notEqual(readFileSync(fastFile).length, readFileSync(require.resolve('smtp-explain/wasm')).length);
  // Both entries read it: the ES module entry and the CommonJS one name it.
  for (const entry of ['node.js', 'node.cjs']) {
    assert.match(readFileSync(new URL(`../${entry}`, pathToFileURL(fastFile)), 'utf8'), /smtp_explain_fast\.wasm/, entry);
  }
});
