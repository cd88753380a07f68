// The staged analysis (tokenise, pick candidate patterns from the words, tag only as far as they need)
// must give exactly what the full parse with the whole net swept gives, sentence by sentence.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import packs from '../../generated/rules.json';
import type { CompiledPacks } from '../../src/engine/compiled';
import nlp from 'compromise';
import { matchEntries, netEntry, parsePattern, parseSentence, sweep, tokenizeSentence } from '../../src/engine/compromise';
import { mayMatchTerms } from '../../src/engine/feasible';
import { loadRuleSet } from '../../src/engine/ruleset';
import { analyzeSentence, analyzeSentenceFully } from '../../src/engine/sentence';
import { splitSentences } from '../../src/engine/sentences';
import { mayMatch, wordLevel } from '../../src/engine/wordcheck';
import { selectCandidates, sentenceWords } from '../../src/engine/candidates';
import { loadSets } from '../../src/eval/datasets';

const rules = loadRuleSet(packs as unknown as CompiledPacks);
/** Generated sentences checked (ATTUNE_STAGED_RUNS raises it for a longer search). */
const RUNS = Number(process.env.ATTUNE_STAGED_RUNS ?? 800);

function agree(text: string): void {
  for (const { text: sentence } of splitSentences(text)) {
    expect(analyzeSentence(sentence, rules), sentence).toEqual(analyzeSentenceFully(sentence, rules));
  }
}

/** Every string under an `examples` key of every rule pack (rules, contexts, signals). */
function examples(): string[] {
  const out: string[] = [];
  const visit = (node: unknown, inExamples: boolean): void => {
    if (typeof node === 'string') {
      if (inExamples) out.push(node);
    } else if (Array.isArray(node)) for (const x of node) visit(x, inExamples);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) visit(v, inExamples || k === 'examples' || k.endsWith('_examples'));
  };
  for (const file of readdirSync('rules').filter((f) => f.endsWith('.yaml')))
    visit(parseYaml(readFileSync(resolve('rules', file), 'utf8')), false);
  return out;
}

// Words the patterns look for, so generated sentences come close to matching (and often do).
const vocabulary = (() => {
  const words = new Set<string>();
  const visit = (regs: unknown[]) => {
    for (const r of regs as { word?: string; fastOr?: Set<string>; choices?: unknown[][] }[]) {
      if (r.word) words.add(r.word);
      for (const w of r.fastOr ?? []) words.add(w);
      for (const seq of r.choices ?? []) visit(seq);
    }
  };
  for (const hooked of Object.values(rules.net.hooks)) for (const e of hooked) visit(e.regs);
  return [...words].sort();
})();
const extra = [
  "he's",
  "you'd",
  "she'd",
  "it's",
  "there's",
  "let's",
  "ain't",
  "don't",
  "you're",
  "I'm",
  'Sarah',
  'the dog',
  'quickly',
  'running',
];
const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...vocabulary) },
  { weight: 2, arbitrary: fc.constantFrom(...extra) },
  { weight: 1, arbitrary: fc.constantFrom(',', '?', '!', '.', '"', '...', '-') },
);

// A phrase one net pattern could match: a word for each slot (an example word for a tag), optional
// slots and alternatives picked at random. Surrounded by random words, it often matches, or nearly.
const entries = [...new Set([...Object.values(rules.net.hooks).flat(), ...rules.net.always])];
const TAG_WORDS: Record<string, string[]> = {
  Noun: ['dog', 'job', 'mom'],
  Person: ['Sarah', 'John'],
  Verb: ['run', 'talked', 'going'],
  Adjective: ['sad', 'fine'],
  Pronoun: ['he', 'they'],
};
type R = { word?: string; fastOr?: Set<string>; choices?: R[][]; tag?: string; optional?: boolean; method?: string; anything?: boolean };
function phrase(regs: R[], pick: (n: number) => number): string[] {
  const out: string[] = [];
  for (const r of regs) {
    if (r.optional && pick(2) === 0) continue;
    if (r.word) out.push(r.word);
    else if (r.tag) out.push(...(TAG_WORDS[r.tag] ?? vocabulary).slice(pick(2), pick(2) + 1));
    else if (r.method === 'hasQuestionMark' || r.method === 'hasComma') out.push(r.method === 'hasComma' ? ',' : '?');
    else if (r.fastOr) out.push([...r.fastOr][pick(r.fastOr.size)]!);
    else if (r.choices) out.push(...phrase(r.choices[pick(r.choices.length)]!, pick));
    else if (r.anything) out.push(vocabulary[pick(vocabulary.length)]!);
  }
  return out;
}
const nearMatch = fc
  .tuple(fc.nat(entries.length - 1), fc.integer(), fc.array(token, { maxLength: 4 }), fc.array(token, { maxLength: 4 }))
  .map(([i, seed, before, after]) => {
    let x = seed | 1;
    const pick = (n: number) => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return Math.abs(x) % n;
    };
    return [...before, ...phrase(entries[i]!.regs as R[], pick), ...after];
  });
