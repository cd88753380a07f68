// Once per `vitest run`: bundle the editor pages and build the test flavour of the extension for both
// browsers. Every e2e file reuses them (paths are handed over with provide/inject).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { buildPages, PAGES_OUT } from './harness/build-pages.ts';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Each run builds into its own directories and removes them at the end: several test runs on one machine
// (other people, CI retries) must not delete or rebuild the pages and extensions another run is serving.
// ATTUNE_E2E_NO_BUILD=1 uses fixed "dev" directories instead, built once and then reused, for quick iteration.
const reuse = process.env.ATTUNE_E2E_NO_BUILD === '1';
const runId = reuse ? 'dev' : `run-${process.pid}`;
// Under .output/ (gitignored) but apart from the developer's own builds.
const EXT_OUT = path.join(root, '.output', 'e2e', runId);
const PAGES_DIR = path.join(PAGES_OUT, runId);

export interface E2EContext {
  pagesDir: string;
  extensions: { chromium: string; firefox: string };
}

declare module 'vitest' {
  export interface ProvidedContext {
    attuneE2E: E2EContext;
  }
}

async function buildExtension(browser: 'chrome' | 'firefox'): Promise<string> {
  const script = path.join(root, 'scripts/build-extension.mjs');
  try {
    await run(process.execPath, [script, browser, EXT_OUT, '--test'], { cwd: root });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`building the ${browser} test extension failed:\n${stdout}\n${stderr}`);
  }
  return path.join(EXT_OUT, browser);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const built = reuse && existsSync(path.join(EXT_OUT, 'chrome')) && existsSync(path.join(EXT_OUT, 'firefox')) && existsSync(PAGES_DIR);
  const [chromium, firefox] = await Promise.all([
    built ? path.join(EXT_OUT, 'chrome') : buildExtension('chrome'),
    built ? path.join(EXT_OUT, 'firefox') : buildExtension('firefox'),
    built ? Promise.resolve() : buildPages(PAGES_DIR),
  ]);
  project.provide('attuneE2E', { pagesDir: PAGES_DIR, extensions: { chromium, firefox } });
  return async () => {
    if (reuse) return;
    await Promise.all([rm(EXT_OUT, { recursive: true, force: true }), rm(PAGES_DIR, { recursive: true, force: true })]);
  };
}
