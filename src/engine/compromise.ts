// The one place the engine touches compromise: parse a sentence, index pre-parsed patterns, sweep them.
import nlp from 'compromise';
import { mayMatchTerms, termMay } from './feasible';

export type Doc = ReturnType<typeof nlp>;
/** compromise's parsed match syntax (opaque JSON). */
export type Regs = unknown[];

export interface NetEntry {
  /** `${ruleIndex}:${patternIndex}` or a context name. */
  id: string;
  match: string;
  regs: Regs;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  /** Word sets a sentence must each hit at least once for the pattern to match at all. */
  anyOf: string[][];
}

export interface Net {
  hooks: Record<string, NetEntry[]>;
  always: NetEntry[];
  isNet: true;
}

/** A match found in one sentence: the entry that matched and its term range in the parsed doc. */
export interface SweepHit {
  id: string;
  view: Doc;
}

// compromise's pipeline minus two steps. `chunks` groups words into chunks, which no pattern uses.
// `postTagger` sweeps ~570 correction patterns over every sentence: over half the cost of a tagged
// sentence, and leaving it out changes no rule example and next to nothing in the measured figures
// (docs/decisions/0006). After the remaining steps the terms' words and tags are final.
const PARSE_STEPS = (nlp.world() as unknown as { hooks: string[] }).hooks.filter(
  (step) => !['contractions', 'alias', 'machine', 'chunks', 'postTagger'].includes(step),
);

/** Splits text into terms (contractions like "don't" expanded), with no tagging. */
export function tokenizeSentence(text: string): Doc {
  return nlp.tokenize(text); // runs the steps left out of PARSE_STEPS
}

/** Tags a tokenised doc (and splits the contractions that wait for tags, "he's", "you'd"). */
export function tagSentence(doc: Doc): void {
  doc.compute(PARSE_STEPS);
}

/** The whole parse, by compromise's own steps (the reference the staged analysis is checked against). */
export function parseSentence(text: string): Doc {
  const doc = tokenizeSentence(text);
  doc.compute(PARSE_STEPS);
  return doc;
}

/** Parses a pattern into compromise's match JSON, or throws with compromise's complaint. */
export function parsePattern(match: string): Regs {
  const regs = nlp.parseMatch(match) as Regs;
  if (!Array.isArray(regs) || regs.length === 0) throw new Error(`pattern "${match}" matches nothing`);
  return regs.map(expandLemma);
}

// A {lemma} in a pattern means every inflection of the word. compromise would compare it with each
// term's computed root, but computing roots also changes how (a|b) alternatives match (they compare
// the root first, so "(are|r)" stops matching "are"). So lemmas are expanded into their inflections
// here, once, and sentences are parsed without roots.
function expandLemma(reg: unknown): unknown {
  const r = reg as { machine?: string; choices?: unknown[][]; fastOr?: Set<string> };
  if (r.choices) return { ...r, choices: r.choices.map((c) => c.map(expandLemma)) };
  if (!r.machine) return reg;
  const { machine, ...rest } = r;
  return { ...rest, operator: 'or', fastOr: new Set(inflections(machine)) };
}

export function inflections(word: string): string[] {
  const forms = new Set([word]);
  const verb = nlp(word).verbs().conjugate()[0] as Record<string, string> | undefined;
  for (const form of Object.values(verb ?? {})) if (!form.includes(' ')) forms.add(form.toLowerCase());
  const plural = nlp(word).nouns().toPlural().text().toLowerCase();
  if (plural && !plural.includes(' ')) forms.add(plural);
  return [...forms];
}

/** Serialisable JSON of parsed regs: compromise uses Sets for fast alternatives and RegExps for /re/. */
export function regsToJson(regs: Regs): unknown {
  return JSON.parse(
    JSON.stringify(regs, (_k, v) => (v instanceof Set ? { $set: [...v] } : v instanceof RegExp ? { $re: v.source, $flags: v.flags } : v)),
  );
}

export function regsFromJson(json: unknown): Regs {
  return revive(json) as Regs;
}

// A fresh copy with Sets and RegExps restored: the packs stay untouched (they may be loaded again).
function revive(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(revive);
  if (!v || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.$set)) return new Set(o.$set);
  if (typeof o.$re === 'string') return new RegExp(o.$re, o.$flags as string | undefined);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(o)) out[key] = revive(o[key]);
  return out;
}

// Mirrors compromise's own buildNet indexing (src/1-one/sweep/methods/buildNet), minus the pattern
// parsing, so packs are parsed once at build time instead of on every page load.
interface Reg {
  optional?: boolean;
  negative?: boolean;
  fuzzy?: boolean;
  use?: string;
  tag?: string;
  word?: string;
  switch?: string;
  operator?: string;
  choices?: Reg[][];
  fastOr?: Set<string>;
  greedy?: boolean;
}

