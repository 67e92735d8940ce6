// The smtp-explain page: paste a mail error and read what happened. Every explanation is drawn by
// the package's card renderer (renderExplanation / renderAnnotated); this file only builds the
// page's own chrome (the dictionary lists), with createElement and textContent, never HTML strings.
import {
  init, initModule, loadLanguage, explainAll, codes, categories, renderExplanation, renderAnnotated, version, dataVersion,
  availableLanguages, uiText,
} from './vendor/smtp-explain/dist/index.js';
import { directionOf } from './vendor/smtp-explain/dist/lang.js';

// The language of the page and the explanations: ?lang= in the address (it says nothing
// private), else the browser's first language that has texts, else English. Worked out first,
// so that the page's words and the language's pack are fetched with the Wasm.

/** The text and audience a link carries: in the #fragment (never sent to a web server), or in
 * the ?query of links made before (those still open, and the address is rewritten). */
function linkParams() {
  const hash = location.hash.slice(1);
  if (/^(q|for)=/.test(hash)) return new URLSearchParams(hash);
  return new URLSearchParams(location.search);
}
const params = linkParams();

const offered = [...availableLanguages];
function pickLanguage() {
  const asked = new URLSearchParams(location.search).get('lang') ?? params.get('lang');
  const find = (wanted) => offered.find((o) => o.toLowerCase() === wanted);
  for (const tag of [asked, ...(navigator.languages ?? [navigator.language])]) {
    const lower = String(tag ?? '').toLowerCase().replace('_', '-');
    const base = lower.split('-')[0];
    // The tag itself (pt-BR), else its language (de-AT → de), else a variant of it (pt → pt-BR).
    const traditionalChinese = base === 'zh' && /-(hant|tw|hk|mo)\b/.test(lower);
    const match = find(lower) ?? find(base) ?? (traditionalChinese ? undefined : offered.find((o) => o.toLowerCase().startsWith(`${base}-`)));
    if (base && match) return match;
  }
  return 'en';
}
let language = pickLanguage();

/** The page's own words (`page.*` texts) of each language once loaded: lang -> Map(key -> text). */
const pageTexts = new Map();
const pageTextLoads = new Map();

/** Fetches the page's words in `lang` (texts/<lang>.txt: `key = text` lines, written by
 * scripts/build.mjs; untranslated texts are in English there). A language whose file does not
 * load gets the English words; resolves with the language loaded (none: the words in
 * index.html stay). */
function loadPageTexts(lang) {
  let load = pageTextLoads.get(lang);
  if (!load) {
    load = fetch(new URL(`texts/${lang}.txt`, import.meta.url))
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
      .then((text) => {
        const texts = new Map();
        for (const line of text.split('\n')) {
          const at = line.indexOf(' = ');
          if (at > 0) texts.set(line.slice(0, at), line.slice(at + 3));
        }
        pageTexts.set(lang, texts);
        return lang;
      })
      .catch((error) => {
        pageTextLoads.delete(lang);
        console.error(`smtp-explain page: could not load its texts in ${lang}`, error);
        if (lang === 'en') return null;
        return loadPageTexts('en').then((loaded) => {
          if (loaded) pageTexts.set(lang, pageTexts.get(loaded));
          return loaded;
        });
      });
    pageTextLoads.set(lang, load);
  }
  return load;
}

// Start compiling the WebAssembly at once (index.html already started fetching the .wasm).
// This module loads with `async`, so it runs as soon as it arrives, possibly while the page
// is still being parsed: everything that touches the page waits for the DOM below.
// The first card does not wait for the English provider texts or the knowledge pack: cards
// that name a provider, are not sure or hold non-ASCII text render again when they arrive.
// The page's own words come from its own file (texts/<lang>.txt, fetched here in parallel): the
// package's Wasm does not carry them.
const ready = Promise.all([
  initModule().then(() => (language === 'en' ? null : loadLanguage(language).catch(() => null))),
  loadPageTexts(language),
]);
/** The findings on screen: explained again when the packs have arrived, and shown again if
 * they read differently (a pack can change the texts, a category or how sure it is). */
let shownList = null;
init().then(() => {
  if (!loaded || !rendered || !shownList || !input.value.trim()) return;
  let fresh = null;
  try {
    fresh = explainAll(input.value, { audience, lang: language });
  } catch {
    // explainNow() below says what went wrong.
  }
  if (!fresh || JSON.stringify(fresh) !== JSON.stringify(shownList)) {
    rendered = null;
    explainNow(fresh);
  }
}, () => {});

