// smtp-explain widget: the <smtp-explain> element class and showSmtpError(), the accessible
// replacement for a bare "Error 421" alert. This module does not register the tag: import
// 'smtp-explain/define' for that, or call SmtpExplainElement.define(tag?, registry?).
//
// Both show explanations only through the package's one card renderer (renderExplanation),
// inside a shadow root, so server text always ends up as text, never as markup.
//
// ── <smtp-explain> ────────────────────────────────────────────────────────────────────────
//   Attributes (properties mirror them, camelCase):
//     reply     the server reply, code, bounce or client error text; empty renders nothing
//     lang      language of the texts (default: the closest lang="" up the page, else "en")
//     audience  "user" (default) or "admin" (opens the admin details); anything else = "user"
//     compact   boolean: headline, one line and a "More" toggle
//     heading-level  2 to 6: level of the card's headline (anything else = 2)
//   Read-only property: explanation (the last Explanation rendered, or null).
//   Event: "smtp-explain:explained" (bubbles, composed) after each render; detail = Explanation.
//   A polite live region (role="status") inside the shadow root announces the headline.
//   Styles: the widget's and the renderer's are constructed stylesheets adopted by the shadow
//   root, so a page with a strict `style-src 'self'` policy needs no exception for them. Where
//   constructed stylesheets are missing (jsdom), <style> elements set with textContent.
//
// ── Styling contract ──────────────────────────────────────────────────────────────────────
//   Parts (the renderer's; style with smtp-explain::part(name)): cards, card (an <article>),
//   header, badge, code-chips, title, summary, more, more-toggle (compact), facts, fact (rows
//   also: who, retry, recipient, stage), fact-name, fact-value, causes, user-actions,
//   admin-actions (lists: causes-list, …), inline-code (`commands` in the steps), heading,
//   admin, admin-toggle, codes, code-list, code, code-id, code-title, code-meaning,
//   code-source, provider-link, blocklist-link, warnings, references, reference-link (the full
//   list is in custom-elements.json, kept in step by the tests). A component that wraps the element passes them on with exportparts="card, title, …".
//   The card carries data-outcome (success|intermediate|temporary|permanent|unknown) and
//   data-category (the category id).
//   Custom properties (set them on the element or any ancestor; light and dark defaults
//   follow the system colour scheme; force one with `color-scheme: light` or `dark` on the
//   element):
//     --smtp-explain-font       font shorthand          (400 1rem/1.5 system-ui, …)
//     --smtp-explain-fg         text colour             (#1b1f24 / #e8eaed)
//     --smtp-explain-bg         card background         (#ffffff / #1e2227)
//     --smtp-explain-muted      secondary text          (#57606a / #9aa4af)
//     --smtp-explain-border     borders and rules       (#d0d7de / #3a4048)
//     --smtp-explain-accent     links, toggles, focus   (#0550ae / #79c0ff)
//     --smtp-explain-radius     corner radius           (0.75rem)
//     --smtp-explain-space      base spacing            (1rem)
//     --smtp-explain-success    delivered/accepted      (#1a7f37 / #3fb950)
//     --smtp-explain-temporary  temporary failure       (#9a6700 / #d29922)
//     --smtp-explain-permanent  permanent failure       (#cf222e / #f85149)
//     --smtp-explain-unknown    outcome unknown         (#57606a / #9aa4af)
//     --smtp-explain-mark       evidence highlight      (#fff3b0 / #5a4a00)
//
// ── showSmtpError(message, options?) ─────────────────────────────────────────────────────
//   Opens a modal <dialog role="alertdialog"> explaining a send error (a string, a raw reply,
//   or an Error from a mail API: response / responseCode / code / message / cause are read),
//   with the user's steps, "Details for your mail admin", "Copy details" and "Close". Focus
//   moves in, is kept in, Escape closes, and focus returns to where it was. Resolves with
//   { explanation, input } when closed. The dialog uses the same custom properties and has
//   the parts dialog, original, actions, button, copy-button, close-button, copy-status.
//
// The WebAssembly module is loaded with the package's init() the first time an element
// connects or a dialog opens. To load the .wasm from another URL, call init(url) before that
// (see README).
//
// ── Never blank ───────────────────────────────────────────────────────────────────────────
//   When the module cannot be loaded (offline, 404, a CSP without 'wasm-unsafe-eval') or an
//   internal error stops a render, the element and the dialog show the original text, the
//   plain meaning of its basic reply code (fallback.js, a small table in JS) and "The full
//   explanation could not be loaded" with a Retry button (parts original, fallback-note,
//   retry-button, retry-status; the card has data-fallback). A failed load is not kept: a
//   Retry, the next element or the next dialog tries again, and when a load succeeds every
//   element showing the fallback renders in full. showSmtpError() resolves either way.

