// Staged analysis, step one: from a sentence's tokenised words (no tagging yet), the net entries that
// could match and matter, and whether matching them needs tags. Most sentences have no rule or
// signal pattern that could match: they are done without tagging. Exact by construction: an entry is
// left out only when its words prove it cannot match, or when its match could not change the result
// (an exception of a rule that cannot fire, a context when no rule can fire, an exclusion of a signal
// that cannot be found).
import type { Doc, NetEntry } from './compromise';
import type { EntryRole } from './ruleset';
import { compileWordProgram, methodWord, runWordProgram, TEXT_METHODS, wordLevel, wordNeeds } from './wordcheck';

interface Indexed {
  entry: NetEntry;
  role: EntryRole;
  wordLevel: boolean;
}

export interface CandidateIndex {
  entries: Indexed[];
  /** An id for every word a word program or the index below names. */
  wordIds: Map<string, number>;
  /** Every entry's word program (wordcheck.ts), packed; entry i's starts at `programAt[i]` (-1: none,
   *  any sentence may match it). What the sentence must have for the entry to possibly match. */
  programs: Int32Array;
  programAt: Int32Array;
  /** Rule and signal entries by the id of one word each needs (the rarest of its word sets). */
  byWordId: Int32Array[];
  /** Rule and signal entries with no word to index them by: checked for every sentence. */
  unindexed: number[];
  /** The entries that only matter once something matched (contexts, exceptions, exclusions), by what
   *  they serve: a rule's exceptions, every rule (safety, preceding), a named context, a signal. */
  unlessOf: Map<number, number[]>;
  anyRule: number[];
  named: Map<string, number[]>;
  signalUnless: Map<string, number[]>;
  /** Text @methods some pattern uses, evaluated per sentence into its word set. */
  methods: string[];
  /** Named contexts each rule opts into. */
  ruleContexts: readonly (readonly string[])[];
  /** Scratch marks per call (a stamp per call): entries already considered, word ids present. */
  marks: Uint32Array;
  present: Uint32Array;
  stamp: number;
}

/** Entries to match, in net order. */
export type Selection = NetEntry[];

