import type {
  CategoryInfo, DictionaryEntry, ExplainOptions, Explanation, RenderOptions,
} from './types.js';

export type * from './types.js';

/**
 * Loads the WebAssembly module. In browsers and bundlers call it once and await it before
 * anything else; in Node the module is loaded on import and this resolves at once.
 * By default the .wasm file is loaded from next to the package's JS (the `smtp-explain/wasm`
 * export); pass a URL, Response, bytes or a compiled module to load it from elsewhere.
 */
export declare function init(
  wasm?: string | URL | Request | Response | BufferSource | WebAssembly.Module,
): Promise<void>;

/** Whether init() has finished. */
export declare function isReady(): boolean;

/** Explains a code, reply, bounce, log line or client error message. Never throws on odd text. */
export declare function explain(input: string, options?: ExplainOptions): Explanation;

/** One explanation per failed recipient, log line or reply found (at least one). */
export declare function explainAll(input: string, options?: ExplainOptions): Explanation[];

/** The dictionary entry of a basic ("550") or enhanced ("5.1.1", "X.1.1") code, or null. */
export declare function lookup(code: string): DictionaryEntry | null;

/** The whole dictionary: every basic code, then every enhanced code. */
export declare function codes(): DictionaryEntry[];

/** The category taxonomy with its crosswalks to other bounce taxonomies. */
export declare function categories(): CategoryInfo[];

/**
 * Renders explanation cards (text nodes only, `part` names, ARIA) into an element or shadow
 * root, replacing what was rendered there before. Returns the element holding the cards.
 */
export declare function renderExplanation(
  target: Element | ShadowRoot,
  explanation: Explanation | Explanation[],
  options?: RenderOptions,
): HTMLElement;

/** Shows the input with the evidence spans highlighted. Returns the `<pre>` element. */
export declare function renderAnnotated(
  target: Element | ShadowRoot,
  input: string,
  explanation: Explanation | Explanation[],
): HTMLElement;

/** The card's default stylesheet. */
export declare function cardStyles(): string;

/** Version of the package. */
export declare const version: string;
/** Version (date) of the knowledge tables. */
export declare const dataVersion: string;
