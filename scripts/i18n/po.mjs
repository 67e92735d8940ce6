#!/usr/bin/env node
// The translators' files: gettext `.po`, one per language, made from the English catalog.
//
//   node scripts/i18n/po.mjs pot               write po/smtp-explain.pot from src/i18n/en/**.txt
//   node scripts/i18n/po.mjs update [LANG...]   bring po/<lang>.po in line with the .pot (all
//                                              languages when none is named; creates a new one)
//   node scripts/i18n/po.mjs import LANG FILE  set translations from a `key = text` file
//   node scripts/i18n/po.mjs export LANG       print the translations as `key = text` lines
//
// English stays the source (src/i18n/en/*.txt); every entry's msgctxt is the catalog key and
// its msgid the English text. `update` keeps a translation whose English text is unchanged,
// marks it fuzzy (with the old English as `#| msgid`) when the English changed, and drops
// keys English no longer has. build.rs compiles the .po files; scripts/packs.mjs writes the
// Wasm packs from them (with `compile` below).

import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const enDir = join(root, 'src', 'i18n', 'en');
export const poDir = join(root, 'po');

/// Plural rules of the languages we expect (gettext `Plural-Forms`); others get a placeholder
/// the translator fills in.
const PLURALS = {
  en: 'nplurals=2; plural=(n != 1);',
  de: 'nplurals=2; plural=(n != 1);',
  es: 'nplurals=2; plural=(n != 1);',
  it: 'nplurals=2; plural=(n != 1);',
  nl: 'nplurals=2; plural=(n != 1);',
  pt: 'nplurals=2; plural=(n != 1);',
  fr: 'nplurals=2; plural=(n > 1);',
  'pt-BR': 'nplurals=2; plural=(n > 1);',
  ja: 'nplurals=1; plural=0;',
  ko: 'nplurals=1; plural=0;',
  'zh-Hans': 'nplurals=1; plural=0;',
  ru: 'nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
  pl: 'nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);',
  ar: 'nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);',
};

/// Reads catalog files (`key = text`, `#` comments, indented continuations) into entries
/// `{ key, text, comments, file }` in file order; the comments are the comment lines right
/// above the key (no blank line between).
export function readCatalog(files) {
  const entries = [];
  const seen = new Set();
  for (const file of files) {
    let comments = [];
    let last = null;
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      if (line.trim() === '') {
        comments = [];
        last = null;
        continue;
      }
      if (line.trimStart().startsWith('#')) {
        const text = line.trimStart().replace(/^#\s?/, '').replace(/^-+\s*|\s*-+$/g, '');
        comments.push(text);
        last = null;
        continue;
      }
      if (/^[ \t]/.test(line)) {
        if (!last) throw new Error(`${file}: a continuation line continues nothing: ${line}`);
        last.text = `${last.text} ${line.trim()}`;
        continue;
      }
      const at = line.indexOf(' = ');
      if (at < 0) throw new Error(`${file}: not \`key = text\`: ${line}`);
      const key = line.slice(0, at).trim();
      if (seen.has(key)) throw new Error(`${file}: key ${key} appears twice`);
      seen.add(key);
      last = { key, text: line.slice(at + 3).trim(), comments, file: relative(root, file) };
      entries.push(last);
      comments = [];
    }
  }
  return entries;
}

const txtFiles = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f)) : []);

/// The English entries: the base catalog, then the provider pack (`provider: true`).
export function english() {
  const base = readCatalog(txtFiles(enDir));
  const providers = readCatalog(txtFiles(join(enDir, 'providers'))).map((e) => ({ ...e, provider: true }));
  return [...base, ...providers];
}

/// The `{name}` placeholders of a text, sorted.
export const placeholders = (text) => (text.match(/\{[a-z_]+\}/g) ?? []).sort();

