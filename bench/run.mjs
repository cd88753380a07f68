// npm run bench [-- --json] [-- --quick] [-- --no-browser] [-- --no-build]
// Builds the shipped extension into bench/.output, times the engine and its peers in Node, measures the
// extension in Chromium, and prints a table (or, with --json, one JSON object). Every run is also saved
// to bench/results/latest.json. Timings are wall-clock ms unless a key says cpu.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { browserBench } from './browser-bench.mjs';
import { nodeBench } from './node-bench.mjs';
import { sizes } from './sizes.mjs';
import { round } from './lib/stats.mjs';

const args = new Set(process.argv.slice(2));
const json = args.has('--json');
const quick = args.has('--quick');
const log = (msg) => process.stderr.write(`· ${msg}\n`);

// Targets for a 2-core machine; [key, limit, 'max' | 'min'].
const TARGETS = [
  ['keystroke_p95', 1, 'max'],
  ['cold_5k', 25, 'max'],
  ['ratio_keystroke_vs_alex', 20, 'min'],
  ['ratio_keystroke_vs_harper', 20, 'min'],
  ['page_idle_ms', 5, 'max'],
  ['typing_long_task_max_ms', 16, 'max'],
  ['heap_mb', 20, 'max'],
];

const result = {
  date: new Date().toISOString(),
  machine: {
    nproc: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    node: process.version,
    loadavg_start: loadavg().map((n) => round(n)),
  },
  mode: quick ? 'quick' : 'full',
};

if (!args.has('--no-build')) {
  log('building the shipped extension and its zip into bench/.output');
  try {
    execFileSync(process.execPath, ['scripts/compile-rules.mjs'], { stdio: 'ignore' });
  } catch {
    // Rule packs being edited may fail their own examples; the bench measures speed, so it goes on with
    // the last generated/rules.json and says so.
    result.rules_compile_failed = true;
    log('npm run rules failed (rule examples); benchmarking the existing generated/rules.json');
  }
  execFileSync(process.execPath, ['bench/build-extension.mjs', '--zip'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
Object.assign(result, await nodeBench({ quick, log }));
Object.assign(result, await sizes());
if (!args.has('--no-browser')) {
  const browser = await browserBench({ quick, log });
  result.machine.chromium = browser.chromium;
  delete browser.chromium;
  Object.assign(result, browser);
}
result.machine.loadavg_end = loadavg().map((n) => round(n));
result.targets = Object.fromEntries(
  TARGETS.filter(([k]) => typeof result[k] === 'number').map(([k, limit, dir]) => [
    k,
    { limit, pass: dir === 'max' ? result[k] <= limit : result[k] >= limit },
  ]),
);

const rounded = JSON.parse(JSON.stringify(result, (_k, v) => (typeof v === 'number' ? round(v) : v)));
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/latest.json', `${JSON.stringify(rounded, null, 2)}\n`);

if (json) {
  process.stdout.write(`${JSON.stringify(rounded)}\n`);
} else {
  const rows = Object.entries(rounded).filter(([, v]) => typeof v === 'number');
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(
    `Attune bench (${rounded.mode}) ${rounded.date}  ${rounded.machine.nproc}× ${rounded.machine.cpu}, node ${rounded.machine.node}, chromium ${rounded.machine.chromium ?? '-'}, load ${rounded.machine.loadavg_start.join(' ')}`,
  );
  for (const [k, v] of rows) {
    const t = rounded.targets[k];
    console.log(
      `${k.padEnd(width)}  ${String(v).padStart(10)}${t ? `   ${t.pass ? 'pass' : 'FAIL'} (target ${TARGETS.find(([x]) => x === k)[2] === 'max' ? '<=' : '>='} ${t.limit})` : ''}`,
    );
  }
  console.log('saved bench/results/latest.json');
}
