// Vite + React 19 + TSX: the element in JSX (types from smtp-explain/jsx) and explain().
import { createRoot } from 'react-dom/client';
import type {} from 'smtp-explain/jsx';
import { run, report } from './app.js';

function App() {
  return <smtp-explain id="react" reply="552 5.2.2 Mailbox full" compact heading-level="3" />;
}

const holder = document.createElement('div');
document.body.append(holder);
createRoot(holder).render(<App />);
report(run().then(async (result) => {
  const element = document.getElementById('react') as HTMLElementTagNameMap['smtp-explain'];
  for (let i = 0; i < 100 && !element.explanation; i++) await new Promise((r) => setTimeout(r, 20));
  return { ...result, react: element.explanation?.category.id ?? null };
}));
