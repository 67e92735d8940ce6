// Internal: lets the widget hear that init() loaded the module, whoever called it (an app's
// own init() after a failed first try), so that elements showing the fallback render in full.
const listeners = new Set();

export function onLoaded(listener) {
  listeners.add(listener);
}

export function notifyLoaded() {
  for (const listener of [...listeners]) listener();
}

// Internal: the English provider texts are optional for the first card; cards that could use
// them render again when they arrive.
const textListeners = new Set();

export function onTextsLoaded(listener) {
  textListeners.add(listener);
  return () => textListeners.delete(listener);
}

export function notifyTextsLoaded() {
  for (const listener of [...textListeners]) listener();
}
