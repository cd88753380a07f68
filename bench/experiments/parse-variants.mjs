// node bench/experiments/parse-variants.mjs
import { bundle } from '../lib/bundle.mjs';
import { messages } from '../lib/corpus.mjs';
const { url } = await bundle('bench/experiments/parse-variants.ts');
console.log((await import(url)).run(messages()));