/** The words one required slot can match, or null when it can match something unindexed (a tag,
 *  a /regex/, a fuzzy or case-sensitive word). Multi-word alternatives are represented by their first word. */
function slotWords(reg: Reg): string[] | null {
  if (reg.optional || reg.negative || reg.fuzzy || reg.use) return null;
  if (reg.word !== undefined && !reg.tag) return [reg.word];
  if (reg.fastOr) return [...reg.fastOr];
  if (reg.operator === 'or' && reg.choices) {
    const firsts = reg.choices.map((c) => (c[0] ? slotWords(c[0]) : null));
    return firsts.every((f) => f !== null) ? (firsts as string[][]).flat() : null;
  }
  return null;
}

function tokenNeed(reg: Reg): string | null {
  if (reg.optional === true || reg.negative === true) return null;
  if (reg.tag) return `#${reg.tag}`;
  if (reg.word) return reg.word;
  if (reg.switch) return `%${reg.switch}%`;
  return null;
}

export function netEntry(id: string, match: string, regs: Regs): NetEntry {
  const list = regs as Reg[];
  const needs: string[] = [];
  for (const reg of list) {
    needs.push(tokenNeed(reg) ?? '');
    if (reg.operator === 'and' && reg.choices) for (const side of reg.choices) for (const r of side) needs.push(tokenNeed(r) ?? '');
  }
  const wants: string[] = [];
  let minWant = 0;
  for (const reg of list) {
    if (reg.operator !== 'or' || reg.optional || reg.negative) continue;
    if (reg.fastOr) {
      wants.push(...reg.fastOr);
      minWant += 1;
      continue;
    }
    // A group counts toward minWant only when every alternative has a word or tag to look for:
    // one that is a /regex/ (or otherwise unindexable) can match with none of the wants present.
    const alternatives = (reg.choices ?? []).map((rs) => rs.map(tokenNeed).filter((n): n is string => n !== null));
    if (alternatives.length && alternatives.every((a) => a.length > 0)) {
      for (const a of alternatives) wants.push(...a);
      minWant += 1;
    }
  }
  const anyOf = list.map(slotWords).filter((w): w is string[] => w !== null);
  return { id, match, regs, needs: needs.filter(Boolean), wants, minWant, minWords: list.filter((r) => !r.optional).length, anyOf };
}

export function buildNet(entries: NetEntry[]): Net {
  const hooks: Record<string, NetEntry[]> = {};
  for (const entry of entries) {
    for (const key of [...entry.needs, ...entry.wants]) {
      const list = (hooks[key] ??= []);
      if (!list.includes(entry)) list.push(entry);
    }
  }
  const always = entries.filter((e) => e.needs.length === 0 && e.wants.length === 0);
  return { hooks, always, isNet: true };
}

interface Internals {
  docs: unknown[][];
  methods: {
    one: {
      cacheDoc(docs: unknown[][]): Set<string>[];
      match(docs: unknown[][], todo: { regs: Regs }): { ptrs: number[][] };
      termMethods: Record<string, (term: unknown) => boolean>;
    };
  };
  update(ptrs: number[][]): Doc;
}

/** One match of a net entry: which of compromise's sentences (`n`) and the term range in it. */
export interface EntryMatch {
  entry: NetEntry;
  n: number;
  start: number;
  end: number;
}

/**
 * compromise's `sweep` over the given entries only (in net order), with a stricter prefilter: its own
 * index keeps any pattern sharing a common word ("you") or tag with the sentence; requiring every
 * slot's words (`anyOf`) and the pattern's needs leaves a handful, and only those are matched.
 * (The caller has already left out entries whose slots cannot line up with the terms: `mayMatchDoc`.)
 * Matches come in the order `sweep` finds them (which decides between two patterns of one rule that
 * match at the same place): by sentence, then by the first word or tag of the sentence that hooks
 * the entry, then net order; entries with nothing to hook by come last.
 */
