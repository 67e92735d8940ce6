// Source of dist/node.cjs, the CommonJS entry (`require('smtp-explain')`, Node 18 and every
// 20.x): scripts/build.mjs bundles it with the Wasm glue and api.js into one CommonJS file.
// The Wasm is compiled synchronously from the file beside it (fs + new WebAssembly.Module), so
// the functions work as soon as require() returns. It is a separate instance from the ES
// module entry's: use one of the two in a program (packs loaded in one are not in the other).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initSync } from './wasm/smtp_explain.js';
import { loadPack, loadKnowledge, markReady } from './api.js';
import { languages, providerLanguages } from './languages.js';
import { languageFor } from './lang.js';

export * from './api.js';

/* global __dirname, require */
/** Reads a file of the package: beside this file, or, in a server bundle whose output folder
 * lacks it, from the installed package. */
function packageFile(path, name) {
  try {
    return readFileSync(path);
  } catch (error) {
    try {
      return readFileSync(require.resolve(`smtp-explain/${name}`));
    } catch {
      throw new Error(`smtp-explain: ${path} is missing (a server bundle without the package's files?): `
        + 'keep smtp-explain in node_modules or copy dist/wasm and dist/packs beside the bundle', { cause: error });
    }
  }
}

// The speed build of the Wasm (same exports; larger, which costs a server nothing).
initSync({ module: new WebAssembly.Module(packageFile(join(__dirname, 'wasm', 'smtp_explain_fast.wasm'), 'wasm-fast')) });
markReady();
loadPack('en', packageFile(join(__dirname, 'packs', 'en-providers.txt'), 'packs/en-providers.txt'));
loadKnowledge(packageFile(join(__dirname, 'packs', 'knowledge.txt'), 'packs/knowledge.txt'));

// Every shipped language's texts: small, and Node has no page to save bytes for.
for (const lang of languages) {
  loadPack(lang, packageFile(join(__dirname, 'packs', `${lang}.txt`), `packs/${lang}.txt`));
  if (providerLanguages.includes(lang)) loadPack(lang, packageFile(join(__dirname, 'packs', `${lang}-providers.txt`), `packs/${lang}-providers.txt`));
}

/** Already loaded in Node; resolves at once. */
export function init() {
  return Promise.resolve();
}

/** Every shipped language is loaded in Node; resolves with the language a tag gets. */
export function loadLanguage(tag) {
  return Promise.resolve(languageFor(tag, languages));
}
