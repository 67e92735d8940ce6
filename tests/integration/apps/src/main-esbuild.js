// esbuild does not follow new URL(..., import.meta.url): with --loader:.wasm=file
// --loader:.txt=file these imports give the URLs of the copied files.
import { init } from 'smtp-explain';
import wasm from 'smtp-explain/wasm';
import providerTexts from 'smtp-explain/packs/en-providers.txt';
import knowledge from 'smtp-explain/packs/knowledge.txt';
import { run, report } from './app.js';

report(init({ wasm, providerTexts, knowledge }).then(run));
