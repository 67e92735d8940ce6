// End-to-end tests of the standalone page (www/index.html) in headless Chromium: explaining as
// you type, shared links, examples, the annotated text, the dictionary, copying, hostile input,
// accessibility (axe-core), screenshots, and the time from navigation to the first explanation.
// Run: node --test --test-concurrency=1 tests/e2e/page.test.mjs   (build first: node scripts/build.mjs)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, open, axe, screenshotDir } from './harness.mjs';

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

const CARD = '#cards [part~="card"]';
const GMAIL_UNKNOWN = [
  "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to",
  '550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7b8c1a2d3e4si1234567a12.123 - gsmtp',
].join('\n');
const OUTLOOK_BLOCKED = '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 (AS3130). [BN8NAM12FT053.eop-nam12.prod.protection.outlook.com]';
const POSTFIX_LINE = 'Nov 28 10:15:32 mail postfix/smtp[12345]: 4F2A81C0123: to=<jane@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.25] said: 550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))';

/** Opens the page and waits until the explainer is loaded (and a ?q= link explained). */
async function load(path = '/', options = {}) {
  const page = await open(browser, options);
  page.dialogs = [];
  page.on('dialog', (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  await page.goto(`${server.url}${path}`);
  await page.waitForSelector('html[data-ready]');
  return page;
}

/** Every page load must end with no console errors, no dialogs and no request off the site. */
async function finish(page) {
  assert.deepEqual(page.errors, [], 'console or page errors');
  assert.deepEqual(page.external, [], 'requests that left the site');
  assert.deepEqual(page.dialogs, [], 'dialogs');
  await page.context().close();
}

/** page.waitForFunction, failing fast with the page's errors when the page broke. */
async function waitFor(page, fn, arg) {
  try {
    await page.waitForFunction(fn, arg, { timeout: 10_000 });
  } catch (error) {
    assert.deepEqual(page.errors, [], 'page errors while waiting');
    throw error;
  }
}

/** explainAll() of the package, evaluated in the page (the same module instance the page uses). */
function explainInPage(page, text, options = {}) {
  return page.evaluate(async ([input, opts]) => {
    const m = await import('./vendor/smtp-explain/dist/index.js');
    await m.init();
    return { one: m.explain(input, opts), all: m.explainAll(input, opts) };
  }, [text, options]);
}

/** What the cards on screen say: category, outcome and title of each. */
function cardsOnScreen(page) {
  return page.locator(CARD).evaluateAll((cards) => cards.map((card) => ({
    category: card.dataset.category,
    outcome: card.dataset.outcome,
    title: card.querySelector('[part~="title"]').textContent,
  })));
}

test('typing a reply shows its explanation, announces it and puts it in the address bar', async () => {
  const page = await load('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'input', 'the input has focus on load');
  assert.ok(await page.locator('#empty-state').isVisible(), 'an empty page explains what to do');
  assert.equal(await page.locator(CARD).count(), 0);

  const text = '550 5.1.1 User unknown';
  await page.locator('#input').pressSequentially(text, { delay: 20 });
  await page.waitForSelector(`${CARD}[data-category="mailbox_unknown"]`);
  const expected = await explainInPage(page, text);
  assert.equal(expected.one.category.id, 'mailbox_unknown');
  const shown = await cardsOnScreen(page);
  assert.equal(shown.length, 1);
  assert.equal(shown[0].title, expected.one.title);
  assert.equal(shown[0].category, expected.one.category.id);
  assert.equal(shown[0].outcome, expected.one.outcome);
  assert.ok(await page.locator('#empty-state').isHidden());

  // The card's stylesheet applies inside the shadow root: adopted by the renderer as a
  // constructed sheet, with no <style> element anywhere (the strict CSP allows none).
  const border = await page.locator(CARD).evaluate((card) => parseFloat(getComputedStyle(card).borderLeftWidth));
  assert.ok(border >= 4, `card styles applied (border-left ${border}px)`);
  const styles = await page.evaluate(() => {
    const roots = [document, document.getElementById('cards').shadowRoot, document.getElementById('annotated').shadowRoot];
    return { elements: roots.reduce((n, root) => n + root.querySelectorAll('style').length, 0), adopted: roots.map((r) => r.adoptedStyleSheets.length) };
  });
  assert.deepEqual(styles, { elements: 0, adopted: [0, 1, 1] }, 'one adopted sheet per shadow root, none in the page, no <style>');

  // The card is an article under the panel's h2: its title is an h3, its summary describes it.
  const structure = await page.locator(CARD).evaluate((card) => ({
    tag: card.tagName,
    title: card.querySelector('[part~="title"]').tagName,
    headings: [...new Set([...card.querySelectorAll('[part~="heading"]')].map((h) => h.tagName))],
    described: card.getRootNode().getElementById(card.getAttribute('aria-describedby'))?.getAttribute('part'),
    lang: card.closest('[part~="cards"]').lang,
  }));
  assert.deepEqual(structure, { tag: 'ARTICLE', title: 'H3', headings: ['H4'], described: 'summary', lang: 'en' });

  // The live region reads the headline; the address bar carries the text.
  await waitFor(page, (title) => document.getElementById('announcer').textContent === title, expected.one.title);
  await waitFor(page, (q) => new URLSearchParams(location.hash.slice(1)).get('q') === q, text);

  // The sender's steps, and the admin details behind a disclosure with codes and their meanings.
  assert.ok(await page.locator('#cards [part~="user-actions"]').isVisible());
  const admin = page.locator('#cards details[part~="admin"]');
  assert.equal(await admin.evaluate((d) => d.open), false);
  await page.locator('#cards [part~="admin-toggle"]').click();
  assert.equal(await admin.evaluate((d) => d.open), true);
  const codes = await page.locator('#cards [part~="code-id"]').allTextContents();
  assert.deepEqual(codes, ['550', '5.1.1']);
  assert.ok((await page.locator('#cards [part~="code-title"]').first().textContent()).length > 0);

  // Editing keeps the admin details open.
  await page.locator('#input').press('End');
  await page.locator('#input').pressSequentially(' here', { delay: 10 });
  await waitFor(page, () => new URLSearchParams(location.hash.slice(1)).get('q')?.endsWith('here'));
  assert.equal(await page.locator('#cards details[part~="admin"]').evaluate((d) => d.open), true);

  // Clearing brings back the empty state.
  await page.locator('#clear').click();
  assert.ok(await page.locator('#empty-state').isVisible());
  assert.equal(await page.locator(CARD).count(), 0);
  await waitFor(page, () => !new URLSearchParams(location.hash.slice(1)).has('q'));
  await finish(page);
});

test('Enter explains a single line; Shift+Enter starts a new line', async () => {
  const page = await load('/');
  await page.locator('#input').fill('');
  await page.keyboard.type('Error 421');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#input').inputValue(), 'Error 421', 'Enter did not add a line');
  const expected = await explainInPage(page, 'Error 421');
  assert.equal(await page.locator(CARD).getAttribute('data-category'), expected.one.category.id);
  assert.equal(await page.locator(CARD).getAttribute('data-outcome'), 'temporary');
  assert.equal(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('q'), 'Error 421', 'the link is updated at once');
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.type('second line');
  assert.equal(await page.locator('#input').inputValue(), 'Error 421\nsecond line');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#input').inputValue(), 'Error 421\nsecond line\n', 'in a longer text Enter adds a line');
  await finish(page);
});

test('a ?q= link explains on load; time from navigation to the first explanation', async () => {
  const runs = [];
  for (let i = 0; i < 7; i++) {
    const page = await load('/?q=550%205.1.1%20User%20unknown');
    await page.waitForSelector(CARD);
    assert.equal(await page.locator('#input').inputValue(), '550 5.1.1 User unknown');
    assert.equal(await page.locator(CARD).getAttribute('data-category'), 'mailbox_unknown');
    const timing = await page.evaluate(() => ({
      first: performance.getEntriesByName('smtp-explain:first-explanation')[0]?.startTime,
      ready: performance.getEntriesByName('smtp-explain:ready')[0]?.startTime,
      domContentLoaded: performance.getEntriesByType('navigation')[0]?.domContentLoadedEventStart,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    assert.equal(typeof timing.first, 'number', 'the page marks its first explanation');
    runs.push(timing);
    await finish(page);
  }
  const median = (key) => {
    const values = runs.map((r) => r[key]).filter((v) => typeof v === 'number').sort((a, b) => a - b);
    return values.length ? Math.round(values[values.length >> 1]) : NaN;
  };
  console.log(`# page: navigation → first explanation rendered: median ${median('first')} ms over ${runs.length} cold loads `
    + `(runs: ${runs.map((r) => Math.round(r.first)).join(', ')} ms; Wasm ready ${median('ready')} ms, `
    + `DOMContentLoaded ${median('domContentLoaded')} ms, first paint ${median('firstPaint')} ms; goal < 100 ms)`);
});

test('each example button fills the input and shows its explanation', async () => {
  const page = await load('/');
  const buttons = page.locator('[data-example]');
  const count = await buttons.count();
  assert.ok(count >= 8, `${count} examples`);
  const expectedCategory = {
    'gmail-unknown': ['mailbox_unknown'],
    'gmail-full': ['mailbox_full'],
    'gmail-auth': ['sender_authentication'],
    'postfix-log': ['mailbox_unknown'],
    'dsn-three': ['mailbox_unknown', 'mailbox_full', 'sender_blocklisted'],
  };
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    const name = await button.getAttribute('data-example');
    await button.click();
    const value = await page.locator('#input').inputValue();
    assert.ok(value.trim().length > 0, `${name} fills the input`);
    assert.equal(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('q'), value, `${name} updates the link`);
    await page.waitForSelector(CARD);
    const expected = await explainInPage(page, value);
    const shown = await cardsOnScreen(page);
    assert.deepEqual(shown.map((c) => c.category), expected.all.map((e) => e.category.id), `${name}: cards match explainAll()`);
    assert.deepEqual(shown.map((c) => c.title), expected.all.map((e) => e.title), `${name}: titles match explainAll()`);
    if (expectedCategory[name]) assert.deepEqual(shown.map((c) => c.category), expectedCategory[name], name);
    assert.ok(expected.one.recognized, `${name} is recognized`);
    assert.ok(await page.locator('#annotated [part~="annotated"]').isVisible(), `${name} shows the annotated text`);
  }
  await finish(page);
});

test('the annotated text highlights the codes, with labels on hover and focus', async () => {
  const page = await load('/?q=550%205.1.1%20User%20unknown');
  const marks = await page.locator('#annotated mark').evaluateAll((list) => list.map((m) => ({
    kind: m.dataset.kind, text: m.firstChild.textContent, label: m.dataset.label,
  })));
  const basic = marks.find((m) => m.kind === 'basic_code');
  const enhanced = marks.find((m) => m.kind === 'enhanced_code');
  assert.equal(basic?.text, '550');
  assert.equal(enhanced?.text, '5.1.1');
  assert.ok(basic.label.length > 0 && enhanced.label.length > 0);
  // The whole input is shown back, in order.
  const shownText = await page.locator('#annotated [part~="annotated"]').evaluate((pre) => [...pre.childNodes]
    .map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : n.firstChild.textContent)).join(''));
  assert.equal(shownText, '550 5.1.1 User unknown');

  const label = page.locator('#annotated mark[data-kind="enhanced_code"] [part~="mark-label"]');
  assert.ok(await label.isHidden(), 'the label is hidden at rest');
  await page.locator('#annotated mark[data-kind="enhanced_code"]').focus();
  assert.ok(await label.isVisible(), 'the label shows on focus');
  await page.locator('#annotated mark[data-kind="basic_code"]').hover();
  assert.ok(await page.locator('#annotated mark[data-kind="basic_code"] [part~="mark-label"]').isVisible(), 'the label shows on hover');
  await finish(page);

  // On a phone, and in the one-column layout of a tablet, every label fits on the screen.
  for (const width of [360, 900]) {
    const phone = await load(`/?q=${encodeURIComponent(POSTFIX_LINE)}`, { width, height: 780 });
    const phoneMarks = phone.locator('#annotated mark');
    assert.ok(await phoneMarks.count() >= 4);
    for (let i = 0; i < await phoneMarks.count(); i++) {
      await phoneMarks.nth(i).focus();
      const label = await phoneMarks.nth(i).locator('[part~="mark-label"]').boundingBox();
      assert.ok(label && label.x >= 0 && label.x + label.width <= width, `${width}px: label ${i} fits (${JSON.stringify(label)})`);
      assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    }
    await finish(phone);
  }
});

test('a bounce with three recipients shows three cards', async () => {
  const page = await load('/');
  await page.locator('[data-example="dsn-three"]').click();
  await page.waitForSelector(CARD);
  assert.equal(await page.locator(CARD).count(), 3);
  const recipients = await page.locator(`${CARD} [part~="recipient"] [part~="fact-value"]`).allTextContents();
  assert.deepEqual(recipients, ['bob@example.org', 'carol@example.net', 'dave@example.edu']);
  assert.match(await page.locator('#result-count').textContent(), /3 recipients/);
  await waitFor(page, () => /^3 explanations/.test(document.getElementById('announcer').textContent));
  await finish(page);
});

test('a bounce file dropped on the page is read in the browser and explained', async () => {
  const bounce = [
    'This is the mail system at host mail.example.com.',
    '',
    '<ann@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <ann@example.org>:',
    '    Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
    '',
    '<ben@example.net>: host mx.example.net[198.51.100.7] said: 452 4.2.2 <ben@example.net>:',
    '    Mailbox full (in reply to RCPT TO command)',
  ].join('\n');
  const page = await load('/');
  const before = page.url();
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'bounce.eml', { type: 'message/rfc822' }));
    document.getElementById('input').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, bounce);
  await waitFor(page, () => document.getElementById('cards').shadowRoot.querySelectorAll('[part~="card"]').length === 2);
  assert.equal(await page.locator('#input').inputValue(), bounce);
  assert.deepEqual((await cardsOnScreen(page)).map((c) => c.category), ['mailbox_unknown', 'mailbox_full']);
  assert.equal(new URL(page.url()).origin, new URL(before).origin, 'the page stayed');
  await finish(page);
});

