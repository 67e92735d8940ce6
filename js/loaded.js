// Internal: lets the widget hear that init() loaded the module, whoever called it (an app's
// own init() after a failed first try), so that elements showing the fallback render in full.
const listeners = new Set();

export function onLoaded(listener) {
  listeners.add(listener);
}

export function notifyLoaded() {
  for (const listener of [...listeners]) listener();
}