export function buildCandidateIndex(
  entries: readonly NetEntry[],
  roles: readonly EntryRole[],
  ruleContexts: readonly (readonly string[])[],
): CandidateIndex {
  const needs = entries.map((e) => wordNeeds(e.regs));
  // How many entries could be triggered by a word: a stand-in for how common it is in sentences.
  const uses = new Map<string, number>();
  for (const sets of needs) for (const w of new Set(sets.flat())) uses.set(w, (uses.get(w) ?? 0) + 1);
  const cost = (set: string[]) => set.reduce((sum, w) => sum + (uses.get(w) ?? 0), 0);
  const wordIds = new Map<string, number>();
  const idOf = (w: string) => {
    let id = wordIds.get(w);
    if (id === undefined) wordIds.set(w, (id = wordIds.size));
    return id;
  };
  const packed: number[] = [];
  const programAt = new Int32Array(entries.length);
  entries.forEach((entry, i) => {
    const program = compileWordProgram(entry.regs, idOf);
    programAt[i] = program ? packed.length : -1;
    if (program) packed.push(...program);
  });
  // Index words get ids too (a word set may name a word no program needs on its own).
  for (const sets of needs) for (const set of sets) for (const w of set) idOf(w);
  const index: CandidateIndex = {
    entries: entries.map((entry, i) => ({
      entry,
      role: roles[i]!,
      wordLevel: wordLevel(entry.regs),
    })),
    wordIds,
    programs: Int32Array.from(packed),
    programAt,
    byWordId: [],
    unindexed: [],
    unlessOf: new Map(),
    anyRule: [],
    named: new Map(),
    signalUnless: new Map(),
    methods: [],
    ruleContexts,
    marks: new Uint32Array(entries.length),
    present: new Uint32Array(wordIds.size),
    stamp: 0,
  };
  const push = <K>(map: Map<K, number[]>, key: K, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  const byWordId = new Map<number, number[]>();
  const methods = new Set<string>();
  index.entries.forEach(({ entry, role }, i) => {
    const sets = needs[i]!;
    collectMethods(entry.regs as unknown[], methods);
    if (role.kind === 'unless') push(index.unlessOf, role.rule, i);
    else if (role.kind === 'safety' || role.kind === 'preceding') index.anyRule.push(i);
    else if (role.kind === 'named') push(index.named, role.name, i);
    else if (role.kind === 'signal-unless') push(index.signalUnless, role.signal, i);
    else if (sets.length === 0) index.unindexed.push(i);
    else for (const w of new Set(sets.reduce((a, b) => (cost(b) < cost(a) ? b : a)))) push(byWordId, wordIds.get(w)!, i);
  });
  index.byWordId = Array.from({ length: wordIds.size }, (_, id) => Int32Array.from(byWordId.get(id) ?? []));
  index.methods = [...methods];
  return index;
}

function collectMethods(regs: unknown[], out: Set<string>): void {
  for (const r of regs as { method?: string; choices?: unknown[][] }[]) {
    if (r.method && TEXT_METHODS.has(r.method)) out.add(r.method);
    for (const seq of r.choices ?? []) collectMethods(seq, out);
  }
}

/** The written forms of a compromise term that word slots can match. */
export interface WordTerm {
  text: string;
  normal: string;
  implicit?: string;
  machine?: string;
  root?: string;
  alias?: string[];
}

type TermMethods = Record<string, (term: WordTerm) => boolean>;

// What compromise's contractionTwo step (after the pre-tagger) may turn "x's", "x'd", "x'n't" into.
const SPLIT_WORDS = ['is', 'has', 'are', 'us', 'was', 'would', 'had', 'did', 'not', 'am', 'have'];

export interface SentenceWords {
  /** Every word a term of the sentence has or may get once tagged, plus `@method` for each text
   *  method some term satisfies. */
  words: Set<string>;
  /** A contraction compromise only splits after tagging ("he's", "you'd") is present. */
  splits: boolean;
}

/** The words of a tokenised (untagged) doc, widened by what tagging may still change. */
export function sentenceWords(doc: Doc, methodNames: readonly string[]): SentenceWords {
  const d = doc as unknown as { docs: WordTerm[][]; methods: { one: { termMethods: TermMethods } } };
  const termMethods = d.methods.one.termMethods;
  const words = new Set<string>();
  let splits = false;
  for (const terms of d.docs) {
    for (const t of terms) {
      words.add(t.normal);
      words.add(t.text);
      if (t.implicit) words.add(t.implicit);
      if (t.machine) words.add(t.machine);
      if (t.root) words.add(t.root);
      if (t.alias) for (const a of t.alias) words.add(a);
      for (const m of methodNames) if (termMethods[m]?.(t)) words.add(methodWord(m));
      // Same test as compromise's contractionTwo: a not-yet-split word with 'd, 't or 's after its apostrophe.
      if (!t.implicit && t.normal.includes("'")) {
        const [before = '', after] = t.normal.split("'");
        if (after === 'd' || after === 't' || after === 's') {
          splits = true;
          words.add(before);
          words.add(before.replace(/n$/, ''));
          for (const w of SPLIT_WORDS) words.add(w);
        }
      }
    }
  }
  // Split words carry implicit forms, which @hasContraction reads.
  if (splits) words.add(methodWord('hasContraction'));
  return { words, splits };
}

const QUESTION = /\?\s*["'”’)]*\s*$/;

/** The rule and signal entries that could match `sentence`, or null when none can (the sentence then
 *  has no findings and no signals). Contexts, exceptions and exclusions come after the matching
 *  (`selectContexts`), only for what did match. */
export function selectCandidates(index: CandidateIndex, sentence: string, sw: SentenceWords): Selection | null {
  const { entries, marks, byWordId } = index;
  const stamp = markWords(index, sw);
  const question = QUESTION.test(sentence);
  const chosen: number[] = [];
  const consider = (i: number) => {
    if (marks[i] === stamp) return;
    marks[i] = stamp;
    const { role } = entries[i]!;
    // "explores" patterns only count in a question; a request to say more counts anywhere.
    if (role.kind === 'signal' && role.signal === 'explores' && !question) return;
    if (wordsMayMatch(index, i, stamp)) chosen.push(i);
  };
  for (const w of sw.words) {
    const id = index.wordIds.get(w);
    if (id === undefined) continue;
    const list = byWordId[id]!;
    for (let k = 0; k < list.length; k++) consider(list[k]!);
  }
  for (const i of index.unindexed) consider(i);
  return chosen.length === 0 ? null : pick(index, chosen);
}

/** Marks the ids of the sentence's words as present for this call; returns the call's stamp. */
function markWords(index: CandidateIndex, sw: SentenceWords): number {
  const stamp = ++index.stamp;
  for (const w of sw.words) {
    const id = index.wordIds.get(w);
    if (id !== undefined) index.present[id] = stamp;
  }
  return stamp;
}

/** Whether entry `i` may match a sentence with the words marked present under `stamp`. */
function wordsMayMatch(index: CandidateIndex, i: number, stamp: number): boolean {
  const at = index.programAt[i]!;
  return at < 0 || runWordProgram(index.programs, at, index.present, stamp);
}

/** The exceptions, contexts and signal exclusions that could match and would matter, given the
 *  roles of the entries that matched: a rule's exceptions when the rule matched, the shared contexts
 *  when any rule did, a signal's exclusions when the signal was found. */
export function selectContexts(index: CandidateIndex, sw: SentenceWords, matched: readonly EntryRole[]): Selection {
  const rules = new Set<number>();
  const signals = new Set<string>();
  for (const role of matched) {
    if (role.kind === 'rule') rules.add(role.rule);
    else if (role.kind === 'signal') signals.add(role.signal);
    else if (role.kind === 'explores-request') signals.add('explores');
  }
  const names = new Set<string>();
  for (const r of rules) for (const name of index.ruleContexts[r] ?? []) names.add(name);
  const relevant = [
    ...[...rules].flatMap((r) => index.unlessOf.get(r) ?? []),
    ...(rules.size ? index.anyRule : []),
    ...[...names].flatMap((name) => index.named.get(name) ?? []),
    ...[...signals].flatMap((signal) => index.signalUnless.get(signal) ?? []),
  ];
  const stamp = markWords(index, sw);
  const chosen = relevant.filter((i) => wordsMayMatch(index, i, stamp));
  return pick(index, chosen);
}

function pick(index: CandidateIndex, chosen: number[]): Selection {
  return [...new Set(chosen)].sort((a, b) => a - b).map((i) => index.entries[i]!.entry);
}

/** Whether matching these entries reads tags (else the tokenised words are enough). */
export const needsTags = (index: CandidateIndex, entries: readonly NetEntry[]): boolean =>
  entries.some((e) => !index.entries[Number(e.id)]!.wordLevel);