const sentence = fc
  .tuple(fc.oneof(nearMatch, fc.array(token, { minLength: 1, maxLength: 14 })), fc.constantFrom('', '?', '.', '!'))
  .map(([parts, end]) => parts.join(' ').replace(/ ([,?!.])/g, '$1') + end);

describe('staged analysis equals the full parse', { timeout: 240_000 }, () => {
  it('on every rule, context and signal example', () => {
    const all = examples();
    expect(all.length).toBeGreaterThan(500);
    for (const text of all) agree(text);
  });

  // The evaluation sets, read at run time by the eval's own loader (never copied into the project).
  const sets = loadSets(process.cwd());
  it.skipIf(!sets.dev.ok)('on the dev corpus (skipped when ../shared/corpus/dev.jsonl is absent, as on a bare CI clone)', () => {
    if (sets.dev.ok) for (const row of sets.dev.rows) agree(row.text);
  });

  // Real long sentences (therapists' turns, Reddit replies): every fifth row keeps the run short.
  it.skipIf(!sets.annomi.ok || !sets.epitome.ok)(
    'on AnnoMI and EPITOME texts (skipped when ../shared/data is absent, as on a bare CI clone)',
    () => {
      const texts = [
        ...(sets.annomi.ok ? sets.annomi.rows.map((r) => r.text) : []),
        ...(sets.epitome.ok ? sets.epitome.rows.map((r) => r.response) : []),
      ];
      for (let i = 0; i < texts.length; i += 5) agree(texts[i]!);
    },
  );

  it('on generated sentences made of the patterns’ own words', () => {
    let flagged = 0;
    let skipped = 0;
    for (const s of fc.sample(sentence, { numRuns: RUNS, seed: 6 })) {
      const full = analyzeSentenceFully(s, rules);
      expect(analyzeSentence(s, rules), s).toEqual(full);
      if (full.findings.length || Object.values(full.signals).some(Boolean)) flagged++;
      const sw = sentenceWords(tokenizeSentence(s), rules.candidates.methods);
      if (!selectCandidates(rules.candidates, s, sw)) skipped++;
    }
    // The generator must exercise both sides: sentences that match something and ones skipped untagged.
    expect(flagged).toBeGreaterThan(RUNS / 20);
    expect(skipped).toBeGreaterThan(RUNS / 20);
  });
});

