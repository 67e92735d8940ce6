// Vue types for <smtp-explain> in templates (Volar / vue-tsc). Opt in with
// `import type {} from 'smtp-explain/vue'` in one .ts file, or add "smtp-explain/vue" to
// compilerOptions.types. Tell Vue's compiler the tag is a custom element:
// `compilerOptions.isCustomElement: (tag) => tag === 'smtp-explain'`.
import type { DefineComponent } from 'vue';
import type { Audience, Explanation } from './index.js';

/** The attributes of <smtp-explain>. */
export interface SmtpExplainVueProps {
  reply?: string;
  lang?: string;
  audience?: Audience;
  compact?: boolean;
  'heading-level'?: 2 | 3 | 4 | 5 | 6 | `${2 | 3 | 4 | 5 | 6}`;
  'onSmtp-explain:explained'?: (event: CustomEvent<Explanation>) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'smtp-explain': DefineComponent<SmtpExplainVueProps>;
  }
}
