// @vitest-environment node
// The widget imported before a DOM exists (as with happy-dom's GlobalRegistrator registered
// after the imports): define() called once the DOM is there registers a working element.
import { test, expect } from 'vitest';
import { Window } from 'happy-dom';
import { SmtpExplainElement } from 'smtp-explain/widget';
import { init } from 'smtp-explain';

test('import order does not matter: define() after the DOM arrives', async () => {
  const window = new Window({ url: 'http://localhost/' });
  for (const name of ['HTMLElement', 'document', 'customElements', 'CustomEvent', 'Event', 'CSSStyleSheet', 'Node', 'Element', 'ShadowRoot']) {
    globalThis[name] = window[name];
  }
  globalThis.window = window;
  await init();
  SmtpExplainElement.define();
  const element = document.createElement('smtp-explain');
  expect(element instanceof SmtpExplainElement).toBe(true);
  element.setAttribute('reply', '550 5.1.1 User unknown');
  const done = new Promise((resolve) => element.addEventListener('smtp-explain:explained', resolve, { once: true }));
  document.body.append(element);
  await done;
  expect(element.explanation.category.id).toBe('mailbox_unknown');
  await window.happyDOM.close();
});
