// Prints how long explain() takes in the Wasm builds (Node; the test build in target/dist-testing,
// which adds __benchCore and __benchScan) on the same typical replies as benches/explain.rs:
// with the JS object, the core alone (no JS object built), the JS object (the difference) and
// the matcher's scan, and the ratio to native explain() measured in the same run. Both builds:
// the speed build the Node entries load (wasm/smtp_explain_fast.wasm) and the size build
// browsers fetch (wasm/smtp_explain_bg.wasm, in a second instance of the glue). The native
// benchmark (`cargo bench --bench explain -- --typical-only`, built for the commit at hand) runs
// between the Wasm rounds, so both see the same load on a shared machine.
// Run after `node scripts/build.mjs --testing` (npm run bench does both).
// Usage: node benches/wasm.mjs [rounds] [--no-native] [--dist DIR]
//   rounds       alternations of Wasm and native (default 3); each figure is their median
//   --no-native  the Wasm figures only
//   --dist DIR   another test build (say, an older commit's, to compare with)
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { loadavg, cpus } from 'node:os';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const ROUNDS = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const root = new URL('..', import.meta.url);
const dist = args.includes('--dist') ? pathToFileURL(`${args[args.indexOf('--dist') + 1].replace(/\/$/, '')}/`) : new URL('target/dist-testing/', root);
// The speed build, as the Node entry loads it.
const { explain } = await import(new URL('node.js', dist));
const fast = await import(new URL('wasm/smtp_explain.js', dist));
// The size build in a second instance of the glue (another URL is another module), with the same
// English provider texts and knowledge pack.
const small = await import(new URL('wasm/smtp_explain.js?size', dist));
small.initSync({ module: readFileSync(new URL('wasm/smtp_explain_bg.wasm', dist)) });
small.loadPack('en', readFileSync(new URL('packs/en-providers.txt', dist)));
small.loadKnowledge(readFileSync(new URL('packs/knowledge.txt', dist)));
const builds = [
  ['speed build (Node entries, and browsers once busy: wasm/smtp_explain_fast.wasm)', { explain, core: fast.__benchCore, scan: fast.__benchScan }],
  ['size build (browsers, first cards: wasm/smtp_explain_bg.wasm)', { explain: (input) => small.explain(input, {}), core: small.__benchCore, scan: small.__benchScan }],
];
const inputs = readFileSync(new URL('./inputs.txt', import.meta.url), 'utf8').split('\n').filter(Boolean);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;

// Per call: the median of 7 rounds, by the clock and by this process's CPU time. On a shared
// machine the clock counts the time other processes hold the CPU; the CPU time does not.
function measure(iterations, fn) {
  const wall = [];
  const cpu = [];
  for (let r = 0; r < 7; r++) {
    const start = process.hrtime.bigint();
    const used = process.cpuUsage();
    for (let i = 0; i < iterations; i++) fn();
    wall.push(Number(process.hrtime.bigint() - start) / 1000 / iterations);
    const { user, system } = process.cpuUsage(used);
    cpu.push((user + system) / iterations);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

// The native benchmark's executable for the sources at hand (cargo builds it when they changed).
function nativeBench() {
  if (args.includes('--no-native')) return null;
  try {
    const out = execFileSync('cargo', ['bench', '--quiet', '--bench', 'explain', '--no-run', '--message-format=json'], {
      cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20,
    });
    const executables = out.split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((m) => m.executable && m.target?.name === 'explain');
    return executables.at(-1)?.executable ?? null;
  } catch (error) {
    console.log(`(no native figures: cargo bench --bench explain --no-run failed: ${error.message.split('\n')[0]})`);
    return null;
  }
}
const native = nativeBench();

// The matcher's fast rows come once it has read 256 KB (src/matcher.rs): read that first, so
// that every round measures the steady state.
for (const [, build] of builds) {
  build.explain('warm up');
  for (let i = 0; i < 1000; i++) build.core(inputs[i % inputs.length]);
}

console.log(`load average ${load()} on ${cpus().length} cores at the start; ${ROUNDS} rounds, Wasm and native alternating`);
const rounds = [];
for (let r = 0; r < ROUNDS; r++) {
  const round = { nativeWall: NaN, nativeCpu: NaN, builds: [] };
  if (native) {
    const figures = JSON.parse(execFileSync(native, ['--typical-only'], { encoding: 'utf8' }).trim().split('\n').at(-1));
    round.nativeWall = figures.mean_us;
    round.nativeCpu = figures.cpu_mean_us ?? NaN;
  }
  round.builds = builds.map(([, build]) => inputs.map((input) => ({
    full: measure(2000, () => build.explain(input)),
    core: measure(2000, () => build.core(input)),
    scan: measure(2000, () => build.scan(input)),
  })));
  rounds.push(round);
}

// Each figure: the median over the rounds.
const figure = (pick) => median(rounds.map(pick));
if (native) {
  const [nativeWall, nativeCpu] = [figure((r) => r.nativeWall), figure((r) => r.nativeCpu)];
  console.log(`\nnative explain() (same run): ${nativeWall.toFixed(2)} µs by the clock, ${nativeCpu.toFixed(2)} µs by CPU time`);
}
builds.forEach(([name], b) => {
  const perInput = (part, unit) => (i) => figure((r) => r.builds[b][i][part][unit]);
  const meanOf = (part, unit) => figure((r) => mean(r.builds[b].map((x) => x[part][unit])));
  console.log(`\n${name}\nexplain() in Wasm (Node), median per call, including the JS object (by the clock; by CPU time):`);
  inputs.forEach((input, i) => {
    console.log(`  ${perInput('full', 'wall')(i).toFixed(2).padStart(8)} µs ${perInput('full', 'cpu')(i).toFixed(2).padStart(8)} µs  ${input.slice(0, 60)}…`);
  });
  const rows = [
    ['with the JS object', 'full'],
    ['the core alone (no JS object built)', 'core'],
    ['of which the matcher\'s scan', 'scan'],
  ];
  console.log('means of the typical replies           clock        CPU');
  for (const [label, part] of rows) {
    console.log(`  ${label.padEnd(36)} ${meanOf(part, 'wall').toFixed(2).padStart(7)} µs ${meanOf(part, 'cpu').toFixed(2).padStart(7)} µs`);
  }
  const object = (unit) => figure((r) => mean(r.builds[b].map((x) => x.full[unit] - x.core[unit])));
  console.log(`  ${'the JS object (with - core)'.padEnd(36)} ${object('wall').toFixed(2).padStart(7)} µs ${object('cpu').toFixed(2).padStart(7)} µs`);
  if (native) {
    const ratio = (part, unit, base) => (figure((r) => mean(r.builds[b].map((x) => x[part][unit])) / r[base])).toFixed(2);
    console.log(`Wasm / native, by CPU time: core alone ${ratio('core', 'cpu', 'nativeCpu')}x, with the JS object ${ratio('full', 'cpu', 'nativeCpu')}x (budget: within 2x with the object)`);
    console.log(`Wasm / native, by the clock: core alone ${ratio('core', 'wall', 'nativeWall')}x, with the JS object ${ratio('full', 'wall', 'nativeWall')}x`);
  }
});
console.log(`load average ${load()} at the end`);