test('the audience switch gives the mail admin the details, and the link keeps it', async () => {
  const page = await load('/?q=550%205.1.1%20User%20unknown');
  assert.equal(await page.locator('#cards details[part~="admin"]').evaluate((d) => d.open), false);
  await page.locator('.segmented label', { hasText: 'Mail admin' }).click();
  assert.equal(await page.locator('#cards details[part~="admin"]').evaluate((d) => d.open), true);
  assert.equal(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('for'), 'admin');
  await finish(page);

  const shared = await load('/?q=550%205.1.1%20User%20unknown&for=admin');
  assert.equal(await shared.locator('#cards details[part~="admin"]').evaluate((d) => d.open), true);
  assert.ok(await shared.locator('input[value="admin"]').isChecked());
  await finish(shared);
});

test('the dictionary lists every code and category, searches as you type, and deep links work', async () => {
  const page = await load('/');
  await page.waitForSelector('#code-550', { state: 'attached' });
  const totals = await page.evaluate(async () => {
    const m = await import('./vendor/smtp-explain/dist/index.js');
    return { codes: m.codes().length, categories: m.categories().length };
  });
  assert.equal(await page.locator('#basic-list > li, #enhanced-list > li').count(), totals.codes);
  assert.equal(await page.locator('#category-list > li').count(), totals.categories);

  await page.locator('#search').fill('5.7.26');
  const target = page.locator('[id="code-X.7.26"]');
  assert.ok(await target.isVisible(), 'search finds X.7.26');
  assert.equal(await target.evaluate((d) => d.open), true, 'a single match opens');
  const visible = await page.locator('.dict-list > li:not([hidden])').count();
  assert.ok(visible >= 1 && visible <= 3, `${visible} entries match 5.7.26`);
  assert.match(await page.locator('#search-count').textContent(), /match/);

  await page.locator('#search').fill('mailbox full');
  assert.ok(await page.locator('#category-mailbox_full').isVisible(), 'search finds categories by words');
  await page.locator('#search').fill('zzzz-no-such-thing');
  assert.equal(await page.locator('.dict-list > li:not([hidden])').count(), 0);
  assert.equal(await page.locator('.dict-none:not([hidden])').count(), 3);

  // "Explain" in an entry explains the code.
  await page.locator('#search').fill('5.7.26');
  await page.locator('[id="code-X.7.26"] button[data-explain]').click();
  assert.equal(await page.locator('#input').inputValue(), '5.7.26');
  assert.equal(await page.locator(CARD).getAttribute('data-category'), 'sender_authentication');
  assert.equal(new URLSearchParams(new URL(page.url()).hash.slice(1)).get('q'), '5.7.26');

  // In-page links between entries open their target.
  await page.locator('#search').fill('');
  await page.locator('[id="code-X.7.26"] a[href="#category-sender_authentication"]').click();
  await waitFor(page, () => document.getElementById('category-sender_authentication').open);
  await finish(page);

  for (const [hash, id] of [['#code-X.7.26', 'code-X.7.26'], ['#code-5.7.26', 'code-X.7.26'], ['#code-550', 'code-550'], ['#category-mailbox_full', 'category-mailbox_full']]) {
    const deep = await load(`/${hash}`);
    const entry = deep.locator(`[id="${id}"]`);
    await waitFor(deep, (i) => document.getElementById(i)?.open, id);
    const box = await entry.boundingBox();
    const viewport = deep.viewportSize();
    assert.ok(box && box.y >= 0 && box.y < viewport.height, `${hash} scrolls ${id} into view (y=${box?.y})`);
    assert.equal(await deep.evaluate(() => document.activeElement?.parentElement?.id), id, `${hash} focuses the entry`);
    assert.ok(await entry.evaluate((d) => d.classList.contains('is-target')));
    await finish(deep);
  }
});

