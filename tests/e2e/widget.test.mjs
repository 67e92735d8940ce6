// End-to-end tests of the widget entries in headless Chromium: the <smtp-explain> element
// ('smtp-explain/define', 'smtp-explain/widget') and showSmtpError(), loaded as the demos in
// www/demo/ load them (an import map onto the built package, a strict CSP).
// Run: node --test --test-concurrency=1 tests/e2e/widget.test.mjs (after node scripts/build.mjs)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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

/** Opens a demo page; `compose.html` loads the widget module but creates no element. */
async function demo(name, options = {}) {
  const page = await open(browser, options);
  await page.goto(`${server.url}/demo/${name}`);
  return page;
}

/** Waits until every <smtp-explain> with a reply has rendered. */
function rendered(page) {
  return page.waitForFunction(() => {
    const all = [...document.querySelectorAll('smtp-explain')];
    return all.length > 0 && all.every((el) => !el.reply || el.explanation);
  });
}

/** No console errors, no failed or external requests; then closes the page's context. */
async function finish(page) {
  assert.deepEqual(page.errors, [], 'console errors');
  assert.deepEqual(page.external, [], 'external requests');
  await page.context().close();
}

/** Creates an element from the page (the module is loaded through the import map). */
const createElement = (page, attributes) => page.evaluate(async (attrs) => {
  await import('smtp-explain/define');
  const el = document.createElement('smtp-explain');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.id = `el-${document.querySelectorAll('smtp-explain').length}`;
  const done = new Promise((resolve) => el.addEventListener('smtp-explain:explained', resolve, { once: true }));
  document.querySelector('main').append(el);
  await done;
  return el.id;
}, attributes);

/** The card of an element, read from its shadow root. */
const card = (page, selector) => page.evaluate((sel) => {
  const el = document.querySelector(sel);
  const c = el.shadowRoot.querySelector('[part~="card"]');
  if (!c) return null;
  return {
    outcome: c.dataset.outcome,
    category: c.dataset.category,
    compact: c.hasAttribute('data-compact'),
    title: c.querySelector('[part~="title"]').textContent,
    adminOpen: c.querySelector('details[part~="admin"]')?.open ?? null,
    more: Boolean(c.querySelector('details[part~="more"]')),
    status: el.shadowRoot.querySelector('[role="status"]')?.textContent ?? null,
  };
}, selector);

/** Opens showSmtpError(ARGS) from the page (ARGS is JS source: the page's CSP forbids eval,
 * a page.evaluate string does not); the result is kept in window.__dialogResult. */
const showError = (page, args) => page.evaluate(`(async () => {
  const { showSmtpError } = await import('smtp-explain/widget');
  window.__dialogResult = showSmtpError(${args}).then(({ explanation, input }) => ({
    category: explanation.category.id, outcome: explanation.outcome, input,
  }));
})()`);

/** What the open dialog shows and where focus is. */
const dialogState = (page) => page.evaluate(() => {
  const host = document.querySelector('smtp-explain-dialog');
  if (!host) return null;
  const root = host.shadowRoot;
  const dialog = root.querySelector('dialog');
  const active = root.activeElement;
  return {
    open: dialog.open,
    modal: dialog.matches(':modal'),
    role: dialog.getAttribute('role'),
    label: root.getElementById(dialog.getAttribute('aria-labelledby'))?.textContent ?? null,
    description: root.getElementById(dialog.getAttribute('aria-describedby'))?.textContent ?? null,
    title: root.querySelector('[part~="title"]').textContent,
    summary: root.querySelector('[part~="summary"]').textContent,
    category: root.querySelector('[part~="card"]').dataset.category,
    original: root.querySelector('[part~="original"] blockquote')?.textContent ?? null,
    focusInside: document.activeElement === host && dialog.contains(active),
    focused: active ? (active.textContent || active.tagName).trim().slice(0, 40) : null,
    buttons: [...root.querySelectorAll('button')].map((b) => b.textContent),
    adminToggle: root.querySelector('[part~="admin-toggle"]')?.textContent ?? null,
  };
});

const dialogClosed = (page) => page.waitForFunction(() => !document.querySelector('smtp-explain-dialog'));

