// Noise-robust engine cost for A/B work on a shared machine: the sentences 600 random keystrokes leave
// to re-analyse in the 2,000-character draft, and the sentences of the 5,000-character draft, each
// analysed `reps` times, keeping the fastest (preemption and GC only ever add time). Not the issue's
// keystroke_p95 (that is `npm run bench`): the same work without the machine's noise, and split by how
// far the staged analysis had to go (no candidate pattern / word patterns only / tagged).
import packs from '../../generated/rules.json';
import { needsTags, selectCandidates, sentenceWords } from '../../src/engine/candidates';
import type { CompiledPacks } from '../../src/engine/compiled';
import { tokenizeSentence } from '../../src/engine/compromise';
import { loadRuleSet } from '../../src/engine/ruleset';
import { analyzeSentence } from '../../src/engine/sentence';
import { splitSentences } from '../../src/engine/sentences';

const rules = loadRuleSet(packs as unknown as CompiledPacks);

/** The sentences each keystroke leaves uncached (typically one). */
function dirtySentences(draft: string, count: number, random: () => number): string[][] {
  let text = draft;
  let before = new Set(splitSentences(text).map((s) => s.text));
  const out: string[][] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * (text.length + 1));
    const ch = random() < 0.16 ? ' ' : String.fromCharCode(97 + Math.floor(random() * 26));
    text = text.slice(0, at) + ch + text.slice(at);
    const now = splitSentences(text).map((s) => s.text);
    out.push(now.filter((s) => !before.has(s)));
    before = new Set(now);
  }
  return out;
}

const analyseAll = (sentences: readonly string[]) => {
  for (const s of sentences) analyzeSentence(s, rules);
};

function fastest(fn: () => void, reps: number): number {
  let best = Infinity;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function stage(sentence: string): 'none' | 'words' | 'tagged' {
  const sw = sentenceWords(tokenizeSentence(sentence), rules.candidates.methods);
  const chosen = selectCandidates(rules.candidates, sentence, sw);
  if (!chosen) return 'none';
  return sw.splits || needsTags(rules.candidates, chosen) ? 'tagged' : 'words';
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? 0;
const summary = (xs: number[]) => ({
  n: xs.length,
  p50: +pct(xs, 0.5).toFixed(3),
  p90: +pct(xs, 0.9).toFixed(3),
  p95: +pct(xs, 0.95).toFixed(3),
  mean: +(xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(3),
});

export function run(d2k: string, d5k: string, random: () => number, reps = 15) {
  const keystrokes = dirtySentences(d2k, 600, random);
  for (const set of keystrokes) analyseAll(set); // warm the JIT
  const perKeystroke = keystrokes.map((set) => fastest(() => analyseAll(set), reps));
  const byStage: Record<string, number[]> = { none: [], words: [], tagged: [] };
  keystrokes.forEach((set, i) => {
    if (set.length === 1) byStage[stage(set[0]!)]!.push(perKeystroke[i]!);
  });
  const sentences5k = splitSentences(d5k).map((s) => s.text);
  return {
    keystroke_ms: summary(perKeystroke),
    by_stage_ms: Object.fromEntries(Object.entries(byStage).map(([k, v]) => [k, summary(v)])),
    all_5k_ms: +fastest(() => analyseAll(sentences5k), Math.ceil(reps / 3)).toFixed(1),
    sentences_5k: sentences5k.length,
  };
}
