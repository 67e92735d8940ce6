// Prints how long after the first contentful paint the first explanation card appears, for a
// shared #q= link on the page and for an <smtp-explain> element in a page's initial HTML
// (www/demo/sent.html), in headless Chromium: medians over 9 cold loads each. Goal (DESIGN.md):
// at most 50 ms after first contentful paint. Run after `npm run build` (npm run bench does).
// Also printed: the median time from the module being ready (the page's `smtp-explain:ready`
// mark) to the card, which is the engine's first explanation and the render, apart from the
// network; and the machine's load average, as a shared machine slows every figure here.
// Each load is a fresh browser context (no cache) without request interception (the e2e
// harness routes every request through Playwright, which delays each one). Chromium 156 also
// loads its own omnibox popup page beside every headless page; that is turned off here, as it
// is not part of the page and takes CPU from it.
// Usage: node benches/first-card.mjs [runs]   (default 9)
import { loadavg, cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/harness.mjs';

const RUNS = Math.max(7, Number(process.argv[2]) || 9);
// Records the moment the first card is in the DOM (light or shadow), checked every frame.
const WATCH = `(() => {
  const found = () => {
    const roots = [document, ...[...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
    return roots.some((r) => r.querySelector('[part~="card"]'));
  };
  const tick = () => {
    if (found()) { window.__firstCard = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const server = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'],
});
const open = async () => (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const quartiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[Math.floor((sorted.length - 1) / 4)], sorted[Math.ceil((sorted.length - 1) * 3 / 4)]];
};
for (const [name, path] of [
  ['page with a #q= link', `/#${new URLSearchParams({ q: '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown' })}`],
  ['element in the initial HTML (demo/sent.html)', '/demo/sent.html'],
]) {
  const afterPaint = [];
  const afterNavigation = [];
  const afterReady = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await open();
    await page.addInitScript(WATCH);
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction(() => window.__firstCard !== undefined, null, { timeout: 15_000 });
    const t = await page.evaluate(() => ({
      card: window.__firstCard,
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      ready: performance.getEntriesByName('smtp-explain:ready')[0]?.startTime,
    }));
    afterPaint.push(t.card - t.paint);
    afterNavigation.push(t.card);
    if (t.ready !== undefined) afterReady.push(t.card - t.ready);
    await page.context().close();
  }
  const [q1, q3] = quartiles(afterPaint);
  console.log(`${name}: first card ${median(afterPaint).toFixed(0)} ms after first contentful paint `
    + `(median of ${RUNS}; quartiles ${q1.toFixed(0)}–${q3.toFixed(0)} ms; runs ${afterPaint.map((v) => v.toFixed(0)).join(', ')} ms; ${median(afterNavigation).toFixed(0)} ms after navigation`
    + `${afterReady.length ? `; ${median(afterReady).toFixed(0)} ms after the module was ready` : ''}; goal ≤ 50 ms)`);
}
console.log(`load average during the runs: ${loadavg().map((l) => l.toFixed(1)).join(', ')} (1, 5, 15 min) on ${cpus().length} cores`);
await browser.close();
await server.close();
