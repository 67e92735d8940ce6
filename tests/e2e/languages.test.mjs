// Languages in the browser: an element with lang="es" inside a page with lang="pt-BR" fetches the
// Spanish pack on first use and renders in Spanish; elements without lang take the page's
// (pt-BR); a language without texts falls back to English; showSmtpError(err, { lang: 'fr' })
// speaks French; Arabic cards read right to left. Packs are fetched only when asked for. Run: node --test tests/e2e/languages.test.mjs (after node scripts/build.mjs)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, open, axe } from './harness.mjs';

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
  // The knowledge pack is not a language: every page gets it.
  assert.deepEqual([...packs].filter((f) => !/^(de|es|en|pt-BR)(-providers)?\.txt$/.test(f) && f !== 'knowledge.txt'), [], 'only the languages in use are fetched');

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
  const page = await open(browser, { bypassCSP: true, width: 390, height: 844 });
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
  assert.deepEqual((await axe(page)).map((v) => v.id), [], 'axe finds no violations in Arabic');
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
  const page = await open(browser, { bypassCSP: true, width: 390, height: 844 });
  await page.goto(`${server.url}/?lang=ja#${new URLSearchParams({ q: REPLY })}`);
  await page.waitForSelector('html[data-ready]');
  await page.waitForFunction(() => document.querySelector('.cards-host')?.shadowRoot.querySelector('[part~="cards"]')?.lang === 'ja');
  const fit = await page.evaluate(() => {
    const card = document.querySelector('.cards-host').shadowRoot.querySelector('[part~="card"]');
    return { title: card.querySelector('[part~="title"]').textContent, width: card.getBoundingClientRect().right, page: document.documentElement.scrollWidth };
  });
  assert.match(fit.title, /[\u3040-\u30FF\u4E00-\u9FFF]/, 'a Japanese title');
  assert.ok(fit.width <= 390 && fit.page <= 390, JSON.stringify(fit));
  assert.deepEqual((await axe(page)).map((v) => v.id), [], 'axe finds no violations in Japanese');
  await page.locator('#result').screenshot({ path: new URL('./screenshots/page-ja.png', import.meta.url).pathname });
  await page.close();
});

test("the page's own words follow the language: ?lang=de and ?lang=ar, and back to English", async () => {
  const page = await open(browser);
  const chrome = () => page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    heading: document.querySelector('#explain-heading').textContent,
    placeholder: document.querySelector('#input').placeholder,
    clear: document.querySelector('#clear').textContent,
    copy: document.querySelector('#copy').textContent,
    dictionary: document.querySelector('#dictionary-heading').textContent,
    keys: document.querySelector('.keys-hint').textContent,
    kbd: document.querySelectorAll('.keys-hint kbd').length,
    empty: document.querySelector('.empty-title').textContent,
    codes: [...document.querySelectorAll('#empty-state code')].map((c) => c.textContent),
    title: document.title,
    description: document.querySelector('meta[name="description"]').content,
    nav: document.querySelector('.site-nav').getAttribute('aria-label'),
  }));
  await page.goto(`${server.url}/`);
  await page.waitForSelector('html[data-ready]');
  const english = await chrome();
  assert.equal(english.heading, 'What does this mail error mean?');
  assert.equal(english.lang, 'en');

  await page.goto(`${server.url}/?lang=de`);
  await page.waitForSelector('html[data-ready]');
  const german = await chrome();
  assert.equal(german.lang, 'de');
  assert.equal(german.dir, 'ltr');
  assert.equal(german.heading, 'Was bedeutet dieser Mail-Fehler?');
  assert.match(german.placeholder, /^Hier einfügen/);
  assert.equal(german.clear, 'Leeren');
  assert.equal(german.copy, 'Erklärung kopieren');
  assert.equal(german.dictionary, 'Code-Verzeichnis');
  assert.equal(german.empty, 'Hier erscheint die Erklärung.');
  assert.equal(german.kbd, 3, 'the keys stay keys: Enter, Shift, Enter');
  assert.match(german.keys, /Enter erklärt eine einzelne Zeile; Shift\+Enter beginnt/);
  assert.deepEqual(german.codes, ['550', '4.2.2'], 'the codes stay in code type');
  assert.match(german.title, /Was bedeutet/);
  assert.match(german.description, /Fügen Sie/);
  assert.equal(german.nav, 'Hauptnavigation');
  // A card: its count line, buttons and the dictionary speak German too.
  await page.fill('#input', 'Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; b@example.org\nAction: failed\nStatus: 5.2.2\n');
  await page.waitForFunction(() => !document.querySelector('#result-count').hidden);
  assert.match(await page.locator('#result-count').textContent(), /nennt 2 Empfänger/);
  await page.focus('#search');
  await page.waitForFunction(() => document.querySelectorAll('#category-list .dict-entry').length > 10);
  const dictionary = await page.evaluate(() => ({
    fact: document.querySelector('#category-list .dict-fact dt').textContent,
    count: document.querySelector('#search-count').textContent,
  }));
  assert.equal(dictionary.fact, 'Wer handelt');
  assert.match(dictionary.count, /Einträge\.$/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: new URL('./screenshots/page-chrome-de.png', import.meta.url).pathname });
  await page.fill('#input', '');

  // Back to English (the switcher shows with a card): the English words return, with the keys
  // and codes in place.
  await page.fill('#input', REPLY);
  await page.waitForSelector('#result-tools:not([hidden])');
  await page.selectOption('#language', 'en');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.fill('#input', '');
  await page.waitForSelector('#empty-state:not([hidden])');
  const back = await chrome();
  for (const name of ['heading', 'placeholder', 'clear', 'copy', 'dictionary', 'empty', 'description', 'nav', 'title']) {
    assert.equal(back[name], english[name], name);
  }
  assert.equal(back.keys.replace(/\s+/g, ' ').trim(), english.keys.replace(/\s+/g, ' ').trim());
  assert.equal(back.kbd, 3);
  assert.equal(back.dir, 'ltr');
  assert.equal(await page.locator('#category-list .dict-fact dt').first().textContent(), 'Who acts');

  // Arabic: right to left, Arabic words.
  await page.goto(`${server.url}/?lang=ar`);
  await page.waitForSelector('html[data-ready]');
  const arabic = await chrome();
  assert.equal(arabic.lang, 'ar');
  assert.equal(arabic.dir, 'rtl');
  for (const name of ['heading', 'placeholder', 'clear', 'copy']) assert.match(arabic[name], /[\u0600-\u06FF]/, name);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.intro')).direction), 'rtl');
  await page.screenshot({ path: new URL('./screenshots/page-chrome-ar.png', import.meta.url).pathname });
  await page.fill('#input', REPLY);
  await page.waitForSelector('#result-tools:not([hidden])');
  await page.screenshot({ path: new URL('./screenshots/page-chrome-ar-card.png', import.meta.url).pathname });
  await page.selectOption('#language', 'en');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  assert.equal((await chrome()).heading, english.heading);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the page's code dictionary gives the codes' titles in the page's language, and English words still find them", async () => {
  const page = await open(browser);
  await page.goto(`${server.url}/?lang=de#code-550`);
  await page.waitForSelector('html[data-ready]');
  await page.waitForFunction(() => document.querySelector('#code-550 .dict-title'));
  const title = await page.locator('#code-550 .dict-title').textContent();
  assert.notEqual(title, 'Requested action not taken: mailbox unavailable');
  assert.match(title, /Postfach/, `a German title: ${title}`);
  await page.close();
});
