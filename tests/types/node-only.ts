// Compile-only check for a server project: lib ["es2022"] only, no DOM, no @types/node.
// The root entry's types must not need Element, ShadowRoot, BufferSource, URL or Request.
import { explain, explainAll, lookup, init, version, type Explanation, type WasmSource } from 'smtp-explain';

await init();
const e: Explanation = explain('550 5.1.1 User unknown');
const id: string = e.category.id;
const all: number = explainAll('x').length;
const entry = lookup('5.1.1');
const bytes: WasmSource = new Uint8Array(0);
void [id, all, entry, version, bytes];
