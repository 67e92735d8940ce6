// A serverless function bundled into one file: the single-file build carries the Wasm and the
// English texts, so the bundle runs with nothing beside it.
import { init, explain } from 'smtp-explain/standalone';

await init();
console.log(JSON.stringify({ explain: explain('550 5.1.1 User unknown').category.id }));
