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
//   Read-only property: explanation (the last Explanation rendered, or null).
//   Event: "smtp-explain:explained" (bubbles, composed) after each render; detail = Explanation.
//   A polite live region (role="status") inside the shadow root announces the headline.
//   Styles: the widget's and the renderer's are constructed stylesheets adopted by the shadow
//   root, so a page with a strict `style-src 'self'` policy needs no exception for them.
//
// ── Styling contract ──────────────────────────────────────────────────────────────────────
//   Parts (the renderer's; style with smtp-explain::part(name)): cards, card (an <article>),
//   header, badge, code-chips, title, summary, more, more-toggle (compact), facts, fact (rows
//   also: who, retry, recipient, stage), fact-name, fact-value, causes, user-actions,
//   admin-actions (lists: causes-list, …), inline-code (`commands` in the steps), heading,
//   admin, admin-toggle, codes, code-list, code, code-id, code-title, code-meaning,
//   code-source, provider-link, blocklist-link, warnings, references, reference-link. A
//   component that wraps the element passes them on with exportparts="card, title, …".
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
// The WebAssembly module is loaded with the package's init() (shared, once) the first time
// an element connects or a dialog opens. To load the .wasm from another URL, call
// init(url) before that (see README).

import { init, explain, renderExplanation, version, dataVersion } from './index.js';

/** Name of the event fired after each render. */
export const EXPLAINED_EVENT = 'smtp-explain:explained';

const AUDIENCES = ['user', 'admin'];

// In Node (server-side rendering) there is no DOM: importing this module must not throw.
const Base = globalThis.HTMLElement ?? class {};

let loading;
let loadErrorShown = false;

/** Loads the Wasm module once for every element and dialog. */
function whenReady() {
  loading ??= init().catch((error) => {
    if (!loadErrorShown) {
      loadErrorShown = true;
      console.error('smtp-explain: could not load the WebAssembly module. Serve smtp_explain_bg.wasm next to index.js '
        + '(content type application/wasm) or call init(url) with its location first.', error);
    }
    throw error;
  });
  return loading;
}

const sheets = new Map();

/** The widget's own styles as a constructed stylesheet (made once, shared by every root):
 * no inline <style>, so a strict `style-src` policy needs no exception. The renderer adopts
 * the card styles into the same shadow root the same way. */
function sheet(css) {
  let result = sheets.get(css);
  if (!result) {
    result = new CSSStyleSheet();
    result.replaceSync(css);
    sheets.set(css, result);
  }
  return result;
}

const VISUALLY_HIDDEN = 'position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;'
  + ' overflow: hidden; clip-path: inset(50%); white-space: nowrap;';

const ELEMENT_CSS = `
:host { display: block; color-scheme: light dark; }
:host([hidden]) { display: none; }
.status { ${VISUALLY_HIDDEN} }
`;

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
    if (registry && !registry.get(tag)) registry.define(tag, this);
    return this;
  }

  #explanation = null;
  #status;
  #queued = false;
  #dirty = true;
  #announcement = 0;

  constructor() {
    super();
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet(ELEMENT_CSS)];
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
    for (const name of ['reply', 'audience', 'compact']) {
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
    whenReady().then(() => {
      this.#queued = false;
      if (this.isConnected && this.#dirty) this.#render();
    }, () => {
      this.#queued = false;
    });
  }

  #render() {
    this.#dirty = false;
    const root = this.shadowRoot;
    const reply = this.reply;
    if (!reply.trim()) {
      this.#explanation = null;
      this.#announcement += 1;
      this.#status.textContent = '';
      for (const child of [...root.children]) {
        if (child.hasAttribute('data-smtp-explain-root')) child.remove();
      }
      return;
    }
    const audience = this.audience;
    let explanation;
    try {
      explanation = explain(reply, { lang: languageOf(this), audience });
      renderExplanation(root, explanation, { audience, compact: this.compact, headingLevel: this.headingLevel });
    } catch (error) {
      reportError(error);
      return;
    }
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
  .body .card { padding-left: 0.75rem; }
  .actions { padding: 0.6rem 0.75rem; row-gap: 0.35rem; }
  .actions button { flex: 1 1 auto; }
  .copy-status { order: 1; flex-basis: 100%; text-align: center; }
}
`;

const FOCUSABLE = 'a[href], button:not([disabled]), summary, textarea, input, select, [tabindex]:not([tabindex="-1"])';

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
function report(explanation, { original, reply }) {
  const lines = [];
  if (original) lines.push('Error message:', original, '');
  if (reply) lines.push('Server reply:', reply, '');
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

/**
 * Opens an accessible modal dialog that explains a send error. Resolves when it is closed.
 * @param {string | number | Error | {message?: string, response?: string, responseCode?: number, code?: string, cause?: unknown}} message
 * @param {{lang?: string, audience?: 'user' | 'admin', title?: string, parent?: Element, signal?: AbortSignal}} [options]
 * @returns {Promise<{explanation: import('./index.js').Explanation, input: string}>}
 */
export async function showSmtpError(message, options = {}) {
  const opener = deepActiveElement();
  const { audience: wanted, title, parent = document.body, signal } = options;
  const audience = AUDIENCES.includes(wanted) ? wanted : 'user';
  const lang = options.lang || document.documentElement.getAttribute('lang') || 'en';
  const read = readMessage(message);
  await whenReady();
  signal?.throwIfAborted();

  const explanation = explain(read.input, { lang, audience });
  const shown = text(title) ? { ...explanation, title: title.trim() } : explanation;

  const host = document.createElement('smtp-explain-dialog');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [sheet(DIALOG_CSS)];
  const cards = renderExplanation(root, shown, { audience, compact: false });

  const dialog = document.createElement('dialog');
  dialog.setAttribute('part', 'dialog');
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  // The renderer gives the headline and the summary ids (the card refers to them too).
  const card = cards.querySelector('[part~="card"]');
  dialog.setAttribute('aria-labelledby', card.getAttribute('aria-labelledby'));
  dialog.setAttribute('aria-describedby', card.getAttribute('aria-describedby'));

  const body = document.createElement('div');
  body.className = 'body';
  if (read.original) {
    const original = document.createElement('div');
    original.className = 'original';
    original.setAttribute('part', 'original');
    const label = document.createElement('span');
    label.className = 'original-label';
    label.textContent = 'The error you got:';
    const quote = document.createElement('blockquote');
    quote.className = 'original-text';
    quote.textContent = read.original;
    original.append(label, quote);
    body.append(original);
  }
  body.append(cards);

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
  copy.textContent = 'Copy details';
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'close-button';
  close.setAttribute('part', 'button close-button');
  close.textContent = 'Close';
  close.autofocus = true;
  actions.append(status, copy, close);
  dialog.append(body, actions);
  root.append(dialog);

  const plain = report(explanation, read);
  copy.addEventListener('click', async () => {
    status.textContent = '';
    const copied = await copyText(plain, dialog, copy);
    status.textContent = copied
      ? 'Details copied. Paste them into a message to your mail admin.'
      : 'Could not copy. Open "Details for your mail admin" and copy the text by hand.';
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
    dialog.showModal();
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