/** Real replies for the example buttons (addresses and IPs are documentation values). */
const EXAMPLES = {
  'gmail-unknown': [
    "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to",
    '550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7b8c1a2d3e4si1234567a12.123 - gsmtp',
  ].join('\n'),
  'outlook-blocked':
    '550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 (AS3130). [BN8NAM12FT053.eop-nam12.prod.protection.outlook.com]',
  'yahoo-deferred':
    '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
  'gmail-full': [
    "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to",
    '452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp 41be03b00d2f7-7b8c1a2d3e4si1234567a12.123 - gsmtp',
  ].join('\n'),
  'gmail-auth': [
    '550-5.7.26 This mail has been blocked because the sender is unauthenticated.',
    '550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.',
    '550-5.7.26',
    '550-5.7.26  Authentication results:',
    '550-5.7.26  DKIM = did not pass',
    '550-5.7.26  SPF [example.com] with ip: [192.0.2.1] = did not pass',
    '550-5.7.26',
    '550-5.7.26  For instructions on setting up authentication, go to',
    '550 5.7.26  https://support.google.com/mail/answer/81126#authentication 41be03b00d2f7-7b8c1a2d3e4si1234567a12.123 - gsmtp',
  ].join('\n'),
  'bare-421': 'Error 421',
  'postfix-log':
    'Nov 28 10:15:32 mail postfix/smtp[12345]: 4F2A81C0123: to=<jane@example.org>, relay=mx.example.org[192.0.2.25]:25, delay=1.2, delays=0.1/0/0.6/0.5, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.25] said: 550 5.1.1 <jane@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))',
  'dsn-three': [
    'From: MAILER-DAEMON@mail.example.com (Mail Delivery System)',
    'Subject: Undelivered Mail Returned to Sender',
    'To: alice@example.com',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B0UND4RY"',
    '',
    '--B0UND4RY',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'This is the mail system at host mail.example.com.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    '<bob@example.org>: host mx.example.org[192.0.2.25] said: 550 5.1.1 <bob@example.org>:',
    '    Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command)',
    '',
    '<carol@example.net>: host mx.example.net[198.51.100.7] said: 552 5.2.2 <carol@example.net>:',
    '    Mailbox full (in reply to RCPT TO command)',
    '',
    '<dave@example.edu>: host mx.example.edu[203.0.113.9] said: 554 5.7.1 Service unavailable;',
    '    Client host [192.0.2.1] blocked using zen.spamhaus.org (in reply to RCPT TO command)',
    '',
    '--B0UND4RY',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mail.example.com',
    'Arrival-Date: Sat, 28 Nov 2026 10:15:30 +0000',
    '',
    'Final-Recipient: rfc822; bob@example.org',
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: dns; mx.example.org',
    'Diagnostic-Code: smtp; 550 5.1.1 <bob@example.org>: Recipient address rejected: User unknown in local recipient table',
    '',
    'Final-Recipient: rfc822; carol@example.net',
    'Action: failed',
    'Status: 5.2.2',
    'Remote-MTA: dns; mx.example.net',
    'Diagnostic-Code: smtp; 552 5.2.2 <carol@example.net>: Mailbox full',
    '',
    'Final-Recipient: rfc822; dave@example.edu',
    'Action: failed',
    'Status: 5.7.1',
    'Remote-MTA: dns; mx.example.edu',
    'Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
    '',
    '--B0UND4RY--',
  ].join('\n'),
};

/** Page wording for who acts, in the dictionary's category entries (page.who.* texts). */
const WHO = new Set(['nobody', 'sender', 'sender_admin', 'recipient', 'recipient_admin', 'client_software']);

const TYPING_DELAY = 120; // ms after the last key before explaining
const URL_DELAY = 300; // ms after the last change before updating the address bar
const ANNOUNCE_DELAY = 700; // ms of calm before the live region reads the headline
const MAX_LINK_QUERY = 6000; // characters of the #fragment a shared link may carry
const MAX_FILE_BYTES = 2_000_000; // of a dropped file, read locally

if (document.readyState === 'loading') {
  await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
}

const $ = (id) => document.getElementById(id);
const input = $('input');
const search = $('search');
const cardsView = shadowView($('cards'));
const annotatedView = shadowView($('annotated'));
const cards = cardsView.target;
const annotated = annotatedView.target;

let loaded = false;
let audience = 'user';
let rendered = null; // { text, audience } of what is on screen
let firstRendered = false;
let adminOpen = false; // keeps "Details for your mail admin" open while the user edits
let typingTimer;
let urlTimer;
let announceTimer;
let lastAnnounced = '';

/** Creates an element; `text` sets its text, other keys set attributes; children are nodes or text. */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') element.textContent = value;
    else if (key === 'class') element.className = value;
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  element.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

// ---------------------------------------------------------------------------------------------
// The page's own words. index.html is written in English (the first paint, and the page without
// script); every text of it carries its catalog key: `data-text="page.key"` for the element's
// text, `data-text-attr="placeholder:page.key"` (several separated by spaces) for attributes.
// A `{name}` in a text is the element's child marked `data-slot="name"` (a key, a code, a link),
// kept as it is. Texts are set with textContent and setAttribute only.

/** The text of `key` in the page's language with its `{name}` values filled in; `english` while
 * the page's words have not arrived. */
