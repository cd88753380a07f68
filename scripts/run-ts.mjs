// Runs a TypeScript entry with Node by bundling it with esbuild first (packages stay external).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function runTs(entry, { define = {} } = {}) {
  mkdirSync('node_modules/.cache/attune', { recursive: true });
  const outfile = resolve('node_modules/.cache/attune', `${basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
    define,
  });
  return import(pathToFileURL(outfile).href);
}
