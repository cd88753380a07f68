// node bench/experiments/prefilter.mjs — how many corpus sentences could skip the parse, and whether any result changes.
import { bundle } from '../lib/bundle.mjs';
import { messages } from '../lib/corpus.mjs';
const { url } = await bundle('bench/experiments/prefilter.ts');
console.log((await import(url)).run(messages()));
