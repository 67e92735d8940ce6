// The JS table the widget falls back on when the Wasm cannot load (dist/fallback.js), checked
// against the Wasm core it stands in for, and the CommonJS entry. scripts/test.sh copies this
// file next to the installed package and runs it there.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { explain, lookup } from 'smtp-explain';

const require = createRequire(import.meta.url);
const { basicMeaning, findCode } = await import(new URL('./fallback.js', import.meta.resolve('smtp-explain/widget')));

test('every three-digit code from 211 to 556 the core knows: the fallback meaning agrees on the outcome', () => {
  let covered = 0;
  for (let code = 211; code <= 556; code++) {
    const meaning = basicMeaning(`${code} text`);
    if (!meaning || meaning.code === null) continue;
    const entry = lookup(String(code));
    const core = explain(String(code));
    assert.ok(meaning.title && meaning.meaning, String(code));
    assert.match(meaning.source, /^RFC \d+ §/, String(code));
    if (meaning.source !== 'RFC 5321 §4.2.1') {
      // A row of its own: the core's dictionary has the code too.
      assert.ok(entry, `${code} is in the fallback table but not in the core's dictionary`);
      for (const cited of meaning.source.split('; ')) assert.ok(entry.source.includes(cited), `${code}: ${cited} is not among the core's sources (${entry.source})`);
      covered += 1;
    }
    if (code >= 400) assert.equal(meaning.outcome, core.outcome, `${code}: fallback ${meaning.outcome}, core ${core.outcome}`);
  }
  assert.ok(covered >= 30, `${covered} codes with their own row`);
});

test('the fallback finds the reply code, not ports, times or numbers in words', () => {
  const cases = [
    ['Error 421', '421'],
    ['550 5.1.1 <bob@example.com>: User unknown', '550'],
    ['550-5.1.1 first line\n550 5.1.1 second line', '550'],
    ['host mx.example.com[192.0.2.7] said: 451 4.3.0 Temporary lookup failure', '451'],
    ['connect to mx.example.com[192.0.2.7]:25: Connection refused', null],
    ['Timeout after 12:00:45', null],
    ['port 587 is closed', null],
    ['hello', null],
  ];
  for (const [input, code] of cases) assert.equal(findCode(input)?.code?.toString() ?? null, code, input);
  assert.equal(basicMeaning('5.7.26 unauthenticated').outcome, 'permanent', 'class from an enhanced code');
  assert.equal(basicMeaning('5.7.26 unauthenticated').code, null);
});

test('require(\'smtp-explain\') works at once (the CommonJS entry)', () => {
  const cjs = require('smtp-explain');
  assert.equal(cjs.isReady(), true);
  assert.equal(cjs.explain('550 5.1.1 User unknown').category.id, 'mailbox_unknown');
  assert.match(require.resolve('smtp-explain'), /node\.cjs$/);
});