function t(key, values = {}, english = key) {
  const text = pageTexts.get(language)?.get(key) ?? english;
  return text.replace(/\{([a-z_]+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** The slot children of each translated element, by name (read once, before any change). */
const slotsOf = new WeakMap();

function translateElement(element, lang) {
  const text = pageTexts.get(lang)?.get(element.dataset.text);
  if (text === undefined) return; // a key the page's texts lack: keep the words that are there
  if (!slotsOf.has(element)) {
    const slots = new Map();
    for (const slot of element.querySelectorAll(':scope > [data-slot]')) {
      if (!slots.has(slot.dataset.slot)) slots.set(slot.dataset.slot, slot);
    }
    slotsOf.set(element, slots);
  }
  const slots = slotsOf.get(element);
  if (!slots.size) {
    element.textContent = text;
    return;
  }
  const used = new Set();
  const nodes = [];
  for (const part of text.split(/(\{[a-z_]+\})/)) {
    const slot = /^\{([a-z_]+)\}$/.test(part) ? slots.get(part.slice(1, -1)) : undefined;
    if (slot) {
      // The same key twice ({shift}+{enter} after {enter}): a copy of it.
      nodes.push(used.has(slot) ? slot.cloneNode(true) : slot);
      used.add(slot);
    } else if (part) {
      nodes.push(document.createTextNode(part));
    }
  }
  element.replaceChildren(...nodes);
}

/** Puts the page's own words in `lang` (English restores the English texts); they are loaded
 * (loadPageTexts). */
function translatePage(lang) {
  for (const element of document.querySelectorAll('[data-text]')) translateElement(element, lang);
  for (const element of document.querySelectorAll('[data-text-attr]')) {
    for (const pair of element.dataset.textAttr.split(/\s+/).filter(Boolean)) {
      const [attribute, key] = pair.split(':');
      const text = pageTexts.get(lang)?.get(key);
      if (attribute && text !== undefined) element.setAttribute(attribute, text);
    }
  }
  const root = document.documentElement;
  root.lang = lang;
  root.dir = directionOf(lang);
  translatedAs = lang;
}
let translatedAs = 'en'; // the language of the page's words now

/**
 * A shadow root on `host` with the element the renderer draws into. The shadow root keeps the
 * card styles and the page styles apart; the renderer adopts its stylesheet into it as a
 * constructed sheet (allowed by the page's strict policy, which has no inline styles), and
 * the page styles cards through ::part() and the --smtp-explain-* properties.
 */
function shadowView(host) {
  const root = host.attachShadow({ mode: 'open' });
  const target = h('div', { class: 'view' });
  root.append(target);
  return { root, target };
}

// ---------------------------------------------------------------------------------------------
// Start-up: the input from the link shows at once; the explanation follows when the Wasm is in.

$('version').textContent = version;
$('data-version').textContent = dataVersion;

// The language switcher.
const languageSelect = $('language');
// Every language the package has texts for, each named in itself ("Deutsch", "日本語"). The
// names come from Intl.DisplayNames, whose locale data takes about 25 ms to load for twelve
// languages: before the first card, only the language in use gets its option; the others are
// added after the first card (or as soon as the switcher is reached).
function languageOption(tag) {
  let name = tag;
  try {
    name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {}
  return new Option(name.charAt(0).toLocaleUpperCase(tag) + name.slice(1), tag);
}
let languagesListed = false;
function listLanguages() {
  if (languagesListed) return;
  languagesListed = true;
  const existing = new Map([...languageSelect.options].map((o) => [o.value, o]));
  const value = languageSelect.value;
  languageSelect.replaceChildren(...offered.map((tag) => existing.get(tag) ?? languageOption(tag)));
  languageSelect.value = value;
}
for (const type of ['focus', 'pointerdown', 'keydown']) languageSelect.addEventListener(type, listLanguages);
if (language !== 'en') languageSelect.append(languageOption(language));
languageSelect.value = language;
// The page's words in its language as soon as they arrive (the Wasm may still be loading).
loadPageTexts(language).then((lang) => {
  if (lang && language !== translatedAs && pageTexts.has(language)) translatePage(language);
});
input.value = params.get('q') ?? '';
if (params.get('for') === 'admin') setAudience('admin');
// An old link with the text in the ?query: move it to the #fragment (after start-up).
if (location.search) setTimeout(() => updateUrl(), 0);
if (!dictionaryHash()) {
  input.focus();
  // A single line: the caret after it, ready to edit. A long text: start at its top.
  const caret = input.value.includes('\n') ? 0 : input.value.length;
  input.setSelectionRange(caret, caret);
  input.scrollTop = 0;
}
// Show a loading line only if the engine takes long enough to notice.
const loadingTimer = setTimeout(() => { if (!loaded && input.value.trim()) $('loading').hidden = false; }, 400);

ready.then(() => {
  performance.mark('smtp-explain:ready');
  loaded = true;
  if (language !== translatedAs && pageTexts.has(language)) translatePage(language);
  clearTimeout(loadingTimer);
  $('loading').hidden = true;
  explainNow();
  document.documentElement.dataset.ready = '';
  requestAnimationFrame(() => setTimeout(listLanguages, 0));
  if (dictionaryHash()) {
    goToHash();
  } else {
    // After the first paint: build the dictionary, and if nothing was explained yet, explain
    // a sample once so the first keystroke does not pay for the engine's one-time set-up.
    requestAnimationFrame(() => setTimeout(() => {
      if (!firstRendered) explainAll('550 5.1.1 User unknown');
      buildDictionary();
    }, 0));
  }
}, (error) => {
  clearTimeout(loadingTimer);
  $('loading').hidden = true;
  const message = $('load-error');
  message.textContent = t('page.error.start', {}, 'The explainer could not start in this browser (it needs WebAssembly). Reload the page; if that does not help, try an up-to-date browser.');
  message.hidden = false;
  console.error('smtp-explain: could not load the WebAssembly module', error);
});

// ---------------------------------------------------------------------------------------------
// Explaining.

function explainSoon(delay) {
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => explainNow(), delay);
}

/** Explains the input now (no-op when the same text is already shown); `known`: its findings,
 * already made for the current input, audience and language. */
function explainNow(known = null) {
  clearTimeout(typingTimer);
  if (!loaded) return;
  const text = input.value;
  if (rendered && rendered.text === text && rendered.audience === audience) return;
  rendered = { text, audience };
  if (!text.trim()) {
    showEmpty();
    return;
  }
  let list;
  try {
    list = known ?? explainAll(text, { audience, lang: language });
    shownList = list;
    // The card titles sit below the panel's "Explanation" heading (an h2).
    renderExplanation(cards, list.length === 1 ? list[0] : list, { audience, headingLevel: 3 });
    renderAnnotated(annotated, text, list);
  } catch (error) {
    // The engine resets itself after an internal error; say so and keep the page usable.
    showEmpty();
    rendered = null;
    $('empty-state').hidden = true;
    const message = $('load-error');
    message.textContent = t('page.error.explain', {}, 'Something went wrong while explaining this text. Change it a little to try again.');
    message.hidden = false;
    console.error('smtp-explain:', error);
    return;
  }
  $('load-error').hidden = true;
  if (adminOpen) {
    for (const details of cards.querySelectorAll('details[part~="admin"]')) details.open = true;
  }
  $('empty-state').hidden = true;
  $('result-tools').hidden = false;
  $('annotated-panel').hidden = false;
  const count = $('result-count');
  count.hidden = list.length < 2;
  count.textContent = list.length < 2 ? '' : countLine(list);
  if (!firstRendered) {
    firstRendered = true;
    performance.mark('smtp-explain:first-explanation');
  }
  announceSoon(headline(list));
  document.title = `${list[0].title || t('page.result.heading', {}, 'Explanation')} · smtp-explain`;
}

function countLine(list) {
  const recipients = list.filter((e) => e.recipient).length;
  if (recipients === list.length) return t('page.count.recipients', { count: list.length });
  return t('page.count.replies', { count: list.length });
}

function headline(list) {
  const title = (e) => e.title || e.category.title || t('page.announce.updated');
  if (list.length === 1) return title(list[0]);
  return t('page.announce.several', { count: list.length, title: title(list[0]) });
}

function showEmpty() {
  cards.replaceChildren();
  annotated.replaceChildren();
  $('empty-state').hidden = false;
  $('result-tools').hidden = true;
  $('annotated-panel').hidden = true;
  $('result-count').hidden = true;
  $('link-note').hidden = true;
  $('load-error').hidden = true;
  lastAnnounced = '';
  document.title = t('page.meta.title', {}, 'smtp-explain: what does this mail error mean?');
}

let announcement = 0;
/** Reads `message` out now. What the user just did (Copied) is not overwritten a moment later
 * by a headline still waiting (announceSoon): that one is dropped, and so is an older message
 * still on its way. */
function announce(message) {
  clearTimeout(announceTimer);
  const region = $('announcer');
  region.textContent = '';
  const token = ++announcement;
  // A fresh text node after a tick, so the same words are read again.
  setTimeout(() => { if (token === announcement) region.textContent = message; }, 50);
}

function announceSoon(message) {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => {
    if (message === lastAnnounced) return;
    lastAnnounced = message;
    announce(message);
  }, ANNOUNCE_DELAY);
}

// ---------------------------------------------------------------------------------------------
// The address bar carries the input (#q=) and the audience (#for=admin) in the fragment, which
// browsers never send to a server: a shared link does not put the text in anyone's logs.

function urlFor(text) {
  const url = new URL(location.href);
  url.search = language === 'en' ? '' : `?lang=${language}`;
  const fragment = new URLSearchParams();
  if (text) fragment.set('q', text);
  if (audience === 'admin') fragment.set('for', 'admin');
  url.hash = fragment.toString();
  return url;
}

function updateUrl() {
  clearTimeout(urlTimer);
  let url = urlFor(input.value);
  const tooLong = url.hash.length > MAX_LINK_QUERY;
  if (tooLong) url = urlFor('');
  $('link-note').hidden = !tooLong;
  if (url.href !== location.href) history.replaceState(null, '', url);
}

function updateUrlSoon() {
  clearTimeout(urlTimer);
  urlTimer = setTimeout(updateUrl, URL_DELAY);
}

// ---------------------------------------------------------------------------------------------
// Input events.

input.addEventListener('input', (event) => {
  const pasted = event.inputType === 'insertFromPaste' || event.inputType === 'insertFromDrop';
  explainSoon(pasted ? 0 : TYPING_DELAY);
  updateUrlSoon();
});

input.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
  const value = input.value;
  // Enter explains a single line; in a longer text it adds a line as usual.
  if (!value.trim() || value.includes('\n')) return;
  event.preventDefault();
  explainNow();
  updateUrl();
  revealResult();
});

$('clear').addEventListener('click', () => {
  input.value = '';
  explainNow();
  updateUrl();
  input.focus();
});

// A saved bounce (.eml, .txt) dropped anywhere on the page is read here, in the browser.
function hasFiles(event) {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}
window.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
  input.classList.add('is-dropping');
});
window.addEventListener('dragleave', (event) => {
  if (event.relatedTarget === null) input.classList.remove('is-dropping');
});
window.addEventListener('drop', async (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  input.classList.remove('is-dropping');
  const file = event.dataTransfer.files[0];
  if (!file) return;
  input.value = await file.slice(0, MAX_FILE_BYTES).text();
  input.scrollTop = 0;
  explainNow();
  updateUrl();
  input.focus();
  input.setSelectionRange(0, 0);
});