/// A hint for translators from the key's shape.
function hint(key) {
  if (/\.title$/.test(key)) return 'A headline on a 360 px card: keep it under about 70 characters.';
  if (/\.(user|admin)\.\d+$/.test(key)) return 'One step of a numbered list, in the imperative.';
  if (/^cli\.(what_happened|who_acts|retry|stage|blocklist)$/.test(key)) return 'A label in the left column of the CLI (14 columns): at most 13 characters.';
  if (/^(card|cli)\./.test(key)) return 'An interface label.';
  return null;
}

function quote(text) {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}

function unquote(s) {
  const m = /^"(.*)"$/.exec(s.trim());
  if (!m) throw new Error(`not a quoted string: ${s}`);
  return m[1].replace(/\\(.)/g, (_, c) => ({ n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' })[c] ?? (() => {
    throw new Error(`unknown escape \\${c}`);
  })());
}

/// Reads a .po file: `{ header, entries: [{ key, id, text, fuzzy, comments }] }`.
export function parsePo(source) {
  const entries = [];
  let header = '';
  let cur = null;
  let field = null;
  const flush = () => {
    if (cur && (cur.key !== undefined || cur.id !== undefined)) {
      if (cur.key === undefined && cur.id === '') header = cur.text ?? '';
      else entries.push(cur);
    }
    cur = null;
    field = null;
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      if (cur && field === 'text') flush();
      cur ??= { comments: [], fuzzy: false };
      if (line.startsWith('#,')) cur.fuzzy ||= line.slice(2).split(',').some((f) => f.trim() === 'fuzzy');
      else if (line.startsWith('#.')) cur.comments.push(line.slice(2).trim());
      continue;
    }
    if (line.startsWith('"')) {
      if (field === 'key') cur.key += unquote(line);
      else if (field === 'id') cur.id += unquote(line);
      else if (field === 'text') cur.text += unquote(line);
      else if (field === null) throw new Error(`a string continues nothing: ${line}`);
      continue;
    }
    const [, word, rest] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (!word) throw new Error(`not a keyword and a string: ${line}`);
    if ((word === 'msgctxt' || word === 'msgid') && field === 'text') flush();
    cur ??= { comments: [], fuzzy: false };
    if (word === 'msgctxt') [cur.key, field] = [unquote(rest), 'key'];
    else if (word === 'msgid') [cur.id, field] = [unquote(rest), 'id'];
    else if (word === 'msgstr' || word === 'msgstr[0]') [cur.text, field] = [unquote(rest), 'text'];
    else if (word.startsWith('msgstr[') || word === 'msgid_plural') field = 'other';
    else throw new Error(`unknown keyword ${word}`);
  }
  flush();
  return { header, entries };
}

/// The compiled pack of a .po file: sorted `key = text` lines of its translated, non-fuzzy
/// entries whose keys English has (the same rule as build.rs).
export function compile(source, keys = new Set(english().map((e) => e.key))) {
  const lines = parsePo(source)
    .entries.filter((e) => e.key !== undefined && !e.fuzzy && e.text.trim() !== '' && keys.has(e.key))
    .map((e) => [e.key, e.text.split('\n').map((s) => s.trim()).filter(Boolean).join(' ')]);
  lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return lines.map(([k, v]) => `${k} = ${v}\n`).join('');
}

/// The text of one entry.
function entryText(e, { text = '', fuzzy = false, previous = null } = {}) {
  const out = [];
  for (const c of e.comments) if (c) out.push(`#. ${c}`);
  const h = hint(e.key);
  if (h) out.push(`#. ${h}`);
  const ph = [...new Set(placeholders(e.text))];
  if (ph.length) out.push(`#. Placeholders: ${ph.join(', ')} (keep them exactly as they are).`);
  if (e.text.includes('`')) out.push('#. Text in `backticks` is a command or a literal: keep it unchanged.');
  out.push(`#: ${e.file}`);
  if (fuzzy) out.push('#, fuzzy');
  if (previous !== null) out.push(`#| msgid ${quote(previous)}`);
  out.push(`msgctxt ${quote(e.key)}`, `msgid ${quote(e.text)}`, `msgstr ${quote(text)}`);
  return out.join('\n');
}

