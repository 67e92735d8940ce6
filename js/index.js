// Browser and bundler entry. Load the Wasm once with `await init()`, then call the functions.
// By default the .wasm file and the English provider-text pack are fetched from next to this
// file (new URL(..., import.meta.url)), which Vite, webpack 5, Rollup and Parcel understand;
// pass URLs (or a Response, bytes, a WebAssembly.Module) to load them elsewhere (esbuild: see
// the README).
import initWasm from './wasm/smtp_explain.js';
import { loadPack, loadKnowledge, markReady, isReady, whenBusy, useModule } from './api.js';
import { defaultWasm, defaultFastWasm, defaultProviderTexts, defaultKnowledge } from './sources.js';
import { languages, languagePack, languageProviderPack } from './languages.js';
import { languageFor } from './lang.js';
import { notifyLoaded, notifyTextsLoaded } from './loaded.js';

export * from './api.js';

/** The attempt in flight, or the one that succeeded; a failed attempt is forgotten. */
let loading = null;
/** Whether that attempt was started with locations the app passed (not the defaults). */
let loadingExplicit = false;
/** Whether the English provider texts still have to be loaded (a failed fetch is retried). */
let packMissing = true;
/** Whether the knowledge pack still has to be loaded (a failed fetch is retried). */
let knowledgeMissing = true;

/** Reads a file: URL when the browser entry runs in Node (a DOM emulation in tests). */
async function readLocal(url) {
  const fs = globalThis.process?.getBuiltinModule?.('fs');
  if (!fs) throw new Error(`smtp-explain: cannot read ${url} here`);
  return fs.promises.readFile(new URL(String(url)));
}

function isUrl(source) {
  return typeof source === 'string' || source instanceof URL || (typeof Request === 'function' && source instanceof Request);
}

async function get(source) {
  const href = typeof source === 'string' ? source : source instanceof URL ? source.href : null;
  if (href !== null && href.startsWith('file:')) return readLocal(href);
  return fetch(source);
}

/** Compiles the module from any WasmSource: streaming where the server sends application/wasm,
 * else from the bytes (a wrong content type is not an error). */
async function compile(source) {
  if (source instanceof WebAssembly.Module) return source;
  let response = isUrl(source) ? await get(source) : await source;
  if (typeof Response === 'function' && response instanceof Response) {
    if (!response.ok) throw new Error(`smtp-explain: could not load the WebAssembly module (HTTP ${response.status} ${response.url})`);
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type === 'application/wasm' && typeof WebAssembly.compileStreaming === 'function') {
      return WebAssembly.compileStreaming(response);
    }
    response = await response.arrayBuffer();
  }
  return WebAssembly.compile(response);
}

/** Fetches a pack: its bytes (loadPack copies them into Wasm memory in one go, where a string
 * would be encoded character by character), or its text when given as text; null on failure. */
