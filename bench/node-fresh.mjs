// Run in a fresh Node process (spawned by node-bench.mjs with --expose-gc): the one-off costs that a
// warm process hides. Prints one JSON line.
//  module_load_ms   importing the bundled engine (compromise + compiled rules), first time in the process
//  first_load_ms    loading the rule set the first time (un-serialising patterns, indexing the net)
//  first_5k_ms      the first analysis of the 5,000-character draft in the process (JIT cold)
//  heap_*           V8 heap used (after forced GC): engine module, and after analysing the draft
import { draft } from './lib/corpus.mjs';

const gc = globalThis.gc;
const used = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const url = process.argv[2];
const text = draft(5000);

const heapBefore = used();
let t0 = performance.now();
const engine = await import(url);
const moduleLoad = performance.now() - t0;
const heapModule = used();
const firstLoad = engine.load();
t0 = performance.now();
engine.cold(text);
const first5k = performance.now() - t0;
// Keep an analyzer (and its sentence cache) alive, as the content script does.
const keep = engine.analyzerFor(text);
const heapAfter = used();
console.log(
  JSON.stringify({
    module_load_ms: moduleLoad,
    first_load_ms: firstLoad,
    first_5k_ms: first5k,
    heap_engine_module_mb: heapModule - heapBefore,
    heap_after_5k_mb: heapAfter - heapBefore,
    heap_analysis_mb: heapAfter - heapModule,
    kept: keep ? 1 : 0,
  }),
);