for (const button of document.querySelectorAll('[data-example]')) {
  button.addEventListener('click', () => {
    const text = EXAMPLES[button.dataset.example];
    if (text === undefined) return;
    input.value = text;
    input.scrollTop = 0;
    explainNow();
    updateUrl();
    revealResult();
  });
}

for (const radio of document.querySelectorAll('input[name="audience"]')) {
  radio.addEventListener('change', () => {
    if (!radio.checked) return;
    audience = radio.value;
    adminOpen = audience === 'admin';
    explainNow();
    updateUrl();
  });
}

function setAudience(value) {
  audience = value;
  adminOpen = value === 'admin';
  for (const radio of document.querySelectorAll('input[name="audience"]')) radio.checked = radio.value === value;
}

// Remember whether the user opened the admin details, to keep them open while editing.
cardsView.root.addEventListener('toggle', (event) => {
  const details = event.target;
  if (details instanceof HTMLDetailsElement && details.matches('[part~="admin"]') && event.isTrusted) {
    adminOpen = details.open;
  }
}, true);

/** Scrolls the explanation into view when it is below the fold (phones). */
function revealResult() {
  const box = $('result').getBoundingClientRect();
  if (box.top > window.innerHeight * 0.75) {
    $('result').scrollIntoView({ block: 'start', behavior: smoothScroll() });
  }
}

