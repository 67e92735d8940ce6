// Browser and bundler entry. Load the Wasm once with `await init()`, then call the functions.
// By default the .wasm file is fetched from next to this file (new URL(..., import.meta.url)),
// which bundlers such as Vite, webpack 5 and esbuild understand; pass a URL, Response,
// ArrayBuffer or WebAssembly.Module to load it from elsewhere.
import initWasm from './wasm/smtp_explain.js';
import { markReady } from './api.js';

export * from './api.js';

let loading;

/**
 * Loads the WebAssembly module (streaming compilation where the server sends
 * application/wasm). Safe to call many times; later calls return the same promise.
 * @param {string | URL | Request | Response | BufferSource | WebAssembly.Module} [wasm]
 * @returns {Promise<void>}
 */
export function init(wasm) {
  loading ??= initWasm(wasm === undefined ? undefined : { module_or_path: wasm }).then(() => {
    markReady();
  });
  return loading;
}
