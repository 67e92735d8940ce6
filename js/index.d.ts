import type {
  AnnotateOptions, CategoryInfo, DictionaryEntry, ExplainOptions, Explanation, RenderOptions,
} from './types.js';

export type * from './types.js';

// No DOM or Node names appear in these types, so a project with `lib: ["es2022"]` only (a
// server) compiles them. The browser-only types below resolve to the DOM's classes where the
// DOM lib is loaded, and to `never` where it is not.
/** The prototype type of the global class `K` (e.g. "Element"), or `never` without it. */
type GlobalInstance<K extends string> = typeof globalThis extends { [P in K]: { prototype: infer T } } ? T : never;
type WasmModule = typeof globalThis extends { WebAssembly: { Module: { prototype: infer T } } } ? T : never;
/** Where cards are rendered: an Element or a ShadowRoot (with the DOM lib). */
export type RenderTarget = GlobalInstance<'Element'> | GlobalInstance<'ShadowRoot'>;

/**
 * Loads the WebAssembly module. In browsers and bundlers call it once and await it before
 * anything else; in Node the module is loaded on import and this resolves at once.
 * By default the .wasm file (the `smtp-explain/wasm` export) and the English provider texts
 * (`smtp-explain/packs/en-providers.txt`) are loaded from next to the package's JS; pass a
 * URL, Response, bytes or a compiled module, or `{ wasm, providerTexts, knowledge }`, to load them from
 * elsewhere.
 */
export declare function init(options?: InitOptions): Promise<void>;
export declare function init(wasm: WasmSource): Promise<void>;

/** Where the WebAssembly module comes from. */
export type WasmSource =
  | string | GlobalInstance<'URL'> | GlobalInstance<'Request'> | GlobalInstance<'Response'>
  | ArrayBuffer | ArrayBufferView | WasmModule;

/** Options of init(). */
export interface InitOptions {
  /** The .wasm file (default: next to the package's JS). */
  wasm?: WasmSource;
  /**
   * The speed build of the module (`smtp-explain/wasm-fast`), fetched only once calls have
   * taken more than 100 ms in all (a page explaining whole logs), then used instead: about
   * 1.7x as fast, and larger. Default: next to the package's JS when `wasm` is not given;
   * `false` (or a `wasm` of your own without this) keeps the small build.
   */
  fastWasm?: WasmSource | false;
  /**
   * The English provider-text pack (default: `packs/en-providers.txt` next to the package's
   * JS); `false` skips it, and provider-specific replies are then explained with the
   * category texts.
   */
  providerTexts?: string | GlobalInstance<'URL'> | false;
  /**
   * The knowledge pack: mail programs' error messages in their other languages (default:
   * `packs/knowledge.txt` next to the package's JS); `false` skips it, and those messages are
   * then read from their reply codes and English words only.
   */
  knowledge?: string | GlobalInstance<'URL'> | false;
  /**
   * Languages to load as well (BCP 47 tags such as `"de"` or `"pt-BR"`), see
   * {@link loadLanguage}. English is built in.
   */
  langs?: readonly string[];
}

/**
 * Loads the texts of a language (BCP 47 tag, falling back `pt-BR` → `pt`), fetched from
 * `packs/<lang>.txt` beside the package the first time it is asked for; the element and the
 * dialog call it for their own `lang`. Resolves with the language now loaded, or `"en"` when
 * none fits. In Node every shipped language is loaded on import.
 */
export declare function loadLanguage(tag: string): Promise<string>;

/**
 * Loads a pack of catalog text (e.g. the provider texts or another language) in compiled form
 * (sorted `key = text` lines, as `npm run build` writes `dist/packs/*.txt`); returns how many
 * texts it holds. The file's bytes (UTF-8) load faster than the same text as a string.
 */
export declare function loadPack(lang: string, text: string | Uint8Array): number;

/**
 * Loads the knowledge pack (`dist/packs/knowledge.txt`; init() loads it by default). Returns
 * how many rows it holds, or 0 when one was loaded already.
 */
export declare function loadKnowledge(text: string | Uint8Array): number;

/** Whether init() has finished. */
export declare function isReady(): boolean;

/** Explains a code, reply, bounce, log line or client error message. Never throws on odd text. */
export declare function explain(input: string, options?: ExplainOptions): Explanation;

/** One explanation per failed recipient, log line or reply found (at least one). */
export declare function explainAll(input: string, options?: ExplainOptions): Explanation[];

/** The dictionary entry of a basic ("550") or enhanced ("5.1.1", "X.1.1") code, or null. */
export declare function lookup(code: string): DictionaryEntry | null;

/** The whole dictionary: every basic code, then every enhanced code; titles and meanings in
 * `options.lang` (BCP 47, falling back like explanations; its pack must be loaded). */
export declare function codes(options?: { lang?: string }): DictionaryEntry[];

/** The category taxonomy with its crosswalks to other bounce taxonomies; titles and
 * definitions in `options.lang`. */
export declare function categories(options?: { lang?: string }): CategoryInfo[];

/**
 * Renders explanation cards (`<article>`s of text nodes, `part` names, ARIA) into an element
 * or shadow root. It replaces the cards it rendered there before and leaves the target's
 * other children alone. Unless `styles: false`, it adopts the card stylesheet into the shadow
 * root the target is in, or else into the document. Returns the element holding the cards
 * (`part="cards"`, `lang` set to the explanation's language).
 */
export declare function renderExplanation(
  target: RenderTarget,
  explanation: Explanation | Explanation[],
  options?: RenderOptions,
): GlobalInstance<'HTMLElement'>;

/**
 * Shows the input with the evidence spans highlighted, replacing the annotated text rendered
 * into the target before (other children stay). Returns the `<pre>` element.
 */
export declare function renderAnnotated(
  target: RenderTarget,
  input: string,
  explanation: Explanation | Explanation[],
  options?: AnnotateOptions,
): GlobalInstance<'HTMLElement'>;

/** The card's default stylesheet (the renderer adopts it by itself unless `styles: false`). */
export declare function cardStyles(): string;

/**
 * An interface text of the card and the dialog (`card.who_acts`, `dialog.close` ...) in a
 * language (BCP 47, falling back like explanations), or the key itself when there is none.
 */
export declare function uiText(key: string, lang: string): string;

/** The languages explanations can be written in (BCP 47 tags such as `"pt-BR"`), English first. */
export declare const availableLanguages: readonly string[];

/** Version of the package. */
export declare const version: string;
/** Version (date) of the knowledge tables. */
export declare const dataVersion: string;