function smoothScroll() {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}

// ---------------------------------------------------------------------------------------------
// Copying.

/** Plain text of the cards on screen, read from the renderer's named parts. */
function explanationText() {
  const text = (element) => (element ? element.textContent.replace(/\s+/g, ' ').trim() : '');
  const blocks = [];
  for (const card of cards.querySelectorAll('[part~="card"]')) {
    const lines = [];
    lines.push(text(card.querySelector('[part~="title"]')) || t('page.result.heading'));
    const chips = text(card.querySelector('[part~="code-chips"]'));
    const badge = text(card.querySelector('[part~="badge"]'));
    if (chips || badge) lines.push([chips, badge && `(${badge})`].filter(Boolean).join(' '));
    const summary = text(card.querySelector('[part~="summary"]'));
    if (summary) lines.push('', summary);
    const facts = [];
    for (const name of ['who', 'retry', 'recipient', 'stage', 'provider', 'blocklist']) {
      const row = card.querySelector(`[part~="fact"][part~="${name}"]`);
      if (!row) continue;
      let value = text(row.querySelector('[part~="fact-value"]'));
      const link = row.querySelector('a[href]');
      if (link) value += ` (${link.href})`;
      const label = text(row.querySelector('[part~="fact-name"]'));
      facts.push(`${label}${/[?:]$/.test(label) ? '' : ':'} ${value}`);
    }
    if (facts.length) lines.push('', ...facts);
    for (const name of ['causes', 'user-actions', 'admin-actions']) {
      const section = card.querySelector(`section[part~="${name}"]`);
      if (!section) continue;
      lines.push('', `${text(section.querySelector('[part~="heading"]'))}:`);
      [...section.querySelectorAll('li')].forEach((item, index) => lines.push(`${index + 1}. ${text(item)}`));
    }
    const codeRows = card.querySelectorAll('[part~="code"]');
    if (codeRows.length) {
      lines.push('', `${text(card.querySelector('[part~="codes"] [part~="heading"]')) || t('page.dict.codes')}:`);
      for (const row of codeRows) {
        const title = text(row.querySelector('[part~="code-title"]'));
        lines.push(`${text(row.querySelector('[part~="code-id"]'))}: ${title}`);
      }
    }
    blocks.push(lines.join('\n'));
  }
  const link = urlFor(masked(input.value));
  const footer = link.hash.length <= MAX_LINK_QUERY ? t('page.copy.footer', { url: link.href }) : t('page.copy.footer_short');
  // The footer's link is masked already (its host is this page's).
  return `${masked(blocks.join('\n\n---\n\n'))}\n\n${footer}\n`;
}

