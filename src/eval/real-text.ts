// Reads the realistic and real-text sets (../shared/corpus dev2.jsonl, real-dev.jsonl) at run time and scores
// findings on them. real-dev holds ids and labelled spans only: its texts are joined from EPITOME here, never copied.
import { resolve } from 'node:path';
import { dataFile, type DevMessage, type EpitomeResponse, loadJsonl, sharedDir } from './datasets';

export interface LabelledSpan {
  category: string;
  text: string;
}

export interface RealReply {
  id: string;
  text: string;
  flags: string[];
  spans: LabelledSpan[];
}

export interface ScoredFinding {
  rule: string;
  category: string;
  start: number;
  end: number;
}

export function loadRealText(root: string): { dev: DevMessage[]; dev2: DevMessage[]; real: RealReply[]; missing: string[] } {
  const dir = sharedDir(root);
  const missing: string[] = [];
  const rows = <T>(path: string): T[] => {
    const set = loadJsonl<T>(path);
    if (set.ok) return set.rows;
    missing.push(`${path}: ${set.reason}`);
    return [];
  };
  const dev = rows<DevMessage>(resolve(dir, 'corpus/dev.jsonl'));
  const dev2 = rows<DevMessage>(resolve(dir, 'corpus/dev2.jsonl'));
  const labels = rows<{ id: string; flags: string[]; spans?: LabelledSpan[] }>(resolve(dir, 'corpus/real-dev.jsonl'));
  const texts = new Map(rows<EpitomeResponse>(dataFile(dir, 'epitome')).map((r) => [r.id, r.response]));
  const real = labels.flatMap((l) => {
    const text = texts.get(l.id);
    return text === undefined ? [] : [{ id: l.id, text, flags: l.flags, spans: l.spans ?? [] }];
  });
  return { dev, dev2, real, missing };
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]) => a[0] < b[1] && b[0] < a[1];

/** Every place a span's words stand in the reply counts as the labelled place. */
function places(text: string, words: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf(words); i >= 0 && words; i = text.indexOf(words, i + 1)) out.push([i, i + words.length]);
  return out;
}

/** A finding on a real reply is right when it overlaps a labelled span of its category. */
export function rightOnReply(reply: RealReply, f: ScoredFinding): boolean {
  return reply.spans.some((s) => s.category === f.category && places(reply.text, s.text).some((p) => overlaps(p, [f.start, f.end])));
}

/** Whether a labelled span is found: a finding of its category overlaps it. */
export function spanFound(reply: RealReply, span: LabelledSpan, findings: readonly ScoredFinding[]): boolean {
  return findings.some((f) => f.category === span.category && places(reply.text, span.text).some((p) => overlaps(p, [f.start, f.end])));
}

/** A finding on a dev message is right when the message is labelled with its category. */
export const rightOnMessage = (m: DevMessage, f: ScoredFinding): boolean => m.flags.includes(f.category);
