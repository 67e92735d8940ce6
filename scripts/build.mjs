// Builds the npm package into dist/: release Wasm → wasm-bindgen (web target, one module for
// browsers, bundlers and Node) → wasm-opt -Oz (npm binaryen) → the thin JS entries from js/.
// Usage: node scripts/build.mjs [--debug] [--testing]
//   --testing  builds with the cargo feature `testing` (test and benchmark exports such as
//              __panicForTests and __benchCore) into target/dist-testing/, never into dist/.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const debug = process.argv.includes('--debug');
const testing = process.argv.includes('--testing');
// --names keeps the Wasm functions' names (for a CPU profile, benches/first-card-trace.mjs).
const names = process.argv.includes('--names');
const dist = testing ? join(root, 'target', 'dist-testing') : join(root, 'dist');
const run = (cmd, args, opts = {}) => {
  console.log(`[build] ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts });
};

const profile = debug ? 'debug' : 'wasm-release';
// Code generation flags of the Wasm (the profile cannot carry them):
// - inline-threshold (not set): opt-level "z" inlines a call only under a cost of 5 (and ignores
//   #[inline], so every Vec index, iterator step and small helper of std stays a call). Typical
//   replies in Node, core by CPU time (test builds, medians of alternating rounds; 2026-12):
//   "z" 35.3 µs; threshold 40 29.6 µs (-16%) for +4.3 KB gzip before the first English card;
//   45 a further -6% for +1.1 KB (248.2 KB in all); 50 and 60 no faster than 45 (+1.3, +2.0
//   KB); 75 over the budget (259 KB); opt-level "s" 22.5 µs for +34 KB, 3 18.7 µs for +49 KB.
//   Not used for now: the knowledge added since left no room (20 and 30 took the first card
//   to 251.4 and 252.5 KB); it needs room freed in the core first.
// - simd128 (Wasm SIMD: Chrome 91, Firefox 89, Safari 16.4, Node 16.4; the support list in the
//   README is newer): 0.7 KB gzip smaller, as fast.
// Put before the user's own CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS (later flags win); a
// RUSTFLAGS variable replaces them all (cargo's rule).
const wasmFlags = ['-C', 'target-feature=+simd128'];
const flagsVar = 'CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS';
const env = { ...process.env, [flagsVar]: [...(debug ? [] : wasmFlags), process.env[flagsVar] ?? ''].join(' ').trim() };
run('cargo', ['build', '--lib', '--target', 'wasm32-unknown-unknown', '--profile', profile === 'debug' ? 'dev' : profile, ...(testing ? ['--features', 'testing'] : [])], { env });
const built = join(root, 'target', 'wasm32-unknown-unknown', profile, 'smtp_explain.wasm');

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'wasm'), { recursive: true });
run('wasm-bindgen', ['--target', 'web', '--experimental-reset-state-function', '--out-dir', join(dist, 'wasm'), '--out-name', 'smtp_explain', built]);

const wasmFile = join(dist, 'wasm', 'smtp_explain_bg.wasm');
// The Wasm features rustc emits, for wasm-opt (both builds).
const WASM_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext', '--enable-mutable-globals',
  '--enable-reference-types', '--enable-multivalue'];
if (!debug) {
  const wasmOpt = join(root, 'node_modules', 'binaryen', 'bin', 'wasm-opt');
  const before = statSync(wasmFile).size;
  // -ocimfs 20: a function with a single caller is inlined only when small (binaryen inlines
  // any size by default). The engine compiles each function the first time it is called, so
  // code left in its own function is compiled only when it runs: the first explanation of a
  // reply in Node took about 30% less CPU (31.4 -> 22.6 ms, medians of 9), and the module is
  // 8 KB gzip smaller; later calls measured the same (2026-12).
  run(process.execPath, [wasmOpt, '-Oz', '-ocimfs', '20', '--converge', ...(names ? ['-g'] : ['--strip-debug']), '--strip-producers', ...WASM_FEATURES, wasmFile, '-o', wasmFile]);
  console.log(`[build] wasm-opt: ${before} → ${statSync(wasmFile).size} bytes`);
}

// The speed build the Node entries load, dist/wasm/smtp_explain_fast.wasm (Cargo profile
// wasm-fast: opt-level 3): a server downloads nothing, so the browser's size budget does not
// apply. It must have the same imports and exports as the size build, since both use one glue:
// wasm-bindgen's glue for it is compared with the size build's. A debug build copies the one
// Wasm it has.
const fastFile = join(dist, 'wasm', 'smtp_explain_fast.wasm');
if (debug) {
  copyFileSync(wasmFile, fastFile);
} else {
  const features = testing ? ['--features', 'testing'] : [];
  run('cargo', ['build', '--lib', '--target', 'wasm32-unknown-unknown', '--profile', 'wasm-fast', ...features], { env });
  const fastDir = join(root, 'target', 'wasm-fast-bindgen');
  rmSync(fastDir, { recursive: true, force: true });
  run('wasm-bindgen', ['--target', 'web', '--experimental-reset-state-function', '--out-dir', fastDir, '--out-name', 'smtp_explain',
    join(root, 'target', 'wasm32-unknown-unknown', 'wasm-fast', 'smtp_explain.wasm')]);
  if (readFileSync(join(fastDir, 'smtp_explain.js'), 'utf8') !== readFileSync(join(dist, 'wasm', 'smtp_explain.js'), 'utf8')) {
    throw new Error('the speed build (wasm-fast) needs other glue than the size build: they must share imports and exports');
  }
  // Debug sections and the producers list out; no further optimisation (wasm-opt -O3 measured
  // no faster).
  run(process.execPath, [join(root, 'node_modules', 'binaryen', 'bin', 'wasm-opt'), ...(names ? ['-g'] : ['--strip-debug']), '--strip-producers', ...WASM_FEATURES,
    join(fastDir, 'smtp_explain_bg.wasm'), '-o', fastFile]);
  console.log(`[build] speed build for Node: ${statSync(fastFile).size} bytes`);
}

// The English provider texts: a pack loaded by init() beside the Wasm (the base catalog
// is built into the Wasm; see src/catalog.rs).
const packDir = join(root, 'src', 'i18n', 'en', 'providers');
// Compiled form (read in place by the Wasm): comments dropped, continuation lines joined,
// `key = text` lines sorted by key.
const entries = new Map();
for (const file of readdirSync(packDir).filter((f) => f.endsWith('.txt')).sort()) {
  let last = null;
  for (const line of readFileSync(join(packDir, file), 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (/^[ \t]/.test(line) && last !== null) {
      entries.set(last, `${entries.get(last)} ${line.trim()}`);
      continue;
    }
    const at = line.indexOf(' = ');
    if (at < 0) throw new Error(`${file}: not \`key = text\`: ${line}`);
    last = line.slice(0, at).trim();
    if (entries.has(last)) throw new Error(`${file}: key ${last} appears twice`);
    entries.set(last, line.slice(at + 3).trim());
  }
}
const pack = [...entries.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((key) => `${key} = ${entries.get(key)}\n`).join('');
mkdirSync(join(dist, 'packs'), { recursive: true });
writeFileSync(join(dist, 'packs', 'en-providers.txt'), pack);

// The knowledge pack (src/data/knowledge/*.tsv, which native builds compile in): each row led
// by its file's name, without the source column; loaded by init() after the first cards.
{
  const dir = join(root, 'src', 'data', 'knowledge');
  let rows = '';
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort()) {
    const table = file.replace(/\.tsv$/, '');
    for (const line of readFileSync(join(dir, file), 'utf8').split(/\r?\n/)) {
      if (line === '' || line.startsWith('#')) continue;
      rows += `${table}\t${line.split('\t').slice(0, -1).join('\t')}\n`;
    }
  }
  writeFileSync(join(dist, 'packs', 'knowledge.txt'), rows);
}

