// Prints how long explain() takes in the Wasm build (Node; the test build in target/dist-testing,
// which adds __benchCore) on the same typical
// replies as benches/explain.rs, and the ratio to the native figures when they exist.
// Run after `npm run build` and `cargo bench --bench explain` (npm run bench does both).
import { readFileSync, existsSync } from 'node:fs';
import { explain } from '../target/dist-testing/node.js';
import { __benchCore } from '../target/dist-testing/wasm/smtp_explain.js';

const inputs = readFileSync(new URL('./inputs.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);
function measure(iterations, fn) {
  const rounds = [];
  for (let r = 0; r < 7; r++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    rounds.push(Number(process.hrtime.bigint() - start) / 1000 / iterations);
  }
  rounds.sort((a, b) => a - b);
  return rounds[3];
}
explain('warm up');
console.log('explain() in Wasm (Node), median per call, including the JS object conversion:');
const times = inputs.map((input) => {
  const t = measure(2000, () => explain(input));
  console.log(`  ${t.toFixed(2).padStart(8)} µs  ${input.slice(0, 60)}…`);
  return t;
});
const mean = times.reduce((a, b) => a + b, 0) / times.length;
console.log(`  ${mean.toFixed(2).padStart(8)} µs  mean of the typical replies`);
const core = inputs.map((input) => measure(2000, () => __benchCore(input)));
const coreMean = core.reduce((a, b) => a + b, 0) / core.length;
console.log(`  ${coreMean.toFixed(2).padStart(8)} µs  mean of the core alone (no JS object built)`);
const nativeFile = new URL('../target/bench-native.json', import.meta.url);
if (existsSync(nativeFile)) {
  const native = JSON.parse(readFileSync(nativeFile, 'utf8'));
  console.log(`\nWasm / native: core alone ${(coreMean / native.mean_us).toFixed(2)}x, with the JS object ${(mean / native.mean_us).toFixed(2)}x (native mean ${native.mean_us.toFixed(2)} µs; the JS object ${(mean - coreMean).toFixed(2)} µs; budget: within 2x with the object)`);
}
