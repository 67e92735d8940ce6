// Browser and bundler entry. Load the Wasm once with `await init()`, then call the functions.
// By default the .wasm file and the English provider-text pack are fetched from next to this
// file (new URL(..., import.meta.url)), which bundlers such as Vite, webpack 5 and esbuild
// understand; pass URLs (or a Response, bytes, a WebAssembly.Module) to load them elsewhere.
import initWasm from './wasm/smtp_explain.js';
import { loadPack, markReady } from './api.js';

export * from './api.js';

let loading;

/**
 * Loads the WebAssembly module (streaming compilation where the server sends
 * application/wasm) and, in parallel, the English provider texts. Safe to call many times;
 * later calls return the same promise.
 * @param {string | URL | Request | Response | BufferSource | WebAssembly.Module | {wasm?: any, providerTexts?: string | URL | false}} [options]
 * @returns {Promise<void>}
 */
export function init(options) {
  const settings = options !== undefined && options !== null && typeof options === 'object' && ('wasm' in options || 'providerTexts' in options)
    ? options
    : { wasm: options };
  loading ??= (async () => {
    const packUrl = settings.providerTexts ?? new URL('./packs/en-providers.txt', import.meta.url);
    const pack = packUrl === false
      ? Promise.resolve(null)
      : fetch(packUrl).then((r) => (r.ok ? r.text() : null)).catch(() => null);
    await initWasm(settings.wasm === undefined ? undefined : { module_or_path: settings.wasm });
    markReady();
    const text = await pack;
    if (text) loadPack('en', text);
  })();
  return loading;
}
