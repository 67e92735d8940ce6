// What a browser's first card knows: the size build explains the dev split of the labelled
// corpus (tests/corpus/dev*.jsonl) before the knowledge pack and the provider texts have
// arrived, then again with them, and prints how often the category is right, how many failures
// read as a success and how many answers marked high are wrong, with the time the packs take to
// read in. Cards render first without the packs and again when they change what they say.
// Run after `node scripts/build.mjs` (npm run bench does). Usage: node benches/before-packs.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist`;
const smtp = await import(`${dist}/index.js`);
await smtp.init({ wasm: readFileSync(`${dist}/wasm/smtp_explain_bg.wasm`), providerTexts: false, knowledge: false });

const corpus = `${root}tests/corpus`;
const rows = readdirSync(corpus)
  .filter((file) => file.startsWith('dev') && file.endsWith('.jsonl'))
  .flatMap((file) => readFileSync(`${corpus}/${file}`, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line)));

function measure() {
  let right = 0;
  let asSuccess = 0;
  let high = 0;
  let highWrong = 0;
  const answers = rows.map((row) => {
    const e = smtp.explain(row.text);
    const category = e.category.id;
    if (category === row.category) right += 1;
    if ((row.outcome === 'temporary' || row.outcome === 'permanent') && e.outcome === 'success') asSuccess += 1;
    if (e.confidence === 'high') {
      high += 1;
      if (category !== row.category) highWrong += 1;
    }
    return `${category}/${e.confidence}`;
  });
  return { right, asSuccess, high, highWrong, answers };
}

const pct = (n, d) => `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
const print = (label, m) => console.log(`${label}: category right ${pct(m.right, rows.length)}; failures read as a success ${m.asSuccess}; high but wrong ${pct(m.highWrong, m.high)}`);

const before = measure();
print('size build before the packs (a browser\'s first card)', before);
let t = performance.now();
smtp.loadPack('en', readFileSync(`${dist}/packs/en-providers.txt`));
const providersMs = performance.now() - t;
t = performance.now();
smtp.loadKnowledge(readFileSync(`${dist}/packs/knowledge.txt`));
const knowledgeMs = performance.now() - t;
t = performance.now();
smtp.explain('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown');
const firstAfterMs = performance.now() - t;
const after = measure();
print('with both packs (the card rendered again)', after);
const changed = after.answers.filter((answer, i) => answer !== before.answers[i]).length;
console.log(`answers the packs change (category or confidence): ${pct(changed, rows.length)}`);
console.log(`reading the packs in: provider texts ${providersMs.toFixed(1)} ms, knowledge pack ${knowledgeMs.toFixed(1)} ms, then the first explanation ${firstAfterMs.toFixed(1)} ms (Node ${process.version})`);