// The other languages: a pack each (po/<lang>.po compiled by scripts/packs.mjs), fetched only
// when asked for, and dist/languages.js naming them with literal URLs bundlers can follow.
const { writePacks } = await import('./packs.mjs');
const packNames = writePacks(join(dist, 'packs')).map((p) => p.name);
const languagePacks = packNames.filter((n) => !n.includes('-providers')).map((n) => n.replace(/\.txt$/, ''));
const providerPacks = languagePacks.filter((l) => packNames.includes(`${l}-providers.txt`));
writeFileSync(join(dist, 'languages.js'), `// Generated by scripts/build.mjs; do not edit. The languages with texts beside the package.
export const languages = ${JSON.stringify(languagePacks)};
export const providerLanguages = ${JSON.stringify(providerPacks)};
export function languagePack(lang) {
  switch (lang) {
${languagePacks.map((l) => `    case ${JSON.stringify(l)}: return new URL(${JSON.stringify(`./packs/${l}.txt`)}, import.meta.url);`).join('\n')}
    default: return null;
  }
}
export function languageProviderPack(lang) {
  switch (lang) {
${providerPacks.map((l) => `    case ${JSON.stringify(l)}: return new URL(${JSON.stringify(`./packs/${l}-providers.txt`)}, import.meta.url);`).join('\n')}
    default: return null;
  }
}
`);

