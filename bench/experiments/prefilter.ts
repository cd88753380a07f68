// Prototype: skip the compromise parse for sentences that no net entry can match.
// compromise's sweep already pre-filters by "hooks" (words/tags every pattern needs), but only AFTER the
// full parse+tag. Entries whose required hooks include a literal word can be ruled out from the raw words.
// An entry with only tag requirements (or none) forces a parse. Checks that the skip never changes a result.
import nlp from 'compromise';
import packs from '../../generated/rules.json';
import type { CompiledPacks } from '../../src/engine/compiled';
import { loadRuleSet } from '../../src/engine/ruleset';
import { analyzeSentence } from '../../src/engine/sentence';
import { splitSentences } from '../../src/engine/sentences';

const rules = loadRuleSet(packs as unknown as CompiledPacks);
type Entry = { id: string; needs: string[]; wants: string[]; minWant: number };
const entries = rules.net as unknown as { hooks: Record<string, Entry[]>; always: Entry[] };
const all = new Set<Entry>([...entries.always, ...Object.values(entries.hooks).flat()]);

// Contractions compromise expands (you're -> you are): a raw word list must include the expansions.
const EXPAND: Record<string, string[]> = {
  "n't": ['not'],
  "'re": ['are'],
  "'m": ['am'],
  "'s": ['is', 'has', 'was', 'us'],
  "'ll": ['will'],
  "'ve": ['have'],
  "'d": ['would', 'had', 'did'],
};
const IRREGULAR: Record<string, string[]> = {
  "can't": ['can', 'not'],
  "won't": ['will', 'not'],
  "ain't": ['is', 'am', 'are', 'not'],
  "let's": ['let', 'us'],
  cannot: ['can', 'not'],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  gotta: ['got', 'to'],
  im: ['i', 'am'],
  dont: ['do', 'not'],
  youre: ['you', 'are'],
};

export function words(sentence: string): Set<string> {
  const out = new Set<string>();
  for (let w of sentence
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .match(/[\p{L}\p{N}'&-]+/gu) ?? []) {
    w = w.replace(/^'+|'+$/g, '');
    out.add(w);
    for (const part of w.split('-')) out.add(part);
    for (const x of IRREGULAR[w] ?? []) out.add(x);
    const m = /^(.*?)(n't|'re|'m|'s|'ll|'ve|'d)$/.exec(w);
    if (m) {
      out.add(m[1]!);
      for (const x of EXPAND[m[2]!]!) out.add(x);
    }
  }
  return out;
}

type Reg = {
  optional?: boolean;
  negative?: boolean;
  word?: string;
  tag?: string;
  switch?: string;
  operator?: string;
  fastOr?: Set<string>;
  choices?: Reg[][];
};

/** Could this token appear, judging from the raw words only? Tags and anything unusual count as "maybe". */
function regMay(reg: Reg, ws: Set<string>): boolean {
  if (reg.optional || reg.negative) return true;
  if (reg.word !== undefined && !reg.tag && !reg.choices && !reg.fastOr) return ws.has(reg.word);
  if (reg.fastOr && !reg.choices && reg.operator === 'or') return [...reg.fastOr].some((w) => ws.has(w));
  if (reg.choices && reg.operator === 'or') return reg.choices.some((seq) => seq.every((r) => regMay(r, ws)));
  return true;
}

// Only rule and signal entries change a sentence's result when nothing else matches: contexts, exceptions
// and safety patterns only ever remove findings.
const netEntries = [...all] as unknown as (Entry & { regs: Reg[] })[];
const relevant = netEntries.filter((e) => ['rule', 'signal'].includes(rules.roles[Number(e.id)]!.kind));
const decidable = relevant;
const undecidable: typeof relevant = [];

// "explores" only counts in a question (signals.ts), so its patterns are irrelevant elsewhere.
const isExplores = (e: Entry) => (rules.roles[Number(e.id)] as { signal?: string }).signal === 'explores';
const QUESTION = /\?\s*["'”’)]*\s*$/;

export function mayMatch(sentence: string): boolean {
  const ws = words(sentence);
  const question = QUESTION.test(sentence);
  return relevant.some((e) => (question || !isExplores(e)) && e.regs.every((r) => regMay(r, ws)));
}

export function run(corpus: string[]) {
  const sentences = [...new Set(corpus.flatMap((t) => splitSentences(t).map((s) => s.text)))];
  let skipped = 0;
  let wrong = 0;
  const examples: string[] = [];
  for (const s of sentences) {
    if (mayMatch(s)) continue;
    skipped++;
    const r = analyzeSentence(s, rules);
    if (r.findings.length || Object.values(r.signals).some(Boolean)) {
      wrong++;
      if (examples.length < 5) examples.push(`${s} -> ${r.findings.map((f) => f.rule).join(',')} ${JSON.stringify(r.signals)}`);
    }
  }
  // Cost of the check itself vs a parse.
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) for (const s of sentences) mayMatch(s);
  const check = (performance.now() - t0) / 5 / sentences.length;
  const t1 = performance.now();
  for (const s of sentences.slice(0, 100)) nlp(s);
  const parse = (performance.now() - t1) / 100;
  return {
    sentences: sentences.length,
    entries: all.size,
    decidable: decidable.length,
    undecidable: undecidable.map((e) => e.id),
    skipped,
    wrong,
    examples,
    check_ms: check,
    parse_ms: parse,
  };
}

export function passRates(corpus: string[]) {
  const sentences = [...new Set(corpus.flatMap((t) => splitSentences(t).map((s) => s.text)))];
  const rows = relevant.map((e) => {
    const role = rules.roles[Number(e.id)]!;
    const n = sentences.filter((s) => e.regs.every((r) => regMay(r, words(s)))).length;
    const name = role.kind === 'rule' ? rules.rules[(role as { rule: number }).rule]!.id : `signal:${(role as { signal: string }).signal}`;
    return { id: e.id, name, pass: n / sentences.length, match: (e as unknown as { match: string }).match };
  });
  return rows.sort((a, b) => b.pass - a.pass).slice(0, 12);
}
