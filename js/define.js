// Side-effect entry: `import 'smtp-explain/define'` registers <smtp-explain>. The element
// loads the WebAssembly module itself (init() from the package, once) when it first connects.
// To use another tag name or registry, import SmtpExplainElement from 'smtp-explain/widget'
// and call SmtpExplainElement.define(tag, registry) instead.
import { SmtpExplainElement } from './widget.js';

SmtpExplainElement.define();

export { SmtpExplainElement };
