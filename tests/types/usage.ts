// Compile-only check of the published types (tsc --noEmit, run by scripts/test.sh against the
// packed package). Lines marked @ts-expect-error must stay errors.
import {
  explain, explainAll, lookup, codes, categories, init, renderExplanation, renderAnnotated, loadPack, loadKnowledge, version,
  type Explanation, type CategoryId, type DictionaryEntry, type ExplainOptions,
} from 'smtp-explain';
import { SmtpExplainElement, showSmtpError } from 'smtp-explain/widget';
import { explain as explainStandalone, showSmtpError as showStandalone } from 'smtp-explain/standalone';

await init();
await init({ wasm: '/assets/smtp_explain_bg.wasm', providerTexts: false });
await init({ wasm: '/assets/smtp_explain_bg.wasm', providerTexts: '/assets/en-providers.txt', knowledge: false });
const packSize: number = loadPack('en', 'rule.example.title = Example');
const knowledgeRows: number = loadKnowledge(new Uint8Array());
const e: Explanation = explain('550 5.1.1 User unknown');
const id: CategoryId = e.category.id;
const code: number | null = e.reply?.code ?? null;
const hard: boolean = e.interop.hardBounce;
const sesType: 'Permanent' | 'Transient' | 'Undetermined' = e.interop.ses.type;
const offsets: number[] = e.evidence.map((span) => span.end - span.start);
const options: ExplainOptions = { lang: 'en', audience: 'admin' };
const all: Explanation[] = explainAll('bounce', options);
const entry: DictionaryEntry | null = lookup('5.1.1');
const count: number = codes().length + categories().length;
const v: string = version;
declare const host: HTMLElement;
const card: HTMLElement = renderExplanation(host, all, { compact: true, audience: 'user', headingLevel: 3, styles: false });
const pre: HTMLElement = renderAnnotated(host, 'input', e, { label: 'Your text' });
const element = document.createElement('smtp-explain');
const typed: SmtpExplainElement = element;
typed.reply = '421 4.7.0 Try again later';
const last: Explanation | null = typed.explanation;
element.addEventListener('smtp-explain:explained', (event) => {
  const explained: Explanation = event.detail;
  void explained;
});
const closed = showSmtpError(new Error('Error 421'), { audience: 'admin' });
void [id, code, hard, sesType, offsets, entry, count, v, card, pre, packSize, knowledgeRows, last, closed];

// @ts-expect-error input must be a string
explain(421);
// @ts-expect-error audience is "user" or "admin"
explain('421', { audience: 'root' });
// @ts-expect-error not a category id
if (e.category.id === 'mailbox_unkown') { /* typo caught */ }
// @ts-expect-error reply may be null
const text: string = e.reply.text;
// @ts-expect-error lookup may return null
const title: string = lookup('550').title;
// @ts-expect-error whoActs is a closed set
const who: 'everyone' = e.whoActs;
// @ts-expect-error explanation is read-only
typed.explanation = null;
// @ts-expect-error a pack needs its text
loadPack('en');
void [text, title, who];

// showSmtpError resolves also without the Wasm: the explanation may then be null.
const result = await closed;
const shown: Explanation | null = result.explanation;
// @ts-expect-error explanation may be null
const headline: string = result.explanation.title;
const fromStandalone: Explanation = explainStandalone('421');
void [shown, headline, fromStandalone, showStandalone];

// Languages: loaded on demand, a tag in, the language out.
import { loadLanguage as loadLanguageForTypes, init as initForLanguages, availableLanguages } from 'smtp-explain';
const firstLanguage: string = availableLanguages[0];
void firstLanguage;
const loadedLanguage: Promise<string> = loadLanguageForTypes('pt-BR');
void loadedLanguage;
void initForLanguages({ langs: ['de', 'fr'] });
// @ts-expect-error a language is a string tag
void loadLanguageForTypes(42);
// @ts-expect-error a tag is needed
void loadLanguageForTypes();
