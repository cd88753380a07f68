// Prototype: per-phase cost of analysing one changed sentence, plus cheaper parse options.
// Measured on every sentence of the 2,000-character draft; CPU time per sentence (median) and wall.
import nlpThree from 'compromise';
import nlpTwo from 'compromise/two';
import nlpOne from 'compromise/one';
import packs from '../../generated/rules.json';
import type { CompiledPacks } from '../../src/engine/compiled';
import { loadRuleSet } from '../../src/engine/ruleset';
import { analyzeSentence } from '../../src/engine/sentence';
import { splitSentences } from '../../src/engine/sentences';
import { sweep } from '../../src/engine/compromise';

const rules = loadRuleSet(packs as unknown as CompiledPacks);

function cost(label: string, sentences: string[], fn: (s: string) => unknown, reps = 5) {
  for (const s of sentences) fn(s); // warm
  const per: number[] = [];
  for (const s of sentences) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn(s);
    per.push((performance.now() - t0) / reps);
  }
  per.sort((a, b) => a - b);
  return {
    label,
    median: per[per.length >> 1],
    p95: per[Math.floor(per.length * 0.95)],
    mean: per.reduce((a, b) => a + b, 0) / per.length,
  };
}

export function run(text: string) {
  const sentences = splitSentences(text).map((s) => s.text);
  const parsed = new Map(sentences.map((s) => [s, nlpThree(s)]));
  for (const d of parsed.values()) d.compute('offset');
  const rows = [
    cost('analyzeSentence (all)', sentences, (s) => analyzeSentence(s, rules)),
    cost('nlp() parse, compromise (three)', sentences, (s) => nlpThree(s)),
    cost('nlp() parse, compromise/two', sentences, (s) => nlpTwo(s)),
    cost('nlp.tokenize (one: no tagger)', sentences, (s) => nlpOne.tokenize(s)),
    cost('three: tokenize + preTagger only (no postTagger)', sentences, (s) => nlpThree.tokenize(s).compute(['preTagger'])),
    cost('doc.compute(offset)', sentences, (s) => parsed.get(s)!.compute('offset')),
    cost('sweep(net: rules+contexts+signals)', sentences, (s) => sweep(parsed.get(s)!, rules.net)),
  ];
  const counts = {
    sentences: sentences.length,
    mean_chars: sentences.reduce((a, s) => a + s.length, 0) / sentences.length,
    net_entries: rules.roles.length,
    rules: rules.rules.length,
  };
  return { rows, counts };
}
