// compromise's postTagger (src/2-two/postTagger) with the same result, found faster. It sweeps ~570
// correction patterns over the sentence; compromise picks the candidates by walking all ~730 index
// keys per sentence and then tries each survivor from every position. Here the keys are looked up
// from the sentence's side (same candidates, same order) and a candidate whose required word, tag or
// word list is absent from the sentence is not tried at all (it could not match). The matches, and
// so the tags set, are exactly compromise's: tests/unit/engine-staged.test.ts compares the tags.
import type { Doc } from './compromise';
import { mayMatchTerms } from './feasible';

interface Term {
  text: string;
  index: [number, number];
  post: string;
}

interface Reg {
  optional?: boolean;
  negative?: boolean;
  fuzzy?: boolean;
  anything?: boolean;
  use?: string;
  word?: string;
  tag?: string;
  fastOr?: Set<string>;
  [key: string]: unknown;
}

interface Entry {
  match: string;
  regs: Reg[];
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

/** What the fast sweep keeps per pattern (compromise's objects are left as they are). */
interface Prepared {
  entry: Entry;
  /** Position in compromise's list of patterns. */
  order: number;
  /** Its index keys (needs and wants): compromise considers it once one is in the sentence. */
  keys: string[];
  /** Per required slot, what a sentence must hold for it to match. */
  musts: (string | Set<string>)[];
}

interface Net {
  /** Patterns by one key the sentence must hold for them to be considered (a need, else each want). */
  triggers: Map<string, Prepared[]>;
  always: Prepared[];
  /** Rank of each index key in compromise's key order, which decides the order patterns are tried
   *  (and so which tag wins when two set conflicting ones). */
  keyRank: Map<string, number>;
}

interface World {
  model: { two: { matches: unknown[] } };
  compute: { postTagger(doc: Doc): void };
  methods: {
    one: {
      cacheDoc(docs: Term[][]): Set<string>[];
      termMethods: Record<string, (term: Term) => boolean>;
      match(docs: Term[][], todo: Entry): { ptrs: number[][] };
      bulkTagger(found: unknown[], docs: Term[][], world: World): void;
    };
    two: { quickSplit(docs: Term[][]): Term[][] };
  };
}

interface View {
  world: World;
  docs: Term[][];
  update(ptrs: number[][]): View;
  uncache(): void;
  unfreeze(): void;
}

/** undefined: not built yet; null: compromise's patterns are not as expected, its own step runs. */
let net: Net | null | undefined;

// Keys of a reg that make compromise's doesMatch look at something other than its word list, tag or
// word (each checked before those): such a reg is not used to rule a pattern out.
const OTHER_CHECKS = [
  'anything',
  'use',
  'fuzzy',
  'method',
  'pre',
  'post',
  'regex',
  'chunk',
  'switch',
  'machine',
  'sense',
  'choices',
  'id',
  'pos',
];

function musts(entry: Entry): (string | Set<string>)[] {
  const out: (string | Set<string>)[] = [];
  for (const reg of entry.regs) {
    if (reg.optional || reg.negative || reg.min === 0 || OTHER_CHECKS.some((k) => reg[k] !== undefined)) continue;
    if (reg.word !== undefined) out.push(reg.word);
    else if (reg.tag !== undefined) out.push(`#${reg.tag}`);
    else if (reg.fastOr) out.push(reg.fastOr);
  }
  return out;
}

/** The same candidates and order as compromise's buildNet index over its (already parsed) patterns. */
function prepare(matches: Entry[]): Net | null {
  // compromise de-duplicates patterns by their text while sweeping; with no duplicates, by object.
  if (new Set(matches.map((m) => m.match)).size !== matches.length) return null;
  const hookCount = new Map<string, number>();
  const keyRank = new Map<string, number>();
  const numeric: string[] = [];
  for (const entry of matches) {
    for (const key of [...entry.needs, ...entry.wants]) {
      hookCount.set(key, (hookCount.get(key) ?? 0) + 1);
      // Object.keys order: integer-like keys first (ascending), then the rest in insertion order.
      if (keyRank.has(key) || numeric.includes(key)) continue;
      if (/^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 2 ** 32 - 1) numeric.push(key);
      else keyRank.set(key, keyRank.size);
    }
  }
  numeric.sort((a, b) => Number(a) - Number(b));
  const ranks = new Map<string, number>(numeric.map((k, i) => [k, i]));
  for (const [k, r] of keyRank) ranks.set(k, numeric.length + r);
  const triggers = new Map<string, Prepared[]>();
  const always: Prepared[] = [];
  matches.forEach((entry, order) => {
    const prepared: Prepared = { entry, order, keys: [...new Set([...entry.needs, ...entry.wants])], musts: musts(entry) };
    if (prepared.keys.length === 0) {
      always.push(prepared);
      return;
    }
    // Any need will do (all must be present); a word is rarer than a tag, a rarely used tag than a common one.
    const need = [...entry.needs].sort(
      (a, b) => Number(a.startsWith('#')) - Number(b.startsWith('#')) || hookCount.get(a)! - hookCount.get(b)!,
    )[0];
    for (const key of need !== undefined ? [need] : new Set(entry.wants)) {
      const list = triggers.get(key) ?? [];
      list.push(prepared);
      triggers.set(key, list);
    }
  });
  return { triggers, always, keyRank: ranks };
}

/** compromise's sweep (getHooks, trimDown, tooSmall, runMatch) for its postTagger patterns: same
 *  matches in the same order. */
function bulkMatch(document: Term[][], net: Net, world: World): unknown[] {
  const { methods } = world;
  const caches = methods.one.cacheDoc(document);
  const results: unknown[] = [];
  const feasible = { tags: true, methods: methods.one.termMethods as never };
  document.forEach((terms, n) => {
    const have = caches[n]!;
    const considered: { p: Prepared; rank: number }[] = [];
    const seen = new Set<Prepared>();
    for (const item of have) {
      for (const p of net.triggers.get(item) ?? []) {
        if (seen.has(p)) continue;
        seen.add(p);
        const { entry } = p;
        // trimDown
        if (!entry.needs.every((need) => have.has(need))) continue;
        if (entry.ifNo?.some((no) => have.has(no))) continue;
        if (entry.wants.length && entry.wants.filter((w) => have.has(w)).length < entry.minWant) continue;
        // getHooks order: by the first index key (in key order) the sentence holds, then pattern order.
        let rank = Infinity;
        for (const key of p.keys) if (have.has(key)) rank = Math.min(rank, net.keyRank.get(key)!);
        considered.push({ p, rank });
      }
    }
    considered.sort((a, b) => a.rank - b.rank || a.p.order - b.p.order);
    // Words as compromise's term match compares them (the cache leaves out the written form).
    let words: Set<string> | null = null;
    const holds = (must: string | Set<string>): boolean => {
      if (typeof must === 'string') return have.has(must) || (words ??= new Set(terms.map((t) => t.text))).has(must);
      for (const w of must) if (have.has(w) || (words ??= new Set(terms.map((t) => t.text))).has(w)) return true;
      return false;
    };
    for (const p of [...considered.map((c) => c.p), ...net.always]) {
      // tooSmall
      if (terms.length < p.entry.minWords) continue;
      // Not in compromise: a required slot nothing in the sentence can fill, or slots that cannot line up.
      if (!p.musts.every(holds)) continue;
      if (!mayMatchTerms(p.entry.regs as never, terms as never, feasible)) continue;
      for (const ptr of methods.one.match([terms], p.entry).ptrs) {
        ptr[0] = n;
        const todo: Entry & { pointer?: number[] } = Object.assign({}, p.entry, { pointer: ptr });
        if (p.entry.unTag !== undefined) todo.unTag = p.entry.unTag;
        results.push(todo);
      }
    }
  });
  return results;
}

/** Drop-in for compromise's postTagger compute step. */
export function postTagger(doc: Doc): void {
  const view = doc as unknown as View;
  const { world } = view;
  const { methods } = world;
  if (net === undefined) {
    const matches = world.model.two.matches as Entry[];
    // The first time, compromise's own step may need to run: it parses its patterns (in place).
    const parsed = matches.every((m) => m.regs);
    if (!parsed) world.compute.postTagger(doc);
    net = matches.every((m) => m.regs) ? prepare(matches) : null;
    if (!parsed) return;
  }
  if (net === null) {
    world.compute.postTagger(doc);
    return;
  }
  // As compromise: match on comma-separated pieces of each sentence.
  const document = methods.two.quickSplit(view.docs);
  const ptrs = document.map((terms) => {
    const t = terms[0]!;
    return [t.index[0], t.index[1], t.index[1] + terms.length];
  });
  const pieces = view.update(ptrs).docs;
  methods.one.bulkTagger(bulkMatch(pieces, net, world), pieces, world);
  view.uncache();
  view.unfreeze();
}