test('copy puts a plain-text explanation on the clipboard and announces it', async () => {
  const page = await open(browser, {});
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page.dialogs = [];
  await page.goto(`${server.url}/?q=${encodeURIComponent(GMAIL_UNKNOWN)}`);
  await page.waitForSelector(CARD);
  const expected = await explainInPage(page, GMAIL_UNKNOWN);
  await page.locator('#copy').click();
  await waitFor(page, () => document.getElementById('copy').textContent === 'Copied');
  await waitFor(page, () => document.getElementById('announcer').textContent === 'Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.startsWith(expected.one.title), 'starts with the headline');
  assert.ok(copied.includes(expected.one.summary), 'has the summary');
  for (const step of expected.one.userActions) assert.ok(copied.includes(step), `has the step "${step}"`);
  for (const step of expected.one.adminActions) assert.ok(copied.includes(step), `has the admin step "${step}"`);
  assert.match(copied, /^550: /m, 'lists the codes');
  assert.match(copied, /^5\.1\.1: /m);
  assert.match(copied, /Who needs to act: /);
  assert.ok(!copied.includes('<'), 'plain text');
  console.log(`# copied text:\n${copied.replace(/^/gm, '#   ')}`);

  await page.locator('#copy-link').click();
  await waitFor(page, () => document.getElementById('copy-link').textContent === 'Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(link).search, '', 'the text is not in the query');
  assert.equal(new URLSearchParams(new URL(link).hash.slice(1)).get('q'), GMAIL_UNKNOWN);
  await finish(page);
});

test('before copying, addresses, IPs and host names can be masked; links stay', async () => {
  const page = await open(browser, {});
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page.dialogs = [];
  const reply = '550 5.1.1 <jane.doe@acme-corp.de>: host mx1.acme-corp.de[203.0.113.45] said: Recipient address rejected: User unknown. https://support.google.com/mail/?p=NoSuchUser';
  await page.goto(`${server.url}/#${new URLSearchParams({ q: reply })}`);
  await page.waitForSelector(CARD);
  await page.locator('#mask').check();
  await page.locator('#copy-link').click();
  await waitFor(page, () => document.getElementById('copy-link').textContent === 'Link copied');
  const shared = new URLSearchParams(new URL(await page.evaluate(() => navigator.clipboard.readText())).hash.slice(1)).get('q');
  assert.equal(shared, '550 5.1.1 <person1@example.com>: host host1.example.net[192.0.2.1] said: Recipient address rejected: User unknown. https://support.google.com/mail/?p=NoSuchUser');
  await page.locator('#copy').click();
  await waitFor(page, () => document.getElementById('copy').textContent === 'Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  for (const personal of ['jane.doe', 'acme-corp', '203.0.113.45']) assert.ok(!copied.includes(personal), `no ${personal} in: ${copied}`);
  assert.match(copied, /person1%40example\.com/, 'the link in the footer carries the masked text');
  // Unchecked, the text is copied as it is.
  await page.locator('#mask').uncheck();
  await page.locator('#copy-link').click();
  await waitFor(page, () => document.getElementById('copy-link').textContent === 'Link copied');
  const plain = new URLSearchParams(new URL(await page.evaluate(() => navigator.clipboard.readText())).hash.slice(1)).get('q');
  assert.equal(plain, reply);
  await finish(page);
});

test('copy falls back to a selected text area when the Clipboard API is refused', async () => {
  const page = await load('/?q=452%204.2.2%20mailbox%20full');
  await page.evaluate(() => {
    window.copiedByFallback = null;
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
    document.addEventListener('copy', () => { window.copiedByFallback = document.getSelection().toString() || document.activeElement?.value; });
  });
  await page.locator('#copy').click();
  await waitFor(page, () => /^(Copied|Copy failed)$/.test(document.getElementById('copy').textContent));
  const copied = await page.evaluate(() => window.copiedByFallback);
  assert.ok(typeof copied === 'string' && copied.length > 0, 'execCommand("copy") ran on the explanation text');
  assert.equal(await page.locator('#copy').textContent(), 'Copied');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'copy', 'focus returns to the button');
  await finish(page);
});

test('hostile input renders as text and runs nothing', async () => {
  const hostile = '550 5.1.1 <img src=x onerror="window.__pwned=1;alert(1)"> <script>window.__pwned=2</script> <b>bold</b> "quotes" & ampersands';
  const check = async (page) => {
    const result = await page.evaluate(() => {
      const roots = [document, document.getElementById('cards').shadowRoot, document.getElementById('annotated').shadowRoot];
      return {
        injected: roots.reduce((n, root) => n + root.querySelectorAll('img:not(.brand img), script:not([src]), b, iframe, object').length, 0),
        pwned: window.__pwned ?? null,
        annotated: document.getElementById('annotated').shadowRoot.querySelector('[part~="annotated"]')?.textContent ?? '',
      };
    });
    assert.equal(result.injected, 0, 'no element was made from the input');
    assert.equal(result.pwned, null, 'no script ran');
    assert.ok(result.annotated.includes('<img src=x onerror="window.__pwned=1;alert(1)">'), 'the markup shows as text');
    assert.ok(result.annotated.includes('<script>window.__pwned=2</script>'));
    assert.ok(await page.locator(CARD).count() >= 1);
  };
  const typed = await load('/');
  await typed.locator('#input').fill(hostile);
  await typed.waitForSelector(CARD);
  await typed.waitForTimeout(200);
  await check(typed);
  await finish(typed);

  const linked = await load(`/?q=${encodeURIComponent(hostile)}`);
  await linked.waitForSelector(CARD);
  await check(linked);
  assert.equal(await linked.locator('#input').inputValue(), hostile);
  await finish(linked);

  const plain = await load(`/?q=${encodeURIComponent('<img src=x onerror=alert(1)><script>alert(1)</script>')}`);
  await plain.waitForSelector(CARD);
  assert.equal(await plain.locator('#cards img, #annotated img, #cards script, #annotated script').count(), 0);
  await finish(plain);
});

test('a strict Content-Security-Policy: no inline script runs, nothing loads from elsewhere', async () => {
  const page = await load('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval';/);
  assert.match(csp, /style-src 'self';/, 'styles only from files of this site: no inline style, no hash');
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|\*|https?:/);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script in the page');
  // An injected inline script is refused (and says so on the console).
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
  });
  assert.equal(await page.evaluate(() => window.__inline ?? null), null);
  const refused = page.errors.filter((e) => /Content Security Policy/.test(e));
  assert.equal(refused.length, 1, 'the inline script was refused by the policy');
  page.errors = page.errors.filter((e) => !refused.includes(e));
  await finish(page);
});

