// Types of 'smtp-explain/standalone' (dist/standalone.js): the whole package in one ES module
// for a <script type="module"> tag or a CDN, with the Wasm and the English provider texts
// inlined. Importing it registers <smtp-explain>.
export * from './index.js';
export { SmtpExplainElement, showSmtpError, EXPLAINED_EVENT } from './widget.js';
export type { SmtpErrorLike, ShowSmtpErrorOptions, SmtpErrorDialogResult } from './widget.js';
