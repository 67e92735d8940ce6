// The JS face of the Wasm core, shared by the browser and Node entries. It only checks that
// the module is loaded and keeps it usable after an internal error; all logic is in Rust.
import * as core from './wasm/smtp_explain.js';
import { languages } from './languages.js';

export { version, dataVersion } from './version.js';

/** The languages explanations can be written in (BCP 47 tags), English first. */
export const availableLanguages = Object.freeze(['en', ...languages]);

let ready = false;

/** Marks the Wasm module as loaded (called by the entry that loaded it). */
export function markReady() {
  ready = true;
}

/** Whether the Wasm module is loaded. */
export function isReady() {
  return ready;
}

function guarded(name, fn) {
  return (...args) => {
    if (!ready) {
      throw new Error(`smtp-explain: call "await init()" before ${name}(): the WebAssembly module is not loaded yet`);
    }
    const start = performance.now();
    try {
      return fn(...args);
    } catch (error) {
      if (error instanceof WebAssembly.RuntimeError) {
        // A trap (a Rust panic) may leave the instance in a bad state: start a fresh one,
        // with the packs loaded so far.
        core.__wbg_reset_state();
        reload();
        throw new Error(`smtp-explain: internal error in ${name}(); the module was reset and remains usable`, { cause: error });
      }
      throw error;
    } finally {
      busy += performance.now() - start;
      if (onBusy && busy > 100) {
        const upgrade = onBusy;
        onBusy = null;
        upgrade();
      }
    }
  };
}

function reload() {
  for (const [lang, text] of packs) core.loadPack(lang, text);
  if (knowledge) core.loadKnowledge(knowledge);
}

/** Milliseconds spent in the module so far, and what to do once they pass 100 (once). */
let busy = 0;
let onBusy = null;

/** @internal For the browser entry: called once, when calls into the module have taken more
 * than 100 ms in all (a page that explains whole logs, not one card). */
export function whenBusy(fn) {
  onBusy = fn;
}

/** @internal Whether the speed build of the module runs (see useModule). */
export let speedBuild = false;

/** @internal Moves to the speed build of the module (the same imports and exports, compiled
 * for speed rather than size): a fresh instance of it, with the packs loaded so far. */
export function useModule(module) {
  core.__wbg_use_module(module);
  reload();
  speedBuild = true;
}

const packs = [];

/**
 * Loads a pack of catalog text: the English provider texts (loaded by init() by default) or
 * another language. Returns how many texts it holds.
 * @param {string} lang
 * @param {string | Uint8Array} text the pack's text, or its bytes (UTF-8)
 */
export const loadPack = guarded('loadPack', (lang, text) => {
  // As bytes: copied into Wasm memory in one go (a long string would go character by character).
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const count = core.loadPack(lang, bytes);
  packs.push([lang, bytes]);
  return count;
});

let knowledge = null;

/**
 * Loads the knowledge pack (`packs/knowledge.txt`, loaded by init() by default): the mail
 * programs' error messages in their other languages. Returns how many rows it holds (0 when
 * one was loaded already).
 * @param {string | Uint8Array} text the pack's text, or its bytes (UTF-8)
 */
export const loadKnowledge = guarded('loadKnowledge', (text) => {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const count = core.loadKnowledge(bytes);
  knowledge ??= bytes;
  return count;
});

export const explain = guarded('explain', core.explain);
export const explainAll = guarded('explainAll', core.explainAll);
export const lookup = guarded('lookup', core.lookup);
export const codes = guarded('codes', core.codes);
export const categories = guarded('categories', core.categories);
export const renderExplanation = guarded('renderExplanation', core.renderExplanation);
export const renderAnnotated = guarded('renderAnnotated', core.renderAnnotated);
export const cardStyles = guarded('cardStyles', core.cardStyles);
export const uiText = guarded('uiText', core.uiText);

/** An export of the test build only (cargo feature `testing`), looked up when called so that
 * bundlers do not warn about it missing from the release build. */
function testOnly(name) {
  return (...args) => {
    const fn = core[name];
    if (typeof fn !== 'function') throw new Error(`smtp-explain: ${name}() exists only in the test build`);
    return fn(...args);
  };
}

/** @internal Proves in tests (test build) that a panic leaves the module usable. */
export const __panicForTests = guarded('__panicForTests', testOnly('__panicForTests'));
