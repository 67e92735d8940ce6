// Shared set-up for the end-to-end tests: serves www/ on a free port, starts Debian's headless
// Chromium through playwright-core, collects console errors, runs axe-core.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../scripts/serve.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const screenshotDir = fileURLToPath(new URL('./screenshots', import.meta.url));
mkdirSync(screenshotDir, { recursive: true });

/** Builds the package into www/vendor/ unless it is already there. */
export function ensureBuilt() {
  if (!existsSync(`${root}/www/vendor/smtp-explain/dist/index.js`)) {
    execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  }
}

/** Serves www/ on 127.0.0.1; returns { url, close }. */
export async function serve() {
  ensureBuilt();
  const server = await startServer(0);
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

function chromiumPath() {
  for (const candidate of [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error('Chromium not found: run scripts/setup.sh --browser (apt-get install chromium chromium-driver)');
}

/** Starts headless Chromium. */
export function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Opens a page; `page.errors` collects console errors, page errors and failed requests.
 * Any request that leaves 127.0.0.1 is recorded in `page.external` and aborted.
 */
export async function open(browser, { colorScheme = 'light', width = 1280, height = 900, bypassCSP = false } = {}) {
  const context = await browser.newContext({ colorScheme, viewport: { width, height }, reducedMotion: 'reduce', bypassCSP });
  const page = await context.newPage();
  page.errors = [];
  page.external = [];
  page.on('console', (message) => { if (message.type() === 'error') page.errors.push(message.text()); });
  page.on('pageerror', (error) => page.errors.push(String(error)));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'data:') {
      page.external.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  return page;
}

/** Runs axe-core on the page (optionally within a selector); returns the violations.
 * The page must be opened with `bypassCSP: true` when it has a strict CSP. */
export async function axe(page, include) {
  const source = readFileSync(`${root}/node_modules/axe-core/axe.min.js`, 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async (selector) => {
    const result = await window.axe.run(selector ? { include: [selector] } : document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, include);
}
