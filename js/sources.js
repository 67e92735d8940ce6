// Where init() loads the module, the English provider texts and the knowledge pack from by default: next to the
// package's JS. Written out in full: bundlers find the files by this exact pattern. The
// single-file build (dist/standalone.js) replaces this module with the files inlined.
export function defaultWasm() {
  return new URL('./wasm/smtp_explain_bg.wasm', import.meta.url);
}

// The speed build, fetched only once a page has done heavy work (see whenBusy in api.js).
export function defaultFastWasm() {
  return new URL('./wasm/smtp_explain_fast.wasm', import.meta.url);
}

export function defaultProviderTexts() {
  return new URL('./packs/en-providers.txt', import.meta.url);
}

export function defaultKnowledge() {
  return new URL('./packs/knowledge.txt', import.meta.url);
}