export function matchEntries(doc: Doc, entries: readonly NetEntry[], tagged: boolean): EntryMatch[] {
  const d = doc as unknown as Internals;
  const methods = d.methods;
  const out: EntryMatch[] = [];
  if (entries.length === 0) return out;
  const caches = methods.one.cacheDoc(d.docs);
  d.docs.forEach((terms, n) => {
    const have = caches[n]!;
    const position = new Map<string, number>();
    for (const item of have) position.set(item, position.size);
    const ranked: { entry: NetEntry; first: number }[] = [];
    for (const entry of entries) {
      let first = Infinity;
      for (const key of entry.needs) first = Math.min(first, position.get(key) ?? Infinity);
      for (const key of entry.wants) first = Math.min(first, position.get(key) ?? Infinity);
      if (first === Infinity) {
        // Not hooked by anything in the sentence: compromise's index never considers it, unless
        // the entry has nothing to be indexed by at all.
        if (entry.needs.length || entry.wants.length) continue;
        first = position.size;
      }
      ranked.push({ entry, first });
    }
    ranked.sort((a, b) => a.first - b.first); // stable: net order among equals
    for (const { entry } of ranked) {
      if (terms.length < entry.minWords) continue;
      if (!entry.needs.every((need) => have.has(need))) continue;
      if (!entry.anyOf.every((words) => words.some((w) => have.has(w)))) continue;
      for (const [start, end] of matchSentence(d, terms, entry, tagged)) out.push({ entry, n, start, end });
    }
  });
  return out;
}

interface Starts {
  /** The entry with its first slot anchored: compromise then tries it at the first term only. */
  anchored: { regs: Regs };
  /** compromise's minimum number of terms from a start (required, non-negative slots). */
  minLength: number;
}

const startsCache = new WeakMap<NetEntry, Starts | null>();

/** For an unanchored pattern whose first slot must take a term of its own (a word, a list, a tag), the
 *  means to try it only where that slot could match; null for the rest. */
function startsFor(entry: NetEntry): Starts | null {
  let starts = startsCache.get(entry);
  if (starts !== undefined) return starts;
  const regs = entry.regs as (Reg & { start?: boolean; anything?: boolean; method?: string })[];
  const first = regs[0]!;
  const simple = !first.optional && !first.negative && !first.anything && !first.choices && !first.start;
  // An anchor anywhere else would see the shortened sentence as starting at the tried term.
  starts =
    simple && !JSON.stringify(regs).includes('"start":true')
      ? {
          anchored: { regs: [{ ...first, start: true }, ...regs.slice(1)] },
          minLength: regs.filter((r) => r.optional !== true && r.negative !== true).length,
        }
      : null;
  startsCache.set(entry, starts);
  return starts;
}

// Most candidate patterns fail within their first few slots: that part of the pattern is checked,
// term by term, before compromise's matcher runs (its every try allocates and walks slot objects).
// The check lets through at least what compromise's matcher does (its quirks included); the
// staged-analysis tests compare the result with compromise's own sweep.
const CHAIN_MAX = 6;
const chainCache = new WeakMap<NetEntry, Reg[] | null>();
const oneTerm = (reg: Reg) => !reg.greedy && !reg.choices && !reg.negative;
// An or-block whose every alternative takes one term per slot (compromise's tryChoice: no optional
// slots inside an alternative).
const fixedBlock = (reg: Reg) =>
  !!reg.choices &&
  reg.operator === 'or' &&
  !reg.greedy &&
  !reg.negative &&
  reg.choices.every((alt) => alt.length > 0 && alt.every((r) => oneTerm(r) && !r.optional));

/** The slots a match starts with, as far as each takes one term or one fixed alternative, for a
 *  pattern anchored at the start or tried term by term (`startsFor`); null when there are none. */
function chainFor(entry: NetEntry): Reg[] | null {
  let chain = chainCache.get(entry);
  if (chain !== undefined) return chain;
  const regs = entry.regs as (Reg & { start?: boolean })[];
  chain = null;
  if (regs[0]?.start || startsFor(entry)) {
    const slots: Reg[] = [];
    for (const reg of regs) {
      if (slots.length === CHAIN_MAX || !(oneTerm(reg) || fixedBlock(reg))) break;
      slots.push(reg);
    }
    if (slots.length) chain = slots;
  }
  chainCache.set(entry, chain);
  return chain;
}

type Feasible = { tags: boolean; methods: unknown };
type ChainTerm = { implicit?: string } | undefined;

