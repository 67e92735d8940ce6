// Prints how long after the first contentful paint the first explanation card appears, for a
// shared #q= link on the page and for an <smtp-explain> element in a page's initial HTML
// (www/demo/sent.html), in headless Chromium: medians over 9 cold loads each. Goal (DESIGN.md):
// at most 50 ms after first contentful paint. Run after `npm run build` (npm run bench does).
import { serve, launch, open } from '../tests/e2e/harness.mjs';

const RUNS = 9;
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
const browser = await launch();
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
for (const [name, path] of [
  ['page with a #q= link', `/#${new URLSearchParams({ q: '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown' })}`],
  ['element in the initial HTML (demo/sent.html)', '/demo/sent.html'],
]) {
  const afterPaint = [];
  const afterNavigation = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await open(browser);
    await page.addInitScript(WATCH);
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction(() => window.__firstCard !== undefined, null, { timeout: 15_000 });
    const t = await page.evaluate(() => ({
      card: window.__firstCard,
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
    }));
    afterPaint.push(t.card - t.paint);
    afterNavigation.push(t.card);
    await page.context().close();
  }
  console.log(`${name}: first card ${median(afterPaint).toFixed(0)} ms after first contentful paint `
    + `(median of ${RUNS}; runs ${afterPaint.map((v) => v.toFixed(0)).join(', ')} ms; ${median(afterNavigation).toFixed(0)} ms after navigation; goal ≤ 50 ms)`);
}
await browser.close();
await server.close();