// The JS entries: lowered to ES2020 (the support list in the README; tests/node checks it)
// without comments and spaces, with source maps that carry the sources; their types are copied.
const esbuild = await import('esbuild');
const ES_TARGET = 'es2020';
for (const name of readdirSync(join(root, 'js'))) {
  if (name === 'README.npm.md') {
    copyFileSync(join(root, 'js', name), join(dist, 'README.md'));
  } else if (name.endsWith('.d.ts')) {
    copyFileSync(join(root, 'js', name), join(dist, name));
  } else if (name.endsWith('.js') && name !== 'node-cjs.js') {
    const source = readFileSync(join(root, 'js', name), 'utf8');
    const out = await esbuild.transform(source, {
      format: 'esm', target: ES_TARGET, sourcemap: 'external', sourcefile: `../js/${name}`, sourcesContent: true, charset: 'utf8', legalComments: 'inline',
      // Comments and spaces go (the maps keep the source); names stay, for readable stack traces.
      minifyWhitespace: true, minifySyntax: true,
    });
    writeFileSync(join(dist, name), `${out.code}//# sourceMappingURL=${name}.map\n`);
    writeFileSync(join(dist, `${name}.map`), out.map);
  }
}
// The wasm-bindgen glue, lowered the same way and with short internal names (it is generated,
// so no map; its exports keep their names): about 0.5 KB gzip less before the first card. The
// JS the Rust side imports (src/wasm/object.js, which wasm-bindgen puts in snippets/) is
// bundled into it: one file, no extra request before the first card.
{
  const glue = join(dist, 'wasm', 'smtp_explain.js');
  // One export of our own: moving to the speed build of the module (js/api.js useModule), by
  // wasm-bindgen's reset with the other compiled module in place of the first.
  const text = readFileSync(glue, 'utf8');
  if (!/^let wasmModule, wasmInstance, wasm;$/m.test(text) || !text.includes('export function __wbg_reset_state')) {
    throw new Error('wasm-bindgen glue without wasmModule or __wbg_reset_state: see __wbg_use_module in scripts/build.mjs');
  }
  writeFileSync(glue, `${text}\nexport function __wbg_use_module(module) {\n    wasmModule = module;\n    __wbg_reset_state();\n}\n`);
  const out = await esbuild.build({ entryPoints: [glue], bundle: true, write: false, format: 'esm', target: ES_TARGET, charset: 'utf8', minify: true, logLevel: 'warning' });
  writeFileSync(glue, out.outputFiles[0].text);
  rmSync(join(dist, 'wasm', 'snippets'), { recursive: true, force: true });
}
copyFileSync(join(root, 'src', 'wasm', 'types.d.ts'), join(dist, 'types.d.ts'));
copyFileSync(join(root, 'src', 'wasm', 'card.css'), join(dist, 'card.css'));
const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
const version = /^version\s*=\s*"([^"]+)"/m.exec(cargo)[1];
const options = readFileSync(join(root, 'src', 'options.rs'), 'utf8');
const dataVersion = /DATA_VERSION: &str = "([^"]+)"/.exec(options)[1];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (pkg.version !== version) throw new Error(`package.json version ${pkg.version} differs from Cargo.toml ${version}`);
writeFileSync(join(dist, 'version.js'),
  `// Generated by scripts/build.mjs; do not edit.\nexport const version = ${JSON.stringify(version)};\nexport const dataVersion = ${JSON.stringify(dataVersion)};\n`);
