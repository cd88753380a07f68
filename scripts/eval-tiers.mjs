// `npm run eval:rules`: per-rule precision on the labelled sets decides which rules are on by default (src/eval/tiers-main.ts).
import { runTs } from './run-ts.mjs';

const { main } = await runTs('src/eval/tiers-main.ts');
process.exitCode = await main(process.argv.slice(2), { root: process.cwd() });
