import { showSmtpError } from 'smtp-explain/widget';

export async function check(expect) {
  const element = document.createElement('smtp-explain');
  element.setAttribute('reply', '550 5.1.1 User unknown');
  const done = new Promise((resolve) => element.addEventListener('smtp-explain:explained', resolve, { once: true }));
  document.body.append(element);
  await done;
  expect(element.explanation.category.id).toBe('mailbox_unknown');
  const card = element.shadowRoot.querySelector('[part~="card"]');
  expect(card.getAttribute('data-category')).toBe('mailbox_unknown');
  checkStyles(expect, element);
  // The dialog opens and resolves when closed.
  const closed = showSmtpError(new Error('Error 421'));
  for (let i = 0; i < 100 && !document.querySelector('smtp-explain-dialog'); i++) await new Promise((r) => setTimeout(r, 10));
  const host = document.querySelector('smtp-explain-dialog');
  expect(host).not.toBeNull();
  host.shadowRoot.querySelector('.close-button').click();
  const result = await closed;
  expect(result.input).toBe('Error 421');
}

/** Where constructed stylesheets are missing (jsdom), the styles come as <style> elements. */
export function checkStyles(expect, element) {
  const root = element.shadowRoot;
  const adopted = root.adoptedStyleSheets != null && typeof root.adoptedStyleSheets[Symbol.iterator] === 'function';
  if (!adopted) expect(root.querySelector('style[data-smtp-explain-style="card"]')).not.toBeNull();
  else expect(root.adoptedStyleSheets.length).toBeGreaterThan(0);
}