// Masking: before copying, the addresses, IP addresses and host names in the text can be
// replaced with documentation values (RFC 2606 names, RFC 5737 and RFC 3849 addresses), the
// same value for the same original, so a shared text still reads as one story. Links (http,
// https) are kept: they point to public help pages.
// The text is cut into tokens by one linear pattern, and each token is checked by simple
// tests: no pattern with nested repetition, so a long line cannot make copying slow.
const TOKEN = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~@:-]+/g;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const isHost = (word) => {
  const labels = word.split('.');
  return labels.length >= 2 && labels.every((l) => l.length <= 63 && LABEL.test(l)) && /^[A-Za-z]{2,24}$/.test(labels.at(-1));
};
const isIpv4 = (word) => /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(word) && word.split('.').every((n) => Number(n) <= 255);
const isIpv6 = (word) => /^[0-9A-Fa-f:]+$/.test(word) && /[0-9A-Fa-f]/.test(word) && (word.includes('::') || word.split(':').length >= 5);
const isOurs = (word) => /^(person\d+@example\.com|example\.(com|net|org)|host\d+\.example\.net|192\.0\.2\.\d+|2001:db8::[0-9a-f]+)$/i.test(word);

/** `text` with its addresses, IPs and host names replaced (links kept as they are). */
function maskPrivate(text) {
  const seen = { email: new Map(), ipv4: new Map(), ipv6: new Map(), host: new Map() };
  const stand = (kind, original, make) => {
    const key = original.toLowerCase();
    if (!seen[kind].has(key)) seen[kind].set(key, make(seen[kind].size + 1));
    return seen[kind].get(key);
  };
  const maskWord = (word) => {
    if (isOurs(word)) return word;
    const at = word.indexOf('@');
    if (at > 0 && at === word.lastIndexOf('@') && isHost(word.slice(at + 1))) return stand('email', word, (n) => `person${n}@example.com`);
    if (isIpv4(word)) return stand('ipv4', word, (n) => `192.0.2.${n % 255}`);
    if (isIpv6(word)) return stand('ipv6', word, (n) => `2001:db8::${n.toString(16)}`);
    if (isHost(word)) return stand('host', word, (n) => `host${n}.example.net`);
    // host:port, ip:port
    const colon = word.lastIndexOf(':');
    if (colon > 0 && /^\d+$/.test(word.slice(colon + 1)) && (isHost(word.slice(0, colon)) || isIpv4(word.slice(0, colon)))) {
      return maskWord(word.slice(0, colon)) + word.slice(colon);
    }
    return word;
  };
  return text.replace(TOKEN, (token) => {
    if (/^https?:\/\//i.test(token)) return token;
    // Sentence punctuation after a name is not part of it ("see mx.example.org.").
    let cut = token.length;
    while (cut > 0 && '.:,-'.includes(token[cut - 1])) cut -= 1;
    return cut ? maskWord(token.slice(0, cut)) + token.slice(cut) : token;
  });
}

const maskBox = $('mask');
const masked = (text) => (maskBox.checked ? maskPrivate(text) : text);

/** Copies text: the Clipboard API, else a selected hidden textarea and execCommand. */
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const focused = document.activeElement;
    const area = h('textarea', { class: 'offscreen', readonly: true, 'aria-hidden': 'true', tabindex: '-1' });
    area.value = text;
    document.body.append(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    if (focused instanceof HTMLElement) focused.focus();
    return copied;
  }
}

/** Shows `label` on the button for two seconds, then its own words (in the page's language). */
function flash(button, label) {
  button.textContent = label;
  clearTimeout(button.flashTimer);
  button.flashTimer = setTimeout(() => translateElement(button, language), 2000);
}

$('copy').addEventListener('click', async () => {
  const ok = await copyText(explanationText());
  flash($('copy'), t(ok ? 'page.copied' : 'page.copy_failed'));
  announce(t(ok ? 'page.copied' : 'page.copy_failed.explanation'));
});

languageSelect.addEventListener('change', async () => {
  language = languageSelect.value;
  await Promise.all([language === 'en' ? null : loadLanguage(language).catch(() => null), loadPageTexts(language)]);
  if (pageTexts.has(language)) translatePage(language);
  if (loaded) rebuildDictionary();
  rendered = null;
  explainNow();
  updateUrl();
});

$('copy-link').addEventListener('click', async () => {
  updateUrl();
  const ok = await copyText(maskBox.checked ? urlFor(maskPrivate(input.value)).href : location.href);
  flash($('copy-link'), t(ok ? 'page.link_copied' : 'page.copy_failed'));
  announce(t(ok ? 'page.link_copied' : 'page.copy_failed.link'));
});

