// The browser check shared by every bundler: explain() and an <smtp-explain> element.
import { init, explain } from 'smtp-explain';
import 'smtp-explain/define';

export async function run() {
  await init();
  const result = { explain: explain('550 5.1.1 User unknown').category.id };
  const element = document.createElement('smtp-explain');
  element.setAttribute('reply', '550 5.1.1 User unknown');
  const done = new Promise((resolve) => element.addEventListener('smtp-explain:explained', resolve, { once: true }));
  document.body.append(element);
  await done;
  result.element = element.shadowRoot.querySelector('[part~="card"]').dataset.category;
  return result;
}

export function report(promise) {
  promise.then((result) => { window.__result = result; }, (error) => { window.__result = { error: String(error && error.stack || error) }; });
}
