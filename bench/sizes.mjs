// Bundle sizes of the shipped build in bench/.output (built by build-extension.mjs).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bundle } from './lib/bundle.mjs';

const KB = 1024;
// A string only the compromise lexicon/tagger contains, to find which file carries the engine.
const ENGINE_MARKER = 'compromise';

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
}

export async function sizes(outDir = 'bench/.output') {
  const ext = join(outDir, 'chrome-mv3');
  // content_kb: what every page evaluates (the manifest's content scripts); content_main_kb: the rest of the content
  // script, loaded on the first focus of an editable field (Chrome: content-main.js).
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  const listed = manifest.content_scripts.flatMap((c) => c.js ?? []).map((f) => join(ext, f));
  const out = { content_kb: listed.reduce((n, f) => n + statSync(f).size, 0) / KB };
  const main = join(ext, 'content-main.js');
  out.content_main_kb = existsSync(main) ? statSync(main).size / KB : 0;
  // The engine is a separate script: the background (analysis runs there), or a chunk the content script imports
  // on first focus.
  const background = join(ext, 'background.js');
  const lazy = files(ext)
    .filter((f) => f.endsWith('.js') && !listed.includes(f) && !/popup|options|storage/.test(f))
    .filter((f) => readFileSync(f, 'utf8').includes(ENGINE_MARKER));
  out.background_kb = statSync(background).size / KB;
  if (lazy.length) {
    out.engine_kb = lazy.reduce((n, f) => n + statSync(f).size, 0) / KB;
    out.engine_split = true;
    out.engine_files = lazy.map((f) => f.slice(ext.length + 1));
  } else {
    // Not split: the engine is part of the content script. Estimate its share by minifying src/engine alone.
    const { file } = await bundle('src/engine/index.ts', { external: false, minify: true, outName: 'engine-only.min.js' });
    out.engine_kb = statSync(file).size / KB;
    out.engine_split = false;
  }
  const zip = readdirSync(outDir).find((f) => f.endsWith('-chrome.zip'));
  out.zip_kb = zip ? statSync(join(outDir, zip)).size / KB : NaN;
  return out;
}
