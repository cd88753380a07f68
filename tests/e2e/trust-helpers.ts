// Shared by the trust-*.e2e.test.ts files: the static hostile*/stress pages, a shipped (non-test) build of the
// extension, and small waits. The pages are plain HTML under tests/e2e/pages/ and need no bundling.
import { execFile } from 'node:child_process';
import { readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Frame, Page } from 'puppeteer-core';
import { type AttuneState, readState } from './harness/attune-state.ts';

const run = promisify(execFile);
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES_SRC = path.join(ROOT, 'tests/e2e/pages');

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns something truthy; the error names `what` and the last value seen. */
export async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeout = 8_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      last = await check();
      if (last) return last as T;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}; last: ${String(last)}`);
    await sleep(60);
  }
}

export function state(frame: Frame): Promise<AttuneState | null> {
  return readState(frame);
}

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const s = await stat(path.join(entry.parentPath, entry.name));
    newest = Math.max(newest, s.mtimeMs);
  }
  return newest;
}

/**
 * The extension exactly as shipped (no ATTUNE_TEST: closed shadow root, no test hook), built once into
 * .output/e2e-shipped/<browser> and rebuilt only when the sources changed since.
 */
export async function shippedBuild(browser: 'chrome' | 'firefox'): Promise<string> {
  const outDir = path.join(ROOT, '.output', 'e2e-shipped');
  const dir = path.join(outDir, browser);
  const stamp = path.join(dir, '.built-at');
  const sources = Math.max(
    ...(await Promise.all(['src', 'entrypoints', 'public', 'generated'].map((d) => newestMtime(path.join(ROOT, d))))),
    (await stat(path.join(ROOT, 'wxt.config.ts'))).mtimeMs,
  );
  const built = await stat(stamp).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  if (built > sources) return dir;
  try {
    await run(process.execPath, ['scripts/build-extension.mjs', browser, outDir], { cwd: ROOT });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`building the shipped ${browser} extension failed:\n${stdout}\n${stderr}`);
  }
  await writeFile(stamp, new Date().toISOString());
  return dir;
}

/** Focuses an element of the page with a trusted focus (element.focus() from the test, not a synthetic event). */
export async function focus(frame: Frame | Page, selector: string): Promise<void> {
  await frame.$eval(selector, (el) => {
    (el as HTMLElement).scrollIntoView({ block: 'center' });
    (el as HTMLElement).focus();
  });
}

/** The sentences the tests type: each has a flagged phrase the rules always find. */
export interface Flagged {
  text: string;
  phrase: RegExp;
}

export const FLAGGED_SENTENCES: readonly Flagged[] = [
  { text: 'Just calm down.', phrase: /calm down/i },
  { text: 'It is not a big deal.', phrase: /not a big deal/i },
  { text: 'Look on the bright side.', phrase: /bright side/i },
  { text: 'You are being dramatic.', phrase: /being dramatic/i },
  { text: 'Everything happens for a reason.', phrase: /happens for a reason/i },
];