// ---------------------------------------------------------------------------------------------
// The dictionary: every code and category, searchable, each with its own link.

let dictionaryBuilt = false;
const entries = []; // { item, haystack, details }
const groups = [];

function safeLink(url, text) {
  if (!/^https:\/\/[^\s]+$/.test(url)) return document.createTextNode(text);
  return h('a', { href: url, rel: 'noopener noreferrer external', target: '_blank', text });
}

function fact(name, ...value) {
  return h('div', { class: 'dict-fact' }, h('dt', { text: name }), h('dd', {}, ...value));
}

/** A runnable example for a dictionary code: "5.7.26" for X.7.26 (the class of its usual reply). */
function exampleFor(entry) {
  if (entry.kind === 'basic') return entry.code;
  const reply = entry.basicCodes.find((c) => c >= 400 && c < 600);
  return `${reply ? String(reply)[0] : '5'}${entry.code.slice(1)}`;
}

function codeItem(entry, categoryTitles, english = entry) {
  const id = `code-${entry.code}`;
  const example = exampleFor(entry);
  const facts = h('dl', { class: 'dict-facts' });
  facts.append(fact(t('page.dict.category'), h('a', { href: `#category-${entry.category}`, text: categoryTitles.get(entry.category) || entry.category })));
  if (entry.kind === 'enhanced' && entry.basicCodes.length) {
    const links = [];
    entry.basicCodes.forEach((code, index) => {
      if (index) links.push(', ');
      links.push(h('a', { href: `#code-${code}`, text: String(code) }));
    });
    facts.append(fact(t('page.dict.sent_with'), ...links));
  }
  facts.append(fact(t('page.dict.defined_in'), safeLink(entry.sourceUrl, entry.source)));
  const meaning = localText(`code.${entry.code}`, entry.meaning);
  const details = h('details', { id, class: 'dict-entry' },
    h('summary', {},
      h('span', { class: 'dict-code', text: entry.code }),
      h('span', { class: 'dict-title', text: entry.title || entry.code }),
      entry.deprecated ? h('span', { class: 'tag', text: t('page.dict.obsolete') }) : null),
    h('div', { class: 'dict-body' },
      h('p', { class: 'dict-meaning', text: meaning }),
      entry.deprecated ? h('p', { class: 'hint', text: t('page.dict.obsolete_note') }) : null,
      facts,
      h('div', { class: 'dict-actions' },
        h('button', { type: 'button', class: 'button button-small', 'data-explain': example, text: t('page.dict.explain', { code: example }) }),
        h('a', { class: 'permalink', href: `#${id}`, text: t('page.dict.link', { code: entry.code }) }))));
  // English words find an entry in every language; the page's language too.
  const haystack = [entry.code, entry.title, english.title, entry.meaning, english.meaning, meaning, entry.category, categoryTitles.get(entry.category), entry.source,
    ...entry.basicCodes.map(String)].join(' ').toLowerCase();
  return { item: h('li', {}, details), details, haystack };
}

function categoryItem(category, allCodes) {
  const id = `category-${category.id}`;
  const related = allCodes.filter((c) => c.category === category.id);
  const facts = h('dl', { class: 'dict-facts' });
  facts.append(fact(t('page.dict.who_acts'), WHO.has(category.whoActs) ? t(`page.who.${category.whoActs}`) : category.whoActs));
  if (related.length) {
    const links = [];
    related.forEach((c, index) => {
      if (index) links.push(' ');
      links.push(h('a', { href: `#code-${c.code}`, class: 'code-link', text: c.code }));
    });
    facts.append(fact(t('page.dict.codes'), ...links));
  }
  const i = category.interop;
  facts.append(fact(t('page.dict.bounce_type'), `${t(i.hardBounce ? 'page.dict.hard_bounce' : 'page.dict.soft_bounce')} · Sisimai: ${i.sisimai} · Amazon SES: ${i.ses.type}/${i.ses.subtype} · SendGrid: ${i.sendgrid} · Postmark: ${i.postmark}`));
  const details = h('details', { id, class: 'dict-entry' },
    h('summary', {},
      h('span', { class: 'dict-title', text: categoryTitle(category) }),
      h('code', { class: 'dict-id', text: category.id })),
    h('div', { class: 'dict-body' },
      h('p', { class: 'dict-meaning', text: localText(`cat.${category.id}.definition`, category.definition) }),
      facts,
      h('div', { class: 'dict-actions' }, h('a', { class: 'permalink', href: `#${id}`, text: t('page.dict.link_category') }))));
  const haystack = [category.id, category.title, categoryTitle(category), category.definition,
    localText(`cat.${category.id}.definition`, category.definition), category.whoActs, i.sisimai, ...category.sisimaiAliases]
    .join(' ').toLowerCase().replaceAll('_', ' ') + ` ${category.id}`;
  return { item: h('li', {}, details), details, haystack };
}

/** A catalog text of the dictionary (a code's meaning, a category's title or definition) in the
 * page's language; `english` (from codes() and categories()) in English or when it has none. */
