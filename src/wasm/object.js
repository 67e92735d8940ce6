// Builds the JS objects of explanations from the flat record src/wasm/object.rs writes: each
// value in serde's order of the Rust fields; `values` holds flags (0/1), numbers, string lengths
// (UTF-16 units; 2^31 added for a string in `other`; in an array, 2^30 + n for the n-th string
// written before) and option marks (0: null, 1: a value follows), `ascii` the ASCII strings one after the other and `other` the others. The keys and
// their order are those of src/wasm/types.d.ts (= serde's names).
// Bundled into the wasm-bindgen glue by scripts/build.mjs.
export function explanationObjects(values, ascii, other, count) {
  let v = 0;
  let a = 0;
  let o = 0;
  // In an array (count >= 0), a string written before comes as 2^30 + its number.
  const seen = count < 0 ? null : [];
  const str = () => {
    const n = values[v++];
    if (seen && n >= 0x40000000 && n < 0x80000000) return seen[n - 0x40000000];
    const s = n < 0x80000000 ? ascii.substring(a, (a += n)) : other.substring(o, (o += n - 0x80000000));
    if (seen) seen.push(s);
    return s;
  };
  const num = () => values[v++];
  const flag = () => values[v++] === 1;
  const some = () => values[v++] === 1;
  const optStr = () => (some() ? str() : null);
  const list = (item) => {
    const n = values[v++];
    const out = [];
    for (let k = 0; k < n; k++) out.push(item());
    return out;
  };
  const category = () => ({ id: str(), title: str() });
  const code = () => ({
    code: str(), kind: str(), title: str(), meaning: str(), source: str(), registered: flag(), valid: flag(), origin: str(),
  });
  const evidence = () => ({ start: num(), end: num(), kind: str(), label: str() });
  const warning = () => ({ id: str(), message: str() });
  const reference = () => ({ title: str(), url: str() });
  const one = () => ({
    recognized: flag(),
    inputKind: str(),
    reply: some() ? { code: some() ? num() : null, enhanced: optStr(), text: str(), lines: list(str) } : null,
    codes: list(code),
    outcome: str(),
    stage: optStr(),
    category: category(),
    title: str(),
    summary: str(),
    whoActs: str(),
    retry: str(),
    userActions: list(str),
    adminActions: list(str),
    possibleCauses: list(str),
    provider: some() ? { id: str(), name: str(), kind: str(), helpUrl: str() } : null,
    software: some() ? { id: str(), name: str(), kind: str() } : null,
    blocklist: some() ? { id: str(), zone: str(), lookupUrl: str() } : null,
    recipient: optStr(),
    remoteHost: optStr(),
    original: some() ? { messageId: optStr(), subject: optStr(), date: optStr() } : null,
    evidence: list(evidence),
    confidence: str(),
    alternatives: list(category),
    warnings: list(warning),
    interop: {
      sisimai: str(), sendgrid: str(), ses: { type: str(), subtype: str() }, sparkpost: num(), postmark: str(), hardBounce: flag(),
    },
    references: list(reference),
    lang: str(),
    dataVersion: str(),
  });
  if (count < 0) return one();
  const all = [];
  for (let k = 0; k < count; k++) all.push(one());
  return all;
}