test('keyboard: skip links, visible focus, logical order', async () => {
  const page = await load('/?q=550%205.1.1%20User%20unknown');
  // The input has focus on load; before it come the skip links, the home link and the menu.
  const backwards = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Shift+Tab');
    backwards.push(await page.evaluate(() => document.activeElement.textContent.trim()));
  }
  assert.deepEqual(backwards, ['Widget', 'Dictionary', 'Explain', 'smtp-explain', 'Skip to the code dictionary', 'Skip to the input']);
  const top = await page.evaluate(() => document.activeElement.getBoundingClientRect().top);
  assert.ok(top >= 0, 'the skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'input');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'clear');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  // Next come the explanation's controls, then the card, then the examples.
  const order = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el.id || el.getAttribute('part') || el.dataset.example || el.getAttribute('value') || el.tagName;
    }));
  }
  assert.equal(order[0], 'user', 'the audience switch follows the input');
  assert.ok(order.indexOf('copy') > 0 && order.indexOf('copy') < order.indexOf('admin-toggle'), `order: ${order.join(' → ')}`);
  assert.ok(order.indexOf('admin-toggle') < order.indexOf('gmail-unknown'), `order: ${order.join(' → ')}`);
  await finish(page);
});

test('axe-core finds no violations (light and dark, desktop and 360 px phone)', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      const page = await load(`/?q=${encodeURIComponent(OUTLOOK_BLOCKED)}`, { colorScheme, width, bypassCSP: true });
      await page.waitForSelector(CARD);
      await page.locator('#cards [part~="admin-toggle"]').first().click();
      await page.evaluate(() => { location.hash = '#code-X.7.26'; });
      await waitFor(page, () => document.getElementById('code-X.7.26')?.open);
      const violations = await axe(page);
      assert.deepEqual(violations, [], `${colorScheme} ${width}px: ${JSON.stringify(violations, null, 2)}`);
      // The empty page, too.
      await page.locator('#clear').click();
      const empty = await axe(page, '#explain');
      assert.deepEqual(empty, [], `${colorScheme} ${width}px, empty: ${JSON.stringify(empty, null, 2)}`);
      await finish(page);
    }
  }
});