/** Whether compromise's matcher, standing at slot `k` with term `t` next, may get through the chain. */
function chainFrom(slots: readonly Reg[], k: number, terms: readonly unknown[], t: number, o: Feasible): boolean {
  if (k >= slots.length) return true;
  const reg = slots[k]!;
  if (reg.optional && chainFrom(slots, k + 1, terms, t, o)) return true; // takes no term
  if (reg.choices) {
    for (const alt of reg.choices) {
      let ok = true;
      for (let j = 0; j < alt.length && ok; j++) ok = t + j < terms.length && termMay(alt[j] as never, terms[t + j] as never, o as never);
      if (ok && chainFrom(slots, k + 1, terms, t + alt.length, o)) return true;
    }
    return false;
  }
  const term = terms[t] as ChainTerm;
  if (!term || !termMay(reg as never, term as never, o as never)) return false;
  // A slot that takes a contraction's first part may skip its second. (compromise also lets an
  // optional slot's term stand for the next slot, when that slot matches it too: the "takes no term"
  // branch above already covers that, the next slot then taking the same term.)
  const last = term.implicit && (terms[t + 1] as ChainTerm)?.implicit ? t + 2 : t + 1;
  for (let u = t + 1; u <= last; u++) if (chainFrom(slots, k + 1, terms, u, o)) return true;
  return false;
}

/**
 * compromise's match of one entry in one sentence, as [start, end] term ranges. compromise tries an
 * unanchored pattern from every term, copying the rest of the sentence each time (quadratic in the
 * sentence's length); here a pattern whose first slot must match a term is tried, anchored, only at
 * the terms that slot could match, skipping past each match as compromise does. Same matches:
 * tests/unit/engine-staged.test.ts compares the whole analysis with compromise's own sweep.
 */
function matchSentence(d: Internals, terms: unknown[], entry: NetEntry, tagged: boolean): [number, number][] {
  const match = d.methods.one.match;
  const starts = startsFor(entry);
  const o = { tags: tagged, methods: d.methods.one.termMethods };
  const chain = chainFor(entry);
  if (!starts) {
    if (chain && !chainFrom(chain, 0, terms, 0, o)) return [];
    return match([terms], entry).ptrs.map((p) => [p[1]!, p[2]!]);
  }
  const first = (entry.regs as Reg[])[0]!;
  const out: [number, number][] = [];
  for (let i = 0; i < terms.length && terms.length - i >= starts.minLength; i++) {
    // (A greedy first slot starts no chain: then only that slot is checked.)
    if (chain ? !chainFrom(chain, 0, terms, i, o) : !termMay(first as never, terms[i] as never, o as never)) continue;
    const found = match([terms.slice(i)], starts.anchored).ptrs[0];
    if (!found) continue;
    out.push([i + found[1]!, i + found[2]!]);
    // compromise skips ahead over a match
    i = Math.max(i, i + found[2]! - 1);
  }
  return out;
}

/** Whether the entry could match one of the doc's sentences, judged from its terms as they are (with
 *  `tagged: false`, any tag passes: valid before tagging, as long as no contraction is still to split). */
export function mayMatchDoc(doc: Doc, entry: NetEntry, tagged: boolean): boolean {
  const d = doc as unknown as Internals;
  const feasible = { tags: tagged, methods: d.methods.one.termMethods };
  return d.docs.some((terms) => mayMatchTerms(entry.regs as never, terms as never, feasible as never));
}

/** The terms of a match (for spans) and, on demand, a compromise view of it (for capture groups). */
export function matchTerms(doc: Doc, m: EntryMatch): unknown[] {
  return (doc as unknown as Internals).docs[m.n]!.slice(m.start, m.end);
}

export function matchView(doc: Doc, m: EntryMatch): Doc {
  const d = doc as unknown as Internals & { compute(steps: string[]): void; docs: { index?: unknown }[][] };
  // A tokenised-only doc lacks term indexes, which views need to place sub-matches (groups).
  if (d.docs[0]?.[0] && !d.docs[0][0].index) d.compute(['index', 'id']);
  return d.update([[m.n, m.start, m.end]]);
}

/**
 * compromise's `sweep` over the whole net (every entry hooked by the sentence): the reference the
 * staged analysis (`matchEntries` over word-checked candidates) must agree with.
 */
export function sweep(doc: Doc, net: Net): SweepHit[] {
  const d = doc as unknown as Internals;
  const methods = d.methods;
  const hits: SweepHit[] = [];
  const caches = methods.one.cacheDoc(d.docs);
  d.docs.forEach((terms, n) => {
    const have = caches[n]!;
    const candidates = new Set<NetEntry>();
    for (const item of have) for (const entry of net.hooks[item] ?? []) candidates.add(entry);
    for (const entry of net.always) candidates.add(entry);
    for (const entry of candidates) {
      if (terms.length < entry.minWords) continue;
      if (!entry.needs.every((need) => have.has(need))) continue;
      if (!entry.anyOf.every((words) => words.some((w) => have.has(w)))) continue;
      for (const ptr of methods.one.match([terms], entry).ptrs) {
        hits.push({ id: entry.id, view: d.update([[n, ptr[1]!, ptr[2]!]]) });
      }
    }
  });
  return hits;
}
