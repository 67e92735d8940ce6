// Compile-only check: a CommonJS TypeScript file (module node16/nodenext) imports the package;
// this is a require() of the package, typed by dist/index.d.cts (no TS1479).
import { explain, type Explanation } from 'smtp-explain';

const e: Explanation = explain('552 5.2.2 Mailbox full');
export const category: string = e.category.id;