import { initModule, loadLanguage, explain, renderExplanation, cardStyles, uiText, version, dataVersion } from './index.js';
import { basicMeaning } from './fallback.js';
import { onLoaded, onTextsLoaded } from './loaded.js';
import { directionOf } from './lang.js';

/** Name of the event fired after each render. */
export const EXPLAINED_EVENT = 'smtp-explain:explained';

const AUDIENCES = ['user', 'admin'];

/** Renders waiting for their turn, in document order. The first render compiles most of the
 * Wasm it needs (tens of ms): when the first renders of the page have taken SLICE_MS, the rest
 * wait for the next task, once, so that the browser paints the first cards before the others
 * (a frame between every few cards would cost a layout each). */
const renderQueue = [];
const SLICE_MS = 8;
let firstStart = null;
let deferred = false;
let yielded = false;
const now = () => globalThis.performance?.now?.() ?? Date.now();

function queueRender(render) {
  renderQueue.push(render);
  if (!deferred) drainRenders();
}

function drainRenders() {
  firstStart ??= now();
  while (renderQueue.length > 0) {
    if (!yielded && now() - firstStart > SLICE_MS) {
      yielded = true;
      deferred = true;
      setTimeout(() => {
        deferred = false;
        drainRenders();
      }, 0);
      return;
    }
    try {
      renderQueue.shift()();
    } catch (error) {
      (globalThis.reportError ?? console.error)(error);
    }
  }
}

/** Whether a fresh explanation reads differently from the one shown: a pack that arrives after
 * the first cards (the provider texts, the knowledge pack) can change its texts, its category
 * or how sure it is, whatever the card said before. */
const readsDifferently = (fresh, shown) => JSON.stringify(fresh) !== JSON.stringify(shown);

// In Node (server-side rendering) there is no DOM: importing this module must not throw.
// When the DOM arrives later (a test environment registered after this import), define()
// puts HTMLElement under the class then.
const Base = globalThis.HTMLElement ?? class {};

let loading = null;
let loadErrorShown = false;
/** Called when a load succeeds: elements showing the fallback render in full. */
const onReady = new Set();
onLoaded(() => {
  for (const callback of [...onReady]) callback();
});

/** Loads the Wasm module for every element and dialog. A failure is not kept: the next call
 * (the next element, a Retry) tries again. */
function whenReady() {
  if (!loading) {
    const attempt = initModule().then(() => {}, (error) => {
      if (loading === attempt) loading = null;
      if (!loadErrorShown) {
        loadErrorShown = true;
        console.error('smtp-explain: could not load the WebAssembly module; showing the basic meaning of the reply code. '
          + 'Serve smtp_explain_bg.wasm next to index.js or call init(url) with its location first.', error);
      }
      throw error;
    });
    loading = attempt;
  }
  return loading;
}

const sheets = new Map();

/** Whether `root` takes constructed stylesheets (not in jsdom, not in very old browsers). */
function canAdopt(root) {
  try {
    return typeof CSSStyleSheet === 'function' && typeof CSSStyleSheet.prototype.replaceSync === 'function'
      && root.adoptedStyleSheets != null && typeof root.adoptedStyleSheets[Symbol.iterator] === 'function';
  } catch {
    return false;
  }
}

/** Adds `css` to a shadow root once: as a constructed stylesheet shared by every root (no
 * inline <style>, so a strict `style-src` policy needs no exception), or, where constructed
 * stylesheets are not supported (jsdom), as a <style> element set with textContent. */
function adopt(root, css, name) {
  if (canAdopt(root)) {
    let result = sheets.get(css);
    if (!result) {
      result = new CSSStyleSheet();
      result.replaceSync(css);
      sheets.set(css, result);
    }
    if (![...root.adoptedStyleSheets].includes(result)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, result];
    return;
  }
  for (const child of root.children) {
    if (child.localName === 'style' && child.getAttribute('data-smtp-explain-style') === name) return;
  }
  const style = document.createElement('style');
  style.setAttribute('data-smtp-explain-style', name);
  style.textContent = css;
  root.prepend(style);
}

const VISUALLY_HIDDEN = 'position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;'
  + ' overflow: hidden; clip-path: inset(50%); white-space: nowrap;';

const ELEMENT_CSS = `
:host { display: block; color-scheme: light dark; }
:host([hidden]) { display: none; }
.status { ${VISUALLY_HIDDEN} }
`;

