// Bundles each editor page with esbuild into tests/e2e/.pages/<name>/ (gitignored): fast, offline.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { EDITOR_PAGES } from './editors.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PAGES_SRC = path.resolve(here, '../pages');
export const PAGES_OUT = path.resolve(here, '../.pages');

// package.json has lexical@0.53 but the @lexical/* packages pin lexical@0.52 (each with its own nested
// copy). Two copies of lexical in one bundle break its editor registry, so bundle the one they share.
function lexicalAlias(): Record<string, string> {
  const nested = path.resolve(here, '../../../node_modules/@lexical/rich-text/node_modules/lexical');
  return existsSync(nested) ? { lexical: nested } : {};
}

function html(name: string, hasCss: boolean): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${name}</title>
<link rel="stylesheet" href="../page.css">${hasCss ? '\n<link rel="stylesheet" href="index.css">' : ''}
</head><body><script type="module" src="index.js"></script></body></html>
`;
}

export async function buildPages(outDir = PAGES_OUT): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, 'page.css'), await readFile(path.join(PAGES_SRC, 'page.css')));
  const alias = lexicalAlias();
  await Promise.all(
    EDITOR_PAGES.map(async (page) => {
      const dir = path.join(outDir, page.name);
      const result = await build({
        entryPoints: { index: path.join(PAGES_SRC, page.file) },
        outdir: dir,
        bundle: true,
        format: 'esm',
        target: 'es2022',
        jsx: 'automatic',
        loader: { '.js': 'jsx' },
        define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
        alias: page.name === 'lexical' ? alias : {},
        logLevel: 'silent',
        metafile: true,
      });
      const hasCss = Object.keys(result.metafile.outputs).some((f) => f.endsWith('.css'));
      await writeFile(path.join(dir, 'index.html'), html(page.name, hasCss));
    }),
  );
}