test('an element in the page\'s HTML renders a temporary-failure card in its shadow root', async () => {
  const page = await demo('sent.html');
  await rendered(page);
  const result = await card(page, 'smtp-explain[reply="421 4.7.0 Try again later"]');
  assert.equal(result.outcome, 'temporary');
  assert.equal(result.compact, true, 'compact attribute gives the compact card');
  assert.equal(result.more, true, 'compact card has the "More" disclosure');
  const shadow = await page.evaluate(() => {
    const el = document.querySelector('smtp-explain');
    return { open: el.shadowRoot !== null, styled: getComputedStyle(el).display, codes: el.explanation.codes.map((c) => c.code) };
  });
  assert.equal(shadow.open, true);
  assert.equal(shadow.styled, 'block');
  assert.deepEqual(shadow.codes, ['421', '4.7.0']);
  // The app labels each message from the event.
  const states = await page.$$eval('.message .state', (els) => els.map((e) => e.dataset.outcome ?? ''));
  assert.deepEqual(states, ['temporary', 'success', 'permanent', 'permanent', 'permanent', 'success']);
  await finish(page);
});

test('every observed attribute has a property that round-trips', async () => {
  const page = await demo('index.html');
  await rendered(page);
  // [attribute value → property value] and [property value → attribute value], and the
  // property when the attribute is absent. A new observed attribute fails until listed here.
  const cases = {
    reply: { fromAttr: [['421 4.7.0 Try again later', '421 4.7.0 Try again later']], fromProp: [['550 5.1.1', '550 5.1.1']], absent: '' },
    lang: { fromAttr: [['de', 'de']], fromProp: [['fr', 'fr']], absent: '' },
    audience: { fromAttr: [['admin', 'admin'], ['user', 'user'], ['root', 'user'], ['', 'user'], ['ADMIN', 'user']], fromProp: [['admin', 'admin'], ['user', 'user']], absent: 'user' },
    compact: { fromAttr: [['', true], ['compact', true], ['false', true]], fromProp: [[true, ''], [false, null]], absent: false },
    'heading-level': { fromAttr: [['3', 3], ['6', 6], ['7', 2], ['x', 2]], fromProp: [[4, '4'], [6, '6']], absent: 2 },
  };
  const results = await page.evaluate(async (table) => {
    const { SmtpExplainElement } = await import('smtp-explain/widget');
    const out = { observed: [...SmtpExplainElement.observedAttributes], rows: [] };
    for (const name of SmtpExplainElement.observedAttributes) {
      const prop = name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      const el = document.createElement('smtp-explain');
      const row = { name, prop, has: prop in el, listed: name in table, fromAttr: [], fromProp: [], absent: undefined };
      if (row.listed) {
        for (const [value] of table[name].fromAttr) {
          el.setAttribute(name, value);
          row.fromAttr.push(el[prop]);
        }
        for (const [value] of table[name].fromProp) {
          el[prop] = value;
          row.fromProp.push([el.getAttribute(name), el[prop]]);
        }
        el.removeAttribute(name);
        row.absent = el[prop];
      }
      out.rows.push(row);
    }
    const el = document.createElement('smtp-explain');
    out.explanationReadOnly = (() => {
      try { el.explanation = { fake: true }; } catch { /* strict mode setter-less accessor */ }
      return el.explanation;
    })();
    return out;
  }, cases);
  assert.deepEqual(results.observed, ['reply', 'lang', 'audience', 'compact', 'heading-level']);
  for (const row of results.rows) {
    assert.ok(row.listed, `observed attribute "${row.name}" has no test case`);
    assert.ok(row.has, `observed attribute "${row.name}" has no property "${row.prop}"`);
    const table = cases[row.name];
    assert.deepEqual(row.fromAttr, table.fromAttr.map(([, expected]) => expected), `${row.name}: attribute → property`);
    assert.deepEqual(row.fromProp, table.fromProp.map(([value, attr]) => [attr, value]), `${row.name}: property → attribute → property`);
    assert.equal(row.absent, table.absent, `${row.name}: default when absent`);
  }
  assert.equal(results.explanationReadOnly, null, 'explanation is read-only and null before a render');
  await finish(page);
});

