// Internal: which shipped language a BCP 47 tag gets. The tag falls back along its parts
// (`pt-BR` → `pt`; `fr_FR.UTF-8` reads as `fr-FR`), then to English, as the core does.

/** The languages a tag can use, most specific first (`pt-BR` → `pt-br`, `pt`). */
export function chainOf(tag) {
  const chain = [];
  let current = String(tag ?? '').split(/[.@]/)[0].trim().replace(/_/g, '-').toLowerCase();
  while (current && /^[a-z0-9-]+$/.test(current)) {
    chain.push(current);
    const cut = current.lastIndexOf('-');
    if (cut < 0) break;
    current = current.slice(0, cut);
  }
  // Chinese without a script: the region tells it (Taiwan, Hong Kong, Macau write Traditional).
  if (chain.at(-1) === 'zh' && !chain.some((t) => /^zh-han[st]\b/.test(t))) {
    const traditional = chain.some((t) => ['zh-tw', 'zh-hk', 'zh-mo'].includes(t));
    chain.splice(chain.length - 1, 0, traditional ? 'zh-hant' : 'zh-hans');
  }
  return chain;
}

/** The first language of the tag's chain that is English or in `shipped` (as `shipped` spells
 * it: `pt-br` → `pt-BR`), else `"en"`. */
export function languageFor(tag, shipped) {
  for (const l of chainOf(tag)) {
    if (l === 'en') return 'en';
    const found = shipped.find((s) => s.toLowerCase() === l);
    if (found) return found;
  }
  return 'en';
}

/** The writing direction of a language tag: `rtl` for the scripts that run right to left (the
 * same list as the card renderer's in `src/wasm/render.rs`). */
export function directionOf(tag) {
  return /^(ar|he|fa|ur|ps|yi|dv|ckb|ug)\b/i.test(String(tag ?? '')) ? 'rtl' : 'ltr';
}
