// node bench/experiments/sentence-cost.mjs — noise-robust per-keystroke and 5k engine cost (see sentence-cost.ts).
import { bundle } from '../lib/bundle.mjs';
import { mulberry32 as rng } from '../../scripts/mulberry32.mjs';
import { draft } from '../lib/corpus.mjs';
const { url } = await bundle('bench/experiments/sentence-cost.ts');
console.log(JSON.stringify((await import(url)).run(draft(2000), draft(5000), rng(1)), null, 1));