test('renders after init when created before it, coalesces quick changes, survives reconnection', async () => {
  const page = await demo('compose.html');
  const result = await page.evaluate(async () => {
    const core = await import('smtp-explain');
    const readyBefore = core.isReady();
    const { SmtpExplainElement } = await import('smtp-explain/widget');
    SmtpExplainElement.define();
    const el = document.createElement('smtp-explain');
    const events = [];
    el.addEventListener('smtp-explain:explained', (e) => events.push(e.detail.category.id));
    const next = () => new Promise((resolve) => el.addEventListener('smtp-explain:explained', resolve, { once: true }));
    const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
    el.reply = '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown';
    let done = next();
    document.querySelector('main').append(el);
    // Quick changes while the module is still loading: one render, with the last values.
    el.reply = '452 4.2.2 Mailbox full';
    el.setAttribute('audience', 'admin');
    el.compact = true;
    await done;
    await settle();
    const first = { events: [...events], explanation: el.explanation.category.id, readyAfter: core.isReady() };
    const firstCard = el.shadowRoot.querySelector('[part~="card"]');
    first.compact = firstCard.hasAttribute('data-compact');
    first.adminOpen = firstCard.querySelector('details[part~="admin"]').open;

    // Disconnected: changes wait until the element is back.
    el.remove();
    el.reply = '552 5.3.4 Message size exceeds fixed maximum message size';
    await settle();
    const whileAway = { events: events.length, category: el.shadowRoot.querySelector('[part~="card"]').dataset.category };
    done = next();
    document.querySelector('main').append(el);
    await done;
    const back = el.explanation.category.id;

    // Moving the element (disconnect and connect at once) does not render again.
    const count = events.length;
    document.body.append(el);
    await settle();
    return { readyBefore, first, whileAway, back, moved: events.length - count };
  });
  assert.equal(result.readyBefore, false, 'the module was not loaded before the element connected');
  assert.equal(result.first.readyAfter, true, 'the element loaded the module itself');
  assert.deepEqual(result.first.events, ['mailbox_full'], 'one render, with the last reply');
  assert.equal(result.first.explanation, 'mailbox_full');
  assert.equal(result.first.compact, true);
  assert.equal(result.first.adminOpen, true, 'audience="admin" opens the admin details');
  assert.deepEqual(result.whileAway, { events: 1, category: 'mailbox_full' });
  assert.equal(result.back, 'message_too_large');
  assert.equal(result.moved, 0);
  await finish(page);
});

test('many elements: each renders once, in document order, without one long task for all of them', async () => {
  const page = await demo('compose.html');
  const result = await page.evaluate(async () => {
    const { SmtpExplainElement } = await import('smtp-explain/widget');
    SmtpExplainElement.define();
    const replies = ['550 5.1.1 User unknown', '452 4.2.2 Mailbox full', '421 4.7.0 Try again later', '554 5.7.1 Message rejected as spam'];
    const count = 100;
    const order = [];
    let yieldedAt = null;
    const all = new Promise((resolve) => {
      document.addEventListener('smtp-explain:explained', (event) => {
        order.push(Number(event.target.id.slice(1)));
        // A task queued by the first render runs before the last render only if the
        // elements do not all render in the same task.
        if (order.length === 1) setTimeout(() => { yieldedAt = order.length; }, 0);
        if (order.length === count) resolve();
      });
    });
    const box = document.createElement('div');
    for (let i = 0; i < count; i += 1) {
      const el = document.createElement('smtp-explain');
      el.id = `e${i}`;
      el.reply = replies[i % replies.length];
      box.append(el);
    }
    document.querySelector('main').append(box);
    await all;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const cards = [...box.children].map((el) => el.shadowRoot.querySelectorAll('[part~="card"]').length);
    return { order, yieldedAt, cards, categories: [...box.children].slice(0, 4).map((el) => el.explanation.category.id) };
  });
  assert.deepEqual(result.order, [...Array(100).keys()], 'every element rendered once, in document order');
  assert.ok(result.cards.every((n) => n === 1), 'one card each');
  assert.deepEqual(result.categories, ['mailbox_unknown', 'mailbox_full', 'server_unavailable', 'spam_content']);
  assert.ok(result.yieldedAt !== null && result.yieldedAt < 100, `the browser got a turn before the last render (after ${result.yieldedAt})`);
  await finish(page);
});

