// Languages in the installed package: Node loads every shipped language's pack on import.
// scripts/test.sh copies this file next to the installation and runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { explain, loadLanguage, availableLanguages } from 'smtp-explain';

test('explain() answers in the requested language, with BCP 47 fallback', async () => {
  const en = explain('552 5.3.4 Message size exceeds fixed maximum message size');
  const de = explain('552 5.3.4 Message size exceeds fixed maximum message size', { lang: 'de' });
  assert.equal(de.lang, 'de');
  assert.notEqual(de.title, en.title);
  assert.equal(de.category.id, en.category.id, 'the decision does not depend on the language');
  assert.equal(explain('421', { lang: 'fr-CA' }).lang, 'fr');
  assert.equal(explain('421', { lang: 'es-419' }).lang, 'es');
  assert.equal(explain('421', { lang: 'sv' }).lang, 'en');
  assert.equal(await loadLanguage('de-AT'), 'de');
  assert.equal(await loadLanguage('xx'), 'en');
});

test('availableLanguages lists every shipped language, each answering in itself', () => {
  assert.equal(availableLanguages[0], 'en');
  for (const tag of ['de', 'es', 'fr', 'it', 'nl', 'pl', 'pt-BR', 'ru', 'ar', 'ja', 'ko', 'zh-Hans']) assert.ok(availableLanguages.includes(tag), tag);
  const en = explain('550 5.1.1 User unknown');
  for (const tag of availableLanguages.filter((t) => t !== 'en')) {
    const e = explain('550 5.1.1 User unknown', { lang: tag });
    assert.equal(e.lang, tag);
    assert.notEqual(e.title, en.title, `${tag} has its own title`);
  }
  assert.equal(explain('421', { lang: 'pt_br' }).lang, 'pt-BR');
  assert.equal(explain('421', { lang: 'zh-CN' }).lang, 'zh-Hans');
  assert.equal(explain('421', { lang: 'zh-TW' }).lang, 'en', 'no Traditional Chinese texts yet');
  assert.equal(explain('421', { lang: 'ja-JP' }).lang, 'ja');
});

test('require() gives the same languages', () => {
  const require = createRequire(import.meta.url);
  const cjs = require('smtp-explain');
  assert.equal(cjs.explain('552', { lang: 'es' }).lang, 'es');
});
