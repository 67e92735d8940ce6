// Node entry: loads the Wasm, the English provider texts and the knowledge pack synchronously on import, so
// `import { explain } from 'smtp-explain'` works with no extra step. `init()` exists for
// symmetry with the browser.
import { readFileSync } from 'node:fs';
import nodeModule from 'node:module';
import { initSync } from './wasm/smtp_explain.js';
import { loadPack, loadKnowledge, markReady } from './api.js';
import { languages, providerLanguages } from './languages.js';
import { languageFor } from './lang.js';

export * from './api.js';

/** Reads a file of the package: beside this module, or, in a server bundle (esbuild, webpack)
 * whose output folder lacks it, from the installed package. */
function packageFile(where, name) {
  let url = name;
  try {
    url = where();
    return readFileSync(url);
  } catch (error) {
    try {
      const from = import.meta.url ?? `file://${process.cwd()}/`;
      return readFileSync(nodeModule.createRequire(from).resolve(`smtp-explain/${name}`));
    } catch {
      throw new Error(`smtp-explain: ${url} is missing (a server bundle without the package's files?): `
        + 'keep smtp-explain in node_modules (esbuild --packages=external) or copy dist/wasm and dist/packs beside the bundle', { cause: error });
    }
  }
}

// The speed build of the Wasm (same exports; larger, which costs a server nothing).
initSync({ module: packageFile(() => new URL('./wasm/smtp_explain_fast.wasm', import.meta.url), 'wasm-fast') });
markReady();
loadPack('en', packageFile(() => new URL('./packs/en-providers.txt', import.meta.url), 'packs/en-providers.txt'));
loadKnowledge(packageFile(() => new URL('./packs/knowledge.txt', import.meta.url), 'packs/knowledge.txt'));

// Every shipped language's texts: small, and Node has no page to save bytes for.
for (const lang of languages) {
  loadPack(lang, packageFile(() => new URL(`./packs/${lang}.txt`, import.meta.url), `packs/${lang}.txt`));
  if (providerLanguages.includes(lang)) {
    loadPack(lang, packageFile(() => new URL(`./packs/${lang}-providers.txt`, import.meta.url), `packs/${lang}-providers.txt`));
  }
}

/** Already loaded in Node; resolves at once. */
export function init() {
  return Promise.resolve();
}

/** Every shipped language is loaded in Node; resolves with the language a tag gets. */
export function loadLanguage(tag) {
  return Promise.resolve(languageFor(tag, languages));
}
