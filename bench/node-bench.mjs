// Engine and peer timings in Node (one process, same texts), plus a fresh process for one-off costs.
import { execFileSync } from 'node:child_process';
import { text as alexText } from 'alex';
import { LocalLinter } from 'harper.js';
import { binary } from 'harper.js/binary';
import { bundle } from './lib/bundle.mjs';
import { mulberry32 } from '../scripts/mulberry32.mjs';
import { draft } from './lib/corpus.mjs';
import { median, percentile } from './lib/stats.mjs';

const KEYSTROKES = 500;
const WARMUP_SEED = 1000;
// The peers get as much warm-up work as the engine's warm-up run (~0.3 s): a few whole checks each.
const PEER_WARMUP = 5;

async function repeat(runs, warmup, fn) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await fn());
  return times;
}

const timed = async (fn) => {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
};

export async function nodeBench({ quick = false, log = () => {} } = {}) {
  const { url } = await bundle('bench/engine.ts');
  const engine = await import(url);
  const d2k = draft(2000);
  const d5k = draft(5000);
  const out = { rules: engine.ruleCount };

  log('engine: keystrokes');
  // Warm-up: one whole run of its own (another seed, not measured) brings V8's JIT to steady state; 50
  // keystrokes did not, and the first measured run then carried the compiler's work (its p95 about 2×
  // a warm run's). That first run is still reported, as keystroke_p95_first_run.
  const first = engine.keystrokes(d2k, KEYSTROKES, mulberry32(WARMUP_SEED));
  out.keystroke_p95_first_run = percentile(first.times, 95);
  // Then three independent runs of 500 keystrokes (seeds 1..3); the figures are the medians of the runs.
  const rounds = quick ? [1] : [1, 2, 3];
  const runs = rounds.map((seed) => engine.keystrokes(d2k, KEYSTROKES, mulberry32(seed)));
  out.keystroke_p50 = median(runs.map((r) => median(r.times)));
  out.keystroke_p95 = median(runs.map((r) => percentile(r.times, 95)));
  out.keystroke_max = median(runs.map((r) => Math.max(...r.times)));
  out.keystroke_cpu_p50 = median(runs.map((r) => median(r.cpu)));
  out.keystroke_cpu_p95 = median(runs.map((r) => percentile(r.cpu, 95)));

  log('engine: cold 5k and rule-set load');
  out.cold_5k = median(await repeat(quick ? 3 : 7, 2, () => engine.cold(d5k)));
  out.load_ms = median(await repeat(quick ? 5 : 15, 3, () => engine.load()));
  const floors = await repeat(quick ? 3 : 7, 2, () => engine.compromiseFloor(d5k));
  out.compromise_tokenize_5k = median(floors.map((f) => f.tokenize));
  out.compromise_tokenize_tag_5k = median(floors.map((f) => f.tag));

  log('alex');
  out.alex_2k = median(await repeat(quick ? 3 : 7, PEER_WARMUP, () => timed(() => alexText(d2k))));
  out.alex_5k = median(await repeat(quick ? 3 : 7, PEER_WARMUP, () => timed(() => alexText(d5k))));

  log('harper.js (WASM setup is excluded from the check time)');
  const linter = new LocalLinter({ binary });
  out.harper_setup_ms = await timed(() => linter.setup());
  out.harper_2k = median(await repeat(quick ? 3 : 7, PEER_WARMUP, () => timed(() => linter.lint(d2k))));
  out.harper_5k = median(await repeat(quick ? 3 : 7, PEER_WARMUP, () => timed(() => linter.lint(d5k))));

  // A peer has no incremental mode: one keystroke costs it a full re-check of the same 2,000-character draft.
  out.ratio_keystroke_vs_alex = out.alex_2k / out.keystroke_p95;
  out.ratio_keystroke_vs_harper = out.harper_2k / out.keystroke_p95;

  log('fresh process: module load, first analysis, heap');
  const fresh = JSON.parse(
    execFileSync(process.execPath, ['--expose-gc', new URL('./node-fresh.mjs', import.meta.url).pathname, url], {
      encoding: 'utf8',
    }).trim(),
  );
  Object.assign(out, fresh);
  delete out.kept;
  return out;
}
