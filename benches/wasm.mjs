// Prints how long explain() takes in the Wasm build (Node; the test build in target/dist-testing,
// which adds __benchCore) on the same typical
// replies as benches/explain.rs, and the ratio to the native figures when they exist.
// Run after `npm run build` and `cargo bench --bench explain` (npm run bench does both).
import { readFileSync, existsSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { explain } from '../target/dist-testing/node.js';
import { __benchCore } from '../target/dist-testing/wasm/smtp_explain.js';

const inputs = readFileSync(new URL('./inputs.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);
// Per call: the median of 7 rounds, by the clock and by this process's CPU time. On a shared
// machine the clock counts the time other processes hold the CPU; the CPU time does not.
const cpu = [];
function measure(iterations, fn) {
  const rounds = [];
  const cpuRounds = [];
  for (let r = 0; r < 7; r++) {
    const start = process.hrtime.bigint();
    const used = process.cpuUsage();
    for (let i = 0; i < iterations; i++) fn();
    rounds.push(Number(process.hrtime.bigint() - start) / 1000 / iterations);
    const { user, system } = process.cpuUsage(used);
    cpuRounds.push((user + system) / iterations);
  }
  rounds.sort((a, b) => a - b);
  cpuRounds.sort((a, b) => a - b);
  cpu.push(cpuRounds[3]);
  return rounds[3];
}
const cpuMean = (from) => cpu.slice(from, from + inputs.length).reduce((a, b) => a + b, 0) / inputs.length;
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
const [cpuWith, cpuCore] = [cpuMean(0), cpuMean(inputs.length)];
console.log(`  by CPU time: ${cpuWith.toFixed(2)} µs with the JS object, ${cpuCore.toFixed(2)} µs the core alone (the JS object ${(cpuWith - cpuCore).toFixed(2)} µs, ${((cpuWith - cpuCore) / cpuCore * 100).toFixed(0)}% of the core); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
const nativeFile = new URL('../target/bench-native.json', import.meta.url);
if (existsSync(nativeFile)) {
  const native = JSON.parse(readFileSync(nativeFile, 'utf8'));
  console.log(`\nWasm / native: core alone ${(coreMean / native.mean_us).toFixed(2)}x, with the JS object ${(mean / native.mean_us).toFixed(2)}x (native mean ${native.mean_us.toFixed(2)} µs; the JS object ${(mean - coreMean).toFixed(2)} µs; budget: within 2x with the object)`);
  console.log(`Wasm CPU time / native: core alone ${(cpuCore / native.mean_us).toFixed(2)}x, with the JS object ${(cpuWith / native.mean_us).toFixed(2)}x (native figure as measured by its own run)`);
}