async function fetchText(source) {
  // The single-file build passes the text itself.
  if (source && typeof source === 'object' && typeof source.text === 'string') return source.text;
  try {
    if (source instanceof URL || typeof source === 'string') {
      const href = String(source);
      if (href.startsWith('file:')) return await readLocal(href);
    }
    const response = await fetch(source);
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

/** Resolves once the cards waiting for the module have rendered and been painted: a pack
 * takes a while to read in, and no card waits for it. In a page: after the next frame (or
 * 100 ms, as hidden pages draw no frames); elsewhere: after the current task. */
function afterFirstCards() {
  return new Promise((resolve) => {
    const frames = typeof requestAnimationFrame === 'function' && globalThis.document?.visibilityState === 'visible';
    if (frames) requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, frames ? 100 : 0);
  });
}

/** A default location, or null where the bundle has no URL of its own (an esbuild iife
 * bundle, whose app then passes the location to init()). */
function besideThePackage(location) {
  try {
    return location();
  } catch {
    return null;
  }
}

async function load(settings) {
  // The module first: the first cards wait for it, not for the packs.
  const module = isReady() ? null : compile(settings.wasm ?? defaultWasm());
  const packSource = settings.providerTexts === false || !packMissing
    ? null
    : settings.providerTexts ?? defaultProviderTexts();
  const pack = packSource === null ? null : fetchText(packSource);
  const knowledgeSource = settings.knowledge === false || !knowledgeMissing
    ? null
    : settings.knowledge ?? besideThePackage(defaultKnowledge);
  const rows = knowledgeSource === null ? null : fetchText(knowledgeSource);
  if (module) {
    await initWasm({ module_or_path: await module });
    markReady();
    // The small build renders the first cards; a page that goes on to heavy work (whole logs,
    // many replies) moves to the speed build, fetched then, about twice as fast. Where it
    // cannot be loaded, the small build stays.
    const fast = settings.fastWasm ?? (settings.wasm === undefined ? besideThePackage(defaultFastWasm) : null);
    if (fast) whenBusy(() => compile(fast).then(useModule, () => {}));
    notifyLoaded();
    for (const waiter of [...readyWaiters]) waiter();
    readyWaiters.clear();
  }
  const [text, knowledge] = await Promise.all([pack, rows]);
  if ((text && packMissing) || (knowledge && knowledgeMissing)) await afterFirstCards();
  if (text && packMissing) {
    loadPack('en', text);
    packMissing = false;
    notifyTextsLoaded('providers');
  }
  if (knowledge && knowledgeMissing) {
    loadKnowledge(knowledge);
    knowledgeMissing = false;
    notifyTextsLoaded('knowledge');
  }
  return (packSource !== null && !text) || (knowledgeSource !== null && !knowledge);
}

/** The texts of each language loaded so far (or on their way): lang -> Promise<lang>. */
const languageLoads = new Map();

/**
 * Loads the texts of a language for explain(), the element and the dialog: its pack is
 * fetched from beside the package the first time it is asked for, so a page pays only for
 * the languages it uses. The tag falls back along its parts (`pt-BR` → `pt`); English is built
 * in. Resolves with the language whose texts are now loaded (`"en"` when none fits); a failed
 * fetch is not kept. Calls `init()` if needed.
 * @param {string} tag a BCP 47 language tag
 * @returns {Promise<string>}
 */
export function loadLanguage(tag) {
  const lang = languageFor(tag, languages);
  if (lang === 'en') return Promise.resolve('en');
  let load = languageLoads.get(lang);
  if (!load) {
    // The base texts come first; the language's provider texts follow without holding up the
    // cards (those that name a provider render again when they arrive), as English's do.
    const providers = languageProviderPack(lang);
    load = Promise.all([initModule(), fetchText(languagePack(lang))]).then(([, text]) => {
      if (!text) throw new Error(`smtp-explain: could not load the texts of "${lang}"`);
      loadPack(lang, text);
      notifyTextsLoaded('texts');
      if (providers) {
        fetchText(providers).then(async (providerText) => {
          if (providerText) {
            await afterFirstCards();
            loadPack(lang, providerText);
            notifyTextsLoaded('providers');
          }
        });
      }
      return lang;
    });
    load.catch(() => languageLoads.delete(lang));
    languageLoads.set(lang, load);
  }
  return load;
}

/**
 * @internal For the element and the dialog: starts init() if needed and resolves as soon as
 * the WebAssembly module is ready, without waiting for the English provider texts (the first
 * card shows the category's texts; cards render again when the provider texts arrive).
 * Rejects when init() fails before the module is ready.
 * @returns {Promise<void>}
 */
export function initModule() {
  if (isReady()) {
    init().catch(() => {});
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    const poll = () => (isReady() ? resolve() : null);
    init().then(resolve, (error) => (isReady() ? resolve() : reject(error)));
    readyWaiters.add(poll);
  });
}

const readyWaiters = new Set();

/**
 * Loads the WebAssembly module (compiling while it downloads where the server sends
 * application/wasm) and, in parallel, the English provider texts. Safe to call many times:
 * calls share one attempt, and once it succeeded they resolve at once. A failed attempt is
 * not kept: the next call tries again (with the options of that call). A call with locations
 * takes over from an attempt with the default ones still in flight (an element in the page's
 * HTML may start loading before the app's own init() call runs). When only the provider
 * texts failed, init() resolves and the next call fetches them again.
 * `langs` loads those languages' texts as well (see loadLanguage()).
 * @param {string | URL | Request | Response | BufferSource | WebAssembly.Module | {wasm?: any, providerTexts?: string | URL | false, langs?: string[]}} [options]
 * @returns {Promise<void>}
 */
export function init(options) {
  const settings = options !== undefined && options !== null && typeof options === 'object' && ('wasm' in options || 'fastWasm' in options || 'providerTexts' in options || 'knowledge' in options || 'langs' in options)
    ? options
    : { wasm: options };
  if (Array.isArray(settings.langs)) {
    const langs = settings.langs;
    return init({ ...settings, langs: undefined }).then(() => Promise.all(langs.map((l) => loadLanguage(l)))).then(() => {});
  }
  const explicit = settings.wasm !== undefined || settings.providerTexts !== undefined || settings.knowledge !== undefined;
  if (loading && !(explicit && !loadingExplicit && !isReady())) return loading;
  const attempt = load(settings).then((packFailed) => {
    if (packFailed && loading === attempt) loading = null;
  }, (error) => {
    // Taken over by a call with the app's locations: follow that attempt.
    if (loading && loading !== attempt) return loading;
    if (loading === attempt) loading = null;
    throw error;
  });
  loading = attempt;
  loadingExplicit = explicit;
  return attempt;
}