test('the composed event carries the explanation; changing reply re-renders; the live region announces', async () => {
  const page = await demo('index.html');
  await rendered(page);
  const result = await page.evaluate(async () => {
    await import('smtp-explain/define');
    // Inside another component's shadow root: the event must cross it (composed) and bubble.
    const outer = document.createElement('div');
    document.querySelector('main').append(outer);
    const inner = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('smtp-explain');
    const seen = [];
    document.addEventListener('smtp-explain:explained', (e) => {
      if (e.composedPath()[0] === el) seen.push({ id: e.detail.category.id, target: e.target === outer, same: e.detail === el.explanation });
    });
    const next = () => new Promise((resolve) => el.addEventListener('smtp-explain:explained', resolve, { once: true }));
    let done = next();
    el.setAttribute('reply', '421 4.7.0 Try again later');
    inner.append(el);
    await done;
    const firstOutcome = el.shadowRoot.querySelector('[part~="card"]').dataset.outcome;
    done = next();
    el.reply = "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550 5.1.1 double-checking the recipient's email address - gsmtp";
    await done;
    const c = el.shadowRoot.querySelector('[part~="card"]');
    const status = el.shadowRoot.querySelector('[role="status"]');
    return {
      seen, firstOutcome, outcome: c.dataset.outcome, category: c.dataset.category,
      cards: el.shadowRoot.querySelectorAll('[part~="card"]').length,
      title: c.querySelector('[part~="title"]').textContent, explanationTitle: el.explanation.title,
      live: status && { polite: status.getAttribute('aria-live'), atomic: status.getAttribute('aria-atomic') },
    };
  });
  assert.deepEqual(result.seen.map((s) => s.id), ['server_unavailable', 'mailbox_unknown']);
  assert.ok(result.seen.every((s) => s.target && s.same), 'retargeted to the shadow host, detail is the explanation');
  assert.equal(result.firstOutcome, 'temporary');
  assert.equal(result.outcome, 'permanent');
  assert.equal(result.category, 'mailbox_unknown');
  assert.equal(result.cards, 1, 're-rendering replaces the card');
  assert.equal(result.title, result.explanationTitle);
  assert.deepEqual(result.live, { polite: 'polite', atomic: 'true' });
  // The live region ends up holding the headline.
  await page.waitForFunction(() => {
    const el = [...document.querySelectorAll('main > div')].at(-1).shadowRoot.querySelector('smtp-explain');
    return el.shadowRoot.querySelector('[role="status"]').textContent === el.explanation.title;
  });
  await finish(page);
});

test('lang: taken from the closest lang up the page (across shadow roots); the card says which language it shows', async () => {
  const page = await demo('index.html');
  await rendered(page);
  const result = await page.evaluate(async () => {
    await import('smtp-explain/define');
    const outer = document.createElement('div');
    outer.setAttribute('lang', 'de');
    document.querySelector('main').append(outer);
    const inner = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('smtp-explain');
    el.reply = '452 4.2.2 Mailbox full';
    const done = new Promise((resolve) => el.addEventListener('smtp-explain:explained', resolve, { once: true }));
    inner.append(el);
    await done;
    const inherited = { lang: el.lang, explained: el.explanation.lang };
    const next = new Promise((resolve) => el.addEventListener('smtp-explain:explained', resolve, { once: true }));
    el.lang = 'en';
    await next;
    return { inherited, own: el.explanation.lang, card: el.shadowRoot.querySelector('[part~="cards"]').getAttribute('lang') };
  });
  assert.equal(result.inherited.lang, '', 'the property mirrors the element\'s own attribute');
  assert.equal(typeof result.inherited.explained, 'string');
  assert.equal(result.own, 'en');
  assert.equal(result.card, 'en');
  await finish(page);
});

test('an empty or absent reply renders nothing and raises no error', async () => {
  const page = await demo('index.html');
  await rendered(page);
  const result = await page.evaluate(async () => {
    const el = document.querySelector('smtp-explain');
    const settle = () => new Promise((resolve) => setTimeout(resolve, 150));
    let events = 0;
    el.addEventListener('smtp-explain:explained', () => { events += 1; });
    const hadCard = Boolean(el.shadowRoot.querySelector('[part~="card"]'));
    el.reply = '   ';
    await settle();
    const blank = { card: Boolean(el.shadowRoot.querySelector('[part~="card"]')), explanation: el.explanation, height: el.getBoundingClientRect().height };
    el.removeAttribute('reply');
    await settle();
    const absent = { card: Boolean(el.shadowRoot.querySelector('[part~="card"]')), explanation: el.explanation };
    const fresh = document.createElement('smtp-explain');
    document.querySelector('main').append(fresh);
    await settle();
    return { hadCard, blank, absent, events, fresh: { card: Boolean(fresh.shadowRoot.querySelector('[part~="card"]')), explanation: fresh.explanation } };
  });
  assert.equal(result.hadCard, true);
  assert.deepEqual(result.blank, { card: false, explanation: null, height: 0 });
  assert.deepEqual(result.absent, { card: false, explanation: null });
  assert.deepEqual(result.fresh, { card: false, explanation: null });
  assert.equal(result.events, 0);
  await finish(page);
});