// The card shown when the full explanation cannot be loaded: the reply, the plain meaning of
// its basic code and a Retry button, with the same parts and custom properties as the card.
const FALLBACK_CSS = `
.cards:where([data-smtp-explain-fallback]) {
  display: grid;
  font: var(--smtp-explain-font, 400 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  color: var(--smtp-explain-fg, light-dark(#1b1f24, #e8eaed));
  text-align: start;
}
:where([data-smtp-explain-fallback]) .card {
  background: var(--smtp-explain-bg, light-dark(#ffffff, #1e2227));
  border: 1px solid var(--smtp-explain-border, light-dark(#d0d7de, #3a4048));
  border-inline-start: 0.35rem solid var(--outcome-color);
  border-radius: var(--smtp-explain-radius, 0.75rem);
  padding: calc(var(--smtp-explain-space, 1rem) * 1.25);
  margin: 0;
  min-width: 0;
  overflow-wrap: anywhere;
  --outcome-color: var(--smtp-explain-unknown, light-dark(#57606a, #9aa4af));
}
:where([data-smtp-explain-fallback]) .card:is([data-outcome="success"], [data-outcome="intermediate"]) { --outcome-color: var(--smtp-explain-success, light-dark(#1a7f37, #3fb950)); }
:where([data-smtp-explain-fallback]) .card[data-outcome="temporary"] { --outcome-color: var(--smtp-explain-temporary, light-dark(#9a6700, #d29922)); }
:where([data-smtp-explain-fallback]) .card[data-outcome="permanent"] { --outcome-color: var(--smtp-explain-permanent, light-dark(#cf222e, #f85149)); }
:where([data-smtp-explain-fallback]) .title { margin: 0; font-size: 1.2rem; font-weight: 700; line-height: 1.3; }
:where([data-smtp-explain-fallback]) .summary { margin: 0.4rem 0 0.6rem; }
:where([data-smtp-explain-fallback]) .original-text {
  display: block; margin: 0 0 0.6rem; padding: 0.4rem 0.6rem; max-height: 6.5em; overflow: auto;
  white-space: pre-wrap; overflow-wrap: anywhere;
  font: 0.85rem/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  background: color-mix(in srgb, currentColor 6%, transparent); border-radius: 0.4rem;
}
:where([data-smtp-explain-fallback]) .note { margin: 0; display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem; color: var(--smtp-explain-muted, light-dark(#57606a, #9aa4af)); }
:where([data-smtp-explain-fallback]) .retry-button {
  font: inherit; font-weight: 600; min-height: 2.25rem; padding: 0.3rem 0.9rem; border-radius: 0.5rem; cursor: pointer;
  color: var(--smtp-explain-accent, light-dark(#0550ae, #79c0ff)); background: none;
  border: 1px solid var(--smtp-explain-border, light-dark(#d0d7de, #3a4048));
}
:where([data-smtp-explain-fallback]) .retry-button:focus-visible { outline: 2px solid var(--smtp-explain-accent, light-dark(#0550ae, #79c0ff)); outline-offset: 2px; }
:where([data-smtp-explain-fallback]) .retry-status:empty { display: none; }
`;

/** The text that says the full explanation is missing. */
const NOT_LOADED = 'The full explanation could not be loaded.';

let fallbackIds = 0;

/**
 * Builds the fallback card for `input` (textContent only: the text is hostile) into `target`,
 * replacing the renderer's cards there. `onRetry` is called by the Retry button and returns a
 * promise that rejects when loading failed again. Returns the cards element.
 */
function renderFallback(target, input, { headingLevel = 2, showOriginal = true, onRetry } = {}) {
  const meaning = basicMeaning(input);
  const make = (tag, className, part) => {
    const element = document.createElement(tag);
    if (className) element.className = className;
    if (part) element.setAttribute('part', part);
    return element;
  };
  const id = `smtp-explain-fallback-${++fallbackIds}`;
  const cards = make('div', 'cards', 'cards');
  cards.setAttribute('data-smtp-explain-root', 'cards');
  cards.setAttribute('data-smtp-explain-fallback', '');
  cards.setAttribute('lang', 'en');
  const card = make('article', 'card', 'card');
  card.setAttribute('data-outcome', meaning?.outcome ?? 'unknown');
  card.setAttribute('data-fallback', '');
  card.setAttribute('aria-labelledby', `${id}-title`);
  card.setAttribute('aria-describedby', `${id}-summary`);
  const level = Number.isInteger(headingLevel) && headingLevel >= 2 && headingLevel <= 6 ? headingLevel : 2;
  const title = make(`h${level}`, 'title', 'title');
  title.id = `${id}-title`;
  title.textContent = meaning
    ? (meaning.code ? `${meaning.code}: ${meaning.title}` : meaning.title)
    : 'Explanation not available';
  const summary = make('p', 'summary', 'summary');
  summary.id = `${id}-summary`;
  summary.textContent = meaning ? meaning.meaning : 'No reply code was found in the text.';
  card.append(title, summary);
  if (showOriginal && input.trim()) {
    const original = make('pre', 'original-text', 'original');
    original.setAttribute('aria-label', 'The original text');
    original.textContent = input;
    card.append(original);
  }
  const note = make('p', 'note', 'fallback-note');
  const noteText = make('span');
  noteText.textContent = NOT_LOADED;
  const retry = make('button', 'retry-button', 'button retry-button');
  retry.type = 'button';
  retry.textContent = 'Retry';
  const status = make('span', 'retry-status', 'retry-status');
  status.setAttribute('role', 'status');
  note.append(noteText, retry, status);
  card.append(note);
  cards.append(card);
  retry.addEventListener('click', () => {
    retry.disabled = true;
    status.textContent = 'Loading…';
    Promise.resolve(onRetry?.()).then(() => {
      status.textContent = '';
    }, () => {
      retry.disabled = false;
      status.textContent = 'Still could not load it. Check the connection and try again.';
      retry.focus();
    });
  });
  for (const child of [...target.children]) {
    if (child.getAttribute('data-smtp-explain-root') === 'cards') {
      child.replaceWith(cards);
      return cards;
    }
  }
  target.append(cards);
  return cards;
}