describe('the feasibility check never rules out a match compromise finds', { timeout: 240_000 }, () => {
  type Internals = { docs: never[][] };
  const world = nlp.world() as unknown as { methods: { one: { termMethods: never } } };
  const o = (tags: boolean) => ({ tags, methods: world.methods.one.termMethods });
  const sentences = () => [
    ...examples().flatMap((t) => splitSentences(t).map((x) => x.text)),
    ...fc.sample(sentence, { numRuns: RUNS / 4, seed: 12 }),
  ];

  it('for the engine’s patterns, tagged and (words final) untagged', () => {
    let checked = 0;
    for (const s of sentences()) {
      const doc = parseSentence(s);
      const docs = (doc as unknown as Internals).docs;
      const untagged = tokenizeSentence(s);
      const splits = sentenceWords(untagged, []).splits;
      for (const hit of sweep(doc, rules.net)) {
        const entry = rules.candidates.entries[Number(hit.id)]!.entry;
        const n = (hit.view as unknown as { ptrs: number[][] }).ptrs[0]![0]!;
        expect(mayMatchTerms(entry.regs as never, docs[n]!, o(true)), `${entry.id} in ${s}`).toBe(true);
        if (!splits)
          expect(mayMatchTerms(entry.regs as never, (untagged as unknown as Internals).docs[n]!, o(false)), `${entry.id} in ${s}`).toBe(
            true,
          );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('word checks', () => {
  const words = (s: string) => sentenceWords(tokenizeSentence(s), ['hasQuestionMark', 'hasComma']).words;

  it('rule a pattern out only when a required word is missing', () => {
    const regs = parsePattern('(calm|settle) down (now|please)?');
    expect(mayMatch(regs, words('Calm down.'))).toBe(true);
    expect(mayMatch(regs, words('Settle in, please'))).toBe(false);
    expect(mayMatch(parsePattern('#Verb down'), words('Sit down'))).toBe(true);
    expect(mayMatch(parsePattern('you . @hasQuestionMark'), words('you are fine.'))).toBe(false);
    expect(mayMatch(parsePattern('you . @hasQuestionMark'), words('you are fine?'))).toBe(true);
  });

  it('count contractions split only after tagging as their possible words', () => {
    const sw = sentenceWords(tokenizeSentence("He's sure you'd know"), []);
    expect(sw.splits).toBe(true);
    for (const w of ['he', 'is', 'has', 'you', 'would', 'had']) expect(sw.words.has(w), w).toBe(true);
    expect(sentenceWords(tokenizeSentence("You don't know"), []).splits).toBe(false);
  });

  it('tell word-only patterns from those that read tags', () => {
    expect(wordLevel(parsePattern('(calm|settle) down .? [<x>(now|please)] @hasComma'))).toBe(true);
    expect(wordLevel(parsePattern('you should #Verb'))).toBe(false);
    expect(wordLevel(parsePattern('(you|#Person) said'))).toBe(false);
    expect(wordLevel(parsePattern('is it @isAcronym'))).toBe(false);
  });
});

// matchEntries checks the first slots of a pattern term by term before compromise's matcher runs
// (compromise.ts chainFrom): it must let through every match compromise's matcher finds, its quirks
// included (an optional slot's term standing for the next slot, a contraction's second part skipped,
// or-blocks of several words, openers of a pattern anchored at the start).
describe('the matcher’s pre-check keeps every match compromise finds', () => {
  type Internals = { docs: unknown[][]; methods: { one: { match(docs: unknown[][], todo: { regs: unknown }): { ptrs: number[][] } } } };
  const patterns = [
    'foo? foo bar',
    'really? really sad',
    '^(so|and)? (are|r) (you|u) ok',
    '^(oh|wow|so)? (so|and)? (did|do) (you|u) (do this|do that|get like this)',
    '(you|u) (literally|just)? (always|constantly) (do this|get like this)',
    'we have (been|got)',
    "we've been",
    "i (do not|dont|don't) know",
    '(calm down|settle down|relax) (now|please)?',
    '^(maybe|just)? (try|call) .+',
    'just #Verb? calm down',
    '(he|she|#Person) (is|was) (so|really)? #Adjective',
  ];
  const sentences = [
    'foo foo bar',
    'foo bar and foo foo bar',
    'really sad, really really sad',
    'so are you ok',
    'and r u ok?',
    'are you ok',
    'oh so did you do that again?',
    'wow did u get like this before',
    'you literally always do this',
    'u always get like this and you just constantly do this',
    "we've been here",
    'we have got this',
    "I don't know, I do not know, i dont know",
    'calm down now please, settle down',
    'maybe try calling her',
    'just calm down, just breathe calm down',
    'Sarah is so sad and he was really tired',
    "she's sad",
  ];
  it('on crafted patterns and sentences, tagged', () => {
    let found = 0;
    for (const match of patterns) {
      const entry = netEntry('0', match, parsePattern(match));
      for (const s of sentences) {
        const doc = parseSentence(s);
        const d = doc as unknown as Internals;
        const expected = d.methods.one.match(d.docs, entry).ptrs.map((p) => [p[0], p[1], p[2]]);
        const got = matchEntries(doc, [entry], true).map((m) => [m.n, m.start, m.end]);
        expect(got, `${match} in ${s}`).toEqual(expected);
        found += expected.length;
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});