test('custom properties and parts style the card; light and dark defaults', async () => {
  for (const [scheme, defaultBg] of [['light', 'rgb(255, 255, 255)'], ['dark', 'rgb(30, 34, 39)']]) {
    const page = await demo('index.html', { colorScheme: scheme });
    await rendered(page);
    const result = await page.evaluate(() => {
      const el = document.querySelector('smtp-explain');
      const c = el.shadowRoot.querySelector('[part~="card"]');
      const before = getComputedStyle(c).backgroundColor;
      el.style.setProperty('--smtp-explain-bg', 'rgb(1, 2, 3)');
      el.style.setProperty('--smtp-explain-permanent', 'rgb(200, 0, 100)');
      // A page stylesheet (constructed: the demo's CSP allows no inline styles) styling a part.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('smtp-explain::part(title) { color: rgb(4, 5, 6); }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      return {
        before,
        after: getComputedStyle(c).backgroundColor,
        border: getComputedStyle(c).borderLeftColor,
        title: getComputedStyle(c.querySelector('[part~="title"]')).color,
      };
    });
    assert.equal(result.before, defaultBg, `${scheme} default background`);
    assert.equal(result.after, 'rgb(1, 2, 3)');
    assert.equal(result.border, 'rgb(200, 0, 100)', 'outcome colour property');
    assert.equal(result.title, 'rgb(4, 5, 6)', '::part(title)');
    await finish(page);
  }
});