test('screenshots at 1280 and 360 px, light and dark, with an explanation shown', async () => {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      const page = await load(`/?q=${encodeURIComponent(OUTLOOK_BLOCKED)}`, { colorScheme, width, height: width > 600 ? 900 : 780 });
      await page.waitForSelector(CARD);
      const name = `page-${width}-${colorScheme}`;
      await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
      await page.locator('#cards [part~="admin-toggle"]').first().click();
      await page.locator('#result').screenshot({ path: join(screenshotDir, `${name}-explanation.png`) });
      await page.locator('[data-example="dsn-three"]').click();
      await waitFor(page, () => document.getElementById('cards').shadowRoot.querySelectorAll('[part~="card"]').length === 3);
      await page.locator('.workspace').screenshot({ path: join(screenshotDir, `${name}-bounce.png`) });
      await page.evaluate(() => { location.hash = '#code-X.7.26'; });
      await waitFor(page, () => document.getElementById('code-X.7.26')?.open);
      await page.screenshot({ path: join(screenshotDir, `${name}-dictionary.png`) });
      // Nothing may stick out sideways on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${name}: no horizontal scrolling`);
      await finish(page);
    }
  }
  console.log(`# screenshots in ${screenshotDir}`);
});

test('links carry the text in the #fragment: old ?q= links open and are rewritten; no request carries the text', async () => {
  const secret = '550 5.1.1 <private.person@example.org>: Recipient address rejected: User unknown';
  const page = await open(browser);
  page.dialogs = [];
  const requests = [];
  page.on('request', (request) => requests.push(request.url() + ' ' + (request.postData() ?? '')));
  // An old link with the text in the query still opens.
  await page.goto(`${server.url}/?q=${encodeURIComponent(secret)}&for=admin`);
  await page.waitForSelector('html[data-ready]');
  await page.waitForSelector(CARD);
  assert.equal(await page.locator('#input').inputValue(), secret);
  // ... and is rewritten: no query, the text and the audience in the fragment.
  await waitFor(page, () => location.search === '' && new URLSearchParams(location.hash.slice(1)).get('for') === 'admin');
  const url = new URL(page.url());
  assert.equal(new URLSearchParams(url.hash.slice(1)).get('q'), secret);
  // A new link opens from the fragment alone, and its text reaches no server.
  const before = requests.length;
  await page.goto(`${server.url}/#${new URLSearchParams({ q: secret }).toString()}`);
  await page.reload();
  await page.waitForSelector('html[data-ready]');
  await page.waitForSelector(CARD);
  assert.equal(await page.locator('#input').inputValue(), secret);
  await page.locator('#input').fill(`${secret} typed`);
  await waitFor(page, () => new URLSearchParams(location.hash.slice(1)).get('q')?.endsWith('typed'));
  const carrying = requests.slice(before).filter((r) => r.includes('private.person') || r.includes('private%2Eperson') || r.includes('private.person%40'));
  assert.deepEqual(carrying, [], 'no request carries the text');
  await page.context().close();
});