function headerText(lang) {
  const fields = ['Project-Id-Version: smtp-explain'];
  if (lang) fields.push(`Language: ${lang}`);
  fields.push('MIME-Version: 1.0', 'Content-Type: text/plain; charset=UTF-8', 'Content-Transfer-Encoding: 8bit');
  fields.push(`Plural-Forms: ${lang ? (PLURALS[lang] ?? PLURALS[lang.split('-')[0]] ?? 'nplurals=INTEGER; plural=EXPRESSION;') : 'nplurals=INTEGER; plural=EXPRESSION;'}`);
  return `msgid ""\nmsgstr ""\n${fields.map((f) => quote(`${f}\n`)).join('\n')}`;
}

/// The .pot text for the current English catalog.
export function potText(entries = english()) {
  const head = '# Translation template of smtp-explain: every text of the explanations, the card and\n# the CLI. Generated by `node scripts/i18n/po.mjs pot` from src/i18n/en/**.txt; do not edit.\n# msgctxt is the catalog key; keys starting with rule. or zone. are provider texts.\n';
  return `${head}${headerText(null)}\n\n${entries.map((e) => entryText(e)).join('\n\n')}\n`;
}

/// The .po text of `lang` brought in line with English, from the old .po text (if any).
export function updatedPo(lang, oldSource, entries = english(), overrides = new Map()) {
  const old = new Map(oldSource ? parsePo(oldSource).entries.filter((e) => e.key !== undefined).map((e) => [e.key, e]) : []);
  const head = oldSource ? (/^(#.*\n)*/.exec(oldSource)[0] || '') : `# ${lang} translation of smtp-explain.\n# See CONTRIBUTING.md, "Add a language".\n`;
  const body = entries.map((e) => {
    if (overrides.has(e.key)) return entryText(e, { text: overrides.get(e.key) });
    const o = old.get(e.key);
    if (!o || o.text === '') return entryText(e);
    if (o.id === e.text) return entryText(e, { text: o.text, fuzzy: o.fuzzy });
    return entryText(e, { text: o.text, fuzzy: true, previous: o.id });
  });
  return `${head}${headerText(lang)}\n\n${body.join('\n\n')}\n`;
}

export const languages = () => (existsSync(poDir) ? readdirSync(poDir).filter((f) => f.endsWith('.po')).map((f) => f.slice(0, -3)).sort() : []);

function main(argv) {
  const [command, ...args] = argv;
  if (command === 'pot') {
    writeFileSync(join(poDir, 'smtp-explain.pot'), potText());
    console.log(`wrote po/smtp-explain.pot (${english().length} messages)`);
  } else if (command === 'update') {
    for (const lang of args.length ? args : languages()) {
      const file = join(poDir, `${lang}.po`);
      writeFileSync(file, updatedPo(lang, existsSync(file) ? readFileSync(file, 'utf8') : null));
      console.log(`updated po/${lang}.po`);
    }
  } else if (command === 'import') {
    const [lang, from] = args;
    const file = join(poDir, `${lang}.po`);
    const translations = new Map(readCatalog([from]).map((e) => [e.key, e.text]));
    const keys = new Set(english().map((e) => e.key));
    const unknown = [...translations.keys()].filter((k) => !keys.has(k));
    if (unknown.length) throw new Error(`not English keys: ${unknown.join(', ')}`);
    writeFileSync(file, updatedPo(lang, existsSync(file) ? readFileSync(file, 'utf8') : null, english(), translations));
    console.log(`po/${lang}.po: ${translations.size} translations imported`);
  } else if (command === 'export') {
    const { entries } = parsePo(readFileSync(join(poDir, `${args[0]}.po`), 'utf8'));
    process.stdout.write(entries.filter((e) => e.text).map((e) => `${e.key} = ${e.text}\n`).join(''));
  } else {
    console.error('usage: po.mjs pot | update [LANG...] | import LANG FILE | export LANG');
    process.exit(2);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