test('styles under a strict CSP: adopted sheets, no <style>; the live region and the card structure survive re-renders', async () => {
  const page = await demo('sent.html');
  await rendered(page);
  const result = await page.evaluate(async () => {
    const el = document.querySelectorAll('smtp-explain')[1];
    const root = el.shadowRoot;
    const status = root.querySelector('[role="status"]');
    const next = () => new Promise((resolve) => el.addEventListener('smtp-explain:explained', resolve, { once: true }));
    let done = next();
    el.reply = '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown';
    await done;
    done = next();
    el.setAttribute('audience', 'admin');
    await done;
    const card = root.querySelector('[part~="card"]');
    const code = [...root.querySelectorAll('[part~="admin-actions-list"] code')];
    const sheetsOf = (r) => r.adoptedStyleSheets.length;
    return {
      styleElements: document.querySelectorAll('style').length
        + [...document.querySelectorAll('smtp-explain')].reduce((n, e) => n + e.shadowRoot.querySelectorAll('style').length, 0),
      sheets: [...document.querySelectorAll('smtp-explain')].map((e) => sheetsOf(e.shadowRoot)),
      shared: root.adoptedStyleSheets[1] === document.querySelector('smtp-explain').shadowRoot.adoptedStyleSheets[1],
      sameStatus: root.querySelector('[role="status"]') === status,
      children: [...root.children].map((c) => c.getAttribute('data-smtp-explain-root') ?? c.getAttribute('role')),
      tag: card.tagName,
      title: card.querySelector('[part~="title"]').tagName,
      described: root.getElementById(card.getAttribute('aria-describedby'))?.textContent === el.explanation.summary,
      code: code.map((c) => c.textContent),
      expectedCode: el.explanation.adminActions.flatMap((a) => [...a.matchAll(/`([^`]*)`/g)].map((m) => m[1])),
      codeFont: code[0] && getComputedStyle(code[0]).fontFamily,
    };
  });
  assert.equal(result.styleElements, 0, 'no <style> element in the page or any shadow root');
  assert.ok(result.sheets.every((n) => n === 2), `each shadow root adopts the widget sheet and the card sheet once: ${result.sheets}`);
  assert.equal(result.shared, true, 'one card sheet for every element');
  assert.equal(result.sameStatus, true, 'the live region is the same element after re-renders');
  assert.deepEqual(result.children, ['status', 'cards'], 'the renderer replaced only its own cards');
  assert.equal(result.tag, 'ARTICLE');
  assert.equal(result.title, 'H3', 'the sent list asks for heading-level="3" under its h2 subjects');
  assert.equal(result.described, true, 'the card is described by its summary');
  assert.ok(result.expectedCode.length > 0, 'the admin steps of an unknown mailbox name a command');
  assert.deepEqual(result.code, result.expectedCode, 'backtick spans in the admin steps are <code> elements');
  assert.match(result.codeFont, /mono/);
  await finish(page);
});

test('hostile replies render as text and run nothing (element and dialog)', async () => {
  // Without the demo's CSP, so that only the rendering itself stands between payload and page.
  const page = await demo('compose.html', { bypassCSP: true });
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';
  await createElement(page, {
    reply: `Final-Recipient: rfc822; "${payload}"@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 ${payload} user unknown`,
    audience: 'admin',
  });
  await createElement(page, { reply: `550 5.1.1 ${payload}` });
  const element = await page.evaluate(() => {
    const roots = [...document.querySelectorAll('smtp-explain')].map((el) => el.shadowRoot);
    return {
      markup: roots.reduce((n, r) => n + r.querySelectorAll('img, script, b, iframe').length, 0),
      recipient: roots[0].querySelector('[part~="recipient"] [part~="fact-value"]')?.textContent ?? null,
    };
  });
  assert.equal(element.markup, 0, 'no element was created from the reply');
  assert.equal(element.recipient, '"<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>"@example.com');

  await showError(page, `new Error(${JSON.stringify(payload)}, { cause: { response: ${JSON.stringify(`550 5.1.1 ${payload}`)} } }), { title: ${JSON.stringify(payload)} }`);
  await page.waitForSelector('smtp-explain-dialog dialog[open]');
  const dialog = await dialogState(page);
  assert.equal(dialog.title, payload, 'the title override is text');
  assert.equal(dialog.original, payload, 'the original message is text');
  const markup = await page.evaluate(() => document.querySelector('smtp-explain-dialog').shadowRoot.querySelectorAll('img, script, b').length);
  assert.equal(markup, 0);
  await page.keyboard.press('Escape');
  await dialogClosed(page);
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => window.__pwned ?? null), null, 'no payload ran');
  await finish(page);
});

test('showSmtpError: modal alertdialog, focus in and kept in, Escape closes, focus returns, promise resolves', async () => {
  const page = await demo('compose.html');
  await page.focus('#to');
  await showError(page, "'Could not send your message. Error 421.'");
  await page.waitForSelector('smtp-explain-dialog dialog[open]');
  const state = await dialogState(page);
  assert.equal(state.open, true);
  assert.equal(state.modal, true, 'opened with showModal()');
  assert.equal(state.role, 'alertdialog');
  assert.equal(state.label, state.title, 'aria-labelledby points at the headline');
  assert.equal(state.description, state.summary, 'aria-describedby points at the summary');
  assert.equal(state.category, 'server_unavailable');
  assert.equal(state.original, 'Could not send your message. Error 421.');
  assert.deepEqual(state.buttons, ['Copy details', 'Close']);
  assert.match(state.adminToggle, /admin/i, 'the admin details disclosure is there');
  assert.equal(state.focusInside, true, 'focus moved into the dialog');

  const visited = new Set();
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    const now = await dialogState(page);
    assert.equal(now.focusInside, true, `focus left the dialog after ${key}`);
    visited.add(now.focused);
  }
  assert.ok(visited.has('Copy details') && visited.has('Close'), `Tab reaches the buttons: ${[...visited]}`);
  assert.ok([...visited].some((name) => /admin/i.test(name)), 'Tab reaches the admin disclosure');

  await page.keyboard.press('Escape');
  await dialogClosed(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'to', 'focus returned to the opener');
  const result = await page.evaluate(() => window.__dialogResult);
  assert.deepEqual(result, { category: 'server_unavailable', outcome: 'temporary', input: 'Could not send your message. Error 421.' });
  await finish(page);
});

test('the compose demo: Send fails, the dialog explains, Close returns to Send', async () => {
  const page = await demo('compose.html');
  const expected = ['server_unavailable', 'mailbox_unknown', 'message_too_large', 'auth_failed'];
  for (const category of expected) {
    await page.click('#send');
    await page.waitForSelector('smtp-explain-dialog dialog[open]');
    const state = await dialogState(page);
    assert.equal(state.category, category);
    assert.equal(state.focusInside, true);
    await page.click('smtp-explain-dialog .close-button');
    await dialogClosed(page);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'send');
    await page.waitForFunction(() => document.getElementById('notice').textContent.startsWith('Not sent'));
  }
  await finish(page);
});

test('Error objects from a mail API: response, responseCode, code and cause are read', async () => {
  const page = await demo('compose.html');
  const cases = [
    // nodemailer: the reply is in error.response
    [`Object.assign(new Error("Can't send mail - all recipients were rejected: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table"), { code: 'EENVELOPE', response: '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table', responseCode: 550, command: 'RCPT TO' })`,
      'mailbox_unknown', '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table'],
    // wrapped by the app: the mail API's error is the cause
    [`new Error('Sending failed', { cause: Object.assign(new Error('Invalid login: 535-5.7.8 Username and Password not accepted.'), { code: 'EAUTH', response: '535 5.7.8 Username and Password not accepted.', responseCode: 535 }) })`,
      'auth_failed', '535 5.7.8 Username and Password not accepted.'],
    // only a reply code and a message
    [`Object.assign(new Error('Message rejected: mailbox full'), { responseCode: 452 })`, 'mailbox_full', '452 Message rejected: mailbox full'],
    // a plain object, as a JSON API returns it
    [`({ message: 'Send failed', response: '552 5.3.4 Message size exceeds fixed maximum message size' })`, 'message_too_large', '552 5.3.4 Message size exceeds fixed maximum message size'],
  ];
  for (const [source, category, input] of cases) {
    await showError(page, source);
    await page.waitForSelector('smtp-explain-dialog dialog[open]');
    const state = await dialogState(page);
    assert.equal(state.category, category, source);
    await page.click('smtp-explain-dialog .close-button');
    await dialogClosed(page);
    const result = await page.evaluate(() => window.__dialogResult);
    assert.equal(result.input, input);
  }
  await finish(page);
});

test('showSmtpError options: title, parent, signal, audience', async () => {
  const page = await demo('compose.html');
  await page.evaluate(() => {
    window.__abort = new AbortController();
    const holder = document.createElement('div');
    holder.id = 'holder';
    document.querySelector('main').append(holder);
  });
  await showError(page, `'421 4.7.0 Try again later', { title: 'Your message was not sent', parent: document.getElementById('holder'), signal: window.__abort.signal, audience: 'bogus' }`);
  await page.waitForSelector('#holder > smtp-explain-dialog dialog[open]');
  const state = await dialogState(page);
  assert.equal(state.title, 'Your message was not sent');
  assert.equal(state.label, 'Your message was not sent', 'the dialog is labelled by the replaced headline');
  const adminOpen = await page.evaluate(() => document.querySelector('smtp-explain-dialog').shadowRoot.querySelector('details[part~="admin"]').open);
  assert.equal(adminOpen, false, 'an invalid audience means "user"');
  await page.evaluate(() => window.__abort.abort());
  await dialogClosed(page);
  const result = await page.evaluate(() => window.__dialogResult);
  assert.equal(result.category, 'server_unavailable');
  // An already aborted signal opens nothing and rejects.
  const rejected = await page.evaluate(async () => {
    const { showSmtpError } = await import('smtp-explain/widget');
    try {
      await showSmtpError('421', { signal: AbortSignal.abort() });
      return 'resolved';
    } catch (error) {
      return `${error.name}; dialogs: ${document.querySelectorAll('smtp-explain-dialog').length}`;
    }
  });
  assert.equal(rejected, 'AbortError; dialogs: 0');
  await finish(page);
});

test('Copy details puts a plain-text report on the clipboard', async () => {
  const page = await demo('compose.html');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  await showError(page, `Object.assign(new Error('Sending failed: 550 5.1.1 unknown user'), { response: '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown' }), { audience: 'admin' }`);
  await page.waitForSelector('smtp-explain-dialog dialog[open]');
  const adminOpen = await page.evaluate(() => document.querySelector('smtp-explain-dialog').shadowRoot.querySelector('details[part~="admin"]').open);
  assert.equal(adminOpen, true, 'audience "admin" opens the admin details');
  await page.click('smtp-explain-dialog .copy-button');
  await page.waitForFunction(() => document.querySelector('smtp-explain-dialog').shadowRoot.querySelector('.copy-status').textContent !== '');
  const status = await page.evaluate(() => document.querySelector('smtp-explain-dialog').shadowRoot.querySelector('.copy-status').textContent);
  assert.match(status, /^Details copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const explanation = await page.evaluate(async () => {
    const { init, explain } = await import('smtp-explain');
    await init();
    return explain('550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown', { audience: 'admin' });
  });
  for (const part of ['Sending failed: 550 5.1.1 unknown user', '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown',
    explanation.title, explanation.summary, '550', '5.1.1', explanation.adminActions[0], 'category: mailbox_unknown']) {
    assert.ok(copied.includes(part), `report lacks ${JSON.stringify(part)}:\n${copied}`);
  }
  assert.ok(!/<[a-z]/i.test(copied.replace(/<bob@example\.com>/g, '')), 'plain text, no markup');

  // Without the async clipboard API (refused): the legacy copy of a hidden selection.
  await page.evaluate(async () => {
    await navigator.clipboard.writeText('');
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('refused', 'NotAllowedError'));
    document.querySelector('smtp-explain-dialog').shadowRoot.querySelector('.copy-status').textContent = '';
  });
  await page.click('smtp-explain-dialog .copy-button');
  await page.waitForFunction(() => document.querySelector('smtp-explain-dialog').shadowRoot.querySelector('.copy-status').textContent !== '');
  const fallback = await page.evaluate(() => {
    const root = document.querySelector('smtp-explain-dialog').shadowRoot;
    return {
      status: root.querySelector('.copy-status').textContent,
      leftovers: root.querySelectorAll('textarea').length,
      focus: root.activeElement?.textContent,
    };
  });
  assert.match(fallback.status, /^Details copied/);
  assert.equal(fallback.leftovers, 0);
  assert.equal(fallback.focus, 'Copy details', 'focus stays on the button');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), copied, 'the same report');
  await page.keyboard.press('Escape');
  await dialogClosed(page);
  await finish(page);
});

test('axe finds no violations: element and open dialog, light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const sent = await demo('sent.html', { colorScheme: scheme, bypassCSP: true });
    await rendered(sent);
    // Open one "More" and one admin disclosure so their content is checked too.
    await sent.evaluate(() => {
      const root = document.querySelectorAll('smtp-explain')[1].shadowRoot;
      root.querySelector('details[part~="more"]').open = true;
      root.querySelector('details[part~="admin"]').open = true;
    });
    assert.deepEqual(await axe(sent), [], `sent.html (${scheme})`);
    await finish(sent);

    const index = await demo('index.html', { colorScheme: scheme, bypassCSP: true });
    await rendered(index);
    assert.deepEqual(await axe(index), [], `index.html (${scheme})`);
    await finish(index);

    const compose = await demo('compose.html', { colorScheme: scheme, bypassCSP: true });
    await compose.click('#send');
    await compose.waitForSelector('smtp-explain-dialog dialog[open]');
    await compose.evaluate(() => { document.querySelector('smtp-explain-dialog').shadowRoot.querySelector('details[part~="admin"]').open = true; });
    assert.deepEqual(await axe(compose), [], `compose.html with the dialog open (${scheme})`);
    await finish(compose);
  }
});

test('screenshots: element, compact element, sent list and dialog in light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const index = await demo('index.html', { colorScheme: scheme, width: 900 });
    await rendered(index);
    await index.locator('smtp-explain').screenshot({ path: `${screenshotDir}/widget-element-${scheme}.png` });
    await index.evaluate(() => { document.querySelector('smtp-explain').audience = 'admin'; });
    await index.waitForFunction(() => document.querySelector('smtp-explain').shadowRoot.querySelector('details[part~="admin"]')?.open);
    await index.locator('smtp-explain').screenshot({ path: `${screenshotDir}/widget-element-admin-${scheme}.png` });
    await finish(index);

    const sent = await demo('sent.html', { colorScheme: scheme });
    await rendered(sent);
    await sent.screenshot({ path: `${screenshotDir}/widget-sent-${scheme}.png`, fullPage: true });
    await sent.locator('smtp-explain').first().screenshot({ path: `${screenshotDir}/widget-compact-${scheme}.png` });
    await sent.evaluate(() => { document.querySelector('smtp-explain').shadowRoot.querySelector('details[part~="more"]').open = true; });
    await sent.locator('smtp-explain').first().screenshot({ path: `${screenshotDir}/widget-compact-open-${scheme}.png` });
    await finish(sent);

    const compose = await demo('compose.html', { colorScheme: scheme });
    await compose.click('#send');
    await compose.waitForSelector('smtp-explain-dialog dialog[open]');
    await compose.screenshot({ path: `${screenshotDir}/widget-dialog-${scheme}.png` });
    await compose.click('smtp-explain-dialog .close-button');
    await dialogClosed(compose);
    await compose.click('#send');
    await compose.waitForSelector('smtp-explain-dialog dialog[open]');
    await compose.evaluate(() => { document.querySelector('smtp-explain-dialog').shadowRoot.querySelector('details[part~="admin"]').open = true; });
    await compose.screenshot({ path: `${screenshotDir}/widget-dialog-admin-${scheme}.png` });
    await finish(compose);
  }
  const phone = await demo('compose.html', { width: 390, height: 780 });
  await phone.click('#send');
  await phone.waitForSelector('smtp-explain-dialog dialog[open]');
  await phone.screenshot({ path: `${screenshotDir}/widget-dialog-phone.png` });
  await finish(phone);
});
