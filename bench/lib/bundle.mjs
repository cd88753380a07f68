// Bundles a bench TypeScript entry for Node with esbuild (npm packages stay external, as for the CLI).
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CACHE = resolve(ROOT, 'bench/.cache');

export async function bundle(entry, { external = true, minify = false, outName } = {}) {
  mkdirSync(CACHE, { recursive: true });
  const outfile = resolve(CACHE, outName ?? `${basename(entry).replace(/\.ts$/, '')}.mjs`);
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    outfile,
    bundle: true,
    platform: external ? 'node' : 'browser',
    format: 'esm',
    packages: external ? 'external' : undefined,
    minify,
    logLevel: 'error',
    metafile: true,
  });
  return { file: outfile, url: pathToFileURL(outfile).href, metafile: result.metafile };
}