test('layout holds at 360 px for any text: stacked combining marks, a 100 KB line, bidi controls', async () => {
  const texts = {
    marks: `550 5.1.1 a${'\u0301'.repeat(100)} user unknown ${'e\u0308\u0323'.repeat(40)}`,
    long: `550 5.1.1 ${'x'.repeat(100_000)}`,
    bidi: '550 5.1.1 \u202Eevil\u202C <bob@example.com> user unknown \u2066abc\u2069 \u200F',
  };
  for (const [name, text] of Object.entries(texts)) {
    const page = await open(browser, { width: 360, height: 780 });
    await page.goto(`${server.url}/#${new URLSearchParams({ q: text })}`);
    await page.waitForSelector('html[data-ready]');
    await page.waitForSelector(CARD);
    const box = await page.evaluate(() => {
      const right = (els) => Math.max(0, ...els.map((e) => e.getBoundingClientRect().right));
      const hosts = [...document.querySelectorAll('.cards-host, .annotated-host')];
      return {
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        light: right([...document.body.querySelectorAll('*')]),
        shadow: right(hosts.flatMap((h) => [...h.shadowRoot.querySelectorAll('*')])),
      };
    });
    assert.ok(box.scroll <= box.client, `${name}: the page does not scroll sideways (${box.scroll} > ${box.client})`);
    assert.ok(box.light <= box.client + 0.5 && box.shadow <= box.client + 0.5, `${name}: nothing sticks out (${JSON.stringify(box)})`);
    await page.context().close();
  }
});

