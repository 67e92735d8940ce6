#!/usr/bin/env node
// Writes the language packs of the npm package: dist/packs/<lang>.txt for every shipped
// language (po/<lang>.po), in compiled form (sorted `key = text` lines, read in place by the
// Wasm's loadPack). A pack holds the base texts and, where translated, the provider texts;
// what it lacks falls back to English. Prints each pack's size, raw and gzip.
//
//   node scripts/packs.mjs [OUTDIR]    (default dist/packs; build.mjs calls it)

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { compile, english, languages, poDir, root } from './i18n/po.mjs';

export function writePacks(outDir = join(root, 'dist', 'packs')) {
  mkdirSync(outDir, { recursive: true });
  const keys = new Set(english().map((e) => e.key));
  const sizes = [];
  for (const file of languages()) {
    const lang = file.replace('_', '-');
    const pack = compile(readFileSync(join(poDir, `${file}.po`), 'utf8'), keys);
    writeFileSync(join(outDir, `${lang}.txt`), pack);
    const raw = Buffer.byteLength(pack);
    const gzip = gzipSync(pack, { level: 9 }).length;
    sizes.push({ lang, raw, gzip });
    console.log(`[packs] ${relative(root, join(outDir, `${lang}.txt`))}: ${pack.split('\n').length - 1} texts, ${raw} bytes, ${gzip} gzip`);
  }
  return sizes;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) writePacks(process.argv[2]);
