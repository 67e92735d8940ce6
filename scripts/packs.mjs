#!/usr/bin/env node
// Writes the language packs of the npm package for every shipped language (po/<lang>.po), in
// compiled form (sorted `key = text` lines, read in place by the Wasm's loadPack):
//   dist/packs/<lang>.txt            the base texts (categories, codes, interface)
//   dist/packs/<lang>-providers.txt  the provider texts, only when the language has any
// (like English: base built in, en-providers.txt beside it), so a page pays for provider
// texts only when it loads them. What a pack lacks falls back to English. Prints each pack's
// size, raw and gzip (budget: 60 KB gzip per language, /work/shared/DESIGN.md).
// The texts of the standalone page (`page.*`) and of the CLI (`cli.*`) are in no pack: the
// page loads its own (writePageTexts, www/texts/<lang>.txt) and the CLI is native.
//
//   node scripts/packs.mjs [OUTDIR]    (default dist/packs; build.mjs calls it)

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compile, english, languages, poDir, root } from './i18n/po.mjs';

export function writePacks(outDir = join(root, 'dist', 'packs')) {
  mkdirSync(outDir, { recursive: true });
  const en = english();
  const baseKeys = new Set(en.filter((e) => !e.provider && !hostOnly(e.key)).map((e) => e.key));
  const providerKeys = new Set(en.filter((e) => e.provider).map((e) => e.key));
  const sizes = [];
  for (const file of languages()) {
    const lang = file.replace('_', '-');
    const source = readFileSync(join(poDir, `${file}.po`), 'utf8');
    for (const [name, keys] of [[`${lang}.txt`, baseKeys], [`${lang}-providers.txt`, providerKeys]]) {
      const pack = compile(source, keys);
      if (pack === '' && keys === providerKeys) continue;
      writeFileSync(join(outDir, name), pack);
      const raw = Buffer.byteLength(pack);
      const gzip = gzipSync(pack, { level: 9 }).length;
      sizes.push({ name, raw, gzip });
      console.log(`[packs] ${relative(root, join(outDir, name))}: ${pack.split('\n').length - 1} texts, ${raw} bytes, ${gzip} gzip`);
    }
  }
  return sizes;
}

/** Keys of texts only the standalone page or the CLI shows (build.rs leaves them out of the
 * WebAssembly build the same way). */
const hostOnly = (key) => key.startsWith('page.') || key.startsWith('cli.');

/**
 * Writes the standalone page's own texts (`page.*`), one file per language (English and every
 * po/<lang>.po): sorted `key = text` lines, an untranslated text in English, read by www/app.js.
 * Returns the languages written.
 */
export function writePageTexts(outDir) {
  mkdirSync(outDir, { recursive: true });
  const page = english().filter((e) => e.key.startsWith('page.'));
  const keys = new Set(page.map((e) => e.key));
  const englishTexts = new Map(page.map((e) => [e.key, e.text.split('\n').map((s) => s.trim()).filter(Boolean).join(' ')]));
  const written = [];
  for (const lang of ['en', ...languages()]) {
    const texts = new Map(englishTexts);
    if (lang !== 'en') {
      for (const line of compile(readFileSync(join(poDir, `${lang}.po`), 'utf8'), keys).split('\n').filter(Boolean)) {
        const at = line.indexOf(' = ');
        texts.set(line.slice(0, at), line.slice(at + 3));
      }
    }
    const tag = lang.replace('_', '-');
    const sorted = [...texts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    writeFileSync(join(outDir, `${tag}.txt`), sorted.map(([k, v]) => `${k} = ${v}\n`).join(''));
    written.push(tag);
  }
  return written;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) writePacks(process.argv[2]);
