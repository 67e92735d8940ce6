// The integration matrix: the packed package (npm pack) installed into empty projects and used
// the way apps use it, with each toolchain's output actually run (Node for server bundles,
// headless Chromium for browser bundles). Run by scripts/test-integration.sh after
// `node scripts/build.mjs`. Prints a table of what passed and how long it took.
import { execFileSync, execFile, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir, homedir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launch } from '../e2e/harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const run = promisify(execFile);
const keep = process.env.KEEP_INTEGRATION === '1';
const work = mkdtempSync(join(tmpdir(), 'smtp-explain-integration-'));
// One npm cache for every project and run: the second run installs from it.
const cache = process.env.SMTP_EXPLAIN_NPM_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'smtp-explain', 'npm');
const started = Date.now();
const results = [];
const seconds = (since) => ((Date.now() - since) / 1000).toFixed(1);

const VERSIONS = {
  vite: '8.4.1', webpack: '5.113.0', 'webpack-cli': '7.3.1', esbuild: '0.28.2', rollup: '4.69.3',
  '@rollup/plugin-node-resolve': '16.0.3', '@web/rollup-plugin-import-meta-assets': '2.3.3',
  react: '19.3.1', 'react-dom': '19.3.1', '@types/react': '19.3.3', '@types/react-dom': '19.3.0', typescript: '5.9.3',
  vitest: '4.1.12', vue: '3.5.47', '@types/node': '20.19.43', jsdom: '26.1.0', 'happy-dom': '21.0.4',
};

async function sh(cwd, command, args, options = {}) {
  try {
    const { stdout } = await run(command, args, { cwd, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: '1', ...options.env } });
    return stdout;
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

async function check(name, needs, fn) {
  const since = Date.now();
  try {
    const detail = await fn();
    results.push({ name, ok: true, time: seconds(since), needs, detail: detail ?? '' });
    console.log(`ok   ${name} (${seconds(since)} s)`);
  } catch (error) {
    results.push({ name, ok: false, time: seconds(since), needs, detail: String(error.message ?? error).slice(0, 2000) });
    console.log(`FAIL ${name} (${seconds(since)} s)\n${String(error.message ?? error).slice(0, 3000)}`);
  }
}

/** Creates an empty project with `deps` and the packed package installed. */
async function project(name, deps, files) {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `it-${name}`, private: true, type: 'module' }, null, 2));
  if (files) cpSync(files, dir, { recursive: true });
  const specs = [tarball, ...deps.map((d) => `${d}@${VERSIONS[d]}`)];
  await sh(dir, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--cache', cache, ...specs]);
  return dir;
}

const expected = JSON.stringify({ explain: 'mailbox_unknown' });
async function node(dir, file) {
  const out = (await sh(dir, process.execPath, [file])).trim();
  if (out !== expected) throw new Error(`${file} printed ${out}`);
  return 'ran in Node';
}

