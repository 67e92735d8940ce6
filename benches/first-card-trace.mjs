// Records a Chrome performance trace of the first card (a #q= link on the page, and the
// <smtp-explain> elements of www/demo/sent.html) and prints the timeline from navigation to the
// first card: each request (sent, first byte, done), the main thread's tasks (parse, script,
// Wasm compile, explain, render, style/layout/paint), first contentful paint and the card.
// With a build that keeps the Wasm functions' names (`node scripts/build.mjs --names`), it
// also prints where the CPU went between the module being ready and the card (self time by
// function, from the V8 sampling profiler at 100 µs).
// Usage: node benches/first-card-trace.mjs [runs] [--json DIR]   (default 3 runs each; the
// median run by first-card time is printed)
import { chromium } from 'playwright-core';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../tests/e2e/harness.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const jsonDir = args.includes('--json') ? args[args.indexOf('--json') + 1] : null;
const WATCH = `(() => {
  const found = () => {
    const roots = [document, ...[...document.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot)];
    return roots.some((r) => r.querySelector('[part~="card"]'));
  };
  const tick = () => {
    if (found()) { window.__firstCard = performance.now(); performance.mark('bench:first-card'); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const CATEGORIES = [
  'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm', 'v8.execute', 'blink.user_timing', 'loading',
  'disabled-by-default-v8.cpu_profiler', 'disabled-by-default-v8.compile', 'blink', 'netlog',
];

const server = await serve();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--no-first-run', '--js-flags=--cpu-profiler-sampling-interval=100',
    // Chromium 156 loads its omnibox popup (a WebUI page) beside every headless page: not ours, and it takes CPU.
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'],
});

const short = (url) => url.replace(server.url, '').replace('/vendor/smtp-explain/dist/', '~/').slice(0, 60);

function analyse(trace, page) {
  const events = trace.traceEvents;
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame && e.args.data.documentLoaderURL?.startsWith(server.url))
    ?? events.find((e) => e.name === 'navigationStart');
  const t0 = nav.ts;
  const ms = (ts) => (ts - t0) / 1000;
  const rendererPid = nav.pid;
  const mainTid = nav.tid;
  const mark = (name) => events.find((e) => e.name === name && e.pid === rendererPid);
  const fcp = mark('firstContentfulPaint');
  const card = mark('bench:first-card');
  const ready = mark('smtp-explain:ready');
  const lines = [];
  const at = (label, ts) => lines.push({ t: ms(ts), label });
  // Network: by request id.
  const requests = new Map();
  for (const e of events) {
    const d = e.args?.data;
    if (!d?.requestId) continue;
    const r = requests.get(d.requestId) ?? {};
    if (e.name === 'ResourceSendRequest') Object.assign(r, { url: d.url, sent: e.ts, priority: d.priority });
    if (e.name === 'ResourceReceiveResponse') r.response = e.ts;
    if (e.name === 'ResourceFinish') Object.assign(r, { done: e.ts, bytes: d.encodedDataLength });
    requests.set(d.requestId, r);
  }
  const network = [...requests.values()].filter((r) => r.url && r.sent).sort((a, b) => a.sent - b.sent);
  // Main-thread tasks of the renderer (top level), and notable nested events.
  const main = events.filter((e) => e.pid === rendererPid && e.tid === mainTid && e.ph === 'X');
  const wanted = /^(ParseHTML|EvaluateScript|v8\.compileModule|v8\.evaluateModule|FunctionCall|v8\.callFunction|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.run|UpdateLayoutTree|Layout|Paint|PrePaint|Commit|ParseAuthorStyleSheet|RecalculateStyles|HitTest|ScheduleStyleRecalculation|v8\.wasm\.\w+|wasm\.\w+|V8\.GC_\w+|MajorGC|MinorGC|v8\.compile|V8\.CompileCode|v8\.produceModuleCache|v8\.newInstance|ResourceReceivedData|EventDispatch|XHRReadyStateChange|CompileScript)$/;
  const spans = [];
  for (const e of main) {
    if (!wanted.test(e.name)) continue;
    if (e.ts < t0 || (card && e.ts > card.ts + 20_000)) continue;
    let what = e.name;
    const d = e.args?.data ?? e.args ?? {};
    if (d.url) what += ` ${short(d.url)}`;
    else if (d.functionName) what += ` ${d.functionName}`;
    else if (d.type) what += ` ${d.type}`;
    spans.push({ start: ms(e.ts), dur: (e.dur ?? 0) / 1000, what });
  }
  // Wasm events on any thread of the renderer (compile happens on background threads).
  const wasm = events.filter((e) => e.pid === rendererPid && /wasm/i.test(`${e.name} ${e.cat}`) && e.ts >= t0 && (!card || e.ts <= card.ts + 20_000));
  const wasmSummary = new Map();
  for (const e of wasm) {
    const key = `${e.name}${e.tid === mainTid ? ' (main)' : ' (bg)'}`;
    const s = wasmSummary.get(key) ?? { count: 0, dur: 0, first: e.ts, last: e.ts + (e.dur ?? 0) };
    s.count += 1;
    s.dur += (e.dur ?? 0) / 1000;
    s.first = Math.min(s.first, e.ts);
    s.last = Math.max(s.last, e.ts + (e.dur ?? 0));
    wasmSummary.set(key, s);
  }
  // CPU profile samples (main thread) between ready (or FCP) and the card: self time by function.
  const profile = { nodes: new Map(), samples: [], deltas: [] };
  let profileStart = null;
  for (const e of events) {
    if (e.pid !== rendererPid) continue;
    if (e.name === 'Profile' && e.args?.data?.startTime) profileStart = e.args.data.startTime;
    if (e.name === 'ProfileChunk') {
      const c = e.args.data.cpuProfile ?? {};
      for (const n of c.nodes ?? []) profile.nodes.set(n.id, n);
      profile.samples.push(...(c.samples ?? []));
      profile.deltas.push(...(e.args.data.timeDeltas ?? []));
    }
  }
  const selfTime = new Map();
  if (profileStart !== null && card) {
    const from = fcp ? fcp.ts : t0;
    let ts = profileStart;
    for (let i = 0; i < profile.samples.length; i++) {
      ts += profile.deltas[i] ?? 0;
      if (ts < from || ts > card.ts) continue;
      const node = profile.nodes.get(profile.samples[i]);
      const f = node?.callFrame ?? {};
      const name = `${f.functionName || '(anonymous)'} ${f.url ? short(f.url) : ''}`.trim();
      const dt = (profile.deltas[i + 1] ?? 100) / 1000;
      selfTime.set(name, (selfTime.get(name) ?? 0) + dt);
    }
  }
  // The phases: when the last script and the .wasm had arrived, when compiling started and
  // the instance was ready, and the main thread's CPU from then to the card.
  const lastDone = (test) => Math.max(...network.filter((r) => test(r.url) && r.done).map((r) => r.done));
  const first = (name) => events.find((e) => e.pid === rendererPid && e.name === name);
  const instantiated = first('wasm.SyncInstantiate');
  // The main thread's CPU clock at `ts`, from the last of its events that started before.
  const timed = main.filter((e) => e.tts !== undefined).sort((a, b) => a.ts - b.ts);
  const threadTime = (ts) => {
    let last = null;
    for (const e of timed) {
      if (e.ts > ts) break;
      last = e;
    }
    if (!last) return 0;
    // Inside the event: its thread time so far, at most the wall time since it started.
    const into = Math.min(ts - last.ts, last.tdur ?? 0);
    const end = last.ts + (last.dur ?? 0);
    return (last.tts + (ts < end ? into : (last.tdur ?? 0))) / 1000;
  };
  const cpuBetween = (from, to, test) => main.filter((e) => e.ts >= from && e.ts + (e.dur ?? 0) <= to && test(e.name)).reduce((a, e) => a + (e.tdur ?? 0), 0) / 1000;
  const phases = instantiated && card ? {
    fcp: fcp && ms(fcp.ts),
    scripts: ms(lastDone((u) => /\.js$/.test(u))),
    wasm: ms(lastDone((u) => /\.wasm$/.test(u))),
    compile: first('wasm.StartStreamingCompilation') && ms(first('wasm.StartStreamingCompilation').ts),
    ready: ms(instantiated.ts + instantiated.dur),
    card: ms(card.ts),
    lazyCompileCpu: cpuBetween(instantiated.ts, card.ts, (n) => n === 'wasm.CompileLazy'),
    styleLayoutCpu: cpuBetween(instantiated.ts, card.ts, (n) => n === 'UpdateLayoutTree' || n === 'Layout'),
    // The main thread's CPU clock (thread time of its events) from the instance being ready,
    // and from the first contentful paint, to the card: what the load of a shared machine
    // does not add to.
    readyToCardCpu: threadTime(card.ts) - threadTime(instantiated.ts + instantiated.dur),
    fcpToCardCpu: fcp ? threadTime(card.ts) - threadTime(fcp.ts) : undefined,
  } : null;
  return {
    phases,
    t: { fcp: fcp && ms(fcp.ts), card: card && ms(card.ts), ready: ready && ms(ready.ts) },
    network: network.map((r) => ({ url: short(r.url), sent: ms(r.sent), response: r.response && ms(r.response), done: r.done && ms(r.done), bytes: r.bytes, priority: r.priority })),
    spans,
    wasm: [...wasmSummary].map(([name, s]) => ({ name, count: s.count, total: s.dur, first: ms(s.first), last: ms(s.last) })),
    selfTime: [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 40),
  };
}

for (const [name, path] of [
  ['page with a #q= link', `/#${new URLSearchParams({ q: '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown' })}`],
  ['element in the initial HTML (demo/sent.html)', '/demo/sent.html'],
]) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(WATCH);
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(`${server.url}${path}`);
    await page.waitForFunction(() => window.__firstCard !== undefined, null, { timeout: 15_000 });
    await page.waitForTimeout(300);
    const buffer = await browser.stopTracing();
    const trace = JSON.parse(buffer.toString('utf8'));
    const result = analyse(trace, page);
    if (jsonDir) {
      mkdirSync(jsonDir, { recursive: true });
      writeFileSync(join(jsonDir, `${name.split(' ')[0]}-${i}.json`), buffer);
    }
    runs.push(result);
    await context.close();
  }
  runs.sort((a, b) => (a.t.card - a.t.fcp) - (b.t.card - b.t.fcp));
  const r = runs[runs.length >> 1];
  // Medians of each phase over the runs (ms after navigation; CPU in ms).
  const phaseMedian = (key) => runs.map((x) => x.phases?.[key]).filter((v) => v !== undefined && v !== null).sort((a, b) => a - b)[runs.length >> 1];
  if (runs[0].phases) {
    console.log(`\n=== ${name}: phases, medians of ${RUNS} (ms after navigation): ${Object.keys(runs[0].phases).map((k) => `${k} ${phaseMedian(k)?.toFixed(1)}`).join(', ')}`);
  }
  console.log(`\n=== ${name}: FCP ${r.t.fcp?.toFixed(1)} ms, ready ${r.t.ready?.toFixed(1) ?? '-'} ms, first card ${r.t.card?.toFixed(1)} ms `
    + `(card - FCP: ${runs.map((x) => (x.t.card - x.t.fcp).toFixed(0)).join(', ')} ms; median run shown)`);
  console.log('-- network (ms after navigation: sent / first byte / done, bytes)');
  for (const n of r.network) console.log(`  ${n.sent.toFixed(1).padStart(7)} ${n.response?.toFixed(1).padStart(7) ?? '      -'} ${n.done?.toFixed(1).padStart(7) ?? '      -'} ${String(n.bytes ?? '').padStart(7)} ${n.priority ?? ''} ${n.url}`);
  console.log('-- wasm events (count, total ms, first..last ms after navigation)');
  for (const w of r.wasm) console.log(`  ${w.name.padEnd(50)} ${String(w.count).padStart(4)} ${w.total.toFixed(1).padStart(7)}  ${w.first.toFixed(1)}..${w.last.toFixed(1)}`);
  console.log('-- main thread (start, duration ms; ≥ 0.3 ms)');
  for (const s of r.spans.filter((x) => x.dur >= 0.3)) console.log(`  ${s.start.toFixed(1).padStart(7)} ${s.dur.toFixed(1).padStart(6)}  ${s.what}`);
  if (r.selfTime.length) {
    console.log('-- CPU self time between FCP and the first card, by function (ms)');
    for (const [fn, t] of r.selfTime) console.log(`  ${t.toFixed(1).padStart(6)}  ${fn}`);
  }
}
await browser.close();
await server.close();
