// Engine timings in Node, bundled by bench/lib/bundle.mjs (esbuild) like the CLI is. Everything here
// calls the real engine; nothing is re-implemented.
import packs from '../generated/rules.json';
import { createIncrementalAnalyzer } from '../src/engine';
import type { CompiledPacks } from '../src/engine/compiled';
import { tagSentence, tokenizeSentence } from '../src/engine/compromise';
import { loadRuleSet } from '../src/engine/ruleset';
import { splitSentences } from '../src/engine/sentences';

const now = () => performance.now();

export interface KeystrokeRun {
  times: number[];
  /** Process CPU time per update (ms): less sensitive than wall time to other processes on a busy machine. */
  cpu: number[];
  finalLength: number;
}

/** One character typed at a random place, `count` times, each followed by an incremental update. */
export function keystrokes(draft: string, count: number, random: () => number, warmup = 50): KeystrokeRun {
  const analyzer = createIncrementalAnalyzer();
  let text = draft;
  analyzer.update(text);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < warmup + count; i++) {
    const at = Math.floor(random() * (text.length + 1));
    const r = random();
    const ch = r < 0.16 ? ' ' : String.fromCharCode(97 + Math.floor(random() * 26));
    text = text.slice(0, at) + ch + text.slice(at);
    const c0 = process.cpuUsage();
    const t0 = now();
    analyzer.update(text);
    const dt = now() - t0;
    const c = process.cpuUsage(c0);
    if (i >= warmup) {
      times.push(dt);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { times, cpu, finalLength: text.length };
}

/** Fresh analyzer (empty sentence cache), rule set already loaded: the first analysis of a draft. */
export function cold(draft: string): number {
  const analyzer = createIncrementalAnalyzer();
  const t0 = now();
  analyzer.update(draft);
  return now() - t0;
}

/** The floor under cold_5k while compromise reads the text: tokenising every sentence of the draft,
 *  and tokenising plus tagging every one (the engine tags only the sentences a candidate pattern
 *  needs tags for, so its cold time lies above the first and may lie below the second). */
export function compromiseFloor(draft: string): { tokenize: number; tag: number } {
  const sentences = splitSentences(draft).map((s) => s.text);
  const t0 = now();
  for (const s of sentences) tokenizeSentence(s);
  const t1 = now();
  for (const s of sentences) tagSentence(tokenizeSentence(s));
  return { tokenize: t1 - t0, tag: now() - t1 };
}

/** Loading the rule set: un-serialising every compiled pattern and indexing the net (a fresh copy of
 *  the packs, so the loader's per-packs memo misses). */
export function load(): number {
  const copy = structuredClone(packs) as unknown as CompiledPacks;
  const t0 = now();
  loadRuleSet(copy);
  return now() - t0;
}

export const ruleCount = (packs as unknown as CompiledPacks).rules.length;

/** An analyzer that has analysed `text` (its sentence cache filled), for heap measurements. */
export function analyzerFor(text: string) {
  const analyzer = createIncrementalAnalyzer();
  analyzer.update(text);
  return analyzer;
}
