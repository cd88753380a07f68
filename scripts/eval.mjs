// `npm run eval`: bundles the evaluation (src/eval) and its worker with esbuild, then runs it.
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { runTs } from './run-ts.mjs';

const workerPath = resolve('node_modules/.cache/attune/eval-worker.mjs');
await build({
  entryPoints: ['src/eval/worker.ts'],
  outfile: workerPath,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
});
const { main } = await runTs('src/eval/main.ts');
process.exitCode = await main(process.argv.slice(2), { root: process.cwd(), workerPath });
