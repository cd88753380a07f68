// Reads the evaluation sets at run time from ../shared (never copied into the project).
// A missing file is not an error: the caller reports what was skipped and carries on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface DevMessage {
  id: string;
  context?: string;
  text: string;
  flags: string[];
}

export interface AnnomiUtterance {
  id: string;
  transcript: number;
  mi_quality: 'high' | 'low';
  text: string;
  behaviour: 'question' | 'reflection' | 'therapist_input' | 'other';
  question: 'open' | 'closed' | null;
  input: 'information' | 'advice' | 'negotiation' | 'options' | null;
}

export interface EpitomeResponse {
  id: string;
  response: string;
  emotional_reactions: number;
  interpretations: number;
  explorations: number;
}

export type Loaded<T> = { ok: true; path: string; rows: T[] } | { ok: false; path: string; reason: string };

/** The shared folder: `ATTUNE_SHARED_DIR`, else `../shared` next to the repository. */
export function sharedDir(root: string): string {
  return resolve(root, process.env.ATTUNE_SHARED_DIR ?? '../shared');
}

export function loadJsonl<T>(path: string): Loaded<T> {
  if (!existsSync(path)) return { ok: false, path, reason: 'file not found' };
  try {
    const rows = readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as T);
    return { ok: true, path, rows };
  } catch (err) {
    return { ok: false, path, reason: `unreadable: ${(err as Error).message}` };
  }
}

/** The research data file of one data set in shared/data (named `<set>-<part>.jsonl` there), found by
 *  its prefix at run time; a path that does not exist when the folder or file is absent. */
export function dataFile(dir: string, set: 'annomi' | 'epitome'): string {
  const folder = resolve(dir, 'data');
  const name = existsSync(folder) ? readdirSync(folder).find((f) => f.startsWith(`${set}-`) && f.endsWith('.jsonl')) : undefined;
  return resolve(folder, name ?? `${set}.jsonl`);
}

export function loadSets(root: string) {
  const dir = sharedDir(root);
  return {
    dev: loadJsonl<DevMessage>(resolve(dir, 'corpus/dev.jsonl')),
    annomi: loadJsonl<AnnomiUtterance>(dataFile(dir, 'annomi')),
    epitome: loadJsonl<EpitomeResponse>(dataFile(dir, 'epitome')),
    // Written blind to the rule packs (tests/fixtures/README.md): measures how the rules generalise.
    heldout: loadJsonl<DevMessage>(resolve(root, 'tests/fixtures/heldout.jsonl')),
  };
}
