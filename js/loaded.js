// Internal: lets the widget hear that init() loaded the module, whoever called it (an app's
// own init() after a failed first try), so that elements showing the fallback render in full.
const listeners = new Set();

export function onLoaded(listener) {
  listeners.add(listener);
}

export function notifyLoaded() {
  for (const listener of [...listeners]) listener();
}

// Internal: the provider texts and the knowledge pack are optional for the first card; cards
// that could use them render again when they arrive (kind: 'texts' for a language's base
// texts, 'providers', 'knowledge').
const textListeners = new Set();

export function onTextsLoaded(listener) {
  textListeners.add(listener);
  return () => textListeners.delete(listener);
}

export function notifyTextsLoaded(kind) {
  for (const listener of [...textListeners]) listener(kind);
}