// ── Browser runs: each output folder served over HTTP, one page per bundle ───────────────────
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.txt': 'text/plain' };
let browser;
async function inBrowser(dir, html, wanted = { explain: 'mailbox_unknown', element: 'mailbox_unknown' }, url = null) {
  if (html) writeFileSync(join(dir, 'index.html'), html);
  const server = createServer((request, response) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    if (!path.startsWith(dir + sep) && path !== dir) return response.writeHead(403).end();
    const file = existsSync(path) && !path.endsWith(sep) && extname(path) ? path : join(path, 'index.html');
    if (!existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  if (!url) await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser ??= await launch();
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  try {
    await page.goto(url ?? `http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.__result, null, { timeout: 20000 });
    const result = await page.evaluate(() => window.__result);
    for (const [key, value] of Object.entries(wanted)) {
      if (result[key] !== value) throw new Error(`page gave ${JSON.stringify(result)}; errors: ${errors.join(' | ')}`);
    }
    if (errors.length) throw new Error(`console errors: ${errors.join(' | ')}`);
    return 'ran in Chromium';
  } finally {
    await page.close();
    if (server.listening) server.close();
  }
}
const moduleHtml = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"><script type="module" src="${src}"></script></head><body></body></html>`;
const classicHtml = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,"><script src="${src}"></script></head><body></body></html>`;

// ── The matrix ───────────────────────────────────────────────────────────────────────────
await check('What the package ships (ES2020, source maps, custom-elements.json, metadata)', '—', () => sh(root, process.execPath, ['--test', 'tests/integration/package.test.mjs']));

console.log(`integration: packing into ${work} (npm cache ${cache})`);
execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')));

const installs = Date.now();
const [apps, vitest] = await Promise.all([
  project('apps', ['vite', 'webpack', 'webpack-cli', 'esbuild', 'rollup', '@rollup/plugin-node-resolve',
    '@web/rollup-plugin-import-meta-assets', 'react', 'react-dom', '@types/react', '@types/react-dom', 'typescript', 'vue', '@types/node'], join(here, 'apps')),
  project('vitest', ['vitest', 'jsdom', 'happy-dom'], join(here, 'vitest')),
]);
console.log(`installed in ${seconds(installs)} s`);
const bin = (dir, name) => join(dir, 'node_modules', '.bin', name);

await check('Node ESM (import)', 'nothing', () => node(apps, 'src/server.js'));
await check('Node CommonJS (require)', 'nothing', () => node(apps, 'src/server.cjs'));

await check('Vite 8 build + React 19 TSX', 'nothing', async () => {
  await sh(apps, bin(apps, 'vite'), ['build']);
  return inBrowser(join(apps, 'out/vite'), null, { explain: 'mailbox_unknown', element: 'mailbox_unknown', react: 'mailbox_full' });
});
await check('Vite 8 dev server', 'nothing', async () => {
  const port = await new Promise((resolve) => { const probe = createServer().listen(0, '127.0.0.1', () => { const p = probe.address().port; probe.close(() => resolve(p)); }); });
  const child = spawn(bin(apps, 'vite'), ['--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: apps, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    let exited = null;
    child.on('exit', (code) => { exited = code; });
    for (let i = 0; ; i++) {
      if (exited !== null) throw new Error(`vite exited with ${exited}`);
      if (i > 300) throw new Error('vite dev did not start in 30 s');
      const up = await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false);
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    return await inBrowser(null, null, { explain: 'mailbox_unknown', element: 'mailbox_unknown', react: 'mailbox_full' }, `http://127.0.0.1:${port}/`);
  } finally {
    child.kill();
  }
});
await check('Single file: dist/standalone.js alone in a <script type="module">', 'nothing (copy the one file)', async () => {
  const dir = join(apps, 'out/standalone');
  mkdirSync(dir, { recursive: true });
  cpSync(join(apps, 'node_modules/smtp-explain/dist/standalone.js'), join(dir, 'standalone.js'));
  return inBrowser(dir, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><link rel="icon" href="data:,">
<script type="module">
import { init, explain } from './standalone.js';
const run = async () => {
  await init();
  const result = { explain: explain('550 5.1.1 User unknown').category.id };
  const element = document.createElement('smtp-explain');
  element.setAttribute('reply', '550 5.1.1 User unknown');
  const done = new Promise((resolve) => element.addEventListener('smtp-explain:explained', resolve, { once: true }));
  document.body.append(element);
  await done;
  result.element = element.shadowRoot.querySelector('[part~="card"]').dataset.category;
  return result;
};
run().then((r) => { window.__result = r; }, (e) => { window.__result = { error: String(e) }; });
</script></head><body></body></html>`);
});
await check('TypeScript: React 19 TSX with smtp-explain/jsx', '`import type {} from \'smtp-explain/jsx\'`', async () => {
  await sh(apps, bin(apps, 'tsc'), ['-p', 'tsconfig.react.json']);
});

await check('webpack 5 browser + styles.css', 'nothing', async () => {
  const log = await sh(apps, bin(apps, 'webpack'), ['--config', 'webpack.config.cjs']);
  if (/WARNING|ERROR/.test(log)) throw new Error(`webpack warned:\n${log}`);
  const css = join(apps, 'out/webpack-web/main.css');
  if (!existsSync(css) || !readFileSync(css, 'utf8').includes('data-smtp-explain-root')) throw new Error('the styles.css import was dropped');
  return inBrowser(join(apps, 'out/webpack-web'), moduleHtml('main.js').replace('</title>', '</title><link rel="stylesheet" href="main.css">'));
});
await check('webpack 5 target node + styles.css', 'nothing', async () => {
  if (!existsSync(join(apps, 'out/webpack-node/server.cjs'))) throw new Error('no bundle');
  return node(apps, 'out/webpack-node/server.cjs');
});

const esbuild = bin(apps, 'esbuild');
const fileLoaders = ['--loader:.wasm=file', '--loader:.txt=file'];
await check('esbuild browser ESM', '--loader:.wasm=file --loader:.txt=file and init({ wasm, providerTexts }) with the two imported URLs', async () => {
  await sh(apps, esbuild, ['src/main-esbuild.js', '--bundle', '--format=esm', '--outdir=out/esbuild-esm', ...fileLoaders, '--log-level=warning']);
  return inBrowser(join(apps, 'out/esbuild-esm'), moduleHtml('main-esbuild.js'));
});
await check('esbuild browser IIFE', 'the same', async () => {
  await sh(apps, esbuild, ['src/main-esbuild.js', '--bundle', '--format=iife', '--outdir=out/esbuild-iife', ...fileLoaders, '--log-level=error']);
  return inBrowser(join(apps, 'out/esbuild-iife'), classicHtml('main-esbuild.js'));
});
await check('esbuild --platform=node (ESM bundle)', 'nothing (the Wasm is read from node_modules)', async () => {
  await sh(apps, esbuild, ['src/server.js', '--bundle', '--platform=node', '--format=esm', '--outfile=out/esbuild-node/server.mjs', '--log-level=warning']);
  return node(apps, 'out/esbuild-node/server.mjs');
});
await check('esbuild --platform=node (CommonJS bundle)', 'nothing (the Wasm is read from node_modules)', async () => {
  await sh(apps, esbuild, ['src/server.cjs', '--bundle', '--platform=node', '--format=cjs', '--outfile=out/esbuild-node/server.cjs', '--log-level=warning']);
  return node(apps, 'out/esbuild-node/server.cjs');
});

await check('esbuild --platform=node, one file shipped alone (serverless)', "import from 'smtp-explain/standalone' and await init()", async () => {
  await sh(apps, esbuild, ['src/serverless.js', '--bundle', '--platform=node', '--format=esm', '--outfile=out/serverless/handler.mjs', '--log-level=warning']);
  const alone = mkdtempSync(join(tmpdir(), 'smtp-explain-serverless-'));
  try {
    cpSync(join(apps, 'out/serverless/handler.mjs'), join(alone, 'handler.mjs'));
    return await node(alone, 'handler.mjs');
  } finally {
    rmSync(alone, { recursive: true, force: true });
  }
});
await check('Rollup 4', '@web/rollup-plugin-import-meta-assets (copies the .wasm and the pack)', async () => {
  await sh(apps, bin(apps, 'rollup'), ['-c', 'rollup.config.mjs', '--silent']);
  return inBrowser(join(apps, 'out/rollup'), moduleHtml('main.js'));
});

// TypeScript: the published types under each module mode, with and without the DOM lib.
mkdirSync(join(apps, 'types'), { recursive: true });
for (const file of ['usage.ts', 'node-only.ts', 'cjs.cts', 'vue-usage.ts']) cpSync(join(root, 'tests/types', file), join(apps, 'types', file));
const tsconfigs = [
  ['nodenext, DOM', { module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'] }, ['usage.ts', 'cjs.cts']],
  ['nodenext, no DOM', { module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022'] }, ['node-only.ts', 'cjs.cts']],
  ['node16, DOM', { module: 'node16', moduleResolution: 'node16', lib: ['es2022', 'dom'] }, ['usage.ts', 'cjs.cts']],
  ['node16, no DOM', { module: 'node16', moduleResolution: 'node16', lib: ['es2022'] }, ['node-only.ts', 'cjs.cts']],
  ['bundler, DOM', { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'] }, ['usage.ts']],
  ['bundler, no DOM', { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022'] }, ['node-only.ts']],
  ['nodenext, no DOM, @types/node', { module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022'], types: ['node'] }, ['node-only.ts', 'cjs.cts']],
  ['bundler, Vue GlobalComponents (smtp-explain/vue)', { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'] }, ['vue-usage.ts']],
];
for (const [name, options, files] of tsconfigs) {
  await check(`TypeScript ${name}`, name.includes('vue') ? '`import type {} from \'smtp-explain/vue\'`' : 'nothing', async () => {
    const config = join(apps, 'types', `tsconfig.${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(config, JSON.stringify({
      compilerOptions: { target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [], ...options },
      files,
    }));
    await sh(apps, bin(apps, 'tsc'), ['-p', config]);
  });
}

await check('Vitest + jsdom 26', 'nothing', () => sh(vitest, bin(vitest, 'vitest'), ['run', 'jsdom.test.js']));
await check('Vitest + happy-dom', 'nothing', () => sh(vitest, bin(vitest, 'vitest'), ['run', 'happy-dom.test.js']));
await check('happy-dom registered after the import (define() later)', 'call SmtpExplainElement.define() after the DOM is set up', () => sh(vitest, bin(vitest, 'vitest'), ['run', 'late-dom.test.js']));

await browser?.close();
if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);

console.log('\n| Toolchain | Result | What a user adds | Time |');
console.log('|---|---|---|---|');
for (const r of results) console.log(`| ${r.name} | ${r.ok ? 'ok' : 'FAIL'} | ${r.needs} | ${r.time} s |`);
const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length}/${results.length} passed in ${seconds(started)} s`);
process.exit(failed.length ? 1 : 0);
