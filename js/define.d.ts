// Types of 'smtp-explain/define': importing it registers <smtp-explain> (and brings the
// HTMLElementTagNameMap / HTMLElementEventMap entries declared in './widget.js').
import './widget.js';

export { SmtpExplainElement } from './widget.js';
