// node bench/experiments/phases.mjs — prints the per-phase table (see phases.ts).
import { bundle } from '../lib/bundle.mjs';
import { draft } from '../lib/corpus.mjs';
const { url } = await bundle('bench/experiments/phases.ts');
const { rows, counts } = (await import(url)).run(draft(2000));
console.log(counts);
for (const r of rows)
  console.log(`${r.label.padEnd(50)} median ${r.median.toFixed(3)}  mean ${r.mean.toFixed(3)}  p95 ${r.p95.toFixed(3)} ms/sentence`);
