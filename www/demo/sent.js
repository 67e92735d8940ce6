// Sent folder: each failed message has <smtp-explain compact reply="…">. One import registers
// the element; the rest of this file is the app reacting to it.
import 'smtp-explain/define';

// "Explain for": switch every element between the user's and the admin's view.
document.querySelector('.controls').addEventListener('change', (event) => {
  for (const element of document.querySelectorAll('smtp-explain')) element.audience = event.target.value;
});

// The app reads the explanation from the event to label each message.
const states = {
  temporary: 'Delayed: still trying',
  permanent: 'Not delivered',
  success: 'Delivered',
  intermediate: 'Sending',
  unknown: 'Problem',
};
document.addEventListener('smtp-explain:explained', (event) => {
  const state = event.target.closest('.message')?.querySelector('.state');
  if (!state) return;
  state.textContent = states[event.detail.outcome] ?? states.unknown;
  state.dataset.outcome = event.detail.outcome;
});
