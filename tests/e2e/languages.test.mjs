// Languages in the browser: an element with lang="es" inside a page with lang="pt-BR" fetches the
// Spanish pack on first use and renders in Spanish; elements without lang take the page's
// (pt-BR); a language without texts falls back to English; showSmtpError(err, { lang: 'fr' })
// speaks French; Arabic cards read right to left. Packs are fetched only when asked for. Run: node --test tests/e2e/languages.test.mjs (after node scripts/build.mjs)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open } from './harness.mjs';

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const REPLY = '552 5.3.4 Message size exceeds fixed maximum message size';

test('elements load their language on first use; the page pays only for the languages it uses', async () => {
  const page = await open(browser);
  const fetched = [];
  page.on('request', (request) => { if (request.url().includes('/packs/')) fetched.push(new URL(request.url()).pathname.split('/').pop()); });
  await page.route('**/languages.html', (route) => route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="pt-BR"><head><meta charset="utf-8"><title>languages</title>
<script type="importmap">{"imports": {
  "smtp-explain": "/vendor/smtp-explain/dist/index.js",
  "smtp-explain/widget": "/vendor/smtp-explain/dist/widget.js",
  "smtp-explain/define": "/vendor/smtp-explain/dist/define.js"}}</script></head>
<body><smtp-explain id="es" lang="es" reply="${REPLY}"></smtp-explain>
<smtp-explain id="page" reply="${REPLY}"></smtp-explain>
<smtp-explain id="de" lang="de-AT" reply="${REPLY}"></smtp-explain>
<smtp-explain id="sw" lang="sw-KE" reply="${REPLY}"></smtp-explain>
<script type="module">import 'smtp-explain/define';</script></body></html>`,
  }));
  await page.goto(`${server.url}/languages.html`);
  await page.waitForFunction(() => ['es', 'page', 'de', 'sw'].every((id) => document.getElementById(id)?.explanation));
  const shown = await page.evaluate(() => Object.fromEntries(['es', 'page', 'de', 'sw'].map((id) => {
    const e = document.getElementById(id);
    return [id, { lang: e.explanation.lang, title: e.explanation.title, cardsLang: e.shadowRoot.querySelector('[part~="cards"]').lang, who: e.shadowRoot.querySelector('[part~="fact-name"]').textContent }];
  })));
  assert.equal(shown.es.lang, 'es');
  assert.equal(shown.es.cardsLang, 'es');
  assert.equal(shown.de.lang, 'de');
  // No lang of its own: the page's, pt-BR.
  assert.equal(shown.page.lang, 'pt-BR');
  assert.equal(shown.page.cardsLang, 'pt-BR');
  // Swahili has no texts: English, and the card says so with its lang.
  assert.equal(shown.sw.lang, 'en');
  assert.equal(shown.sw.cardsLang, 'en');
  assert.notEqual(shown.es.title, shown.sw.title);
  assert.notEqual(shown.de.title, shown.sw.title);
  assert.notEqual(shown.page.title, shown.sw.title);
  assert.notEqual(shown.es.who, shown.sw.who, "the card's labels are translated too");
  const packs = new Set(fetched);
  assert.ok(packs.has('de.txt') && packs.has('es.txt') && packs.has('pt-BR.txt'), [...packs].join(' '));
  assert.deepEqual([...packs].filter((f) => !/^(de|es|en|pt-BR)(-providers)?\.txt$/.test(f)), [], 'only the languages in use are fetched');

  // The dialog in French.
  await page.evaluate(() => {
    window.__dialog = import('smtp-explain/widget').then(({ showSmtpError }) => showSmtpError(new Error('552 5.3.4 Message size exceeds fixed maximum message size'), { lang: 'fr' }));
  });
  await page.waitForFunction(() => document.querySelector('smtp-explain-dialog')?.shadowRoot.querySelector('dialog[open] [part~="card"]'));
  const dialog = await page.evaluate(() => {
    const root = document.querySelector('smtp-explain-dialog').shadowRoot;
    return {
      lang: root.querySelector('[part~="cards"]').lang,
      title: root.querySelector('[part~="title"]').textContent,
      buttons: [...root.querySelectorAll('[part~="button"]')].map((b) => b.textContent),
    };
  });
  assert.equal(dialog.lang, 'fr');
  assert.deepEqual(dialog.buttons, ['Copier les détails', 'Fermer'], 'the dialog\'s own words are French too');
  assert.notEqual(dialog.title, shown.sw.title);
  await page.keyboard.press('Escape');
  const result = await page.evaluate(() => window.__dialog.then((r) => r.explanation.lang));
  assert.equal(result, 'fr');
  await page.close();
});

test('the page explains in the language of ?lang=, offers a switcher and keeps the choice in the link', async () => {
  const page = await open(browser);
  await page.goto(`${server.url}/?lang=fr#${new URLSearchParams({ q: REPLY })}`);
  await page.waitForSelector('html[data-ready]');
  const card = () => page.evaluate(() => {
    const host = document.querySelector('.cards-host');
    const root = host.shadowRoot;
    return { lang: root.querySelector('[part~="cards"]')?.lang, title: root.querySelector('[part~="title"]')?.textContent };
  });
  await page.waitForFunction(() => document.querySelector('.cards-host')?.shadowRoot.querySelector('[part~="cards"]')?.lang === 'fr');
  const french = await card();
  assert.equal(await page.locator('#language').inputValue(), 'fr');
  await page.selectOption('#language', 'de');
  await page.waitForFunction(() => document.querySelector('.cards-host').shadowRoot.querySelector('[part~="cards"]')?.lang === 'de');
  const german = await card();
  assert.notEqual(german.title, french.title);
  assert.equal(new URL(page.url()).searchParams.get('lang'), 'de');
  assert.equal(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('q'), REPLY, 'the text stays in the fragment');
  await page.screenshot({ path: new URL('./screenshots/page-de.png', import.meta.url).pathname });
  await page.close();
});

test('Arabic reads right to left: the page, the card and the dialog; the server text keeps its own direction', async () => {
  const page = await open(browser);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/?lang=ar#${new URLSearchParams({ q: REPLY })}`);
  await page.waitForSelector('html[data-ready]');
  await page.waitForFunction(() => document.querySelector('.cards-host')?.shadowRoot.querySelector('[part~="cards"]')?.lang === 'ar');
  const card = await page.evaluate(() => {
    const root = document.querySelector('.cards-host').shadowRoot.querySelector('[part~="cards"]');
    const article = root.querySelector('[part~="card"]');
    const style = getComputedStyle(article);
    return {
      dir: root.getAttribute('dir'),
      direction: style.direction,
      // The outcome stripe is on the start side: the right in Arabic.
      stripe: [style.borderRightWidth, style.borderLeftWidth],
      title: root.querySelector('[part~="title"]').textContent,
      option: document.querySelector('#language option[value="ar"]')?.textContent,
    };
  });
  assert.equal(card.dir, 'rtl');
  assert.equal(card.direction, 'rtl');
  assert.ok(parseFloat(card.stripe[0]) > parseFloat(card.stripe[1]), card.stripe.join(' '));
  assert.match(card.title, /[\u0600-\u06FF]/, 'an Arabic title');
  assert.equal(card.option, 'العربية', 'the switcher names the language in itself');
  await page.locator('#result').screenshot({ path: new URL('./screenshots/page-ar.png', import.meta.url).pathname });

  await page.evaluate(() => {
    window.__dialog = import('/vendor/smtp-explain/dist/widget.js').then(({ showSmtpError }) => showSmtpError(new Error('552 5.3.4 Message size exceeds fixed maximum message size'), { lang: 'ar' }));
  });
  await page.waitForFunction(() => document.querySelector('smtp-explain-dialog')?.shadowRoot.querySelector('dialog[open] [part~="card"]'));
  const dialog = await page.evaluate(() => {
    const d = document.querySelector('smtp-explain-dialog').shadowRoot.querySelector('dialog');
    return { dir: d.getAttribute('dir'), lang: d.getAttribute('lang'), direction: getComputedStyle(d).direction };
  });
  assert.deepEqual(dialog, { dir: 'rtl', lang: 'ar', direction: 'rtl' });
  await page.keyboard.press('Escape');
  await page.close();
});

test('Japanese cards wrap between characters and stay inside a 390 px window', async () => {
  const page = await open(browser);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server.url}/?lang=ja#${new URLSearchParams({ q: REPLY })}`);
  await page.waitForSelector('html[data-ready]');
  await page.waitForFunction(() => document.querySelector('.cards-host')?.shadowRoot.querySelector('[part~="cards"]')?.lang === 'ja');
  const fit = await page.evaluate(() => {
    const card = document.querySelector('.cards-host').shadowRoot.querySelector('[part~="card"]');
    return { title: card.querySelector('[part~="title"]').textContent, width: card.getBoundingClientRect().right, page: document.documentElement.scrollWidth };
  });
  assert.match(fit.title, /[\u3040-\u30FF\u4E00-\u9FFF]/, 'a Japanese title');
  assert.ok(fit.width <= 390 && fit.page <= 390, JSON.stringify(fit));
  await page.locator('#result').screenshot({ path: new URL('./screenshots/page-ja.png', import.meta.url).pathname });
  await page.close();
});
