// Types of 'smtp-explain/widget': the <smtp-explain> element class and showSmtpError().
import type { Audience, Explanation } from './index.js';

/** Name of the event fired after each render of <smtp-explain>. */
export declare const EXPLAINED_EVENT: 'smtp-explain:explained';

/**
 * `<smtp-explain reply="421 4.7.0 Try again later">`: explains an SMTP reply, bounce, log
 * line or mail-client error in place, in an open shadow root.
 *
 * Attributes ↔ properties: `reply` ↔ `reply`, `lang` ↔ `lang`, `audience` ↔ `audience`,
 * `compact` ↔ `compact`, `heading-level` ↔ `headingLevel`. Fires `smtp-explain:explained` (bubbles, composed) after each render.
 */
export declare class SmtpExplainElement extends HTMLElement {
  /** The attributes that re-render the element when they change. */
  static readonly observedAttributes: readonly ['reply', 'lang', 'audience', 'compact', 'heading-level'];
  /** Registers the element under `tag` (default "smtp-explain"); a defined tag is left alone. */
  static define(tag?: string, registry?: CustomElementRegistry): typeof SmtpExplainElement;

  /** The server reply, code, bounce or client error text; empty renders nothing. */
  reply: string;
  /** Who reads: "user" (default) or "admin"; an invalid attribute value reads as "user". */
  get audience(): Audience;
  set audience(value: Audience | null);
  /** Headline, one line and a "More" toggle. */
  compact: boolean;
  /** Level of the card's headline, 2 to 6 (default 2); an invalid attribute value reads as 2. */
  get headingLevel(): number;
  set headingLevel(value: number | null);
  /** The last Explanation rendered, or null when nothing is shown. */
  readonly explanation: Explanation | null;

  connectedCallback(): void;
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void;
}

/** An error from a mail API or SMTP client (nodemailer style); every field is optional. */
export interface SmtpErrorLike {
  /** The error's message, e.g. "Can't send mail - all recipients were rejected: …". */
  message?: string;
  /** The raw server reply, e.g. "550 5.1.1 <bob@example.com>: User unknown". */
  response?: string;
  /** The reply's basic code, e.g. 550. */
  responseCode?: number;
  /** The client's error code, e.g. "EENVELOPE", "EAUTH", "ETIMEDOUT". */
  code?: string;
  /** The error this one wraps; read too. */
  cause?: unknown;
}

/** Options of showSmtpError(). */
export interface ShowSmtpErrorOptions {
  /** Language of the texts (default: the page's lang, else "en"). */
  lang?: string;
  /** "user" (default), or "admin" to open the admin details. */
  audience?: Audience;
  /** Replaces the explanation's headline in the dialog, e.g. "Your message was not sent". */
  title?: string;
  /** Where the dialog is attached (default: document.body). */
  parent?: Element | ShadowRoot;
  /** Closes the dialog when aborted. */
  signal?: AbortSignal;
}

/** What showSmtpError() resolves with when the dialog is closed. */
export interface SmtpErrorDialogResult {
  /**
   * The explanation shown, or null when the WebAssembly module could not be loaded (the
   * dialog then showed the basic meaning of the reply code and a Retry button).
   */
  explanation: Explanation | null;
  /** The text that was explained (for an Error, its server reply when it had one). */
  input: string;
}

/**
 * Opens an accessible modal dialog (role="alertdialog") that explains a send error, with the
 * user's steps, the admin details, "Copy details" and "Close". Resolves when it is closed,
 * also when the WebAssembly module could not be loaded.
 */
export declare function showSmtpError(
  message: string | number | Error | SmtpErrorLike,
  options?: ShowSmtpErrorOptions,
): Promise<SmtpErrorDialogResult>;

declare global {
  interface HTMLElementTagNameMap {
    'smtp-explain': SmtpExplainElement;
  }
  interface HTMLElementEventMap {
    'smtp-explain:explained': CustomEvent<Explanation>;
  }
}
