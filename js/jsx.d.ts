// JSX types for <smtp-explain> in React 19 (and Preact/Solid setups that read React's JSX
// namespace). Opt in with `import type {} from 'smtp-explain/jsx'` in one .ts/.tsx file, or
// add "smtp-explain/jsx" to compilerOptions.types. Needs @types/react 19.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SmtpExplainElement } from './widget.js';
import type { Audience, Explanation } from './index.js';

/** The attributes and properties of <smtp-explain>. */
export interface SmtpExplainProps {
  /** The server reply, code, bounce or client error text; empty renders nothing. */
  reply?: string;
  /** Language of the texts (default: the closest lang up the page, else "en"). */
  lang?: string;
  /** "user" (default) or "admin". */
  audience?: Audience;
  /** Headline, one line and a "More" toggle. */
  compact?: boolean;
  /** Level of the card's headline, 2 to 6. */
  'heading-level'?: 2 | 3 | 4 | 5 | 6 | `${2 | 3 | 4 | 5 | 6}`;
  /** The same as heading-level (React 19 sets it as the property). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** React 19 adds a listener for the custom event `smtp-explain:explained`. */
  'onsmtp-explain:explained'?: (event: CustomEvent<Explanation>) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'smtp-explain': DetailedHTMLProps<HTMLAttributes<SmtpExplainElement>, SmtpExplainElement> & SmtpExplainProps;
    }
  }
}