test('pasting whole logs moves the page to the speed build of the Wasm, under the strict CSP', async () => {
  const page = await load('/');
  const fetched = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  const speed = () => page.evaluate(async () => (await import('./vendor/smtp-explain/dist/api.js')).speedBuild);
  assert.equal(await speed(), false, 'the first cards come from the small build');
  assert.ok(!fetched.some((path) => path.endsWith('smtp_explain_fast.wasm')), 'nothing fetches the speed build up front');
  const line = (i) => `Nov 28 10:00:${String(i % 60).padStart(2, '0')} mx postfix/smtp[${i}]: 4F9D1A: to=<u${i}@example.com>, relay=mx.example.com[192.0.2.7]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.7] said: 550 5.1.1 User unknown (in reply to RCPT TO command))`;
  const log = Array.from({ length: 800 }, (_, i) => line(i)).join('\n');
  for (let round = 0; round < 10 && !(await speed()); round++) {
    await page.locator('#input').fill(round % 2 ? log : `${log}\n`);
    await page.waitForSelector(CARD);
    await page.waitForTimeout(300);
  }
  assert.equal(await speed(), true, 'heavy work moved the page to the speed build');
  assert.ok(fetched.some((path) => path.endsWith('/wasm/smtp_explain_fast.wasm')), 'the speed build was fetched then');
  await page.locator('#input').fill('452 4.2.2 Mailbox full');
  await page.waitForSelector(`${CARD}[data-category="mailbox_full"]`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