/** The language to explain in: the closest lang attribute, across shadow roots, else "en". */
function languageOf(element) {
  const up = (node) => node.parentElement ?? node.getRootNode().host ?? null;
  for (let node = element; node; node = up(node)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return 'en';
}

/**
 * `<smtp-explain reply="421 4.7.0 Try again later">` — explains an SMTP reply, bounce, log
 * line or mail-client error in place. See the header of this file for the styling contract.
 */
export class SmtpExplainElement extends Base {
  static observedAttributes = ['reply', 'lang', 'audience', 'compact', 'heading-level'];

  /**
   * Registers the element (once; a tag that is already defined is left alone).
   * @param {string} [tag]
   * @param {CustomElementRegistry} [registry]
   */
  static define(tag = 'smtp-explain', registry = globalThis.customElements) {
    const HTMLElementNow = globalThis.HTMLElement;
    if (HTMLElementNow && !(this.prototype instanceof HTMLElementNow)) {
      // Imported before the DOM existed (a test environment registered afterwards): the class
      // extends HTMLElement from now on (super() reads the parent class at each construction).
      Object.setPrototypeOf(SmtpExplainElement, HTMLElementNow);
      Object.setPrototypeOf(SmtpExplainElement.prototype, HTMLElementNow.prototype);
    }
    if (registry && !registry.get(tag)) registry.define(tag, this);
    return this;
  }

  #explanation = null;
  #stopListening = null;
  #status;
  #queued = false;
  #dirty = true;
  #announcement = 0;
  #fallback = false;
  #retry = () => {
    onReady.delete(this.#retry);
    this.#dirty = true;
    this.#schedule();
  };

  constructor() {
    super();
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    adopt(root, ELEMENT_CSS, 'element');
    this.#status = document.createElement('div');
    this.#status.className = 'status';
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('aria-live', 'polite');
    this.#status.setAttribute('aria-atomic', 'true');
    // The renderer replaces only the cards it rendered: the live region stays.
    root.append(this.#status);
  }

  /** The server reply, code or error text (the `reply` attribute). */
  get reply() {
    return this.getAttribute('reply') ?? '';
  }

  set reply(value) {
    if (value === null || value === undefined) this.removeAttribute('reply');
    else this.setAttribute('reply', String(value));
  }

  /** "user" or "admin" (the `audience` attribute; anything else reads as "user"). */
  get audience() {
    const value = this.getAttribute('audience');
    return AUDIENCES.includes(value) ? value : 'user';
  }

  set audience(value) {
    if (value === null || value === undefined) this.removeAttribute('audience');
    else this.setAttribute('audience', String(value));
  }

  /** Headline, one line and a "More" toggle (the boolean `compact` attribute). */
  get compact() {
    return this.hasAttribute('compact');
  }

  set compact(value) {
    if (value) this.setAttribute('compact', '');
    else this.removeAttribute('compact');
  }

  /** Level of the card's headline, 2 to 6 (the `heading-level` attribute; anything else reads as 2). */
  get headingLevel() {
    const value = Number(this.getAttribute('heading-level'));
    return Number.isInteger(value) && value >= 2 && value <= 6 ? value : 2;
  }

  set headingLevel(value) {
    if (value === null || value === undefined) this.removeAttribute('heading-level');
    else this.setAttribute('heading-level', String(value));
  }

  // `lang` is HTMLElement's own property, reflecting the attribute.

  /** The last Explanation rendered, or null. */
  get explanation() {
    return this.#explanation;
  }

  connectedCallback() {
    // A framework may have set properties before the element was defined.
    for (const name of ['reply', 'audience', 'compact', 'headingLevel']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    this.#schedule();
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    if (oldValue === newValue) return;
    this.#dirty = true;
    this.#schedule();
  }

  /** Renders once the module is ready, after the current burst of attribute changes. */
  #schedule() {
    if (this.#queued || !this.isConnected) return;
    this.#queued = true;
    // The texts of the element's language come as a pack on first use; English is built in.
    Promise.all([whenReady(), loadLanguage(languageOf(this)).catch(() => 'en')]).then(() => queueRender(() => {
      this.#queued = false;
      if (this.isConnected && this.#dirty) this.#render();
    }), () => {
      this.#queued = false;
      if (this.isConnected) this.#renderFallback();
    });
  }

  disconnectedCallback() {
    onReady.delete(this.#retry);
    this.#stopListening?.();
    this.#stopListening = null;
  }

  /** Renders again when a pack arrives that changes this card. */
  #listenForTexts() {
    if (this.#stopListening) return;
    this.#stopListening = onTextsLoaded(() => {
      const shown = this.#explanation;
      if (!this.isConnected || !shown) return;
      let fresh;
      try {
        fresh = explain(this.reply, { lang: languageOf(this), audience: this.audience });
      } catch {
        return;
      }
      if (!readsDifferently(fresh, shown)) return;
      this.#dirty = true;
      keepingReaderState(this.shadowRoot, this.shadowRoot, () => this.#render(fresh));
    });
  }

  /** Without the Wasm: the reply, its basic code's meaning and a Retry button. Renders in full
   * as soon as any element, dialog or init() call loads the module. */
  #renderFallback() {
    const root = this.shadowRoot;
    const reply = this.reply;
    this.#explanation = null;
    this.#dirty = true;
    if (!reply.trim()) {
      this.#clear();
      return;
    }
    adopt(root, FALLBACK_CSS, 'fallback');
    renderFallback(root, reply, { headingLevel: this.headingLevel, onRetry: () => whenReady() });
    this.#fallback = true;
    onReady.add(this.#retry);
    this.#announce(NOT_LOADED);
  }

  #clear() {
    this.#explanation = null;
    this.#fallback = false;
    this.#announcement += 1;
    this.#status.textContent = '';
    for (const child of [...this.shadowRoot.children]) {
      if (child.hasAttribute('data-smtp-explain-root')) child.remove();
    }
  }

  /** Renders the reply's explanation (`known`: already made for the current reply). */
  #render(known = null) {
    this.#dirty = false;
    onReady.delete(this.#retry);
    const root = this.shadowRoot;
    const reply = this.reply;
    if (!reply.trim()) {
      this.#clear();
      return;
    }
    const audience = this.audience;
    let explanation;
    this.#listenForTexts();
    try {
      explanation = known ?? explain(reply, { lang: languageOf(this), audience });
      adopt(root, cardStyles(), 'card');
      renderExplanation(root, explanation, { audience, compact: this.compact, headingLevel: this.headingLevel, styles: false });
    } catch (error) {
      // Never blank: an internal error shows what can be said without the module.
      (globalThis.reportError ?? console.error)(error);
      adopt(root, FALLBACK_CSS, 'fallback');
      renderFallback(root, reply, { headingLevel: this.headingLevel, onRetry: () => { this.#dirty = true; this.#schedule(); } });
      this.#fallback = true;
      return;
    }
    this.#fallback = false;
    this.#announce(explanation.title);
    this.#explanation = explanation;
    this.dispatchEvent(new CustomEvent(EXPLAINED_EVENT, { detail: explanation, bubbles: true, composed: true }));
  }

  /** Sets the live region's text in a later task, so that the change is announced. */
  #announce(text) {
    const token = ++this.#announcement;
    this.#status.textContent = '';
    setTimeout(() => {
      if (token === this.#announcement) this.#status.textContent = text;
    }, 50);
  }
}

// ── showSmtpError ─────────────────────────────────────────────────────────────────────────

const DIALOG_CSS = `
:host { display: contents; color-scheme: light dark; }
dialog {
  box-sizing: border-box;
  width: min(40rem, calc(100vw - 1.5rem));
  max-width: none;
  max-height: calc(100dvh - 1.5rem);
  padding: 0;
  display: flex;
  flex-direction: column;
  overflow: hidden;
  color: var(--smtp-explain-fg, light-dark(#1b1f24, #e8eaed));
  background: var(--smtp-explain-bg, light-dark(#ffffff, #1e2227));
  border: 1px solid var(--smtp-explain-border, light-dark(#d0d7de, #3a4048));
  border-radius: calc(var(--smtp-explain-radius, 0.75rem) + 0.25rem);
  box-shadow: 0 1.25rem 3rem rgb(0 0 0 / 0.35);
  font: var(--smtp-explain-font, 400 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
}
dialog:not([open]) { display: none; }
dialog::backdrop { background: rgb(13 17 23 / 0.55); }
.body { overflow: auto; padding: 1rem 1rem 0.5rem; }
.original {
  margin: 0 0 0.75rem;
  font-size: 0.9rem;
  color: var(--smtp-explain-muted, light-dark(#57606a, #9aa4af));
}
.original-label { font-weight: 600; }
.original-text {
  display: block;
  margin: 0.2rem 0 0;
  padding: 0.4rem 0.6rem;
  max-height: 6.5em;
  overflow: auto;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  font-size: 0.85rem;
  color: var(--smtp-explain-fg, light-dark(#1b1f24, #e8eaed));
  background: light-dark(#f6f8fa, #161a1f);
  border-radius: 0.4rem;
}
.original-text:focus-visible, button:focus-visible {
  outline: 2px solid var(--smtp-explain-accent, light-dark(#0550ae, #79c0ff));
  outline-offset: 2px;
}
.body .card { border-width: 0 0 0 0.35rem; border-radius: 0; padding: 0 0 0 1rem; background: none; }
.actions {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: flex-end;
  gap: 0.5rem;
  padding: 0.75rem 1rem;
  border-top: 1px solid var(--smtp-explain-border, light-dark(#d0d7de, #3a4048));
}
.copy-status { flex: 1 1 10rem; font-size: 0.9rem; color: var(--smtp-explain-muted, light-dark(#57606a, #9aa4af)); }
button {
  font: inherit;
  font-weight: 600;
  min-height: 2.5rem;
  padding: 0.4rem 1rem;
  border-radius: 0.5rem;
  cursor: pointer;
  color: var(--smtp-explain-fg, light-dark(#1b1f24, #e8eaed));
  background: light-dark(#f6f8fa, #2a3038);
  border: 1px solid var(--smtp-explain-border, light-dark(#d0d7de, #3a4048));
}
button:hover { background: light-dark(#eaeef2, #333a43); }
.close-button {
  color: light-dark(#ffffff, #0d1117);
  background: var(--smtp-explain-accent, light-dark(#0550ae, #79c0ff));
  border-color: transparent;
}
.close-button:hover { background: var(--smtp-explain-accent, light-dark(#0550ae, #79c0ff)); filter: brightness(1.1); }
.copy-fallback { ${VISUALLY_HIDDEN} }
@media (max-width: 30rem) {
  .body { padding: 0.75rem 0.75rem 0.25rem; }
  .body .card { padding-inline-start: 0.75rem; }
  .actions { padding: 0.6rem 0.75rem; row-gap: 0.35rem; }
  .actions button { flex: 1 1 auto; }
  .copy-status { order: 1; flex-basis: 100%; text-align: center; }
}
`;

const FOCUSABLE = 'a[href], button:not([disabled]), summary, textarea, input, select, [tabindex]:not([tabindex="-1"])';

/** Runs `update`, which writes a card again (a pack arrived), keeping what the reader did to
 * the old one: the disclosures they opened and the control that had focus, found again by its
 * position and part; `fallback` takes focus when that control is gone. */
function keepingReaderState(root, container, update, fallback = null) {
  const controls = () => [...container.querySelectorAll(FOCUSABLE)];
  const active = root.activeElement;
  const focusAt = active ? controls().indexOf(active) : -1;
  const focusPart = focusAt >= 0 ? active.getAttribute('part') : null;
  const opened = new Set([...container.querySelectorAll('details[open]')].map((d) => d.getAttribute('part')));
  update();
  for (const details of container.querySelectorAll('details')) {
    if (opened.has(details.getAttribute('part'))) details.open = true;
  }
  if (focusAt < 0 || active.isConnected) return;
  const after = controls();
  const same = after[focusAt]?.getAttribute('part') === focusPart
    ? after[focusAt]
    : after.find((control) => focusPart !== null && control.getAttribute('part') === focusPart);
  (same ?? fallback)?.focus();
}

/** Whether an element is rendered (not inside a closed <details>, not display: none). */
function visible(element) {
  return element.checkVisibility ? element.checkVisibility() : element.getClientRects().length > 0;
}

function text(value) {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/**
 * What to explain and what to show as the original message, from a string, a number or an
 * Error-like object (nodemailer and similar: response, responseCode, code, message, cause).
 */
function readMessage(message) {
  if (message === null || message === undefined) return { input: '', original: '', reply: null };
  if (typeof message !== 'object') {
    const value = String(message);
    return { input: value, original: value, reply: null };
  }
  const messages = [];
  let reply = null;
  let responseCode = null;
  let errorCode = null;
  const seen = new Set();
  for (let current = message; current && typeof current === 'object' && !seen.has(current) && seen.size < 8; current = current.cause) {
    seen.add(current);
    reply ??= text(current.response);
    if (responseCode === null && Number.isInteger(current.responseCode)) responseCode = current.responseCode;
    if (errorCode === null && typeof current.code === 'string' && /^E[A-Z_]+$/.test(current.code)) errorCode = current.code;
    const own = text(current.message);
    if (own && !messages.some((m) => m.includes(own))) messages.push(own);
  }
  let original = messages.join('\n');
  if (!original && reply) original = reply;
  if (!original) original = String(message) === '[object Object]' ? '' : String(message);
  let input;
  if (reply) {
    input = reply;
  } else {
    input = original;
    if (responseCode !== null && !input.includes(String(responseCode))) input = `${responseCode} ${input}`.trim();
    if (errorCode && !input.includes(errorCode)) input = `${input} (${errorCode})`.trim();
  }
  return { input, original, reply: reply && reply !== original ? reply : null };
}

/** The plain-text report that "Copy details" puts on the clipboard. */
function report(explanation, { original, reply, input }) {
  const lines = [];
  if (original) lines.push('Error message:', original, '');
  if (reply) lines.push('Server reply:', reply, '');
  if (!explanation) {
    const meaning = basicMeaning(input);
    if (meaning) lines.push(meaning.code ? `Reply code ${meaning.code}: ${meaning.title}` : meaning.title, meaning.meaning, '');
    lines.push(`${NOT_LOADED} (smtp-explain ${version})`);
    return lines.join('\n');
  }
  lines.push(`What happened: ${explanation.title}`, explanation.summary, '');
  if (explanation.codes.length) {
    lines.push('Codes:');
    for (const code of explanation.codes) {
      lines.push(`- ${code.code} ${code.title}${code.meaning ? `: ${code.meaning}` : ''}`);
    }
    lines.push('');
  }
  if (explanation.adminActions.length) {
    lines.push('Steps for the mail admin:');
    explanation.adminActions.forEach((step, i) => lines.push(`${i + 1}. ${step}`));
    lines.push('');
  }
  const facts = [`outcome: ${explanation.outcome}`, `category: ${explanation.category.id}`];
  if (explanation.recipient) facts.push(`recipient: ${explanation.recipient}`);
  if (explanation.provider) facts.push(`answered by: ${explanation.provider.name}`);
  lines.push(facts.join(', '));
  lines.push(`Explained by smtp-explain ${version} (data ${dataVersion})`);
  return lines.join('\n');
}

/** The focused element, looking into open shadow roots. */
function deepActiveElement() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function copyText(value, holder, returnFocus) {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    // No clipboard API or no permission: select a hidden copy and use the legacy command.
    const area = document.createElement('textarea');
    area.className = 'copy-fallback';
    area.value = value;
    area.setAttribute('readonly', '');
    area.setAttribute('tabindex', '-1');
    area.setAttribute('aria-hidden', 'true');
    holder.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    returnFocus.focus();
    return copied;
  }
}

/** explain() that returns null instead of throwing (an internal error). */
function tryExplain(input, options) {
  try {
    return explain(input, options);
  } catch (error) {
    (globalThis.reportError ?? console.error)(error);
    return null;
  }
}

/**
 * Opens an accessible modal dialog that explains a send error. Resolves when it is closed,
 * also when the WebAssembly module could not be loaded: the dialog then shows the error, the
 * meaning of its basic reply code and a Retry button, and `explanation` is null unless a
 * retry succeeded.
 * @param {string | number | Error | {message?: string, response?: string, responseCode?: number, code?: string, cause?: unknown}} message
 * @param {{lang?: string, audience?: 'user' | 'admin', title?: string, parent?: Element, signal?: AbortSignal}} [options]
 * @returns {Promise<{explanation: import('./index.js').Explanation | null, input: string}>}
 */
export async function showSmtpError(message, options = {}) {
  const opener = deepActiveElement();
  const { audience: wanted, title, parent = document.body, signal } = options;
  const audience = AUDIENCES.includes(wanted) ? wanted : 'user';
  const lang = options.lang || document.documentElement.getAttribute('lang') || 'en';
  const read = readMessage(message);
  const loaded = await whenReady().then(() => true, () => false);
  if (loaded) await loadLanguage(lang).catch(() => 'en');
  signal?.throwIfAborted();

  let explanation = loaded ? tryExplain(read.input, { lang, audience }) : null;
  // The dialog's own words in the explanation's language (English without the module).
  const say = (key, english) => {
    if (!explanation) return english;
    try {
      const text = uiText(key, explanation.lang);
      return text === key ? english : text;
    } catch {
      return english;
    }
  };

  const host = document.createElement('smtp-explain-dialog');
  const root = host.attachShadow({ mode: 'open' });
  adopt(root, DIALOG_CSS, 'dialog');

  const dialog = document.createElement('dialog');
  dialog.setAttribute('part', 'dialog');
  // The dialog reads in the explanation's language and direction (Arabic right to left).
  const shownLang = explanation ? explanation.lang : 'en';
  dialog.setAttribute('lang', shownLang);
  dialog.setAttribute('dir', directionOf(shownLang));
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');

  const body = document.createElement('div');
  body.className = 'body';
  let original = null;
  if (read.original) {
    original = document.createElement('div');
    original.className = 'original';
    original.setAttribute('part', 'original');
    const label = document.createElement('span');
    label.className = 'original-label';
    label.textContent = say('dialog.original', 'The error you got:');
    const quote = document.createElement('blockquote');
    quote.className = 'original-text';
    quote.textContent = read.original;
    original.append(label, quote);
  }

  const actions = document.createElement('div');
  actions.className = 'actions';
  actions.setAttribute('part', 'actions');
  const status = document.createElement('span');
  status.className = 'copy-status';
  status.setAttribute('part', 'copy-status');
  status.setAttribute('role', 'status');
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.className = 'copy-button';
  copy.setAttribute('part', 'button copy-button');
  copy.textContent = say('dialog.copy', 'Copy details');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close-button';
  close.setAttribute('part', 'button close-button');
  close.textContent = say('dialog.close', 'Close');
  close.autofocus = true;
  actions.append(status, copy, close);
  dialog.append(body, actions);
  root.append(dialog);

  /** Fills the body: the full explanation, or the fallback with a Retry button. */
  const fill = () => {
    let cards;
    if (explanation) {
      const shown = text(title) ? { ...explanation, title: title.trim() } : explanation;
      try {
        adopt(root, cardStyles(), 'card');
        cards = renderExplanation(root, shown, { audience, compact: false, styles: false });
      } catch (error) {
        (globalThis.reportError ?? console.error)(error);
        explanation = null;
      }
    }
    if (!explanation) {
      adopt(root, FALLBACK_CSS, 'fallback');
      cards = renderFallback(root, read.input, { showOriginal: !read.original, onRetry: retry });
    }
    // The renderer gives the headline and the summary ids (the card refers to them too).
    const card = cards.querySelector('[part~="card"]');
    dialog.setAttribute('aria-labelledby', card.getAttribute('aria-labelledby'));
    dialog.setAttribute('aria-describedby', card.getAttribute('aria-describedby'));
    body.replaceChildren(...(original ? [original] : []), cards);
  };
  const retry = () => whenReady().then(() => {
    explanation = tryExplain(read.input, { lang, audience });
    if (!explanation) throw new Error('smtp-explain: explain() failed');
    fill();
    close.focus();
  });
  fill();
  // The provider texts and the knowledge pack may arrive while the dialog is open: the card is
  // written again when they can change it (as an element's is).
  const stopListening = onTextsLoaded(() => {
    const fresh = dialog.hasAttribute('open') ? tryExplain(read.input, { lang, audience }) : null;
    if (fresh && readsDifferently(fresh, explanation)) {
      explanation = fresh;
      keepingReaderState(root, body, fill, close);
    }
  });
  dialog.addEventListener('close', stopListening, { once: true });

  copy.addEventListener('click', async () => {
    status.textContent = '';
    const copied = await copyText(report(explanation, read), dialog, copy);
    status.textContent = copied
      ? say('dialog.copied', 'Details copied. Paste them into a message to your mail admin.')
      : say('dialog.copy_failed', 'Could not copy. Open "Details for your mail admin" and copy the text by hand.');
  });
  close.addEventListener('click', () => dialog.close());

  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
      return;
    }
    if (event.key !== 'Tab') return;
    // Keep focus inside: wrap from the last focusable element to the first and back.
    const items = [...dialog.querySelectorAll(FOCUSABLE)].filter(visible);
    if (!items.length) return;
    const active = root.activeElement;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && (active === first || !items.includes(active))) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && (active === last || !items.includes(active))) {
      event.preventDefault();
      first.focus();
    }
  });

  return new Promise((resolve) => {
    const onAbort = () => dialog.close();
    dialog.addEventListener('close', () => {
      signal?.removeEventListener('abort', onAbort);
      host.remove();
      if (opener && opener !== document.body && opener.isConnected) opener.focus();
      resolve({ explanation, input: read.input });
    }, { once: true });
    signal?.addEventListener('abort', onAbort, { once: true });
    parent.append(host);
    if (typeof dialog.showModal === 'function') {
      dialog.showModal();
    } else {
      // A DOM without <dialog> support (jsdom): open it without the modal behaviour.
      dialog.setAttribute('open', '');
      const closeFallback = dialog.close;
      if (typeof closeFallback !== 'function') {
        dialog.close = () => {
          dialog.removeAttribute('open');
          dialog.dispatchEvent(new Event('close'));
        };
      }
    }
    if (!dialog.contains(root.activeElement)) close.focus();
    // A long original message scrolls: make it reachable by keyboard.
    const quote = body.querySelector('.original-text');
    if (quote && quote.scrollHeight > quote.clientHeight) {
      quote.tabIndex = 0;
      quote.setAttribute('role', 'region');
      quote.setAttribute('aria-label', 'The error you got');
    }
  });
}