// The CommonJS entry for require() (Node 18 and 20 before 20.19 cannot require() an ES
// module): js/node-cjs.js bundled with api.js and the glue, and CommonJS copies of the types
// (TypeScript module node16/nodenext then gives no TS1479).
await esbuild.build({
  stdin: { contents: readFileSync(join(root, 'js', 'node-cjs.js'), 'utf8'), resolveDir: dist, sourcefile: 'node-cjs.js' }, outfile: join(dist, 'node.cjs'), bundle: true, format: 'cjs',
  platform: 'node', target: ['node18', ES_TARGET], sourcemap: true, sourcesContent: true, charset: 'utf8', logLevel: 'warning',
  // The glue's default URL (import.meta.url) is never used here: the bytes are passed in.
  logOverride: { 'empty-import-meta': 'silent' },
});
writeFileSync(join(dist, 'index.d.cts'), readFileSync(join(dist, 'index.d.ts'), 'utf8').replaceAll("'./types.js'", "'./types.cjs'"));
copyFileSync(join(dist, 'types.d.ts'), join(dist, 'types.d.cts'));

if (testing) {
  console.log(`[build] ${dist} ready (test build)`);
  process.exit(0);
}

// The single-file build for a <script type="module"> tag or a CDN: the API, the element
// (registered on import), the dialog, the Wasm, the English provider texts and the knowledge pack
// in one ES module.
{
  const wasmBase64 = readFileSync(join(dist, 'wasm', 'smtp_explain_bg.wasm')).toString('base64');
  const packText = readFileSync(join(dist, 'packs', 'en-providers.txt'), 'utf8');
  const knowledgeText = readFileSync(join(dist, 'packs', 'knowledge.txt'), 'utf8');
  const inline = {
    name: 'inline-sources',
    setup(build) {
      build.onResolve({ filter: /^\.\/sources\.js$/ }, () => ({ path: 'sources', namespace: 'inline' }));
      build.onLoad({ filter: /.*/, namespace: 'inline' }, () => ({
        loader: 'js',
        contents: `const wasm = ${JSON.stringify(wasmBase64)};
const providerTexts = ${JSON.stringify(packText)};
const knowledge = ${JSON.stringify(knowledgeText)};
export function defaultWasm() {
  const binary = atob(wasm);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
export function defaultFastWasm() {
  return null;
}
export function defaultProviderTexts() {
  return { text: providerTexts };
}
export function defaultKnowledge() {
  return { text: knowledge };
}
`,
      }));
    },
  };
  await esbuild.build({
    stdin: {
      contents: `export * from './index.js';
export { SmtpExplainElement, showSmtpError, EXPLAINED_EVENT } from './widget.js';
import { SmtpExplainElement } from './widget.js';
SmtpExplainElement.define();
`,
      resolveDir: dist, sourcefile: 'standalone-entry.js',
    },
    outfile: join(dist, 'standalone.js'), bundle: true, format: 'esm', target: ES_TARGET, minify: true,
    sourcemap: true, sourcesContent: true, charset: 'utf8', legalComments: 'inline', logLevel: 'warning', plugins: [inline],
  });
}

// The page and demos load the package from www/vendor/, as a static site would ship it.
const vendor = join(root, 'www', 'vendor', 'smtp-explain');
rmSync(vendor, { recursive: true, force: true });
cpSync(dist, join(vendor, 'dist'), { recursive: true });
copyFileSync(join(root, 'package.json'), join(vendor, 'package.json'));
// The page's own texts (page.*), one file per language: not in the package, whose Wasm and
// packs leave them out; www/app.js fetches its language's file while the Wasm loads.
{
  const { writePageTexts } = await import('./packs.mjs');
  const texts = join(root, 'www', 'texts');
  rmSync(texts, { recursive: true, force: true });
  writePageTexts(texts);
}
console.log(`[build] dist/ and www/vendor/ ready (smtp-explain ${version}, data ${dataVersion})`);
