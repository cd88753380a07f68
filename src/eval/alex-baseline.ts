// The alex baseline, cached. alex's output does not move when our rules do, and it is slow (its profanity
// search costs ~25 ms a text), so results are kept in node_modules/.cache keyed by a hash of the text and
// alex's version: hashes and alex rule ids only, never the text itself.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { runInWorkers, type CheckResult } from './pool';

interface CacheFile {
  alex: string;
  results: Record<string, string[]>;
}

export function alexVersion(root: string): string {
  return (JSON.parse(readFileSync(resolve(root, 'node_modules/alex/package.json'), 'utf8')) as { version: string }).version;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 24);

export async function alexResults(
  root: string,
  workerPath: string,
  texts: readonly string[],
  options: { fresh?: boolean; onProgress?: (done: number, total: number) => void } = {},
): Promise<{ results: CheckResult[]; computed: number }> {
  const version = alexVersion(root);
  const cachePath = resolve(root, 'node_modules/.cache/attune/alex-baseline.json');
  let cache: CacheFile = { alex: version, results: {} };
  if (!options.fresh && existsSync(cachePath)) {
    try {
      const loaded = JSON.parse(readFileSync(cachePath, 'utf8')) as CacheFile;
      if (loaded.alex === version) cache = loaded;
    } catch {
      // A damaged cache is simply rebuilt.
    }
  }
  const keys = texts.map(hash);
  const missing = [...new Map(texts.map((t, i) => [keys[i]!, t])).entries()].filter(([k]) => !cache.results[k]);
  if (missing.length) {
    const computed = await runInWorkers(
      workerPath,
      'alex',
      missing.map(([, t]) => t),
      options.onProgress,
    );
    missing.forEach(([k], i) => {
      cache.results[k] = computed[i]!.categories;
    });
    mkdirSync(dirname(cachePath), { recursive: true });
    writeFileSync(cachePath, JSON.stringify(cache));
  }
  return { results: keys.map((k) => ({ categories: cache.results[k]! })), computed: missing.length };
}