function localText(key, english) {
  if (language === 'en') return english;
  const text = uiText(key, language);
  return text && text !== key ? text : english;
}

function categoryTitle(category) {
  return localText(`cat.${category.id}.title`, category.title || category.id);
}

function buildDictionary() {
  if (dictionaryBuilt || !loaded) return;
  dictionaryBuilt = true;
  // Titles and meanings in the page's language; English words stay searchable (haystack).
  const allCodes = codes({ lang: language });
  const english = new Map(codes().map((c) => [c.code, c]));
  const allCategories = categories();
  const titles = new Map(allCategories.map((c) => [c.id, categoryTitle(c)]));
  const lists = { basic: $('basic-list'), enhanced: $('enhanced-list'), category: $('category-list') };
  const made = { basic: [], enhanced: [], category: [] };
  for (const entry of allCodes) made[entry.kind === 'basic' ? 'basic' : 'enhanced'].push(codeItem(entry, titles, english.get(entry.code)));
  for (const category of allCategories) made.category.push(categoryItem(category, allCodes));
  for (const [kind, list] of Object.entries(lists)) {
    list.append(...made[kind].map((e) => e.item));
    entries.push(...made[kind]);
    groups.push({ list, items: made[kind], none: list.parentElement.querySelector('.dict-none') });
    $(`${kind}-count`).textContent = `(${made[kind].length})`;
  }
  filter();
}

/** "5.7.26" and "4.7.26" find "X.7.26". */
function normalizeToken(token) {
  return /^[245x]\.\d+(\.\d*)?$/.test(token) ? `x${token.slice(1)}` : token;
}

let autoOpened = [];

function filter() {
  const query = search.value.trim().toLowerCase();
  const tokens = query.split(/\s+/).filter(Boolean).map(normalizeToken);
  let shown = 0;
  for (const details of autoOpened) details.open = false;
  autoOpened = [];
  const matches = [];
  for (const entry of entries) {
    const match = tokens.every((t) => entry.haystack.includes(t) || entry.haystack.includes(t.replaceAll('_', ' ')));
    entry.item.hidden = !match;
    if (match) {
      shown += 1;
      matches.push(entry);
    }
  }
  for (const group of groups) group.none.hidden = group.items.some((e) => !e.item.hidden);
  // A handful of matches: open them, so the meaning shows without another click.
  if (tokens.length && matches.length <= 3) {
    for (const { details } of matches) {
      if (!details.open) {
        details.open = true;
        autoOpened.push(details);
      }
    }
  }
  $('search-count').textContent = query
    ? t('page.search.matches', { shown, total: entries.length, query: search.value.trim() })
    : t('page.search.count', { total: entries.length });
}

/** Builds the dictionary again in the page's language (after a switch), keeping the search. */
function rebuildDictionary() {
  if (!dictionaryBuilt) return;
  const open = [...document.querySelectorAll('.dict-entry[open]')].filter((d) => !autoOpened.includes(d)).map((d) => d.id);
  for (const group of groups) group.list.replaceChildren();
  entries.length = 0;
  groups.length = 0;
  autoOpened = [];
  currentTarget = null;
  dictionaryBuilt = false;
  buildDictionary();
  for (const id of open) {
    const details = document.getElementById(id);
    if (details instanceof HTMLDetailsElement) details.open = true;
  }
}

search.addEventListener('input', () => {
  buildDictionary();
  filter();
});
search.addEventListener('focus', buildDictionary);

// "Explain 550" buttons in the dictionary.
$('dictionary').addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-explain]') : null;
  if (!button) return;
  input.value = button.dataset.explain;
  explainNow();
  updateUrl();
  $('result').scrollIntoView({ block: 'start', behavior: smoothScroll() });
  $('result').focus({ preventScroll: true });
});

// Entries opened by hand are no longer "auto-opened" (a new search leaves them open).
$('dictionary').addEventListener('toggle', (event) => {
  if (event.isTrusted) autoOpened = autoOpened.filter((d) => d !== event.target);
}, true);

/** The dictionary entry id named by the address bar's #fragment, or null. */
function dictionaryHash() {
  let id;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return null;
  }
  if (!/^(code|category)-/.test(id)) return null;
  // #code-5.7.26 and #code-x.7.26 mean #code-X.7.26.
  return id.replace(/^code-[245xX](\.\d+\.\d+)$/, 'code-X$1');
}

let currentTarget = null;

function goToHash() {
  const id = dictionaryHash();
  if (!id || !loaded) return;
  buildDictionary();
  const details = document.getElementById(id);
  if (!(details instanceof HTMLDetailsElement)) return;
  if (details.parentElement.hidden) {
    search.value = '';
    filter();
  }
  details.open = true;
  currentTarget?.classList.remove('is-target');
  details.classList.add('is-target');
  currentTarget = details;
  details.scrollIntoView({ block: 'start' });
  details.querySelector('summary').focus({ preventScroll: true });
}

window.addEventListener('hashchange', goToHash);
